#pragma once

#include "Error.h"
#include "ExportRequest.h"
#include "WorkbookModel.h"

namespace nap {

// Writes a Workbook as .xlsx with libxlsxwriter 1.1.4, honouring the guard rails of
// formats.md: dropdowns read a hidden sheet through defined names (no inline lists),
// every string is sanitized before toUtf8() (including properties, sheet names, header
// and footer), "_xHHHH_" is escaped, values are never formulas, and numbers are written
// under the "C" numeric locale whatever the process locale is.
class XlsxWriter
{
public:
    // Writes to `path` (a temporary file; the caller renames it). Each row of the workbook is
    // let go once libxlsxwriter holds it: pass the only copy (std::move) and the two never
    // hold the whole workbook at once.
    static bool write(Workbook workbook, const QString &path, Error *error, const ExportProgress &progress);
    // Text as it goes into the file: sanitized, newlines normalised, "_xHHHH_" escaped.
    static QByteArray cellText(const QString &text);
    // The length a text has in an .xlsx cell, which Excel limits to Workbook::kMaxCellText:
    // after sanitizing and after escaping "_xHHHH_" (each such sequence grows by six).
    static qsizetype cellLength(const QString &text);
};

} // namespace nap
