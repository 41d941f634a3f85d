#pragma once

#include "EditingMode.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class PlanPage;
}

namespace nap::ui {

class WorkspaceDocument;

// Edits the plan itself: title, issuing body and the plan period every date must fit in.
class PlanEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PlanEditor(QWidget *parent = nullptr);
    ~PlanEditor() override;

    void setDocument(WorkspaceDocument *document);
    void reload();
    void setEditingMode(EditingMode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::PlanPage> m_ui;
    QPointer<WorkspaceDocument> m_document;
};

} // namespace nap::ui
