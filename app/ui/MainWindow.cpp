#include "MainWindow.h"
#include "FirstWindow.h"
#include "WheelGuard.h"

#include "AboutDialog.h"
#include "AreaEditor.h"
#include "CheckController.h"
#include "CommitmentEditor.h"
#include "DisplayNames.h"
#include "ExportDialog.h"
#include "FileDialog.h"
#include "HistoryDialog.h"
#include "ImportFlow.h"
#include "LanguageManager.h"
#include "MainActions.h"
#include "MessageBox.h"
#include "PlanEditor.h"
#include "PlanNavigator.h"
#include "PlanTreeModel.h"
#include "PrintDocument.h"
#include "Settings.h"
#include "StartPage.h"
#include "WorkspaceDocument.h"
#include "WorkspaceOpener.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace nap::ui {

MainWindow::MainWindow(Settings &settings, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_languages(languages), m_actions(new MainActions(this)),
      m_model(new PlanTreeModel(this)), m_saveLabel(new QLabel(this)), m_printer(new PrintDocument(this))
{
    WheelGuard::install(); // before any control is polished

    setWindowIcon(QIcon(QStringLiteral(":/icons/napdesk.svg")));
    buildCentralWidget();
    m_checks = new CheckController(this, m_actions, m_model);
    statusBar()->addPermanentWidget(m_saveLabel);
    connectActions();
    m_actions->setUndoStack(nullptr);
    const QString language = m_languages.language();
    m_actions->languageChinese->setChecked(language == LanguageManager::chinese());
    m_actions->languageEnglish->setChecked(language != LanguageManager::chinese());
    setEditingMode(EditingModes::fromCode(m_settings.value(Settings::Key::EditingMode).toString()));
    restoreGeometry(m_settings.value(Settings::Key::WindowGeometry).toByteArray());
    restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());
    if (!m_splitter->restoreState(m_settings.value(Settings::Key::SplitterState).toByteArray()))
        m_splitter->setSizes({320, 980});
    if (!m_settings.value(Settings::Key::WindowGeometry).isValid() ||
        m_settings.value(Settings::Key::WindowGeometry).toByteArray().isEmpty())
        FirstWindow::fitToScreen(this, m_checks->dock());
    qApp->installEventFilter(this);
    retranslate();
    showCurrent(); // the start page until a workspace is opened
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    delete m_navigator; // its tree lets go of the model first
    m_model->setDocument(nullptr);
}

void MainWindow::buildCentralWidget()
{
    m_splitter = new QSplitter(this);
    m_navigator = new PlanNavigator(m_model, m_splitter);

    m_stack = new QStackedWidget(m_splitter);
    m_start = new StartPage(m_stack);
    m_editor = new CommitmentEditor(m_stack);
    m_areaEditor = new AreaEditor(m_stack);
    m_planEditor = new PlanEditor(m_stack);
    for (QWidget *w : {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_editor),
                       static_cast<QWidget *>(m_areaEditor), static_cast<QWidget *>(m_planEditor)})
        m_stack->addWidget(w);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);
    connect(m_navigator, &PlanNavigator::currentChanged, this, [this](const QString &uuid) {
        m_currentUuid = uuid;
        showCurrent();
    });
    connect(m_navigator, &PlanNavigator::treeReset, this, [this] { select(m_currentUuid); });
    connect(m_navigator, &PlanNavigator::deleteRequested, this, &MainWindow::deleteItem);
    connect(m_start, &StartPage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::openWorkspace);
    connect(m_start, &StartPage::sampleRequested, this, &MainWindow::openSample);
    connect(m_start, &StartPage::recentRequested, this, &MainWindow::openRecent);
    connect(qApp, &QApplication::focusChanged, this, [this] {
        if (m_document)
            m_document->closeMergeWindow();
    });
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(a->openWorkspace, &QAction::triggered, this, &MainWindow::openWorkspace);
    connect(a->saveCopyAs, &QAction::triggered, this, &MainWindow::saveCopyAs);
    const auto history = [this] {
        HistoryDialog::showFor(this, m_document.get(), m_currentUuid);
    };
    connect(a->fieldHistory, &QAction::triggered, this, history);
    connect(m_editor, &CommitmentEditor::historyRequested, this, history);
    connect(a->importFiles, &QAction::triggered, this,
            [this] { ImportFlow::run(this, m_document.get(), false); });
    connect(a->importFolder, &QAction::triggered, this,
            [this] { ImportFlow::run(this, m_document.get(), true); });
    connect(a->exportFiles, &QAction::triggered, this, [this] {
        if (ExportDialog *d = ExportDialog::showFor(this, m_document.get(), m_settings, m_currentUuid))
            d->setGate(m_checks->exportGate());
    });
    connect(a->printDocument, &QAction::triggered, this,
            [this] { m_printer->start(m_document.get(), m_currentUuid, m_settings.exportMode()); });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->addCommitment, &QAction::triggered, this, &MainWindow::addCommitment);
    connect(a->duplicateCommitment, &QAction::triggered, this, [this] {
        if (m_document)
            select(m_document->duplicateCommitment(m_currentUuid));
    });
    connect(a->deleteItem, &QAction::triggered, this, &MainWindow::deleteItem);
    connect(a->addArea, &QAction::triggered, this, [this] {
        if (m_document)
            select(m_document->addArea());
    });
    connect(a->renumber, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->renumber();
    });
    connect(a->rename, &QAction::triggered, m_navigator, &PlanNavigator::renameCurrent);
    connect(a->find, &QAction::triggered, m_navigator, &PlanNavigator::focusSearch);
    connect(a->languageChinese, &QAction::triggered, this,
            [this] { setLanguage(LanguageManager::chinese()); });
    connect(a->languageEnglish, &QAction::triggered, this,
            [this] { setLanguage(LanguageManager::english()); });
    connect(a->modeSideBySide, &QAction::triggered, this,
            [this] { setEditingMode(EditingMode::SideBySide); });
    connect(a->modeChinese, &QAction::triggered, this, [this] { setEditingMode(EditingMode::ChineseOnly); });
    connect(a->modeEnglish, &QAction::triggered, this, [this] { setEditingMode(EditingMode::EnglishOnly); });
    connect(a->openSample, &QAction::triggered, this, &MainWindow::openSample);
    connect(a->about, &QAction::triggered, this, &MainWindow::about);
    m_planEditor->setStartActions(a->addArea, a->addCommitment);
    m_navigator->setItemActions(a->treeToolbar(), a->treeMenu());
    connect(a->recentMenu, &QMenu::aboutToShow, this,
            [this] { m_actions->fillRecentMenu(m_settings.recentFiles()); });
    connect(a, &MainActions::recentChosen, this, &MainWindow::openRecent);
    connect(a->moveMenu, &QMenu::aboutToShow, this, &MainWindow::fillMoveMenu);
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_document && QFileInfo(m_document->path()).absoluteFilePath() == absolute)
        return true;
    if (m_document)
        m_document->flush(); // before another instance of the same file could be asked about
    std::unique_ptr<WorkspaceDocument> document = WorkspaceOpener::open(this, absolute);
    if (!document)
        return false;
    setDocument(std::move(document));
    m_settings.addRecentFile(absolute);
    m_settings.setValue(Settings::Key::LastWorkspace, absolute);
    return true;
}

void MainWindow::setDocument(std::unique_ptr<WorkspaceDocument> document)
{
    m_currentUuid.clear();
    m_editor->setDocument(document.get());
    m_areaEditor->setDocument(document.get());
    m_planEditor->setDocument(document.get());
    m_model->setDocument(document.get());
    m_checks->setDocument(document.get());
    m_actions->setUndoStack(document ? document->undoStack() : nullptr);
    std::unique_ptr<WorkspaceDocument> old = std::move(m_document);
    m_document = std::move(document);
    old.reset(); // writes anything pending of the previous workspace
    if (m_document) {
        connect(m_document.get(), &WorkspaceDocument::saveStateChanged, this, &MainWindow::updateSaveState);
        connect(m_document.get(), &WorkspaceDocument::structureChanged, this, &MainWindow::updateActions);
        connect(
            m_document.get(), &WorkspaceDocument::charactersRemoved, this,
            [this](const QString &edit, int count) {
                statusBar()->showMessage(
                    tr("%1: %n control character(s) removed (no export file can hold them).", nullptr, count)
                        .arg(edit),
                    10000);
            });
        connect(m_document.get(), &WorkspaceDocument::historyTouched, this, [this](const QString &uuid) {
            if (uuid != m_currentUuid && m_document->commitment(uuid))
                select(uuid);
        });
        const QList<Commitment> &all = m_document->commitments();
        select(all.isEmpty() ? QString() : all.constFirst().uuid);
    }
    showCurrent();
    updateSaveState();
    updateTitle();
    updateActions();
}

bool MainWindow::select(const QString &uuid)
{
    m_currentUuid = uuid;
    const bool shown = m_navigator->select(uuid);
    showCurrent();
    return shown;
}

QTreeView *MainWindow::tree() const
{
    return m_navigator->tree();
}

QLineEdit *MainWindow::searchBox() const
{
    return m_navigator->searchBox();
}

QString MainWindow::selectedUuid() const
{
    return m_currentUuid;
}

void MainWindow::showCurrent()
{
    m_checks->setCurrent(m_currentUuid);
    m_navigator->setVisible(m_document != nullptr);
    m_checks->setWorkspaceOpen(m_document != nullptr);
    if (!m_document) {
        m_start->setRecentFiles(m_settings.recentFiles());
        m_stack->setCurrentWidget(m_start);
        updateActions();
        return;
    }
    if (m_document->commitment(m_currentUuid)) {
        if (m_editor->commitmentUuid() != m_currentUuid)
            m_editor->setCommitment(m_currentUuid);
        m_stack->setCurrentWidget(m_editor);
    } else if (m_document->area(m_currentUuid)) {
        m_areaEditor->setArea(m_currentUuid);
        m_stack->setCurrentWidget(m_areaEditor);
    } else {
        m_planEditor->reload();
        m_stack->setCurrentWidget(m_planEditor);
    }
    updateActions();
}

QString MainWindow::currentAreaUuid() const
{
    if (!m_document)
        return {};
    if (const Commitment *c = m_document->commitment(m_currentUuid))
        return c->areaUuid;
    if (m_document->area(m_currentUuid))
        return m_currentUuid;
    return m_document->areas().isEmpty() ? QString() : m_document->areas().constFirst().uuid;
}

void MainWindow::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool onCommitment = m_document && m_document->commitment(m_currentUuid);
    const bool onArea = m_document && m_document->area(m_currentUuid);
    MainActions *a = m_actions;
    a->saveCopyAs->setEnabled(m_document != nullptr);
    a->importFiles->setEnabled(writable);
    a->importFolder->setEnabled(writable);
    a->exportFiles->setEnabled(m_document != nullptr);
    a->printDocument->setEnabled(m_document != nullptr);
    a->addCommitment->setEnabled(writable);
    a->addArea->setEnabled(writable);
    a->renumber->setEnabled(writable);
    a->duplicateCommitment->setEnabled(writable && onCommitment);
    a->fieldHistory->setEnabled(onCommitment);
    a->moveMenu->setEnabled(writable && onCommitment && m_document->areas().size() > 1);
    a->deleteItem->setEnabled(writable && (onCommitment || onArea));
    a->rename->setEnabled(writable);
}

void MainWindow::addCommitment()
{
    if (!m_document || m_document->isReadOnly())
        return;
    QUndoStack *stack = m_document->undoStack();
    QString area = currentAreaUuid();
    const bool needsArea = area.isEmpty();
    if (needsArea) {
        stack->beginMacro(tr("Add commitment"));
        area = m_document->addArea();
    }
    const QString uuid = m_document->addCommitment(area);
    if (needsArea)
        stack->endMacro();
    select(uuid);
    m_editor->setCurrentPage(0);
    m_editor->focusField(Field::Title);
}

void MainWindow::deleteItem()
{
    if (!m_document || m_document->isReadOnly())
        return;
    if (m_document->commitment(m_currentUuid)) {
        m_document->removeCommitment(m_currentUuid); // undoable, so no question
        return;
    }
    const Area *area = m_document->area(m_currentUuid);
    if (!area)
        return;
    const qsizetype count = m_document->commitmentsInArea(area->uuid).size();
    if (count > 0 &&
        MessageBox::question(
            this, tr("Delete area"),
            tr("Delete area %1 and its %n commitment(s)? Edit → Undo brings them back.", nullptr, int(count))
                .arg(area->number)) != QMessageBox::Yes)
        return;
    m_document->removeArea(area->uuid);
}

void MainWindow::fillMoveMenu()
{
    QMenu *menu = m_actions->moveMenu;
    menu->clear();
    const Commitment *c = m_document ? m_document->commitment(m_currentUuid) : nullptr;
    if (!c)
        return;
    const QString uuid = c->uuid;
    for (const Area &area : m_document->areas()) {
        QAction *action = menu->addAction(tr("%1. %2").arg(area.number).arg(DisplayNames::text(area.title)));
        action->setEnabled(area.uuid != c->areaUuid);
        const QString target = area.uuid;
        connect(action, &QAction::triggered, this, [this, uuid, target] {
            if (m_document && m_document->moveCommitment(uuid, target))
                select(uuid);
        });
    }
}

void MainWindow::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path))
        m_settings.removeRecentFile(path); // the open below says why it failed
    openFile(path);
}

void MainWindow::newWorkspace()
{
    const QString folder =
        m_document ? QFileInfo(m_document->path()).absolutePath() : WorkspaceOpener::documentsFolder();
    std::unique_ptr<WorkspaceDocument> document = WorkspaceOpener::createInteractive(this, folder);
    if (!document)
        return;
    const QString path = document->path();
    setDocument(std::move(document));
    m_settings.addRecentFile(path);
    m_settings.setValue(Settings::Key::LastWorkspace, path);
}

void MainWindow::openWorkspace()
{
    const QString dir =
        m_document ? QFileInfo(m_document->path()).absolutePath() : WorkspaceOpener::documentsFolder();
    const QString path =
        FileDialog::getOpenFileName(this, tr("Open Workspace"), dir, FileDialog::workspaceFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopyAs()
{
    const QString path = m_document ? WorkspaceOpener::saveCopyInteractive(this, *m_document) : QString();
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::openSample()
{
    const QString path = WorkspaceOpener::samplePath();
    if (WorkspaceOpener::ensureSample(this, path))
        openFile(path);
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::setLanguage(const QString &code)
{
    const bool loaded = m_languages.setLanguage(code);
    m_settings.setValue(Settings::Key::Language, m_languages.language());
    const bool chinese = m_languages.language() == LanguageManager::chinese();
    m_actions->languageChinese->setChecked(chinese);
    m_actions->languageEnglish->setChecked(!chinese);
    if (!loaded && chinese)
        statusBar()->showMessage(tr("The Chinese interface texts are not available in this build."), 8000);
}

void MainWindow::setEditingMode(EditingMode mode)
{
    m_settings.setValue(Settings::Key::EditingMode, EditingModes::code(mode));
    m_editor->setEditingMode(mode);
    m_areaEditor->setEditingMode(mode);
    m_planEditor->setEditingMode(mode);
    m_actions->modeSideBySide->setChecked(mode == EditingMode::SideBySide);
    m_actions->modeChinese->setChecked(mode == EditingMode::ChineseOnly);
    m_actions->modeEnglish->setChecked(mode == EditingMode::EnglishOnly);
}

QString MainWindow::saveStateText() const
{
    return m_document ? m_document->saveStateText() : tr("No workspace open");
}

void MainWindow::updateSaveState()
{
    m_saveLabel->setText(saveStateText());
    const bool failed = m_document && m_document->saveState() == WorkspaceDocument::SaveState::Failed;
    m_saveLabel->setStyleSheet(failed ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("NAP Desk"));
        return;
    }
    const QString name = QFileInfo(m_document->path()).fileName();
    setWindowTitle(m_document->isReadOnly() ? tr("%1 (read-only) — NAP Desk").arg(name)
                                            : tr("%1 — NAP Desk").arg(name));
}

void MainWindow::retranslate()
{
    m_actions->retranslate();
    m_model->retranslate();
    updateSaveState();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Text widgets keep their own little undo; here every edit is a document command, so
    // Ctrl+Z / Ctrl+Shift+Z must reach the window's Undo and Redo instead. Ctrl+E (Export)
    // too: on X11 text fields would take it as "end of line".
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == this) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            QKeySequence(key->keyCombination()) == m_actions->exportFiles->shortcut()) {
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_document && !m_document->flush()) {
        const auto answer =
            MessageBox::warning(this, tr("Changes not saved"),
                                tr("The last changes could not be saved: %1\n\nClose anyway and lose them?")
                                    .arg(m_document->lastSaveError()),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, saveState());
    m_settings.setValue(Settings::Key::SplitterState, m_splitter->saveState());
    m_settings.sync();
    event->accept();
}

} // namespace nap::ui
