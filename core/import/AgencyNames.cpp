#include "AgencyNames.h"

#include "text/Catalog.h"

#include <QRegularExpression>

namespace nap {

AgencyNames::List AgencyNames::parse(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const List list = parseLine(line);
        if (!list.lead.isEmpty())
            return list;
    }
    return {};
}

AgencyNames::List AgencyNames::parseLine(const QString &line)
{
    static const QRegularExpression lead(
        QStringLiteral(
            "^\\s*(?:主辦機關|主政機關|主辦|lead(?:\\s+(?:implementing\\s+)?agency)?)\\s*[：:]\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression coLabel(
        QStringLiteral(
            "(?:協辦機關|協辦|co-?implementing(?:\\s+agenc(?:y|ies))?|supporting(?:\\s+agenc(?:y|ies))?)"
            "\\s*[：:]"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(QStringLiteral("[、，,；;／/]|\\s+and\\s+"));
    static const QRegularExpression parts(QStringLiteral("[（(]([^）)]*)[）)]"));
    QString rest = line;
    rest.remove(lead);
    // A name that holds a separator ("Directorate-General of Budget, Accounting and
    // Statistics") is read whole first.
    for (const CatalogEntry &e : Catalog::agencies().entries()) {
        for (const QString &name : {e.zh, e.en}) {
            if (name.contains(separators))
                rest.replace(name, e.code, Qt::CaseInsensitive);
        }
    }
    QStringList co;
    // "…；協辦：A、B": everything after the label is co-implementing.
    const QRegularExpressionMatch label = coLabel.match(rest);
    if (label.hasMatch()) {
        co += rest.mid(label.capturedEnd()).split(separators, Qt::SkipEmptyParts);
        rest.truncate(label.capturedStart());
    }
    // "（A、B）": so are names in parentheses.
    for (QRegularExpressionMatchIterator it = parts.globalMatch(rest); it.hasNext();)
        co += it.next().captured(1).split(separators, Qt::SkipEmptyParts);
    rest.remove(parts);
    List out;
    for (const QString &name : rest.split(separators, Qt::SkipEmptyParts)) {
        const QString c = code(name);
        if (c.isEmpty())
            continue;
        if (out.lead.isEmpty())
            out.lead = c;
        else if (!out.co.contains(c))
            out.co.append(c);
    }
    for (const QString &name : std::as_const(co)) {
        const QString c = code(name);
        if (!c.isEmpty() && c != out.lead && !out.co.contains(c))
            out.co.append(c);
    }
    return out;
}

QString AgencyNames::code(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return {};
    const QString known = Catalog::agencies().codeFor(n);
    return known.isEmpty() ? n : known;
}

} // namespace nap
