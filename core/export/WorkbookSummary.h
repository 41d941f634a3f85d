#pragma once

#include "ExportRequest.h"
#include "WorkbookModel.h"

#include <QHash>

namespace nap {

// The workbook's first sheet, 彙整表: one row per commitment for people to read and print
// (names instead of codes and UUIDs, dates in the chosen calendar, status in the export's
// language). The machine-readable sheets that follow it carry the full data.
class WorkbookSummary
{
public:
    // counts: open findings by commitment uuid, or null when no checker is attached.
    static WorkbookSheet build(const ExportRequest &request, const ExportInput &data,
                               const QList<Commitment> &selection,
                               const QHash<QString, ExportInput::OpenFindings> *counts);
};

} // namespace nap
