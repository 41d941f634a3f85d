#include "WorkbookModel.h"

#include "ExportText.h"
#include "Exporter.h"
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
    const char *zh;
    const char *en;
};

constexpr TextColumn kDescriptionColumns[] = {
    {Field::Brief, "摘要", "Brief description"},
    {Field::Problem, "公共問題", "Public problem"},
    {Field::Causes, "問題成因", "Causes"},
    {Field::PriorEfforts, "既有作為", "Prior efforts"},
    {Field::Content, "承諾事項內容", "Commitment content"},
    {Field::ExpectedResults, "預期成果", "Expected results"},
    {Field::Contribution, "貢獻與助益", "Contribution"},
    {Field::AdditionalInfo, "其他資訊", "Additional information"},
    {Field::Budget, "經費", "Budget"},
    {Field::RelatedProgrammes, "相關政府計畫", "Related programmes"},
    {Field::Sdgs, "永續發展目標", "SDGs"},
    {Field::ActorsGovernment, "其他參與者（政府）", "Other actors (government)"},
    {Field::ActorsCivil, "其他參與者（民間）", "Other actors (civil society)"},
};

class SheetBuilder
{
public:
    SheetBuilder(WorkbookSheet *sheet, ExportRequest::Mode mode) : m_sheet(sheet), m_mode(mode) {}

    void column(const QString &id, const char *zh, const char *en, double width, Style style,
                const QString &list = {}, bool strict = false)
    {
        QString header;
        const QString z = QString::fromUtf8(zh), e = QString::fromUtf8(en);
        switch (m_mode) {
        case ExportRequest::Mode::Chinese:
            header = z;
            break;
        case ExportRequest::Mode::English:
            header = e;
            break;
        case ExportRequest::Mode::Bilingual:
            header = z + QLatin1Char('\n') + e;
            break;
        }
        m_sheet->columns.append({id, header, width, style, list, strict});
    }
    void pair(const QString &id, const char *zh, const char *en, double width = 40)
    {
        const QByteArray z = QByteArray(zh) + "（中文）", e = QByteArray(en) + " (Chinese)";
        const QByteArray z2 = QByteArray(zh) + "（英文）", e2 = QByteArray(en) + " (English)";
        column(id + QStringLiteral("_zh"), z.constData(), e.constData(), width, Style::LongText);
        column(id + QStringLiteral("_en"), z2.constData(), e2.constData(), width, Style::LongText);
    }

private:
    WorkbookSheet *m_sheet;
    ExportRequest::Mode m_mode;
};

void commitmentColumns(WorkbookSheet *s, ExportRequest::Mode mode, bool findings)
{
    SheetBuilder b(s, mode);
    b.column(QStringLiteral("uuid"), "識別碼", "UUID", 38, Style::Code);
    b.column(QStringLiteral("plan"), "行動方案", "Plan", 24, Style::Text);
    b.column(QStringLiteral("area"), "面向", "Area", 7, Style::Number);
    b.column(QStringLiteral("code"), "編號", "Code", 8, Style::Code);
    b.pair(QStringLiteral("title"), "承諾事項名稱", "Commitment name", 30);
    b.column(QStringLiteral("lead_agency"), "主辦機關", "Lead agency", 20, Style::Text, kAgencies);
    b.column(QStringLiteral("co_agencies"), "協辦機關", "Co-implementing agencies", 24, Style::Text);
    b.column(QStringLiteral("start"), "開始", "Start", 10, Style::Month);
    b.column(QStringLiteral("end"), "結束", "End", 10, Style::Month);
    b.column(QStringLiteral("status"), "狀態", "Status", 11, Style::Code, kStatus, true);
    for (const TextColumn &t : kDescriptionColumns)
        b.pair(Fields::code(t.field), t.zh, t.en);
    const char *valueZh[] = {"透明", "公共參與", "課責", "涵容"};
    const char *valueEn[] = {"Transparency", "Participation", "Accountability", "Inclusion"};
    for (CoreValue v : CoreValues::all()) {
        const int i = static_cast<int>(v);
        const QString id = QStringLiteral("value_") + CoreValues::code(v);
        const QByteArray zh = QByteArray(valueZh[i]) + "：相關", en = QByteArray(valueEn[i]) + ": claimed";
        b.column(id + QStringLiteral("_claimed"), zh.constData(), en.constData(), 10, Style::Code, kYesNo,
                 true);
        const QByteArray wz = QByteArray(valueZh[i]) + "說明", we = QByteArray(valueEn[i]) + " explanation";
        b.pair(id, wz.constData(), we.constData());
    }
    b.column(QStringLiteral("policy_tags"), "政策領域", "Policy areas", 20, Style::Code);
    b.pair(QStringLiteral("contact_name"), "聯絡人", "Contact name", 14);
    b.pair(QStringLiteral("contact_title"), "職稱/單位", "Contact title", 18);
    b.column(QStringLiteral("contact_phone"), "電話", "Phone", 18, Style::Code);
    b.column(QStringLiteral("contact_email"), "電子郵件", "E-mail", 26, Style::Code);
    b.pair(QStringLiteral("form_filler"), "填表人/機關/團體", "Form filler", 20);
    b.column(QStringLiteral("exporting_agency"), "匯出機關", "Exporting agency", 20, Style::Text);
    b.column(QStringLiteral("last_modified"), "最後修改（UTC）", "Last modified (UTC)", 18, Style::DateTime);
    if (findings) {
        b.column(QStringLiteral("open_findings"), "待處理檢查結果", "Open findings", 10, Style::Number);
        b.column(QStringLiteral("open_errors"), "錯誤", "Errors", 8, Style::Number);
        b.column(QStringLiteral("open_warnings"), "警告", "Warnings", 8, Style::Number);
    }
}

void milestoneColumns(WorkbookSheet *s, ExportRequest::Mode mode)
{
    SheetBuilder b(s, mode);
    b.column(QStringLiteral("commitment_uuid"), "承諾事項識別碼", "Commitment UUID", 38, Style::Code);
    b.column(QStringLiteral("commitment_code"), "承諾事項編號", "Commitment code", 10, Style::Code);
    b.column(QStringLiteral("uuid"), "識別碼", "UUID", 38, Style::Code);
    b.column(QStringLiteral("position"), "序號", "No.", 6, Style::Number);
    b.pair(QStringLiteral("description"), "關鍵里程碑", "Milestone");
    b.pair(QStringLiteral("expected_output"), "預期產出", "Expected output", 30);
    b.column(QStringLiteral("start"), "開始", "Start", 10, Style::Month);
    b.column(QStringLiteral("end"), "結束", "End", 10, Style::Month);
    b.column(QStringLiteral("responsible_agency"), "負責機關", "Responsible agency", 20, Style::Text,
             kAgencies);
    b.pair(QStringLiteral("stakeholders"), "利害關係人", "Stakeholders", 24);
    b.column(QStringLiteral("activity"), "新增/延續", "New or ongoing", 10, Style::Code, kActivity, true);
    b.column(QStringLiteral("completion"), "完成程度", "Completion", 13, Style::Code, kCompletion, true);
    b.pair(QStringLiteral("progress_note"), "進度說明", "Progress note", 30);
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
                                    const QString &exportingAgency, bool findings)
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
    if (findings) {
        const ExportInput::OpenFindings open = data.openFindings(c);
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
        commitments.rows.append(commitmentRow(c, data, areaNumbers, lang, agency, findings));
        for (int i = 0; i < c.milestones.size(); ++i)
            milestones.rows.append(milestoneRow(c, c.milestones.at(i), i + 1, lang));
    }
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
