#include "WorkbookModel.h"

#include "text/BilingualText.h"

#include "ExportText.h"
#include "Exporter.h"
#include "WorkbookSummary.h"
#include "text/Catalog.h"

#include <QHash>

namespace nap {
namespace {

using Style = WorkbookColumn::Style;

const QString kAgencies = QStringLiteral("NAP_Agencies");
const QString kStatus = QStringLiteral("NAP_Status");
const QString kCompletion = QStringLiteral("NAP_Completion");
const QString kActivity = QStringLiteral("NAP_Activity");
const QString kYesNo = QStringLiteral("NAP_YesNo");

// Fields printed as a _zh/_en column pair, in schema order, with their header words.
struct TextColumn
{
    Field field;
    const char *header; // English source; the Chinese is in the zh_TW catalogue
};

constexpr TextColumn kDescriptionColumns[] = {
    {Field::Brief, QT_TRANSLATE_NOOP("nap::Workbook", "Brief description")},
    {Field::Problem, QT_TRANSLATE_NOOP("nap::Workbook", "Public problem")},
    {Field::Causes, QT_TRANSLATE_NOOP("nap::Workbook", "Causes")},
    {Field::PriorEfforts, QT_TRANSLATE_NOOP("nap::Workbook", "Prior efforts")},
    {Field::Content, QT_TRANSLATE_NOOP("nap::Workbook", "Commitment content")},
    {Field::ExpectedResults, QT_TRANSLATE_NOOP("nap::Workbook", "Expected results")},
    {Field::Contribution, QT_TRANSLATE_NOOP("nap::Workbook", "Contribution")},
    {Field::AdditionalInfo, QT_TRANSLATE_NOOP("nap::Workbook", "Additional information")},
    {Field::Budget, QT_TRANSLATE_NOOP("nap::Workbook", "Budget")},
    {Field::RelatedProgrammes, QT_TRANSLATE_NOOP("nap::Workbook", "Related programmes")},
    {Field::Sdgs, QT_TRANSLATE_NOOP("nap::Workbook", "SDGs")},
    {Field::ActorsGovernment, QT_TRANSLATE_NOOP("nap::Workbook", "Other actors (government)")},
    {Field::ActorsCivil, QT_TRANSLATE_NOOP("nap::Workbook", "Other actors (civil society)")},
};

class SheetBuilder
{
public:
    SheetBuilder(WorkbookSheet *sheet, ExportRequest::Mode mode) : m_sheet(sheet), m_mode(mode) {}

    // header: the English source text (QT_TRANSLATE_NOOP "nap::Workbook").
    void column(const QString &id, const char *header, double width, Style style, const QString &list = {},
                bool strict = false)
    {
        columnText(id, text(Language::Chinese, header), text(Language::English, header), width, style, list,
                   strict);
    }
    void pair(const QString &id, const char *header, double width = 40)
    {
        pairText(id, text(Language::Chinese, header), text(Language::English, header), width);
    }
    // A _zh/_en pair from header words already in each language.
    void pairText(const QString &id, const QString &zh, const QString &en, double width = 40)
    {
        const auto version = [](Language language, const char *which, const QString &name) {
            return text(language, which).arg(name);
        };
        const char *chinese = QT_TRANSLATE_NOOP("nap::Workbook", "%1 (Chinese)");
        const char *english = QT_TRANSLATE_NOOP("nap::Workbook", "%1 (English)");
        columnText(id + QStringLiteral("_zh"), version(Language::Chinese, chinese, zh),
                   version(Language::English, chinese, en), width, Style::LongText);
        columnText(id + QStringLiteral("_en"), version(Language::Chinese, english, zh),
                   version(Language::English, english, en), width, Style::LongText);
    }
    void columnText(const QString &id, const QString &zh, const QString &en, double width, Style style,
                    const QString &list = {}, bool strict = false)
    {
        QString header;
        switch (m_mode) {
        case ExportRequest::Mode::Chinese:
            header = zh;
            break;
        case ExportRequest::Mode::English:
            header = en;
            break;
        case ExportRequest::Mode::Bilingual:
            header = zh + QLatin1Char('\n') + en;
            break;
        }
        m_sheet->columns.append({id, header, width, style, list, strict});
    }
    static QString text(Language language, const char *source)
    {
        return BilingualText::of(language, "nap::Workbook", source);
    }

private:
    WorkbookSheet *m_sheet;
    ExportRequest::Mode m_mode;
};

void commitmentColumns(WorkbookSheet *s, ExportRequest::Mode mode, bool findings)
{
    SheetBuilder b(s, mode);
    b.column(QStringLiteral("uuid"), QT_TRANSLATE_NOOP("nap::Workbook", "UUID"), 38, Style::Code);
    b.column(QStringLiteral("plan"), QT_TRANSLATE_NOOP("nap::Workbook", "Plan"), 24, Style::Text);
    b.column(QStringLiteral("area"), QT_TRANSLATE_NOOP("nap::Workbook", "Area"), 7, Style::Number);
    b.column(QStringLiteral("code"), QT_TRANSLATE_NOOP("nap::Workbook", "Code"), 8, Style::Code);
    b.pair(QStringLiteral("title"), QT_TRANSLATE_NOOP("nap::Workbook", "Commitment name"), 30);
    b.column(QStringLiteral("lead_agency"), QT_TRANSLATE_NOOP("nap::Workbook", "Lead agency"), 20,
             Style::Text, kAgencies);
    b.column(QStringLiteral("co_agencies"), QT_TRANSLATE_NOOP("nap::Workbook", "Co-implementing agencies"),
             24, Style::Text);
    b.column(QStringLiteral("start"), QT_TRANSLATE_NOOP("nap::Workbook", "Start"), 10, Style::Month);
    b.column(QStringLiteral("end"), QT_TRANSLATE_NOOP("nap::Workbook", "End"), 10, Style::Month);
    b.column(QStringLiteral("status"), QT_TRANSLATE_NOOP("nap::Workbook", "Status"), 11, Style::Code, kStatus,
             true);
    for (const TextColumn &t : kDescriptionColumns)
        b.pair(Fields::code(t.field), t.header);
    const char *values[] = {QT_TRANSLATE_NOOP("nap::Workbook", "Transparency"),
                            QT_TRANSLATE_NOOP("nap::Workbook", "Participation"),
                            QT_TRANSLATE_NOOP("nap::Workbook", "Accountability"),
                            QT_TRANSLATE_NOOP("nap::Workbook", "Inclusion")};
    for (CoreValue v : CoreValues::all()) {
        const char *value = values[static_cast<int>(v)];
        const QString id = QStringLiteral("value_") + CoreValues::code(v);
        const auto header = [value](Language language, const char *pattern) {
            return SheetBuilder::text(language, pattern).arg(SheetBuilder::text(language, value));
        };
        const char *claimed = QT_TRANSLATE_NOOP("nap::Workbook", "%1: claimed");
        const char *explanation = QT_TRANSLATE_NOOP("nap::Workbook", "%1 explanation");
        b.columnText(id + QStringLiteral("_claimed"), header(Language::Chinese, claimed),
                     header(Language::English, claimed), 10, Style::Code, kYesNo, true);
        b.pairText(id, header(Language::Chinese, explanation), header(Language::English, explanation));
    }
    b.column(QStringLiteral("policy_tags"), QT_TRANSLATE_NOOP("nap::Workbook", "Policy areas"), 20,
             Style::Code);
    b.pair(QStringLiteral("contact_name"), QT_TRANSLATE_NOOP("nap::Workbook", "Contact name"), 14);
    b.pair(QStringLiteral("contact_title"), QT_TRANSLATE_NOOP("nap::Workbook", "Contact title"), 18);
    b.column(QStringLiteral("contact_phone"), QT_TRANSLATE_NOOP("nap::Workbook", "Phone"), 18, Style::Code);
    b.column(QStringLiteral("contact_email"), QT_TRANSLATE_NOOP("nap::Workbook", "E-mail"), 26, Style::Code);
    b.pair(QStringLiteral("form_filler"), QT_TRANSLATE_NOOP("nap::Workbook", "Form filler"), 20);
    b.column(QStringLiteral("exporting_agency"), QT_TRANSLATE_NOOP("nap::Workbook", "Exporting agency"), 20,
             Style::Text);
    b.column(QStringLiteral("last_modified"), QT_TRANSLATE_NOOP("nap::Workbook", "Last modified (UTC)"), 18,
             Style::DateTime);
    b.pair(Fields::code(Field::Relevance),
           QT_TRANSLATE_NOOP("nap::Workbook", "Relevance to the core values"));
    if (findings) {
        b.column(QStringLiteral("open_findings"), QT_TRANSLATE_NOOP("nap::Workbook", "Open findings"), 10,
                 Style::Number);
        b.column(QStringLiteral("open_errors"), QT_TRANSLATE_NOOP("nap::Workbook", "Errors"), 8,
                 Style::Number);
        b.column(QStringLiteral("open_warnings"), QT_TRANSLATE_NOOP("nap::Workbook", "Warnings"), 8,
                 Style::Number);
    }
}

void milestoneColumns(WorkbookSheet *s, ExportRequest::Mode mode)
{
    SheetBuilder b(s, mode);
    b.column(QStringLiteral("commitment_uuid"), QT_TRANSLATE_NOOP("nap::Workbook", "Commitment UUID"), 38,
             Style::Code);
    b.column(QStringLiteral("commitment_code"), QT_TRANSLATE_NOOP("nap::Workbook", "Commitment code"), 10,
             Style::Code);
    b.column(QStringLiteral("uuid"), QT_TRANSLATE_NOOP("nap::Workbook", "UUID"), 38, Style::Code);
    b.column(QStringLiteral("position"), QT_TRANSLATE_NOOP("nap::Workbook", "No."), 6, Style::Number);
    b.pair(QStringLiteral("description"), QT_TRANSLATE_NOOP("nap::Workbook", "Milestone"));
    b.pair(QStringLiteral("expected_output"), QT_TRANSLATE_NOOP("nap::Workbook", "Expected output"), 30);
    b.column(QStringLiteral("start"), QT_TRANSLATE_NOOP("nap::Workbook", "Start"), 10, Style::Month);
    b.column(QStringLiteral("end"), QT_TRANSLATE_NOOP("nap::Workbook", "End"), 10, Style::Month);
    b.column(QStringLiteral("responsible_agency"), QT_TRANSLATE_NOOP("nap::Workbook", "Responsible agency"),
             20, Style::Text, kAgencies);
    b.pair(QStringLiteral("stakeholders"), QT_TRANSLATE_NOOP("nap::Workbook", "Stakeholders"), 24);
    b.column(QStringLiteral("activity"), QT_TRANSLATE_NOOP("nap::Workbook", "New or ongoing"), 10,
             Style::Code, kActivity, true);
    b.column(QStringLiteral("completion"), QT_TRANSLATE_NOOP("nap::Workbook", "Completion"), 13, Style::Code,
             kCompletion, true);
    b.pair(QStringLiteral("progress_note"), QT_TRANSLATE_NOOP("nap::Workbook", "Progress note"), 30);
}

void addPair(QVector<WorkbookCell> &row, const LocalizedText &t)
{
    row.append(WorkbookCell::ofText(t.zh));
    row.append(WorkbookCell::ofText(t.en));
}

WorkbookCell yesNo(bool on)
{
    return WorkbookCell::ofText(on ? QStringLiteral("yes") : QStringLiteral("no"));
}

} // namespace

WorkbookCell WorkbookCell::ofMonth(const YearMonth &m)
{
    if (!m.isValid())
        return {};
    return {Kind::Date, {}, 0, QDate(m.year(), m.month(), 1), {}};
}

WorkbookCell WorkbookCell::ofDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    return {Kind::DateTime, {}, 0, {}, dt.toUTC()};
}

int Workbook::rowCount() const
{
    int n = 0;
    for (const WorkbookSheet &s : sheets)
        n += s.hidden ? 0 : static_cast<int>(s.rows.size());
    return n;
}

namespace {

QVector<WorkbookCell> commitmentRow(const Commitment &c, const ExportInput &data,
                                    const QHash<QString, int> &areaNumbers, Language lang,
                                    const QString &exportingAgency,
                                    const QHash<QString, ExportInput::OpenFindings> *counts)
{
    QVector<WorkbookCell> row;
    row.reserve(80);
    row.append(WorkbookCell::ofText(c.uuid));
    const QString plan =
        data.plan.title.text(lang).isEmpty() ? data.plan.title.zh : data.plan.title.text(lang);
    row.append(WorkbookCell::ofText(plan));
    const auto area = areaNumbers.constFind(c.areaUuid);
    row.append(area == areaNumbers.cend() ? WorkbookCell() : WorkbookCell::ofNumber(*area));
    row.append(WorkbookCell::ofText(c.code));
    addPair(row, c.text(Field::Title));
    row.append(WorkbookCell::ofText(ExportText::agency(c.leadAgency, lang)));
    row.append(WorkbookCell::ofText(ExportText::agencyList(c.coAgencies, lang)));
    row.append(WorkbookCell::ofMonth(c.start));
    row.append(WorkbookCell::ofMonth(c.end));
    row.append(WorkbookCell::ofText(Statuses::code(c.status)));
    for (const TextColumn &t : kDescriptionColumns)
        addPair(row, c.text(t.field));
    for (CoreValue v : CoreValues::all()) {
        row.append(yesNo(c.isClaimed(v)));
        addPair(row, c.text(Commitment::explanationField(v)));
    }
    row.append(WorkbookCell::ofText(c.policyTags.join(QLatin1Char(','))));
    addPair(row, c.text(Field::ContactName));
    addPair(row, c.text(Field::ContactTitle));
    row.append(WorkbookCell::ofText(c.contactPhone));
    row.append(WorkbookCell::ofText(c.contactEmail));
    addPair(row, c.text(Field::FormFiller));
    row.append(WorkbookCell::ofText(exportingAgency));
    row.append(WorkbookCell::ofDateTime(c.modified));
    addPair(row, c.text(Field::Relevance));
    if (counts) {
        const ExportInput::OpenFindings open = counts->value(c.uuid);
        row.append(WorkbookCell::ofNumber(open.errors + open.warnings));
        row.append(WorkbookCell::ofNumber(open.errors));
        row.append(WorkbookCell::ofNumber(open.warnings));
    }
    return row;
}

QVector<WorkbookCell> milestoneRow(const Commitment &c, const Milestone &m, int position, Language lang)
{
    QVector<WorkbookCell> row;
    row.reserve(20);
    row.append(WorkbookCell::ofText(c.uuid));
    row.append(WorkbookCell::ofText(c.code));
    row.append(WorkbookCell::ofText(m.uuid));
    row.append(WorkbookCell::ofNumber(position));
    addPair(row, m.description);
    addPair(row, m.expectedOutput);
    row.append(WorkbookCell::ofMonth(m.start));
    row.append(WorkbookCell::ofMonth(m.end));
    row.append(WorkbookCell::ofText(ExportText::agency(m.responsibleAgency, lang)));
    addPair(row, m.stakeholders);
    row.append(WorkbookCell::ofText(m.isNew ? QStringLiteral("new") : QStringLiteral("ongoing")));
    row.append(WorkbookCell::ofText(Completions::code(m.completion)));
    addPair(row, m.progressNote);
    return row;
}

// The hidden sheet: one column per dropdown list, a header row, then the values.
void listsSheet(Workbook *wb, Language lang)
{
    WorkbookSheet s;
    s.name = QStringLiteral("清單");
    s.hidden = true;
    QList<QStringList> values;
    QStringList agencies;
    for (const CatalogEntry &e : Catalog::agencies().entries())
        agencies.append(e.name(lang));
    values.append(agencies);
    QStringList statuses;
    for (CommitmentStatus st :
         {CommitmentStatus::Draft, CommitmentStatus::Ready, CommitmentStatus::Submitted})
        statuses.append(Statuses::code(st));
    values.append(statuses);
    QStringList completions;
    for (Completion c : Completions::all())
        completions.append(Completions::code(c));
    values.append(completions);
    values.append({QStringLiteral("new"), QStringLiteral("ongoing")});
    values.append({QStringLiteral("yes"), QStringLiteral("no")});
    const QStringList names{kAgencies, kStatus, kCompletion, kActivity, kYesNo};
    const QStringList ids{QStringLiteral("agencies"), QStringLiteral("status"), QStringLiteral("completion"),
                          QStringLiteral("activity"), QStringLiteral("yes_no")};
    qsizetype longest = 0;
    for (int i = 0; i < names.size(); ++i) {
        s.columns.append(
            {ids.at(i), ids.at(i), i == 0 ? 30.0 : 14.0, WorkbookColumn::Style::Code, {}, false});
        wb->lists.append({names.at(i), i, static_cast<int>(values.at(i).size())});
        longest = std::max(longest, values.at(i).size());
    }
    for (qsizetype r = 0; r < longest; ++r) {
        QVector<WorkbookCell> row;
        for (const QStringList &v : values)
            row.append(r < v.size() ? WorkbookCell::ofText(v.at(r)) : WorkbookCell());
        s.rows.append(row);
    }
    wb->sheets.append(s);
}

} // namespace

Workbook Workbook::build(const ExportRequest &request, const ExportInput &data,
                         const QList<Commitment> &selection)
{
    Workbook wb;
    const Language lang = ExportText::primary(request.mode);
    const bool findings = static_cast<bool>(data.openFindings);
    // The checker runs once per commitment; both sheets that show its counts read them here.
    QHash<QString, ExportInput::OpenFindings> counts;
    if (findings) {
        counts.reserve(selection.size());
        for (const Commitment &c : selection)
            counts.insert(c.uuid, data.openFindings(c));
    }
    const auto *countsOrNull = findings ? &counts : nullptr;
    QHash<QString, int> areaNumbers;
    for (const Area &a : data.areas)
        areaNumbers.insert(a.uuid, a.number);
    const QString agency =
        request.exportingAgency.isEmpty() ? QString() : ExportText::agency(request.exportingAgency, lang);

    WorkbookSheet commitments;
    commitments.name = QStringLiteral("承諾事項");
    commitmentColumns(&commitments, request.mode, findings);
    WorkbookSheet milestones;
    milestones.name = QStringLiteral("里程碑");
    milestoneColumns(&milestones, request.mode);
    for (const Commitment &c : selection) {
        commitments.rows.append(commitmentRow(c, data, areaNumbers, lang, agency, countsOrNull));
        for (int i = 0; i < c.milestones.size(); ++i)
            milestones.rows.append(milestoneRow(c, c.milestones.at(i), i + 1, lang));
    }
    wb.sheets.append(WorkbookSummary::build(request, data, selection, countsOrNull));
    wb.sheets.append(commitments);
    wb.sheets.append(milestones);
    listsSheet(&wb, lang);

    wb.properties.title =
        data.plan.title.text(lang).isEmpty() ? data.plan.title.zh : data.plan.title.text(lang);
    wb.properties.exportingAgency = agency;
    wb.properties.exportTime = QDateTime::currentDateTimeUtc();
    wb.properties.language = ExportText::languageTag(request.mode);
    wb.properties.mode = request.mode;
    return wb;
}

} // namespace nap
