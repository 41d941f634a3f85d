#pragma once

#include "EditingMode.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class PlanPage;
}

class QAction;

namespace nap::ui {

class EmptyPlanGuide;
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
    // The buttons the page offers while the plan has no commitment.
    void setStartActions(QAction *addArea, QAction *addCommitment);
    EmptyPlanGuide *emptyGuide() const { return m_guide; }

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::PlanPage> m_ui;
    QPointer<WorkspaceDocument> m_document;
    EmptyPlanGuide *m_guide = nullptr;
};

} // namespace nap::ui
