#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace nap::ui {

// The main window's menus and actions, with their shortcuts and translated texts.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QMainWindow *window);

    void setUndoStack(QUndoStack *stack);
    // The plan tree's toolbar and context menu.
    QList<QAction *> treeToolbar() const { return {addCommitment, addArea, deleteItem}; }
    QList<QAction *> treeMenu() const;
    // File → Open Recent: one entry per path, most recent first.
    void fillRecentMenu(const QStringList &paths);

signals:
    void recentChosen(const QString &path);

public:
    void retranslate();

    QAction *newWorkspace;
    QAction *openWorkspace;
    QAction *saveCopyAs;
    QAction *importFiles;   // File → Import Agency Files… (Ctrl+I): consolidation
    QAction *importFolder;  // File → Import Agency Folder… (Ctrl+Shift+I): every file in a folder
    QAction *exportFiles;   // File → Export… (Ctrl+E)
    QAction *printDocument; // File → Print… (Ctrl+P): the current form, or the plan
    QAction *quit;
    QAction *addCommitment;
    QAction *duplicateCommitment;
    QAction *deleteItem;
    QAction *addArea;
    QAction *renumber;
    QAction *rename;
    QAction *fieldHistory; // Edit → Field History…: where the commitment's fields came from
    QAction *find;
    QAction *languageChinese;
    QAction *languageEnglish;
    QAction *modeSideBySide;
    QAction *modeChinese;
    QAction *modeEnglish;
    QAction *checkerRules; // Tools → Checker Rules…
    QAction *fieldHelp;    // F1: guidance for the focused field
    QAction *openSample;
    QAction *about;
    QMenu *fileMenu;
    QMenu *recentMenu;
    QMenu *editMenu;
    QMenu *moveMenu;
    QMenu *viewMenu;
    QMenu *languageMenu;
    QMenu *modeMenu;
    QMenu *toolsMenu;
    QMenu *helpMenu;
    // The separator below Save a Copy As… and Export….
    QAction *exportSeparator;

private:
    QAction *make(const QKeySequence &shortcut = {});
    QMainWindow *m_window;
    QAction *m_treeSeparator;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QPointer<QUndoStack> m_stack;
};

} // namespace nap::ui
