#pragma once

#include "export/ExportRequest.h"

#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace nap::ui {

// The one typed door to the user's preferences; nothing else touches QSettings.
// Tests construct it on a temporary file.
class Settings
{
public:
    enum class Key
    {
        Version,
        Language,    // "zh_TW" or "en"; empty until the first start chooses one
        EditingMode, // "side_by_side", "zh", "en"
        RecentFiles, // most recent first
        LastWorkspace,
        WindowGeometry,
        WindowState,
        SplitterState,
        ExportFolder,
        ExportFormats,  // format codes ("odt", "odt-plan", "xlsx", "ods") ticked last time
        ExportLanguage, // "zh", "en" or "both"
        ExportAgency,   // agency code or free name of the exporting agency
    };

    static constexpr int kCurrentVersion = 1;
    static constexpr int kMaxRecentFiles = 8;

    // The user's settings file (organisation and application names from QCoreApplication).
    Settings();
    // A settings file at an explicit path, in INI format (tests, portable use).
    explicit Settings(const QString &iniPath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    void sync();

    QString language() const { return value(Key::Language).toString(); }
    QStringList recentFiles() const { return value(Key::RecentFiles).toStringList(); }
    // The language of the last export (Chinese at first); Print uses it too.
    ExportRequest::Mode exportMode() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

private:
    void migrate();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace nap::ui
