#pragma once

#include "model/Field.h"
#include "model/LocalizedText.h"

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace nap::ui {

// Help for one field of the commitment form: what reviewers look for, a strong and a weak
// example. Opened by F1 on the field or from the findings panel; it stays open beside the
// form (not modal) and follows the next F1. Shown in the interface language, with a button
// for the other language, since officers write both versions.
class GuidanceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuidanceDialog(QWidget *parent = nullptr);

    // Raises the window's guidance dialog (creating it on first use) showing the field.
    static GuidanceDialog *showFor(QWidget *window, Field field);

    void setField(Field field);
    Field field() const { return m_field; }
    // The language of the text shown; follows the interface language until the officer
    // picks the other one.
    void setContentLanguage(Language language);
    Language contentLanguage() const { return m_language; }
    QString text() const; // what is shown, as plain text

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslate();

    QTextBrowser *m_browser;
    QPushButton *m_otherLanguage;
    Field m_field = Field::Title;
    Language m_language;
};

} // namespace nap::ui
