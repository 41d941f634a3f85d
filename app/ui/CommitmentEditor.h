#pragma once

#include "EditingMode.h"
#include "model/Field.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace nap::ui {

class EditorPage;
class WorkspaceDocument;

// The commitment form as pages in the NDC's order, with a page list on the left
// (Ctrl+PgDown / Ctrl+PgUp move between pages). It hosts and routes; the pages edit.
class CommitmentEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CommitmentEditor(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    void setCommitment(const QString &uuid);
    QString commitmentUuid() const { return m_uuid; }
    void setEditingMode(EditingMode mode);

    int pageCount() const { return int(m_pages.size()); }
    EditorPage *page(int index) const { return m_pages.at(index); }
    int currentPage() const;
    void setCurrentPage(int index);
    // Shows the page holding the field and puts the cursor there (for a findings panel).
    bool focusField(Field field);
    // Shows the milestones page with that milestone selected and the table focused.
    bool focusMilestone(int row);
    // The page that shows the field, -1 when none does (for grouping findings by page).
    int pageOf(Field field) const;
    // The field of the focused widget (F1); false when the widget edits none.
    bool fieldAt(const QWidget *widget, Field *field) const;

signals:
    // The origin line's "History…" link: show the field history of the commitment.
    void historyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addPage(EditorPage *page);
    void reload();
    void updateHeader();
    void updateOrigin();
    void retranslate();

    QLabel *m_header;
    QLabel *m_origin; // which agency file the commitment came from, after an import
    QListWidget *m_pageList;
    QStackedWidget *m_stack;
    QList<EditorPage *> m_pages;
    QPointer<WorkspaceDocument> m_document;
    QString m_uuid;
};

} // namespace nap::ui
