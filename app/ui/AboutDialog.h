#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace nap::ui {

// Help → About: the version and build date, what NAP Desk is for, its licence and the notices
// the libraries it is built on require (both texts are embedded, so every build carries them).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString version();   // NAP_VERSION
    static QString buildDate(); // ISO date of the build
    static QString licenseText();
    static QString noticesText();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_description;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_license;
    QPlainTextEdit *m_notices;
};

} // namespace nap::ui
