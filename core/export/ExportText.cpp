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

QString ExportText::printedAgency(const QString &value, Language language)
{
    const Agency agency(value);
    if (agency.isCatalogued())
        return agency.name(language);
    // A free name may carry both languages: "新北市政府 / New Taipei City Government". One
    // typed in Chinese only has no English: the English line leaves it out rather than
    // print Chinese there.
    static const QRegularExpression han(QStringLiteral("[\\x{2E80}-\\x{9FFF}\\x{F900}-\\x{FAFF}]"));
    const QStringList parts = agency.value().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty() && han.match(part).hasMatch() == (language == Language::Chinese))
            return part.trimmed();
    }
    return language == Language::Chinese ? agency.value() : QString();
}

QString ExportText::agencyLine(const QString &lead, const QStringList &coAgencies, Language language)
{
    const bool zh = language == Language::Chinese;
    QStringList parts;
    if (!printedAgency(lead, language).isEmpty())
        parts.append(printedAgency(lead, language));
    for (const QString &co : coAgencies) {
        const QString name = printedAgency(co, language);
        if (!name.isEmpty())
            parts.append(zh ? QStringLiteral("（%1）").arg(name) : QStringLiteral("(%1)").arg(name));
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
