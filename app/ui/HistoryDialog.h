#pragma once

#include "store/Provenance.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace nap::ui {

class WorkspaceDocument;

// Where a commitment's fields came from: every change an import or an edit (a restore too) made, newest
// first, with the value it replaced; the officer can put a previous value back (an edit that
// is itself recorded, and undoable).
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        FieldColumn,
        SourceColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };

    HistoryDialog(WorkspaceDocument *document, const QString &commitmentUuid, QWidget *parent = nullptr);
    // Edit → Field History…: the dialog for that commitment, when there is one.
    static void showFor(QWidget *parent, WorkspaceDocument *document, const QString &commitmentUuid);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *restoreButton() const { return m_restore; }
    void restoreSelected();

private:
    void fill();
    QString source(const Provenance::Change &change) const;
    static QString shown(const FieldValues::Value &value);

    WorkspaceDocument *m_document;
    QString m_uuid;
    QList<Provenance::Change> m_changes;
    QLabel *m_intro;
    QTreeWidget *m_tree;
    QPushButton *m_restore;
};

} // namespace nap::ui
