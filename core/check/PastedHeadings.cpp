#include "PastedHeadings.h"

#include "TextAnalysis.h"

#include <QList>
#include <QRegularExpression>

namespace nap {
namespace {

using Section = PastedHeadings::Section;

struct Heading
{
    const char *pattern; // keyword alternatives, matched at the start of the line
    Section section;
    Field field;
    bool strict; // short, common words: the line must be the heading alone or "heading: value"
};

// The templates' own wording, specific enough to be recognised even when run into the text
// (a flattened PDF or table). Matched before the general headings below.
constexpr Heading kTemplateHeadings[] = {
    // OGP 2022+ template questions.
    {"what problem does the commitment aim to address\\??|problem definition", Section::Text, Field::Problem,
     false},
    {"what are the causes of the problem\\??", Section::Text, Field::Causes, false},
    {"what has been done so far to solve the problem\\??", Section::Text, Field::PriorEfforts, false},
    {"what solution are you proposing\\??", Section::Text, Field::Content, false},
    {"what results do we want to achieve by implementing this commitment\\??", Section::Text,
     Field::ExpectedResults, false},
    {"how will the commitment promote transparency\\??", Section::Text, Field::ValueTransparency, false},
    {"how will the commitment help foster accountability\\??", Section::Text, Field::ValueAccountability,
     false},
    {"how will the commitment improve (?:citizen )?participation[^?]{0,80}\\??", Section::Text,
     Field::ValueParticipation, false},
    {"commitment analysis", Section::Values, Field::ValueTransparency, false},
    // OGP 2016–2021 template.
    {"what is the public problem that the commitment will address\\??|status quo or problem addressed by "
     "the commitment|problem to be addressed",
     Section::Text, Field::Problem, false},
    {"what is the commitment\\??|main objective", Section::Text, Field::Content, false},
    {"how will the commitment contribute to solve the public problem\\??|contribution of (?:the )?commitment "
     "to solving (?:the )?problem",
     Section::Text, Field::Contribution, false},
    {"why is this commitment relevant to ogp values\\??|relevance (?:of (?:the )?commitment )?to ogp values",
     Section::Values, Field::ValueTransparency, false},
    {"additional information", Section::Text, Field::AdditionalInfo, false},
    {"commitment planning|commitment milestones|(?:macro|key|main) activities|"
     "(?:milestone )?activit(?:y|ies) with a verifiable(?: deliverable)?(?: and completion date)?|key "
     "activities with (?:a )?(?:verifiable )?"
     "deliverables?(?: and measurable results)?|verifiable and measurable milestones[^:]{0,60}",
     Section::Milestones, Field::Milestones, false},
    {"brief description of (?:the )?commitment(?: \\(140 character limit\\))?", Section::Text, Field::Brief,
     false},
    {"lead implementing agency(?:/actor)?", Section::LeadAgency, Field::LeadAgency, false},
    {"(?:name of )?responsible person(?: from implementing agency)?|contact information", Section::Ignore,
     Field::ContactName, false},
    {"other actors involved|state actors involved|csos, private sector, multilaterals, working groups",
     Section::Ignore, Field::ActorsGovernment, false},
    // NDC's form: its headings are long enough to be recognised inside run-on text too.
    {"承諾事項涉及的公共問題(?:為何)?[？?]?", Section::Text, Field::Problem, false},
    {"承諾事項內容", Section::Text, Field::Content, false},
    {"承諾事項本身對於解決(?:這些)?公共問題有何貢獻與助益[？?]?", Section::Text, Field::Contribution, false},
    {"為何此一承諾事項與\\s*OGP\\s*的?核心價值(?:[（(][^）)]{0,20}[）)])?有所相關[？?]?", Section::Values,
     Field::ValueTransparency, false},
    {"其他資訊", Section::Text, Field::AdditionalInfo, false},
    {"衡量指標(?:\\s*[／/]\\s*關鍵里程碑)?|關鍵里程碑", Section::Milestones, Field::Milestones, false},
    {"承諾事項的起迄時間", Section::Period, Field::Period, false},
    {"建議主政機關|主（協）辦機關", Section::LeadAgency, Field::LeadAgency, false},
    // The first national action plan's headings, and the 2022+ template in Chinese.
    {"承諾事項將涉及哪些公共問題[？?]?|問題界定", Section::Text, Field::Problem, false},
    {"承諾事項為何[？?]?", Section::Text, Field::Content, false},
    {"承諾事項如何對?解決公共問題有所?貢獻[？?]?|承諾事項如何有助於解決公共問題[？?]?", Section::Text,
     Field::Contribution, false},
    {"為何此承諾事項與開放政府(?:的)?核心價值(?:有所)?相關[？?]?|與核心價值的關係|承諾事項分析",
     Section::Values, Field::ValueTransparency, false},
    {"如何促進透明[？?]?", Section::Text, Field::ValueTransparency, false},
    {"如何(?:促進|強化)課責[？?]?", Section::Text, Field::ValueAccountability, false},
    {"如何(?:促進|改善|提升)(?:公共|公民)?參與[？?]?", Section::Text, Field::ValueParticipation, false},
};

// General headings: NDC's form and short forms of the templates'. Longer, more specific first.
constexpr Heading kHeadings[] = {
    // NAP Desk's own printed form (FormLabels), so a printed or re-typed form reads back.
    {"lead \\(and co-implementing\\) agencies|lead and co-implementing agencies", Section::LeadAgency,
     Field::LeadAgency, false},
    {"start and end of the commitment", Section::Period, Field::Period, false},
    {"description of the commitment", Section::Ignore, Field::Content, false},
    {"brief description|摘要", Section::Text, Field::Brief, true},
    {"既有作為", Section::Text, Field::PriorEfforts, true},
    {"budget|經費", Section::Text, Field::Budget, true},
    {"related government programmes|相關政府計畫", Section::Text, Field::RelatedProgrammes, true},
    {"sustainable development goals|永續發展目標", Section::Text, Field::Sdgs, true},
    {"policy areas|政策領域", Section::Ignore, Field::PolicyTags, true},
    {"other actors \\(government\\)|其他參與者（政府）", Section::Text, Field::ActorsGovernment, true},
    {"other actors \\(civil society[^)]*\\)|其他參與者（公民社會[^）]*）", Section::Text, Field::ActorsCivil,
     true},
    {"measures\\s*/\\s*key milestones", Section::Milestones, Field::Milestones, false},
    {"form filler(?:, agency or organi[sz]ation)?", Section::Text, Field::FormFiller, false},
    {"承諾事項本身對於解決|有何貢獻與助益|how will the commitment contribute|how (?:does|will) it contribute",
     Section::Text, Field::Contribution, false},
    {"為何此一承諾事項與|與\\s*OGP\\s*的?核心價值|why is this commitment relevant|relevance to ogp "
     "values",
     Section::Values, Field::ValueTransparency, false},
    {"承諾事項涉及的公共問題|涉及的公共問題|what is the public problem|public problem", Section::Text,
     Field::Problem, false},
    {"承諾事項的起迄時間|起迄時間|起訖時間|執行期間|start and end date", Section::Period, Field::Period,
     false},
    {"建議主政機關|主（協）辦機關|主\\(協\\)辦機關|主協辦機關|主辦機關|lead implementing agency|lead agency",
     Section::LeadAgency, Field::LeadAgency, false},
    {"承諾事項名稱|commitment (?:name|title)", Section::Text, Field::Title, false},
    {"承諾事項內容|解決方案|what is the commitment|commitment description|proposed solution", Section::Text,
     Field::Content, false},
    {"衡量指標|關鍵里程碑|里程碑|執行步驟|milestone activit(?:y|ies)|milestones?|planning table|key "
     "activities",
     Section::Milestones, Field::Milestones, false},
    {"what has been done so far|目前已採取的作為|已採取的作為|迄今作為", Section::Text, Field::PriorEfforts,
     false},
    {"問題成因|what (?:are the )?causes|causes of the problem", Section::Text, Field::Causes, false},
    {"預期成果|預期效益|expected results|what results", Section::Text, Field::ExpectedResults, false},
    {"其他資訊|補充資訊|additional information", Section::Text, Field::AdditionalInfo, false},
    {"承諾事項之描述|description", Section::Ignore, Field::Content, true},
    {"填表人|form filled (?:in )?by", Section::Text, Field::FormFiller, false},
    {"聯絡方式|聯絡人|contact(?: information)?", Section::Ignore, Field::ContactName, true},
    {"協辦機關|其他參與者|other actors", Section::Ignore, Field::ActorsGovernment, true},
    {"公共問題|problem", Section::Text, Field::Problem, true},
    {"成因|causes", Section::Text, Field::Causes, true},
    {"內容|content|summary|簡述", Section::Text, Field::Content, true},
    {"貢獻|contribution", Section::Text, Field::Contribution, true},
    {"名稱|title", Section::Text, Field::Title, true},
    {"relevance", Section::Values, Field::ValueTransparency, true},
    {"ambition|預期影響", Section::Text, Field::ExpectedResults, true},
    {"planning|規劃", Section::Milestones, Field::Milestones, true},
};

struct CompiledHeading
{
    QRegularExpression re;
    const Heading *heading;
};

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    Q_ASSERT_X(re.isValid(), "PastedHeadings", qPrintable(re.errorString() + pattern));
    return re;
}

const QList<CompiledHeading> &headings()
{
    static const QList<CompiledHeading> compiled = [] {
        QList<CompiledHeading> out;
        // A template heading is the whole heading: whatever follows is the answer.
        for (const Heading &h : kTemplateHeadings)
            out.append({compile(QStringLiteral("^(?:") + QString::fromUtf8(h.pattern) +
                                QStringLiteral(")\\s*[：:]?\\s*(.*)$")),
                        &h});
        for (const Heading &h : kHeadings) {
            const QString kw = QString::fromUtf8(h.pattern);
            // strict: "keyword" or "keyword: value" (a tab when copied from a table); loose: up
            // to 40 more characters of heading, and the answer may follow a question mark on the
            // same line ("What is the public problem? There is …"). (?| …) numbers the
            // alternatives' answers alike, so the answer is always group 1.
            const QString tail = h.strict
                                     ? QStringLiteral("\\s*(?:[（(][^）)]*[）)])?\\s*(?:[：:\\t]\\s*(.*))?$")
                                     : QStringLiteral("[^：:。.？?\\t]{0,40}?(?|[？?]\\s*(?:[：:]\\s*)?(.*)|"
                                                      "\\s*[：:\\t]\\s*(.*)|\\s*())$");
            out.append({compile(QStringLiteral("^(?:") + kw + QStringLiteral(")") + tail), &h});
        }
        return out;
    }();
    return compiled;
}

// Where a template heading starts inside a run-on line. English headings must start with a
// capital, as the templates print them, so ordinary prose ("… what is the commitment …") stays.
const QRegularExpression &inlineHeadings()
{
    static const QRegularExpression re = [] {
        QStringList latin;
        QStringList cjk;
        for (const Heading &h : kTemplateHeadings) {
            const QString p = QString::fromUtf8(h.pattern);
            if (p.at(0).unicode() < 0x80)
                latin.append(QStringLiteral("(?=[A-Z])(?i:") + p + QStringLiteral(")"));
            else
                cjk.append(p);
        }
        // "Milestones Start date: End date:", "Start Date: End Date:" also open a table.
        latin.append(QStringLiteral("(?=[A-Z])(?i:milestones?)(?=\\s*(?:[:*|]|\\(|start\\b|expected\\b))"));
        // Chinese run-on text has no space before a heading: one may follow a sentence's end.
        QRegularExpression r(QStringLiteral("(?<=\\S)\\s+(?=(?:") + latin.join(QLatin1Char('|')) +
                             QStringLiteral("))|(?<=[。；;！？?!●•\\s])\\s*(?=(?:") +
                             cjk.join(QLatin1Char('|')) + QStringLiteral("))"));
        r.optimize();
        return r;
    }();
    return re;
}

} // namespace

bool PastedHeadings::match(const QString &line, Match *match)
{
    for (const CompiledHeading &h : headings()) {
        const QRegularExpressionMatch m = h.re.match(line);
        if (m.hasMatch()) {
            match->section = h.heading->section;
            match->field = h.heading->field;
            match->answer = m.captured(1).trimmed();
            return true;
        }
    }
    return false;
}

QStringList PastedHeadings::splitLine(const QString &line)
{
    // Markdown: "## Heading", "**Heading**", "__Heading__".
    static const QRegularExpression markdown(QStringLiteral("^#{1,6}\\s+|\\*\\*|__"));
    QString plain = line;
    plain.remove(markdown);
    QStringList out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = inlineHeadings().globalMatch(plain);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.append(plain.mid(from, m.capturedStart() - from).trimmed());
        from = m.capturedEnd();
    }
    out.append(plain.mid(from).trimmed());
    // "### 1. What problem …": the list number stays with its heading.
    for (qsizetype i = out.size() - 2; i >= 0; --i) {
        if (TextAnalysis::stripLeadingMarkers(out.at(i)).trimmed().isEmpty())
            out.removeAt(i);
    }
    out.removeAll(QString());
    return out;
}

bool PastedHeadings::isTableHeader(const QString &text)
{
    static const QRegularExpression header(
        QStringLiteral("^(?:[\\s|:：*\\-]|milestones?(?:\\s+activit(?:y|ies))?|activit(?:y|ies)|"
                       "(?:expected\\s+)?outputs?|deliverables?|(?:expected\\s+)?(?:completion\\s+)?dates?|"
                       "start(?:ing)?(?:\\s+date)?|end(?:\\s+date)?|and|completion|verifiable|with|a|[（()）]"
                       "|stakeholders?|responsible(?:\\s+(?:body|agency|"
                       "institution))?|lead(?:\\s+agency)?|with\\s+a\\s+verifiable\\s+deliverable|里程碑|"
                       "預期產出|預計完成日期|完成日期|開始日期|結束日期|起訖時間|起迄時間|主辦機關|"
                       "協辦機關|利害關係人|負責機關)+$"),
        QRegularExpression::CaseInsensitiveOption);
    return !text.trimmed().isEmpty() && header.match(text.trimmed()).hasMatch();
}

std::optional<Field> PastedHeadings::valueLabel(const QString &line, QString *rest)
{
    // "透明：…", or the value's name alone on its line (a label cell or paragraph of a form).
    static const QRegularExpression re(
        QStringLiteral("^(透明|公共參與|參與|課責|涵容|transparency|participation|accountability|inclusion)"
                       "\\s*(?:[：:]\\s*(.*))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    *rest = m.captured(2);
    const QString k = m.captured(1).toLower();
    if (k == QStringLiteral("透明") || k == QLatin1String("transparency"))
        return Field::ValueTransparency;
    if (k == QStringLiteral("課責") || k == QLatin1String("accountability"))
        return Field::ValueAccountability;
    if (k == QStringLiteral("涵容") || k == QLatin1String("inclusion"))
        return Field::ValueInclusion;
    return Field::ValueParticipation;
}

} // namespace nap
