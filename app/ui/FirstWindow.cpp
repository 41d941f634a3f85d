#include "FirstWindow.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QWidget>

namespace nap::ui {

void FirstWindow::fitToScreen(QMainWindow *window, QDockWidget *findings)
{
    const QRect available = window->screen() ? window->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    const QSize size(qMin(1300, available.width() * 95 / 100), qMin(820, available.height() * 92 / 100));
    window->resize(size);
    window->move(available.center() - window->rect().center());
    window->resizeDocks({findings}, {size.height() / 5}, Qt::Vertical);
}

void FirstWindow::fitDialog(QWidget *dialog, const QSize &preferred)
{
    const QWidget *anchor = dialog->parentWidget() ? dialog->parentWidget() : dialog;
    const QRect available = anchor->screen() ? anchor->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    dialog->resize(qMin(preferred.width(), available.width() * 9 / 10),
                   qMin(preferred.height(), available.height() * 85 / 100));
}

} // namespace nap::ui
