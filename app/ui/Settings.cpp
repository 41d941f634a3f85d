#include "Settings.h"

#include <QFileInfo>
#include <QSettings>

#include <array>

namespace nap::ui {
namespace {

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant fallback;
};

const std::array<KeyInfo, 12> &keyTable()
{
    static const std::array<KeyInfo, 12> table{{
        {Settings::Key::Version, "version", QVariant(0)},
        {Settings::Key::Language, "ui/language", QVariant(QString())},
        {Settings::Key::EditingMode, "editor/editingMode", QVariant(QStringLiteral("side_by_side"))},
        {Settings::Key::RecentFiles, "files/recent", QVariant(QStringList())},
        {Settings::Key::LastWorkspace, "files/lastWorkspace", QVariant(QString())},
        {Settings::Key::WindowGeometry, "window/geometry", QVariant(QByteArray())},
        {Settings::Key::WindowState, "window/state", QVariant(QByteArray())},
        {Settings::Key::SplitterState, "window/splitter", QVariant(QByteArray())},
        {Settings::Key::ExportFolder, "files/exportFolder", QVariant(QString())},
        {Settings::Key::ExportFormats, "export/formats", QVariant(QStringList{QStringLiteral("odt")})},
        {Settings::Key::ExportLanguage, "export/language", QVariant(QStringLiteral("zh"))},
        {Settings::Key::ExportAgency, "export/agency", QVariant(QString())},
    }};
    return table;
}

const KeyInfo &info(Settings::Key key)
{
    return keyTable().at(static_cast<size_t>(key));
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).fallback;
}

QVariant Settings::value(Key key) const
{
    const QVariant v = m_settings->value(keyName(key), defaultValue(key));
    // INI files return a single-element list as a plain string.
    if (key == Key::RecentFiles && v.typeId() == QMetaType::QString)
        return QStringList{v.toString()};
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

void Settings::sync()
{
    m_settings->sync();
}

ExportRequest::Mode Settings::exportMode() const
{
    ExportRequest::Mode mode = ExportRequest::Mode::Chinese;
    ExportRequest::modeFromCode(value(Key::ExportLanguage).toString(), &mode);
    return mode;
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    setValue(Key::RecentFiles, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(Key::RecentFiles, files);
}

void Settings::migrate()
{
    const int version = m_settings->value(keyName(Key::Version), 0).toInt();
    if (version >= kCurrentVersion)
        return;
    // Version 0 is a fresh file: nothing to carry over yet. Later versions rename or
    // convert keys here, one `if (version < N)` step each.
    setValue(Key::Version, kCurrentVersion);
}

} // namespace nap::ui
