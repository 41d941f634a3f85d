#pragma once

#include "import/ImportChoices.h"
#include "import/ImportPlan.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QDialogButtonBox;

namespace nap::ui {

// The preview of an import, before anything changes: per file its new, changed and
// conflicting commitments; for each changed field mine and theirs side by side in both
// languages, with a box to take theirs (ticked for a plain change, not for a conflict,
// where both sides changed since the last import of that file). A form filled by hand shows
// what it was matched to, with a list to correct it, and the lines no heading claimed.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        ItemColumn,
        MineColumn,
        TheirsColumn,
        ColumnCount
    };

    // The officer may correct a hand-filled form's match here: `plan` is compared again.
    explicit ImportDialog(ImportPlan &plan, QWidget *parent = nullptr);

    ImportChoices choices() const;
    QTreeWidget *tree() const { return m_tree; }
    // Commitments the import would add or change with the boxes as they are.
    int writes() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void addFile(const ImportPlan::FilePlan &file);
    void addItem(QTreeWidgetItem *fileItem, const ImportPlan::Item &item);
    void fillItem(QTreeWidgetItem *row, const ImportPlan::Item &item);
    static QString fileText(const ImportPlan::FilePlan &file);
    void addMatch(QTreeWidgetItem *row, int file, int index, const ImportPlan::Item &item);
    void addUnplaced(QTreeWidgetItem *fileItem, const QStringList &lines);
    void rematch(int file, int index, const QString &uuid);
    bool activate(QTreeWidgetItem *item);
    static QString matchText(FormMatcher::How how);
    void updateSummary();
    void showDetail(QTreeWidgetItem *item);
    static QString kindText(ImportPlan::Kind kind);
    static QString valueText(Field field, const FieldValues::Value &value);

    ImportPlan &m_plan;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_mine;
    QPlainTextEdit *m_theirs;
    QDialogButtonBox *m_buttons;
};

} // namespace nap::ui
