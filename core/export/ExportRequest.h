#pragma once

#include "model/Area.h"
#include "model/Commitment.h"
#include "model/Plan.h"
#include "text/DateFormat.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace nap {

// What to export. A plain value: build it on the UI thread, hand a copy to the worker.
struct ExportRequest
{
    enum class Format
    {
        OdtForm, // NDC commitment form(s) for the selected commitments (.odt)
        OdtPlan, // the whole plan: cover, areas, every commitment (.odt); ignores the selection
        Xlsx,    // consolidation workbook (.xlsx), schema in docs/xlsx-schema.md
        Ods,     // the same workbook as OpenDocument spreadsheet (.ods)
        PdfForm, // the forms as PDF, laid out by LibreOffice (.pdf)
        PdfPlan, // the plan document as PDF (.pdf)
    };
    enum class Mode
    {
        Chinese,
        English,
        Bilingual
    };

    Format format = Format::OdtForm;
    Mode mode = Mode::Chinese;
    Calendar calendar = Calendar::Roc;
    QString targetPath;          // the file to write; replaced atomically when it exists
    QStringList commitmentUuids; // empty = every commitment (forms and workbooks)
    QString exportingAgency;     // agency code or free name; header, workbook properties
    QString workspacePath;       // the workspace exported from: never a target

    // ROC for Chinese and bilingual exports, Gregorian for English ones.
    static Calendar defaultCalendar(Mode mode)
    {
        return mode == Mode::English ? Calendar::Gregorian : Calendar::Roc;
    }
    // ".odt", ".xlsx", ".ods" or ".pdf".
    static QString suffix(Format format);
    static bool isPdf(Format format) { return format == Format::PdfForm || format == Format::PdfPlan; }
    // The document a PDF is made from (the format itself for the others).
    static Format documentOf(Format format);
    // The plan document (.odt or PDF) covers every commitment whatever is selected.
    static bool coversWholePlan(Format format)
    {
        return format == Format::OdtPlan || format == Format::PdfPlan;
    }
    static QList<Format> allFormats();
    // Stable codes used by the CLI and settings: "odt", "odt-plan", "xlsx", "ods", "pdf", "pdf-plan";
    // "zh", "en", "both".
    static QString formatCode(Format format);
    static bool formatFromCode(const QString &code, Format *format);
    static QString modeCode(Mode mode);
    static bool modeFromCode(const QString &code, Mode *mode);
};

// The model objects an export reads: a snapshot taken on the UI thread (copies are cheap,
// Qt containers are implicitly shared), never touched by anyone else during the export.
struct ExportInput
{
    Plan plan;
    QList<Area> areas;             // any order; sorted by number in the output
    QList<Commitment> commitments; // in plan order (as Workspace::commitments() returns them)
    // Optional: the open checker findings of a commitment. When set, the workbook's
    // commitments sheet fills its open_findings, open_errors and open_warnings columns.
    struct OpenFindings
    {
        int errors = 0;
        int warnings = 0;
    };
    std::function<OpenFindings(const Commitment &)> openFindings;
};

// Progress: called with (done, total) as work advances; return false to cancel. Called on
// the exporting thread: forward it with a queued signal or QMetaObject::invokeMethod.
using ExportProgress = std::function<bool(int done, int total)>;

} // namespace nap
