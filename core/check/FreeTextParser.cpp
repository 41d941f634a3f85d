#include "FreeTextParser.h"

#include "MilestoneRows.h"
#include "PastedDates.h"
#include "PastedHeadings.h"
#include "TextAnalysis.h"

#include <QRegularExpression>

#include <optional>

namespace nap {
namespace {

using Section = PastedHeadings::Section;

// Where a value's label starts inside a line, after a sentence ends.
const QRegularExpression &valueLabelInside()
{
    static const QRegularExpression re(
        QStringLiteral("(?<=[.。;；])\\s*(?=(?:透明|公共參與|參與|課責|涵容|transparency|participation|"
                       "accountability|inclusion)\\s*[：:])"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
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

// A first line that reads as a title: short, and not a sentence.
bool looksLikeTitle(const QString &line)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[。.!！?？；;:：]$"));
    return line.size() <= 200 && !sentenceEnd.match(line).hasMatch() && !isListItem(line);
}

class Builder
{
public:
    FreeTextParser::Result result;
    bool titleGuessed = false;

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

    void addMilestones(const QString &line)
    {
        if (isBucketLine(line))
            return;
        for (const MilestoneRows::Row &row : MilestoneRows::split(line))
            addMilestone(row);
    }

    void addMilestone(const MilestoneRows::Row &row)
    {
        QList<Milestone> &ms = result.commitment.milestones;
        if (row.dateOnly) {
            // A date on the line after its milestone.
            if (!ms.isEmpty() && !ms.last().end.isValid())
                setDates(ms.last(), row.dates);
            return;
        }
        const bool cjk = TextAnalysis::hasCjk(row.text);
        // A PDF wraps a long row: a line that goes on in lower case continues the row before.
        if (!cjk && !ms.isEmpty() && row.text.at(0).isLower() && !ms.last().end.isValid() &&
            !ms.last().description.en.isEmpty()) {
            ms.last().description.en += QLatin1Char(' ') + row.text;
            setDates(ms.last(), row.dates);
            return;
        }
        // An English line right after a Chinese milestone is usually its translation.
        if (!cjk && !ms.isEmpty() && !ms.last().description.zh.isEmpty() &&
            ms.last().description.en.isEmpty()) {
            ms.last().description.en = row.text;
            if (!ms.last().end.isValid())
                setDates(ms.last(), row.dates);
            return;
        }
        Milestone m;
        (cjk ? m.description.zh : m.description.en) = row.text;
        (TextAnalysis::hasCjk(row.output) ? m.expectedOutput.zh : m.expectedOutput.en) = row.output;
        setDates(m, row.dates);
        ms.append(m);
        note(Field::Milestones);
    }

    static void setDates(Milestone &m, const PastedDates::Range &dates)
    {
        m.start = dates.start;
        m.end = dates.end;
    }

    void setPeriod(const QString &content, Field heading)
    {
        const PastedDates::Range r = PastedDates::range(content);
        if (!r.isValid())
            return;
        Commitment &c = result.commitment;
        if (r.start.isValid()) {
            c.start = r.start;
            c.end = r.end;
        } else if (heading == Field::Period && !c.start.isValid()) {
            c.start = r.end; // "Start date: 1 March 2019" alone
        } else {
            c.end = r.end;
        }
        note(Field::Period);
    }

    void note(Field field)
    {
        if (!result.recognised.contains(field))
            result.recognised.append(field);
    }
};

// A line under a heading goes where the heading says.
void addUnderHeading(Builder &b, const PastedHeadings::Match &heading, const QString &content,
                     Field *valueTarget)
{
    switch (heading.section) {
    case Section::Text:
        b.addText(heading.field, content);
        break;
    case Section::Values:
        // "Transparency: … Accountability: …" on one line: each value's explanation apart.
        for (const QString &part : content.split(valueLabelInside())) {
            QString valueText;
            const std::optional<Field> f =
                PastedHeadings::valueLabel(TextAnalysis::stripLeadingMarkers(part).trimmed(), &valueText);
            if (f)
                *valueTarget = *f;
            b.addText(*valueTarget, (f ? valueText : part).trimmed());
        }
        break;
    case Section::Milestones:
        b.addMilestones(content);
        break;
    case Section::Period:
        b.setPeriod(content, heading.field);
        break;
    case Section::LeadAgency:
        if (b.result.commitment.leadAgency.isEmpty() && !content.isEmpty()) {
            b.result.commitment.leadAgency = content;
            b.note(Field::LeadAgency);
        }
        break;
    case Section::Ignore:
        break;
    }
}

// "Start date: …" and "End date: …" give the period, except inside a milestone table where
// they are its column heads.
bool periodLine(Builder &b, const QString &line, bool inMilestones)
{
    static const QRegularExpression re(
        QStringLiteral("^(start|end|開始|結束)(?:\\s*date|日期|時間)\\s*[：:]\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch() || inMilestones)
        return false;
    const QString kind = m.captured(1).toLower();
    const bool start = kind == QLatin1String("start") || kind == QStringLiteral("開始");
    b.setPeriod(m.captured(2), start ? Field::Period : Field::Milestones);
    return true;
}

void parseLine(Builder &b, const QString &line, std::optional<PastedHeadings::Match> &current,
               Field *valueTarget)
{
    const bool inMilestones = current && current->section == Section::Milestones;
    if (periodLine(b, line, inMilestones))
        return;
    PastedHeadings::Match found;
    const bool isHeading = PastedHeadings::match(TextAnalysis::stripLeadingMarkers(line).trimmed(), &found);
    if (isHeading) {
        b.result.usedHeadings = true;
        current = found;
        *valueTarget = found.field;
        if (found.answer.isEmpty())
            return;
    }
    const QString &content = isHeading ? found.answer : line;
    if (current) {
        addUnderHeading(b, *current, content, valueTarget);
    } else if (b.result.commitment.milestones.isEmpty() && PastedDates::isDateOnly(content)) {
        b.setPeriod(content, Field::Period); // "1 January 2021 – 30 June 2023" under the title
    } else if (b.result.recognised.isEmpty() && looksLikeTitle(content)) {
        b.addText(Field::Title, content); // a first short line is the title
        b.titleGuessed = true;
    } else if (isListItem(content) || PastedDates::range(content).isValid()) {
        b.addMilestones(content); // no heading yet: list items and dated lines are milestones
    } else {
        b.addText(Field::Content, content); // …and the rest is the content
    }
}

} // namespace

FreeTextParser::Result FreeTextParser::parse(const QString &text)
{
    Builder b;
    std::optional<PastedHeadings::Match> current;
    Field valueTarget = Field::ValueTransparency;
    for (const QString &raw : text.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")))) {
        for (const QString &line : PastedHeadings::splitLine(raw.trimmed()))
            parseLine(b, line, current, &valueTarget);
    }
    Commitment &c = b.result.commitment;
    // A lone line is the commitment itself, not its title.
    if (b.titleGuessed && b.result.recognised.size() == 1) {
        c.text(Field::Content) = c.text(Field::Title);
        c.text(Field::Title) = LocalizedText();
        b.result.recognised = {Field::Content};
    }
    for (CoreValue v : CoreValues::all())
        c.setClaimed(v, !c.text(Commitment::explanationField(v)).isEmpty());
    std::sort(b.result.recognised.begin(), b.result.recognised.end(),
              [](Field a, Field z) { return static_cast<int>(a) < static_cast<int>(z); });
    return b.result;
}

} // namespace nap
