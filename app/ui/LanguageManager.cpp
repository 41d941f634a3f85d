#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace nap::ui {
namespace {

QString g_currentLanguage = QStringLiteral("en");

} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::normalized(const QString &code)
{
    const QString lower = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (lower.startsWith(QLatin1String("zh")))
        return chinese();
    return english();
}

QString LanguageManager::defaultLanguageFor(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return english();
    if (locale.script() == QLocale::TraditionalChineseScript)
        return chinese();
    switch (locale.territory()) {
    case QLocale::Taiwan:
    case QLocale::HongKong:
    case QLocale::Macao:
        return chinese();
    default:
        return english();
    }
}

nap::Language LanguageManager::displayLanguage()
{
    return g_currentLanguage == chinese() ? nap::Language::Chinese : nap::Language::English;
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

bool LanguageManager::setLanguage(const QString &code)
{
    const QString language = normalized(code);
    const bool hadTranslators = m_appTranslator || m_qtTranslator;
    removeTranslators();

    m_qtTranslator = std::make_unique<QTranslator>();
    m_qtLoaded =
        language != english() && m_qtTranslator->load(QStringLiteral("qtbase_") + language,
                                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    else
        m_qtTranslator.reset();

    m_appTranslator = std::make_unique<QTranslator>();
    const bool appLoaded = m_appTranslator->load(QStringLiteral(":/i18n/napdesk_") + language);
    if (appLoaded)
        QCoreApplication::installTranslator(m_appTranslator.get());
    else
        m_appTranslator.reset();

    QLocale::setDefault(language == chinese()
                            ? QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan)
                            : QLocale(QLocale::English, QLocale::UnitedStates));
    const bool changed = m_language != language;
    m_language = language;
    g_currentLanguage = language;
    // Installing or removing a translator posts QEvent::LanguageChange; when neither
    // happened the display language of reference data still changed, so say so.
    if (changed && !hadTranslators && !appLoaded && !m_qtLoaded) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    if (changed)
        emit languageChanged(language);
    return appLoaded;
}

} // namespace nap::ui
