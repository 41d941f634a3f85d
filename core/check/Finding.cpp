#include "Finding.h"

#include "text/BilingualText.h"

#include "Guidance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace nap {

QString Severities::code(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Hint:
        return QStringLiteral("hint");
    }
    return {};
}

bool Severities::fromCode(const QString &code, Severity *severity)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Hint}) {
        if (code == Severities::code(s)) {
            *severity = s;
            return true;
        }
    }
    return false;
}

QString MessageText::text(Language language) const
{
    return BilingualText::of(language, "nap::check", en, key);
}

FindingArg FindingArg::number(qint64 value)
{
    return plain(QString::number(value));
}

FindingArg FindingArg::field(Field field)
{
    return {Guidance::fieldLabel(field, Language::Chinese), Guidance::fieldLabel(field, Language::English)};
}

QString Finding::message(Language language) const
{
    if (!messageText)
        return {};
    return Findings::render(messageText->text(language), args, language);
}

FindingCounts FindingCounts::of(const QList<Finding> &findings)
{
    FindingCounts counts;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        case Severity::Hint:
            ++counts.hints;
            break;
        }
    }
    return counts;
}

QString Findings::summaryJson(const QList<Finding> &findings)
{
    const FindingCounts counts = FindingCounts::of(findings);
    QStringList rules;
    for (const Finding &f : findings) {
        if (f.severity != Severity::Hint && !rules.contains(f.ruleId))
            rules.append(f.ruleId);
    }
    rules.sort();
    QJsonObject o;
    o.insert(QStringLiteral("errors"), counts.errors);
    o.insert(QStringLiteral("warnings"), counts.warnings);
    o.insert(QStringLiteral("hints"), counts.hints);
    o.insert(QStringLiteral("rules"), QJsonArray::fromStringList(rules));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString Findings::render(const QString &pattern, const QList<FindingArg> &args, Language language)
{
    // One pass, so an argument that itself contains "%2" is never substituted again.
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1).text(language);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace nap
