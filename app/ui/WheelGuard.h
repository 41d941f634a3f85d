#pragma once

#include <QObject>

class QWidget;

namespace nap::ui {

// Keeps the mouse wheel from changing values while the officer only scrolls the form: a
// combo box, spin box or month field takes the wheel only when it has the keyboard focus
// (clicked or tabbed into); otherwise the wheel scrolls whatever holds it. Such controls
// also stop taking focus from the wheel (Qt::StrongFocus). One application-wide filter
// covers every page and dialog, present and future.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the guard on the running application once; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent) : QObject(parent) {}
    static bool isGuarded(const QObject *object);
    static bool isFocused(const QWidget *control);
};

} // namespace nap::ui
