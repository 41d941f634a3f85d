#pragma once

class QDockWidget;
class QMainWindow;
class QSize;
class QWidget;

namespace nap::ui {

// Where the main window opens the first time, before it has a remembered geometry.
class FirstWindow
{
public:
    // As large as is comfortable, never taller or wider than the screen (a 1366×768 laptop),
    // centred, with the findings panel at a fifth of the height so the form has room.
    static void fitToScreen(QMainWindow *window, QDockWidget *findings);
    // A large dialog at its preferred size, or smaller on a small or highly scaled screen.
    static void fitDialog(QWidget *dialog, const QSize &preferred);
};

} // namespace nap::ui
