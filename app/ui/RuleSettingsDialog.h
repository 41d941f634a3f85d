#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace nap::ui {

class WorkspaceDocument;

// Tools → Checker Rules…: every rule of the quality checker with its id, name, severity and
// whether it is on in this workspace. A workspace administrator switches a rule off with a
// reason, which is recorded with the date, or back on. Applies at once to everyone using the
// workspace file.
class RuleSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        TitleColumn,
        SeverityColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit RuleSettingsDialog(WorkspaceDocument *document, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *switchButton() const { return m_switch; }
    void selectRule(const QString &ruleId);
    // Switches the selected rule off (with the reason typed) or on; false when refused.
    bool toggleSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showSelected();
    QString selectedRule() const;
    void retranslate();

    QPointer<WorkspaceDocument> m_document;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_about;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QPushButton *m_switch;
    QLabel *m_problem;
};

} // namespace nap::ui
