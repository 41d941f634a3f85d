#pragma once

#include "EditingMode.h"
#include "model/Commitment.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace nap::ui {

class LocalizedTextEdit;
class WorkspaceDocument;

// One page of the commitment form (KeePassXC's EditEntryWidget pages): it shows the
// current commitment, turns every change of its widgets into an undoable document edit,
// and re-shows what the document holds after undo or redo.
class EditorPage : public QWidget
{
    Q_OBJECT
public:
    explicit EditorPage(QWidget *parent = nullptr);
    // The look every form page shares (plan, area and commitment): bold field headings, grey
    // guidance under them, problems in red. Labels under root opt in with a dynamic property
    // ("heading", "guidance", "problem"). Set directly, not by a style sheet: a sheet on the
    // editor re-polished every widget under it and was a fifth of the window's start.
    static void styleLabels(QWidget *root);

    void setDocument(WorkspaceDocument *document);
    void setCommitment(const QString &uuid);
    QString commitmentUuid() const { return m_uuid; }
    // Shows the document's current state of the commitment.
    void reload();

    virtual QString title() const = 0;
    // Puts the cursor into the widget of this field; false when the page has no such field.
    virtual bool focusField(Field field);
    // The widgets that edit the field on this page; empty when the page does not show it.
    // The findings panel groups findings by page with it, and F1 finds the focused field.
    virtual QList<QWidget *> fieldWidgets(Field field) const;
    bool hasField(Field field) const { return !fieldWidgets(field).isEmpty(); }
    // The field whose widget is or holds widget; false when none on this page does.
    bool fieldAt(const QWidget *widget, Field *field) const;
    virtual void setEditingMode(EditingMode mode);
    virtual void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

signals:
    void titleChanged();

protected:
    virtual void load(const Commitment &commitment) = 0; // non-text widgets
    virtual void retranslateUi() = 0;                    // m_ui->retranslateUi(this)
    virtual void retranslateDynamicTexts() {}
    void changeEvent(QEvent *event) override;

    void bindText(LocalizedTextEdit *widget, Field field);
    bool edit(const QString &mergeKey, const QString &text, const std::function<void(Commitment &)> &change);
    WorkspaceDocument *document() const;
    const Commitment *current() const;
    bool isLoading() const { return m_loading; }

private:
    QPointer<WorkspaceDocument> m_document;
    QString m_uuid;
    QList<QPair<LocalizedTextEdit *, Field>> m_texts;
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace nap::ui
