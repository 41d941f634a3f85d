#include "DesktopFiles.h"

#include "MessageBox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

namespace nap::ui {

void DesktopFiles::open(QWidget *parent, const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            MessageBox::warning(
                parent, tr("Open"),
                tr("No program on this computer opens %1.").arg(QDir::toNativeSeparators(path)));
    }
}

void DesktopFiles::showInFolder(const QString &path)
{
#if defined(Q_OS_WIN)
    if (QProcess::startDetached(QStringLiteral("explorer.exe"),
                                {QStringLiteral("/select,") + QDir::toNativeSeparators(path)}))
        return;
#elif defined(Q_OS_MACOS)
    if (QProcess::startDetached(QStringLiteral("open"), {QStringLiteral("-R"), path}))
        return;
#endif
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace nap::ui
