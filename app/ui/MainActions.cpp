#include "MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace nap::ui {

MainActions::MainActions(QMainWindow *window) : QObject(window), m_window(window)
{
    newWorkspace = make(QKeySequence::New);
    openWorkspace = make(QKeySequence::Open);
    saveCopyAs = make(QKeySequence::SaveAs);
    importFiles = make(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFolder = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    exportFiles = make(QKeySequence(Qt::CTRL | Qt::Key_E));
    printDocument = make(QKeySequence::Print);
    quit = make(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    addCommitment = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    duplicateCommitment = make(QKeySequence(Qt::CTRL | Qt::Key_D));
    deleteItem = make(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    addArea = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addCommitment->setIcon(QIcon(QStringLiteral(":/icons/add-commitment.svg")));
    addArea->setIcon(QIcon(QStringLiteral(":/icons/add-area.svg")));
    deleteItem->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    renumber = make();
    rename = make(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetShortcut); // set on the tree by the window
    fieldHistory = make(QKeySequence(Qt::CTRL | Qt::Key_H));
    find = make(QKeySequence::Find);
    languageChinese = make();
    languageEnglish = make();
    modeSideBySide = make(QKeySequence(Qt::CTRL | Qt::Key_1));
    modeChinese = make(QKeySequence(Qt::CTRL | Qt::Key_2));
    modeEnglish = make(QKeySequence(Qt::CTRL | Qt::Key_3));
    checkerRules = make();
    fieldHelp = make(QKeySequence::HelpContents);
    openSample = make();
    about = make();
    about->setMenuRole(QAction::AboutRole);
    auto *languages = new QActionGroup(this);
    auto *modes = new QActionGroup(this);
    for (QAction *a : {languageChinese, languageEnglish}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    for (QAction *a : {modeSideBySide, modeChinese, modeEnglish}) {
        a->setCheckable(true);
        modes->addAction(a);
    }
    // The language names stay in their own language so anyone can find theirs.
    languageChinese->setText(QStringLiteral("繁體中文"));
    languageEnglish->setText(QStringLiteral("English"));

    QMenuBar *bar = window->menuBar();
    fileMenu = bar->addMenu(QString());
    fileMenu->addActions({newWorkspace, openWorkspace});
    recentMenu = fileMenu->addMenu(QString());
    fileMenu->addSeparator();
    fileMenu->addAction(saveCopyAs);
    fileMenu->addAction(importFiles);
    fileMenu->addAction(importFolder);
    fileMenu->addAction(exportFiles);
    fileMenu->addAction(printDocument);
    exportSeparator = fileMenu->addSeparator();
    fileMenu->addAction(quit);

    editMenu = bar->addMenu(QString());
    viewMenu = bar->addMenu(QString());
    viewMenu->addAction(find);
    viewMenu->addSeparator();
    languageMenu = viewMenu->addMenu(QString());
    languageMenu->addActions({languageChinese, languageEnglish});
    modeMenu = viewMenu->addMenu(QString());
    modeMenu->addActions({modeSideBySide, modeChinese, modeEnglish});
    toolsMenu = bar->addMenu(QString());
    toolsMenu->addAction(checkerRules);
    helpMenu = bar->addMenu(QString());
    helpMenu->addActions({fieldHelp, openSample, about});
    moveMenu = new QMenu(window);
    m_treeSeparator = new QAction(this);
    m_treeSeparator->setSeparator(true);
    retranslate();
}

QList<QAction *> MainActions::treeMenu() const
{
    return {addCommitment, duplicateCommitment, moveMenu->menuAction(), rename, m_treeSeparator,
            addArea,       deleteItem};
}

void MainActions::fillRecentMenu(const QStringList &paths)
{
    recentMenu->clear();
    for (const QString &path : paths) {
        QAction *action = recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit recentChosen(path); });
    }
    if (recentMenu->isEmpty())
        recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

QAction *MainActions::make(const QKeySequence &shortcut)
{
    auto *action = new QAction(m_window);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_window->addAction(action);
    return action;
}

void MainActions::setUndoStack(QUndoStack *stack)
{
    m_stack = stack;
    // Undo/redo actions belong to the stack; recreate them for each document.
    delete m_undo;
    delete m_redo;
    m_undo = nullptr;
    m_redo = nullptr;
    editMenu->clear();
    if (stack) {
        // Without a prefix Qt's own catalogue words "Undo %1" in the interface language.
        m_undo = stack->createUndoAction(this);
        m_redo = stack->createRedoAction(this);
        m_undo->setShortcut(QKeySequence::Undo);
        m_redo->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
        m_window->addAction(m_undo);
        m_window->addAction(m_redo);
        editMenu->addActions({m_undo, m_redo});
        editMenu->addSeparator();
    }
    editMenu->addActions({addCommitment, duplicateCommitment});
    editMenu->addMenu(moveMenu);
    editMenu->addActions({deleteItem, rename});
    editMenu->addSeparator();
    editMenu->addActions({addArea, renumber});
}

void MainActions::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    newWorkspace->setText(tr("&New Workspace…"));
    openWorkspace->setText(tr("&Open Workspace…"));
    recentMenu->setTitle(tr("Open &Recent"));
    saveCopyAs->setText(tr("Save a &Copy As…"));
    importFiles->setText(tr("&Import Agency Files…"));
    importFiles->setStatusTip(
        tr("Consolidate the workbooks, forms and workspaces agencies sent: see what each brings, "
           "then import them as one step"));
    importFolder->setText(tr("Import Agency &Folder…"));
    importFolder->setStatusTip(tr(
        "Consolidate every workbook, form and workspace in a folder the agencies' files were collected in"));
    exportFiles->setText(tr("&Export…"));
    printDocument->setText(tr("&Print…"));
    printDocument->setStatusTip(
        tr("Print the form of the commitment in the editor, or the whole plan when the plan is selected"));
    quit->setText(tr("&Quit"));
    editMenu->setTitle(tr("&Edit"));
    addCommitment->setText(tr("&Add Commitment"));
    duplicateCommitment->setText(tr("Dup&licate Commitment"));
    moveMenu->setTitle(tr("&Move Commitment to Area"));
    deleteItem->setText(tr("&Delete"));
    rename->setText(tr("Re&name"));
    fieldHistory->setText(tr("Field &History…"));
    addArea->setText(tr("Add Ar&ea"));
    // The plan tree's toolbar: short words, the whole name and the shortcut in the tooltip.
    const auto tool = [](QAction *action, const QString &word) {
        action->setIconText(word);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text().remove(QLatin1Char('&')), action->shortcut().toString(QKeySequence::NativeText)));
    };
    tool(addCommitment, tr("Add commitment", "toolbar button"));
    tool(addArea, tr("Add area", "toolbar button"));
    tool(deleteItem, tr("Delete", "toolbar button"));
    renumber->setText(tr("Renum&ber Areas and Commitments"));
    viewMenu->setTitle(tr("&View"));
    find->setText(tr("&Find in Plan"));
    languageMenu->setTitle(tr("&Language"));
    modeMenu->setTitle(tr("&Editing Mode"));
    modeSideBySide->setText(tr("&Side by Side (Chinese | English)"));
    modeChinese->setText(tr("&Chinese Only"));
    modeEnglish->setText(tr("&English Only"));
    toolsMenu->setTitle(tr("&Tools"));
    checkerRules->setText(tr("Checker &Rules…"));
    helpMenu->setTitle(tr("&Help"));
    fieldHelp->setText(tr("&Guidance for This Field"));
    openSample->setText(tr("Open &Sample Plan"));
    about->setText(tr("&About NAP Desk"));
    if (m_stack)
        setUndoStack(m_stack); // recreated so their texts follow the language
}

} // namespace nap::ui
