#include "LanguageManager.h"

#include "InterfaceFont.h"
#include "text/TranslationLoader.h"

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
    return nap::TranslationLoader::defaultLanguage(locale); // one rule for the GUI and the CLI
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
    const bool changed = m_language != language;
    // Widgets read the display language while they handle LanguageChange: set it first.
    m_language = language;
    g_currentLanguage = language;
    QLocale::setDefault(language == chinese()
                            ? QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan)
                            : QLocale(QLocale::English, QLocale::UnitedStates));

    InterfaceFont::apply(language);

    // Installing or removing a (non-empty) translator announces QEvent::LanguageChange.
    bool announced = m_appTranslator || m_qtTranslator;
    removeTranslators();
    m_qtTranslator = std::make_unique<QTranslator>();
    m_qtLoaded = language != english() &&
                 m_qtTranslator->load(QStringLiteral("qtbase_") + language,
                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
                 QCoreApplication::installTranslator(m_qtTranslator.get());
    if (!m_qtLoaded)
        m_qtTranslator.reset();
    announced = announced || m_qtLoaded;

    m_appTranslator = std::make_unique<QTranslator>();
    const bool appLoaded = m_appTranslator->load(QStringLiteral(":/i18n/napdesk_") + language);
    const bool appInstalled = appLoaded && QCoreApplication::installTranslator(m_appTranslator.get());
    if (!appInstalled)
        m_appTranslator.reset();
    announced = announced || appInstalled;

    // Reference data (agency names) follows the language even without any catalogue.
    if (changed && !announced) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    if (changed)
        emit languageChanged(language);
    return appLoaded;
}

} // namespace nap::ui
