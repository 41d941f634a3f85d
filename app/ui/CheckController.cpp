#include "CheckController.h"

#include "CheckScheduler.h"
#include "CommitmentEditor.h"
#include "EditorPage.h"
#include "ExportGateDialog.h"
#include "FindingBadgeDelegate.h"
#include "FindingsPanel.h"
#include "GuidanceDialog.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "PlanTreeModel.h"
#include "RuleSettingsDialog.h"
#include "WorkspaceDocument.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QStatusBar>
#include <QTreeView>

namespace nap::ui {

CheckController::CheckController(MainWindow *window, MainActions *actions, PlanTreeModel *treeModel)
    : QObject(window), m_window(window), m_scheduler(new CheckScheduler(this)),
      m_dock(new QDockWidget(window)), m_panel(new FindingsPanel(m_dock))
{
    m_dock->setObjectName(QStringLiteral("findingsDock")); // for saveState()/restoreState()
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->installEventFilter(this);
    m_panel->setScheduler(m_scheduler);
    CommitmentEditor *editor = window->commitmentEditor();
    m_panel->setPages([editor](Field f) { return editor->pageOf(f); },
                      [editor](int page) { return editor->page(page)->title(); });
    treeModel->setChecks(m_scheduler);
    window->tree()->setItemDelegate(new FindingBadgeDelegate(window->tree()));

    actions->viewMenu->addSeparator();
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    actions->viewMenu->addAction(toggle);
    connect(m_panel, &FindingsPanel::findingActivated, this,
            [this](const QString &uuid, int field, int milestone) {
                showFinding(uuid, static_cast<Field>(field), milestone);
            });
    connect(m_panel, &FindingsPanel::guidanceRequested, this,
            [this](int field) { GuidanceDialog::showFor(m_window, static_cast<Field>(field)); });
    connect(actions->fieldHelp, &QAction::triggered, this, &CheckController::showFieldHelp);
    connect(actions->checkerRules, &QAction::triggered, this, &CheckController::showRuleSettings);
    actions->checkerRules->setEnabled(false);
    connectGuideLabels();
    retranslate();
}

void CheckController::setDocument(WorkspaceDocument *document)
{
    m_document = document;
    m_scheduler->setDocument(document);
    m_window->actions()->checkerRules->setEnabled(document != nullptr);
}

void CheckController::setWorkspaceOpen(bool open)
{
    if (!open && m_dock->isVisibleTo(m_window) && !m_hiddenForStart) {
        m_hiddenForStart = true;
        m_dock->hide();
    } else if (open && m_hiddenForStart) {
        m_hiddenForStart = false;
        m_dock->show();
    }
}

void CheckController::setCurrent(const QString &uuid)
{
    m_panel->setCommitment(uuid);
}

ExportDialog::Gate CheckController::exportGate()
{
    return [this](QWidget *parent, const QList<Commitment> &commitments, ExportRequest::Mode mode) {
        return ExportGateDialog::confirm(parent, m_document, *m_scheduler, commitments, mode);
    };
}

void CheckController::showFinding(const QString &commitmentUuid, Field field, int milestoneIndex)
{
    if (!m_document || !m_document->commitment(commitmentUuid))
        return;
    if (m_window->selectedUuid() != commitmentUuid)
        m_window->select(commitmentUuid);
    CommitmentEditor *editor = m_window->commitmentEditor();
    if (milestoneIndex >= 0)
        editor->focusMilestone(milestoneIndex);
    else
        editor->focusField(field);
}

bool CheckController::showFieldHelp()
{
    const QWidget *focus = QApplication::focusWidget();
    Field field = Field::Title;
    bool found = focus && m_window->commitmentEditor()->fieldAt(focus, &field);
    if (!found && focus && m_panel->isAncestorOf(focus)) {
        if (const Finding *f = m_panel->currentFinding()) {
            field = f->field;
            found = true;
        }
    }
    if (!found) {
        m_window->statusBar()->showMessage(
            tr("Put the cursor in a field of the commitment form, or choose a finding, and press F1 for its "
               "guidance."),
            8000);
        return false;
    }
    GuidanceDialog::showFor(m_window, field);
    return true;
}

void CheckController::showRuleSettings()
{
    if (!m_document)
        return;
    auto *dialog = m_window->findChild<RuleSettingsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new RuleSettingsDialog(m_document, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // A rule dialog of a previous workspace must not switch rules in the next one.
        connect(m_document, &QObject::destroyed, dialog, &QWidget::close);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void CheckController::connectGuideLabels()
{
    // Each form names the short guide under a field after the field's widget ("problemEdit" →
    // "problemGuide"), or after the field's code when two widgets share it ("periodGuide").
    CommitmentEditor *editor = m_window->commitmentEditor();
    for (int p = 0; p < editor->pageCount(); ++p) {
        EditorPage *page = editor->page(p);
        for (Field field : Fields::all()) {
            QStringList names{Fields::code(field) + QLatin1String("Guide")};
            for (const QWidget *w : page->fieldWidgets(field)) {
                QString base = w->objectName();
                base.chop(base.endsWith(QLatin1String("Edit")) ? 4 : 0);
                names.prepend(base + QLatin1String("Guide"));
            }
            for (const QString &name : std::as_const(names)) {
                auto *label = page->findChild<QLabel *>(name);
                if (!label || m_guideLabels.contains(label))
                    continue;
                m_guideLabels.insert(label, field);
                label->setCursor(Qt::WhatsThisCursor);
                label->installEventFilter(this);
            }
        }
    }
}

void CheckController::retranslate()
{
    m_dock->setWindowTitle(tr("Findings"));
    for (auto it = m_guideLabels.cbegin(); it != m_guideLabels.cend(); ++it)
        static_cast<QLabel *>(it.key())->setToolTip(
            tr("Click for what reviewers look for, with a strong and a weak example (F1 in the "
               "field)"));
}

bool CheckController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dock && event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        const auto it = m_guideLabels.constFind(watched);
        if (it != m_guideLabels.cend()) {
            GuidanceDialog::showFor(m_window, *it);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nap::ui
