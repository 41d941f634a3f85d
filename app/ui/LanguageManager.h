#pragma once

#include "model/LocalizedText.h"

#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace nap::ui {

// Switches the interface language of the running application (the Tiled pattern): removes
// the current translators, loads NAP Desk's and Qt's own catalogues for the new language,
// installs them; Qt then sends QEvent::LanguageChange to every widget.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static QString chinese() { return QStringLiteral("zh_TW"); }
    static QString english() { return QStringLiteral("en"); }

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Returns false when NAP Desk's own catalogue could not be loaded; the interface then
    // shows the English source texts (and Qt's texts when qtbase loaded).
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }
    bool qtTranslationLoaded() const { return m_qtLoaded; }

    // The language reference data (agencies, policy areas) is shown in.
    static nap::Language displayLanguage();
    // zh_TW for a Taiwan, Hong Kong, Macau or Traditional Chinese locale; English otherwise.
    static QString defaultLanguageFor(const QLocale &locale);
    static QString normalized(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    bool m_qtLoaded = false;
};

} // namespace nap::ui
