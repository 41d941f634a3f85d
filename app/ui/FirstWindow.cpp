#include "FirstWindow.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>

namespace nap::ui {

void FirstWindow::fitToScreen(QMainWindow *window, QDockWidget *findings)
{
    const QRect available = window->screen() ? window->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    const QSize size(qMin(1300, available.width() * 95 / 100), qMin(820, available.height() * 92 / 100));
    window->resize(size);
    window->move(available.center() - window->rect().center());
    window->resizeDocks({findings}, {size.height() / 5}, Qt::Vertical);
}

} // namespace nap::ui
