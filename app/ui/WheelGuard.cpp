#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace nap::ui {

void WheelGuard::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new WheelGuard(app));
}

bool WheelGuard::isGuarded(const QObject *object)
{
    // QDateEdit (the month fields) is a spin box; the agency pickers are combo boxes.
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object);
}

bool WheelGuard::isFocused(const QWidget *control)
{
    const QWidget *focus = QApplication::focusWidget();
    return control->hasFocus() || (focus && control->isAncestorOf(focus));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && isGuarded(watched)) {
        auto *control = static_cast<QWidget *>(watched);
        if (control->focusPolicy() == Qt::WheelFocus)
            control->setFocusPolicy(Qt::StrongFocus);
    } else if (event->type() == QEvent::Wheel && isGuarded(watched) &&
               !isFocused(static_cast<QWidget *>(watched))) {
        // Not accepted and not delivered: QApplication passes the wheel on to the parent,
        // so the page scrolls as the officer meant.
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nap::ui
