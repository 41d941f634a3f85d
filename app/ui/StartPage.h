#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace nap::ui {

// What the window shows while no workspace is open (the first start, or after the last one
// could not be opened): new, open, the recent workspaces, and the sample plan, which is
// clearly an example. Says what the officer chose; the window does the opening.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    // Most recent first; files that no longer exist are listed as missing and cannot be chosen.
    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *sampleButton() const { return m_sample; }

signals:
    void newRequested();
    void openRequested();
    void sampleRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseRecent(QListWidgetItem *item);

    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_sample;
    QLabel *m_sampleNote;
    QLabel *m_recentTitle;
    QListWidget *m_recent;
    QLabel *m_noRecent;
    QStringList m_paths;
};

} // namespace nap::ui
