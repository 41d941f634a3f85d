#include "ExportText.h"

#include "model/Agency.h"
#include "text/BilingualText.h"
#include "text/XmlText.h"

#include <QRegularExpression>

namespace nap {

QList<Language> ExportText::languages(ExportRequest::Mode mode)
{
    switch (mode) {
    case ExportRequest::Mode::Chinese:
        return {Language::Chinese};
    case ExportRequest::Mode::English:
        return {Language::English};
    case ExportRequest::Mode::Bilingual:
        break;
    }
    return {Language::Chinese, Language::English};
}

QString ExportText::word(Language language, const char *source)
{
    return BilingualText::of(language, "nap::ExportText", source);
}

QString ExportText::pageOf(Language language, const QString &number, const QString &count)
{
    return word(language, QT_TRANSLATE_NOOP("nap::ExportText", "Page %1 of %2")).arg(number, count);
}

QString ExportText::phone(const QString &typed, Language language)
{
    static const QRegularExpression extension(QStringLiteral("\\s*(?:#|分機|轉|ext\\.?|x)\\s*(\\d+)\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = typed.trimmed();
    const QRegularExpressionMatch m = extension.match(trimmed);
    if (!m.hasMatch() || m.capturedStart() == 0)
        return trimmed;
    const QString word = language == Language::Chinese ? QStringLiteral(" 分機 ") : QStringLiteral(" ext. ");
    return trimmed.left(m.capturedStart()) + word + m.captured(1);
}

Language ExportText::primary(ExportRequest::Mode mode)
{
    return mode == ExportRequest::Mode::English ? Language::English : Language::Chinese;
}

QString ExportText::agency(const QString &value, Language language)
{
    return Agency(value).name(language);
}

QString ExportText::agencyLine(const QString &lead, const QStringList &coAgencies, Language language)
{
    const bool zh = language == Language::Chinese;
    QStringList parts;
    if (!lead.isEmpty())
        parts.append(agency(lead, language));
    for (const QString &co : coAgencies) {
        parts.append(zh ? QStringLiteral("（%1）").arg(agency(co, language))
                        : QStringLiteral("(%1)").arg(agency(co, language)));
    }
    return parts.join(zh ? QStringLiteral("、") : QStringLiteral(", "));
}

QString ExportText::agencyList(const QStringList &agencies, Language language)
{
    QStringList names;
    for (const QString &a : agencies)
        names.append(agency(a, language));
    return names.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral("; "));
}

QString ExportText::languageTag(ExportRequest::Mode mode)
{
    return mode == ExportRequest::Mode::English ? QStringLiteral("en") : QStringLiteral("zh-TW");
}

QString ExportText::xmlEscaped(const QString &text)
{
    QString out = XmlText::sanitized(text);
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return out;
}

} // namespace nap
