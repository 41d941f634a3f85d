#include "TranslationLoader.h"

#include <QDebug>
#include <QLibraryInfo>
#include <QTranslator>

namespace nap {

QString TranslationLoader::defaultLanguage(const QLocale &system)
{
    if (system.language() != QLocale::Chinese)
        return english();
    const bool traditional = system.script() == QLocale::TraditionalChineseScript ||
                             system.territory() == QLocale::Taiwan ||
                             system.territory() == QLocale::HongKong || system.territory() == QLocale::Macao;
    return traditional ? chinese() : english();
}

QString TranslationLoader::normalize(const QString &language)
{
    const QString l = language.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (l == QLatin1String("zh_tw") || l == QLatin1String("zh") || l == QLatin1String("zh_hant"))
        return chinese();
    if (l == QLatin1String("en") || l.startsWith(QLatin1String("en_")))
        return english();
    return {};
}

bool TranslationLoader::load(const QString &language, QTranslator *app, QTranslator *qt)
{
    const QString code = normalize(language);
    if (code.isEmpty())
        return false;
    if (!app->load(QStringLiteral(":/i18n/napdesk_%1.qm").arg(code)))
        return false;
    // Qt's own catalogue is optional: without it standard buttons stay in English.
    if (code == chinese() && qt &&
        !qt->load(QStringLiteral("qtbase_zh_TW"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qWarning("NAP Desk: Qt's Traditional Chinese catalogue (qtbase_zh_TW) is not installed");
    return true;
}

} // namespace nap
