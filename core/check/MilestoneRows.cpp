#include "MilestoneRows.h"

#include "PastedHeadings.h"
#include "TextAnalysis.h"

#include <QRegularExpression>

namespace nap {
namespace {

// Enough words (or CJK characters) to be a description rather than a date's remnant.
bool isDescription(const QString &text)
{
    const Language l = TextAnalysis::hasCjk(text) ? Language::Chinese : Language::English;
    return TextAnalysis::meaningfulLength(text, l) >= (l == Language::Chinese ? 4 : 3);
}

} // namespace

QStringList MilestoneRows::splitAtMarkers(const QString &line)
{
    // Bullets always start a row (\uf0b7 is the Symbol-font bullet PDFs leave behind).
    static const QRegularExpression bullets(QStringLiteral("\\s*[•●▪■◆◦○\\x{f0b7}\\x{f0a7}\\x{2022}]\\s*"));
    QStringList items = line.split(bullets, Qt::SkipEmptyParts);
    // Numbered items ("1. ", "2) ", "7.1 ", "（二）", "3、") only when there are several.
    static const QRegularExpression numbered(
        QStringLiteral("(?:^|(?<=\\s))(?:\\d{1,2}(?:\\.\\d{1,2})?[.)](?=\\s)|\\d{1,2}\\.\\d{1,2}(?=\\s)|"
                       "[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十0-9]{1,2}、)"));
    QStringList out;
    for (const QString &item : std::as_const(items)) {
        QList<qsizetype> starts;
        QRegularExpressionMatchIterator it = numbered.globalMatch(item);
        while (it.hasNext())
            starts.append(it.next().capturedStart());
        if (starts.size() < 2) {
            out.append(item.trimmed());
            continue;
        }
        if (starts.first() > 0)
            out.append(item.left(starts.first()).trimmed());
        starts.append(item.size());
        for (qsizetype i = 0; i + 1 < starts.size(); ++i)
            out.append(item.mid(starts.at(i), starts.at(i + 1) - starts.at(i)).trimmed());
    }
    out.removeAll(QString());
    return out;
}

QStringList MilestoneRows::splitAfterDates(const QString &item)
{
    // Dates next to each other ("Nov. 2021 June 2023", "2022.03.01 2022.12.31") form a group
    // that closes a row when a description comes before and after it. Dates that open the
    // text belong to the description after them.
    const QList<PastedDates::Mention> mentions = PastedDates::find(item);
    QList<QPair<qsizetype, qsizetype>> groups; // from, to
    for (const PastedDates::Mention &m : mentions) {
        const qsizetype end = m.from + m.length;
        if (!groups.isEmpty() &&
            !isDescription(item.mid(groups.last().second, m.from - groups.last().second)))
            groups.last().second = end;
        else
            groups.append({m.from, end});
    }
    QStringList out;
    qsizetype rowStart = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype next = i + 1 < groups.size() ? groups.at(i + 1).first : item.size();
        const QString before = item.mid(rowStart, groups.at(i).first - rowStart);
        const QString after = item.mid(groups.at(i).second, next - groups.at(i).second);
        if (isDescription(before) && isDescription(after)) {
            out.append(item.mid(rowStart, groups.at(i).second - rowStart).trimmed());
            rowStart = groups.at(i).second;
        }
    }
    out.append(item.mid(rowStart).trimmed());
    out.removeAll(QString());
    return out;
}

MilestoneRows::Row MilestoneRows::toRow(const QString &item)
{
    Row row;
    row.dates = PastedDates::range(item);
    QString text = item;
    const QList<PastedDates::Mention> mentions = PastedDates::find(item);
    for (auto it = mentions.crbegin(); it != mentions.crend(); ++it)
        text.remove(it->from, it->length);
    // What the dates leave behind: "Start Date: End Date:", "(～)", "|", "In progress".
    static const QRegularExpression remnants(
        QStringLiteral(
            "\\b(?:start|end|completion)\\s+date\\s*[:：]?|[（(]\\s*(?:[～~\\-–—至到]|to)?\\s*[)）]|"
            "\\s[|｜]\\s|^[|｜]|[|｜]$|(?:\\s(?:[～~\\-–—]|to|至|到))+\\s*$|\\bin\\s+progress\\b|"
            "起\\s*[：:]|迄\\s*[：:]"),
        QRegularExpression::CaseInsensitiveOption);
    if (!mentions.isEmpty())
        text.replace(remnants, QStringLiteral(" "));
    text = TextAnalysis::stripLeadingMarkers(text.simplified()).trimmed();
    static const QRegularExpression edges(
        QStringLiteral("^[\\s,;:：，；|｜\\-–—]+|[\\s,;:：，；|｜\\-–—]+$|\\s+[.。]$"));
    text.remove(edges);
    row.text = text;
    row.dateOnly = row.dates.isValid() && !isDescription(text);
    return row;
}

MilestoneRows::Row MilestoneRows::tableRow(const QString &item)
{
    Row row;
    row.dates = PastedDates::range(item);
    QStringList words;
    for (const QString &cell : item.split(QRegularExpression(QStringLiteral("[|｜]")), Qt::SkipEmptyParts)) {
        const QString t = cell.trimmed();
        if (!t.isEmpty() && !PastedDates::isDateOnly(t))
            words.append(t);
    }
    row.text = TextAnalysis::stripLeadingMarkers(words.value(0)).trimmed();
    if (words.size() >= 3) // milestone | output | stakeholders: the second is the output
        row.output = words.at(1);
    row.dateOnly = row.dates.isValid() && row.text.isEmpty();
    return row;
}

QList<MilestoneRows::Row> MilestoneRows::split(const QString &line)
{
    QList<Row> rows;
    static const QRegularExpression cellBorder(QStringLiteral("\\s[|｜]\\s|^[|｜]"));
    if (line.contains(cellBorder)) {
        if (!PastedHeadings::isTableHeader(line)) {
            const Row row = tableRow(line);
            if (!row.text.isEmpty() || row.dates.isValid())
                rows.append(row);
        }
        return rows;
    }
    for (const QString &item : splitAtMarkers(line)) {
        for (const QString &part : splitAfterDates(item)) {
            if (PastedHeadings::isTableHeader(part))
                continue;
            const Row row = toRow(part);
            if (!row.text.isEmpty() || row.dates.isValid())
                rows.append(row);
        }
    }
    return rows;
}

} // namespace nap
