#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace nap {

// Finds and loads NAP Desk's own catalogue (embedded at :/i18n) and Qt's standard one
// (qtbase_zh_TW for buttons and file dialogs). Shared by the GUI and the CLI.
class TranslationLoader
{
public:
    static QString chinese() { return QStringLiteral("zh_TW"); }
    static QString english() { return QStringLiteral("en"); }
    // zh_TW for Taiwan, Hong Kong, Macau or any Traditional Chinese locale; English otherwise.
    static QString defaultLanguage(const QLocale &system);
    // "zh_TW", "zh-TW", "zh", "en", "en_US" → a supported code, or "" when unsupported.
    static QString normalize(const QString &language);
    // Loads both catalogues for language; English needs no Qt catalogue. Returns false when
    // the app's catalogue could not be loaded (the translators are then left empty).
    static bool load(const QString &language, QTranslator *app, QTranslator *qt);
};

} // namespace nap
