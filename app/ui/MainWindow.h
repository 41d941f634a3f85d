#pragma once

#include "EditingMode.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace nap::ui {

class AreaEditor;
class CheckController;
class CommitmentEditor;
class LanguageManager;
class MainActions;
class PlanEditor;
class PlanNavigator;
class PlanTreeModel;
class PrintDocument;
class Settings;
class StartPage;
class WorkspaceDocument;

// Hosts the plan tree, the editors and the status bar, and routes menu actions to the
// document. Editing itself happens in the pages; saving in the document.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Settings &settings, LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    WorkspaceDocument *document() const { return m_document.get(); }
    CommitmentEditor *commitmentEditor() const { return m_editor; }
    QTreeView *tree() const;
    QLineEdit *searchBox() const;
    PlanNavigator *navigator() const { return m_navigator; }
    StartPage *startPage() const { return m_start; }
    PrintDocument *printer() const { return m_printer; }
    MainActions *actions() const { return m_actions; }
    CheckController *checks() const { return m_checks; }
    QString saveStateText() const;
    // Selects an area or commitment by uuid (empty: the plan) and shows its editor.
    bool select(const QString &uuid);
    QString selectedUuid() const;
    void setLanguage(const QString &code);
    void setEditingMode(EditingMode mode);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildCentralWidget();
    void connectActions();
    void setDocument(std::unique_ptr<WorkspaceDocument> document);
    void showCurrent();
    void updateActions();
    void updateSaveState();
    void updateTitle();
    void retranslate();
    void openRecent(const QString &path);
    void fillMoveMenu();
    QString currentAreaUuid() const;

    void newWorkspace();
    void openWorkspace();
    void saveCopyAs();
    void addCommitment();
    void deleteItem();
    void openSample();
    void about();

    Settings &m_settings;
    LanguageManager &m_languages;
    std::unique_ptr<WorkspaceDocument> m_document;
    MainActions *m_actions;
    PlanTreeModel *m_model;
    PlanNavigator *m_navigator;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    StartPage *m_start;
    CommitmentEditor *m_editor;
    AreaEditor *m_areaEditor;
    PlanEditor *m_planEditor;
    QLabel *m_saveLabel;
    CheckController *m_checks;
    PrintDocument *m_printer;
    QString m_currentUuid;
};

} // namespace nap::ui
