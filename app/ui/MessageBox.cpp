#include "MessageBox.h"

namespace nap::ui {
namespace {

MessageBox::Button g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;
int g_count = 0;

} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

int MessageBox::count()
{
    return g_count;
}

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                   const QString &text, Buttons buttons, Button defaultButton)
{
    g_lastText = text;
    ++g_count;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const Button answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                           Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

} // namespace nap::ui
