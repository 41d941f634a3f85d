#pragma once

#include "ExportDialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QDockWidget;

namespace nap::ui {

class CheckScheduler;
class FindingsPanel;
class MainActions;
class MainWindow;
class PlanTreeModel;
class WorkspaceDocument;

// The quality checker in the main window, so the window itself only hosts and routes: the
// findings dock at the bottom (View menu toggle), the counts and readiness marks in the plan
// tree, jumping from a finding to its field, F1 guidance, Tools → Checker Rules… and the
// export gate.
class CheckController : public QObject
{
    Q_OBJECT
public:
    CheckController(MainWindow *window, MainActions *actions, PlanTreeModel *treeModel);

    void setDocument(WorkspaceDocument *document);
    void setCurrent(const QString &uuid); // what the plan tree shows
    // No workspace (the start page): the dock is hidden, and shown again as it was once one opens.
    void setWorkspaceOpen(bool open);

    CheckScheduler *scheduler() const { return m_scheduler; }
    FindingsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    // For ExportDialog::setGate: confirms errors with a reason before any file is written.
    ExportDialog::Gate exportGate();

    // Shows the commitment and puts the cursor in the field (or milestone row) of a finding.
    void showFinding(const QString &commitmentUuid, Field field, int milestoneIndex);
    // F1: guidance for the focused field of the form, or for the chosen finding's field.
    bool showFieldHelp();
    void showRuleSettings();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectGuideLabels();
    void retranslate();

    MainWindow *m_window;
    CheckScheduler *m_scheduler;
    QDockWidget *m_dock;
    FindingsPanel *m_panel;
    QPointer<WorkspaceDocument> m_document;
    bool m_hiddenForStart = false;
    QHash<QObject *, Field> m_guideLabels; // the grey text under each field: a click opens its guidance
};

} // namespace nap::ui
