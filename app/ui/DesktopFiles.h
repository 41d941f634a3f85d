#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace nap::ui {

// Hands finished files to the desktop: opens them in their program, or shows them in the
// file manager. Goes through QDesktopServices, so tests can catch it with setUrlHandler().
class DesktopFiles
{
    Q_DECLARE_TR_FUNCTIONS(nap::ui::DesktopFiles)
public:
    // Opens each file with the program the system assigns to it; says so when there is none.
    static void open(QWidget *parent, const QStringList &paths);
    // The file manager with the file selected (Windows, macOS), or its folder elsewhere.
    static void showInFolder(const QString &path);
};

} // namespace nap::ui
