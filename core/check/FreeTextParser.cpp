#include "FreeTextParser.h"

#include "TextAnalysis.h"

#include <QRegularExpression>

#include <optional>

namespace nap {
namespace {

// Where the lines under a heading go.
enum class Section
{
    Text,
    Values,
    Milestones,
    Period,
    LeadAgency,
    Ignore
};

struct Heading
{
    const char *pattern; // keyword alternatives, matched at the start of the line
    Section section;
    Field field;
    bool strict; // short, common words: the line must be the heading alone or "heading: value"
};

// Longer, more specific headings first.
constexpr Heading kHeadings[] = {
    {"承諾事項本身對於解決|有何貢獻與助益|how will the commitment contribute|how (?:does|will) it contribute",
     Section::Text, Field::Contribution, false},
    {"為何此一承諾事項與|與\\s*OGP\\s*的?核心價值|why is this commitment relevant|relevance to ogp "
     "values|commitment analysis",
     Section::Values, Field::ValueTransparency, false},
    {"承諾事項涉及的公共問題|涉及的公共問題|what is the public problem|problem definition|public problem",
     Section::Text, Field::Problem, false},
    {"承諾事項的起迄時間|起迄時間|start and end date", Section::Period, Field::Period, false},
    {"建議主政機關|主（協）辦機關|主\\(協\\)辦機關|主協辦機關|lead implementing agency|lead agency",
     Section::LeadAgency, Field::LeadAgency, false},
    {"承諾事項名稱|commitment (?:name|title)", Section::Text, Field::Title, false},
    {"承諾事項內容|what is the commitment|commitment description|proposed solution", Section::Text,
     Field::Content, false},
    {"衡量指標|關鍵里程碑|里程碑|milestone activit(?:y|ies)|milestones?|planning table", Section::Milestones,
     Field::Milestones, false},
    {"what has been done so far|目前已採取的作為|已採取的作為", Section::Text, Field::PriorEfforts, false},
    {"問題成因|what (?:are the )?causes|causes of the problem", Section::Text, Field::Causes, false},
    {"預期成果|預期效益|expected results|what results", Section::Text, Field::ExpectedResults, false},
    {"其他資訊|additional information", Section::Text, Field::AdditionalInfo, false},
    {"承諾事項之描述|description", Section::Ignore, Field::Content, true},
    {"填表人|form filled (?:in )?by", Section::Text, Field::FormFiller, false},
    {"聯絡方式|聯絡人|contact(?: information)?", Section::Ignore, Field::ContactName, true},
    {"公共問題|problem", Section::Text, Field::Problem, true},
    {"成因|causes", Section::Text, Field::Causes, true},
    {"內容|content", Section::Text, Field::Content, true},
    {"貢獻|contribution", Section::Text, Field::Contribution, true},
    {"名稱|title", Section::Text, Field::Title, true},
};

struct CompiledHeading
{
    QRegularExpression re;
    const Heading *heading;
};

const QList<CompiledHeading> &headings()
{
    static const QList<CompiledHeading> compiled = [] {
        QList<CompiledHeading> out;
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
            QRegularExpression re(QStringLiteral("^(?:") + kw + QStringLiteral(")") + tail,
                                  QRegularExpression::CaseInsensitiveOption);
            re.optimize();
            out.append({re, &h});
        }
        return out;
    }();
    return compiled;
}

// "透明：…" inside the values answer starts that value's explanation.
std::optional<Field> valueField(const QString &line, QString *rest)
{
    static const QRegularExpression re(
        QStringLiteral("^(透明|公共參與|參與|課責|涵容|transparency|participation|accountability|inclusion)"
                       "\\s*[：:]\\s*(.*)$"),
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

struct DateRange
{
    YearMonth start;
    YearMonth end;
    qsizetype from = -1; // where the dates sit in the line, to cut them out
    qsizetype length = 0;
};

std::optional<DateRange> dateRange(const QString &line)
{
    static const QRegularExpression gregorian(QStringLiteral(
        "((?:19|20)\\d{2})\\s*[/.\\-年]\\s*(\\d{1,2})\\s*月?\\s*(?:～|~|－|—|–|-|至|到|to|\\s)\\s*"
        "((?:19|20)\\d{2})\\s*[/.\\-年]\\s*(\\d{1,2})\\s*月?"));
    static const QRegularExpression roc(QStringLiteral("(?:民國)?(\\d{2,3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(?:"
                                                       "～|~|－|—|–|-|至|到)\\s*(?:民國)?(\\d{2,3})\\s*年\\s*"
                                                       "(\\d{1,2})\\s*月"));
    for (const QRegularExpression *re : {&gregorian, &roc}) {
        const QRegularExpressionMatch m = re->match(line);
        if (!m.hasMatch())
            continue;
        const int offset = re == &roc ? 1911 : 0;
        DateRange r;
        r.start = YearMonth(m.captured(1).toInt() + offset, m.captured(2).toInt());
        r.end = YearMonth(m.captured(3).toInt() + offset, m.captured(4).toInt());
        r.from = m.capturedStart(0);
        r.length = m.capturedLength(0);
        if (r.start.isValid() && r.end.isValid())
            return r;
    }
    return std::nullopt;
}

bool isListItem(const QString &line)
{
    return TextAnalysis::stripLeadingMarkers(line).size() < line.trimmed().size();
}

// A year bucket between milestone rows ("2021年", "110年", "第一年", "Year 1").
bool isBucketLine(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:(?:19|20)\\d{2}\\s*年?|\\d{2,3}\\s*年|第[一二三四五六七八九十]+年|year\\s*\\d+)\\s*[：:]?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

class Builder
{
public:
    FreeTextParser::Result result;

    void addText(Field field, const QString &line)
    {
        if (line.isEmpty())
            return;
        LocalizedText &t = result.commitment.text(field);
        QString &target = TextAnalysis::hasCjk(line) ? t.zh : t.en;
        if (!target.isEmpty())
            target += QLatin1Char('\n');
        target += line;
        note(field);
    }

    void addMilestone(const QString &rawLine)
    {
        if (isBucketLine(rawLine))
            return;
        QString line = rawLine;
        const std::optional<DateRange> dates = dateRange(line);
        if (dates)
            line.remove(dates->from, dates->length);
        static const QRegularExpression emptyBrackets(QStringLiteral("[（(]\\s*[)）]"));
        line.remove(emptyBrackets); // what is left of "(2021/01～2021/12)"
        line = TextAnalysis::stripLeadingMarkers(line).trimmed();
        if (line.isEmpty())
            return;
        const bool cjk = TextAnalysis::hasCjk(line);
        QList<Milestone> &ms = result.commitment.milestones;
        // An English line right after a Chinese milestone is usually its translation.
        if (!cjk && !ms.isEmpty() && !ms.last().description.zh.isEmpty() &&
            ms.last().description.en.isEmpty()) {
            ms.last().description.en = line;
            return;
        }
        Milestone m;
        (cjk ? m.description.zh : m.description.en) = line;
        if (dates) {
            m.start = dates->start;
            m.end = dates->end;
        }
        ms.append(m);
        note(Field::Milestones);
    }

    void note(Field field)
    {
        if (!result.recognised.contains(field))
            result.recognised.append(field);
    }
};

// The heading a line starts with, and the answer after it on the same line.
const Heading *matchHeading(const QString &line, QString *rest)
{
    for (const CompiledHeading &h : headings()) {
        const QRegularExpressionMatch m = h.re.match(line);
        if (m.hasMatch()) {
            *rest = m.captured(1).trimmed();
            return h.heading;
        }
    }
    return nullptr;
}

// A line under a heading goes where the heading says.
void addUnderHeading(Builder &b, const Heading &heading, const QString &content, Field *valueTarget)
{
    switch (heading.section) {
    case Section::Text:
        b.addText(heading.field, content);
        break;
    case Section::Values: {
        QString valueText;
        const std::optional<Field> f =
            valueField(TextAnalysis::stripLeadingMarkers(content).trimmed(), &valueText);
        if (f)
            *valueTarget = *f;
        b.addText(*valueTarget, f ? valueText : content);
        break;
    }
    case Section::Milestones:
        b.addMilestone(content);
        break;
    case Section::Period:
        if (const std::optional<DateRange> r = dateRange(content)) {
            b.result.commitment.start = r->start;
            b.result.commitment.end = r->end;
            b.note(Field::Period);
        }
        break;
    case Section::LeadAgency:
        if (b.result.commitment.leadAgency.isEmpty()) {
            b.result.commitment.leadAgency = content;
            b.note(Field::LeadAgency);
        }
        break;
    case Section::Ignore:
        break;
    }
}

} // namespace

FreeTextParser::Result FreeTextParser::parse(const QString &text)
{
    Builder b;
    const Heading *current = nullptr;
    Field valueTarget = Field::ValueTransparency;
    for (const QString &raw : text.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QString rest;
        const Heading *found = matchHeading(TextAnalysis::stripLeadingMarkers(line).trimmed(), &rest);
        if (found) {
            b.result.usedHeadings = true;
            current = found;
            valueTarget = Field::ValueTransparency;
            if (rest.isEmpty())
                continue;
        }
        const QString &content = found ? rest : line;
        if (current) {
            addUnderHeading(b, *current, content, &valueTarget);
        } else if (isListItem(content) || dateRange(content)) {
            b.addMilestone(content); // no heading yet: list items and dated lines are milestones
        } else {
            b.addText(Field::Content, content); // …and the rest is the content
        }
    }
    Commitment &c = b.result.commitment;
    for (CoreValue v : CoreValues::all())
        c.setClaimed(v, !c.text(Commitment::explanationField(v)).isEmpty());
    std::sort(b.result.recognised.begin(), b.result.recognised.end(),
              [](Field a, Field z) { return static_cast<int>(a) < static_cast<int>(z); });
    return b.result;
}

} // namespace nap
