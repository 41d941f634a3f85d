// Starting: the start page on a first start (no silent sample), recent workspaces, the sample
// as a clearly named example in Documents, an empty plan that says how to begin, the plan
// tree's toolbar and context menu, and a new workspace that shows nothing of the previous one.
#include "AppTestHelper.h"

#include "CheckController.h"
#include "EmptyPlanGuide.h"
#include "FileDialog.h"
#include "FindingsPanel.h"
#include "MainActions.h"
#include "PlanNavigator.h"
#include "StartPage.h"
#include "WorkspaceOpener.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDir>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace nap;
using namespace nap::ui;
using nap::test::AppFixture;

class TestStartPage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Documents/NAP Desk of a home of its own: the sample is never written to the tester's.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_DOCUMENTS_DIR");
    }

    void firstStartShowsTheStartPage()
    {
        AppFixture app;
        auto w = app.window(QString());
        QVERIFY(!w->document());
        QVERIFY(w->startPage()->isVisible());
        QVERIFY(!w->navigator()->isVisible());
        QVERIFY(!w->startPage()->recentList()->isVisible()); // nothing opened yet
        // Nothing was written behind the officer's back.
        QVERIFY(!QFileInfo::exists(WorkspaceOpener::samplePath()));
        QVERIFY(WorkspaceOpener::samplePath().startsWith(WorkspaceOpener::documentsFolder()));
        QVERIFY(w->startPage()->newButton()->isDefault());
        QVERIFY(!w->checks()->dock()->isVisible()); // no findings without a workspace
    }

    void recentWorkspacesOpenFromTheStartPage()
    {
        AppFixture app;
        const QString missing = app.dir.filePath(QStringLiteral("moved.napdesk"));
        app.settings->addRecentFile(missing);
        app.settings->addRecentFile(app.sample);
        auto w = app.window(QString());
        QListWidget *list = w->startPage()->recentList();
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(1)->text().contains(QStringLiteral("missing")));
        QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled));
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("sample")));
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(w->document());
        QCOMPARE(QFileInfo(w->document()->path()), QFileInfo(app.sample));
        QVERIFY(w->navigator()->isVisible());
        QVERIFY(!w->startPage()->isVisible());
        QVERIFY(w->checks()->dock()->isVisible());
    }

    void sampleOpensAsANamedExampleInDocuments()
    {
        AppFixture app;
        auto w = app.window(QString());
        QTest::mouseClick(w->startPage()->sampleButton(), Qt::LeftButton);
        QVERIFY(w->document());
        const QString path = w->document()->path();
        QCOMPARE(QFileInfo(path), QFileInfo(WorkspaceOpener::samplePath()));
        QVERIFY(path.startsWith(m_home.path()));
        QVERIFY(path.contains(QStringLiteral("example")));
        QCOMPARE(w->document()->commitments().size(), 12);
        QVERIFY(w->windowTitle().contains(QStringLiteral("example")));
    }

    void newAndOpenStartInDocuments()
    {
        AppFixture app;
        auto w = app.window(QString());
        FileDialog::setNextCancel();
        QTest::mouseClick(w->startPage()->openButton(), Qt::LeftButton);
        QCOMPARE(FileDialog::lastDirectory(), WorkspaceOpener::documentsFolder());
        const QString fresh = app.dir.filePath(QStringLiteral("fresh.napdesk"));
        FileDialog::setNextFileName(fresh);
        QTest::mouseClick(w->startPage()->newButton(), Qt::LeftButton);
        QCOMPARE(FileDialog::lastDirectory(), WorkspaceOpener::documentsFolder());
        QVERIFY(w->document());
        QCOMPARE(QFileInfo(w->document()->path()), QFileInfo(fresh));
    }

    void newWorkspaceShowsNothingOfThePreviousPlan()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        FindingsPanel *panel = w->checks()->panel();
        w->select(QString()); // the plan: the panel shows the plan's totals
        QTRY_VERIFY(panel->summaryText().contains(QStringLiteral("of 12")));
        FileDialog::setNextFileName(app.dir.filePath(QStringLiteral("empty.napdesk")));
        w->actions()->newWorkspace->trigger();
        QVERIFY(w->document()->commitments().isEmpty());
        QVERIFY2(!panel->summaryText().contains(QStringLiteral("12")), qPrintable(panel->summaryText()));
        QVERIFY(w->navigator()->visibleUuids().size() <= 1); // at most the plan itself
    }

    void emptyPlanSaysHowToBegin()
    {
        AppFixture app;
        FileDialog::setNextFileName(app.dir.filePath(QStringLiteral("begin.napdesk")));
        auto w = app.window(QString());
        w->actions()->newWorkspace->trigger();
        auto *guide = w->findChild<EmptyPlanGuide *>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        QList<QToolButton *> buttons = guide->findChildren<QToolButton *>();
        QCOMPARE(buttons.size(), 2);
        QToolButton *addCommitment = nullptr;
        for (QToolButton *b : buttons)
            addCommitment = b->defaultAction() == w->actions()->addCommitment ? b : addCommitment;
        QVERIFY(addCommitment && addCommitment->isEnabled());
        QTest::mouseClick(addCommitment, Qt::LeftButton);
        QCOMPARE(w->document()->commitments().size(), 1);
        QVERIFY(!guide->isVisible()); // the commitment's editor is shown now
        w->document()->undoStack()->undo();
        w->select(QString());
        QVERIFY(guide->isVisible());
    }

    void treeHasAToolbarAndAContextMenu()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QToolBar *bar = w->navigator()->toolBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->actions().contains(w->actions()->addCommitment));
        QVERIFY(bar->actions().contains(w->actions()->addArea));
        QVERIFY(bar->actions().contains(w->actions()->deleteItem));

        // A right click on the second commitment makes it current and opens the menu there.
        const QString second = w->document()->commitments().at(1).uuid;
        QVERIFY(w->select(w->document()->commitments().at(0).uuid));
        QTreeView *tree = w->tree();
        // The tree lists the plan, then each area and its commitments, top to bottom.
        const QStringList rows = w->navigator()->visibleUuids();
        QModelIndex target = tree->model()->index(0, 0);
        for (int i = 0; i < rows.indexOf(second); ++i)
            target = tree->indexBelow(target);
        QVERIFY(target.isValid());
        const QPoint at = tree->visualRect(target).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, tree->viewport()->mapToGlobal(at));
        QApplication::sendEvent(tree->viewport(), &event);
        QCOMPARE(w->selectedUuid(), second);
        QMenu *menu = w->navigator()->contextMenu();
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(menu->actions().contains(w->actions()->duplicateCommitment));
        QVERIFY(menu->actions().contains(w->actions()->moveMenu->menuAction()));
        QVERIFY(menu->actions().contains(w->actions()->rename));
        QVERIFY(w->actions()->duplicateCommitment->isEnabled());
        menu->close();
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
