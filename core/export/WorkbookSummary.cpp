#include "WorkbookSummary.h"

#include "ExportText.h"
#include "text/BilingualText.h"

#include <QHash>

namespace nap {
namespace {

using Style = WorkbookColumn::Style;

QString word(Language language, const char *source)
{
    return BilingualText::of(language, "nap::Workbook", source);
}

// The text each printed language gives, one line each (bilingual: Chinese, then English).
template <typename F> QString perLanguage(ExportRequest::Mode mode, F textIn)
{
    QStringList lines;
    for (Language language : ExportText::languages(mode)) {
        const QString line = textIn(language);
        if (!line.isEmpty() && !lines.contains(line))
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

const char *statusWord(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::Draft:
        return QT_TRANSLATE_NOOP("nap::Workbook", "Draft");
    case CommitmentStatus::Ready:
        return QT_TRANSLATE_NOOP("nap::Workbook", "Ready");
    case CommitmentStatus::Submitted:
        return QT_TRANSLATE_NOOP("nap::Workbook", "Submitted");
    }
    return "";
}

// Widths in Excel character units: 123 in all, which fits an A4 landscape page in both writers
// (.ods has no fit-to-width in ODF 1.2; 123 units make 26.6 cm of the 27.3 cm between margins).
void summaryColumns(WorkbookSheet *sheet, ExportRequest::Mode mode, bool findings)
{
    const auto add = [&](const char *id, const char *header, double width, Style style) {
        const QString words = perLanguage(mode, [header](Language l) { return word(l, header); });
        sheet->columns.append({QLatin1String(id), words, width, style, {}, false});
    };
    add("code", QT_TRANSLATE_NOOP("nap::Workbook", "Code"), 5, Style::Code);
    add("area", QT_TRANSLATE_NOOP("nap::Workbook", "Area name"), 14, Style::LongText);
    add("title", QT_TRANSLATE_NOOP("nap::Workbook", "Commitment name"), 26, Style::LongText);
    add("lead_agency", QT_TRANSLATE_NOOP("nap::Workbook", "Lead agency"), 15, Style::LongText);
    add("co_agencies", QT_TRANSLATE_NOOP("nap::Workbook", "Co-implementing agencies"), 15, Style::LongText);
    add("period", QT_TRANSLATE_NOOP("nap::Workbook", "Period"), 15, Style::LongText);
    add("milestones", QT_TRANSLATE_NOOP("nap::Workbook", "Milestones"), 10, Style::Number);
    add("status", QT_TRANSLATE_NOOP("nap::Workbook", "Status"), 7, Style::Text);
    if (findings) {
        add("open_errors", QT_TRANSLATE_NOOP("nap::Workbook", "Errors"), 8, Style::Number);
        add("open_warnings", QT_TRANSLATE_NOOP("nap::Workbook", "Warnings"), 8, Style::Number);
    }
}

QVector<WorkbookCell> summaryRow(const Commitment &c, const ExportRequest &request,
                                 const QHash<QString, const Area *> &areas,
                                 const QHash<QString, ExportInput::OpenFindings> *counts)
{
    const ExportRequest::Mode mode = request.mode;
    const auto text = [](const QString &t) {
        return WorkbookCell::ofText(t);
    };
    QVector<WorkbookCell> row;
    row.reserve(10);
    row.append(text(c.code));
    const Area *area = areas.value(c.areaUuid);
    row.append(
        text(area ? perLanguage(mode, [area](Language l) { return area->title.text(l); }) : QString()));
    row.append(text(perLanguage(mode, [&c](Language l) { return c.text(Field::Title).text(l); })));
    row.append(
        text(perLanguage(mode, [&c](Language l) { return ExportText::printedAgency(c.leadAgency, l); })));
    row.append(text(perLanguage(mode, [&c](Language l) {
        QStringList names;
        for (const QString &agency : c.coAgencies) {
            const QString name = ExportText::printedAgency(agency, l);
            if (!name.isEmpty())
                names.append(name);
        }
        return names.join(l == Language::Chinese ? QStringLiteral("、") : QStringLiteral("; "));
    })));
    row.append(text(perLanguage(
        mode, [&](Language l) { return DateFormat::period(c.start, c.end, request.calendar, l); })));
    row.append(WorkbookCell::ofNumber(static_cast<double>(c.milestones.size())));
    row.append(text(perLanguage(mode, [&c](Language l) { return word(l, statusWord(c.status)); })));
    if (counts) {
        const ExportInput::OpenFindings open = counts->value(c.uuid);
        row.append(WorkbookCell::ofNumber(open.errors));
        row.append(WorkbookCell::ofNumber(open.warnings));
    }
    return row;
}

} // namespace

WorkbookSheet WorkbookSummary::build(const ExportRequest &request, const ExportInput &data,
                                     const QList<Commitment> &selection,
                                     const QHash<QString, ExportInput::OpenFindings> *counts)
{
    WorkbookSheet sheet;
    sheet.name = QStringLiteral("彙整表");
    sheet.fitToWidth = true;
    summaryColumns(&sheet, request.mode, counts != nullptr);
    QHash<QString, const Area *> areas;
    for (const Area &a : data.areas)
        areas.insert(a.uuid, &a);
    sheet.rows.reserve(selection.size());
    for (const Commitment &c : selection)
        sheet.rows.append(summaryRow(c, request, areas, counts));
    return sheet;
}

} // namespace nap
