#pragma once

#include <QMessageBox>

namespace nap::ui {

// Every message box goes through here so that GUI tests can answer it in advance
// (setNextAnswer) instead of blocking on a modal dialog.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);

    // The next box returns this answer at once without showing; NoButton turns the seam off.
    static void setNextAnswer(Button answer);
    // The text of the last box asked (shown or answered by the seam), for tests.
    static QString lastText();
    static int count();

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                      Buttons buttons, Button defaultButton);
};

} // namespace nap::ui
