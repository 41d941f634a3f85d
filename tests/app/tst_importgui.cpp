#include "AppTestHelper.h"

#include "CommitmentEditor.h"
#include "DisplayNames.h"
#include "FileDialog.h"
#include "HistoryDialog.h"
#include "ImportDialog.h"
#include "ImportFlow.h"
#include "MainActions.h"
#include "MessageBox.h"
#include "store/Workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

using namespace nap;
using namespace nap::ui;
using nap::test::AppFixture;

// Consolidation from the window: File → Import Agency Files… into a new workspace, the
// preview's choices, one undo step, and a re-import that brings only what changed.
class TestImportGui : public QObject
{
    Q_OBJECT

private:
    // A copy of the sample as an agency's workspace, and a new empty workspace in the window.
    static QString agencyFile(AppFixture &app)
    {
        const QString agency = app.dir.filePath(QStringLiteral("agency.napdesk"));
        QFile::remove(agency);
        QFile::copy(app.sample, agency);
        return agency;
    }
    static void newWorkspace(MainWindow *w, AppFixture &app)
    {
        FileDialog::setNextFileName(app.dir.filePath(QStringLiteral("consolidated.napdesk")));
        w->actions()->newWorkspace->trigger();
    }
    static void editSource(const QString &path, const QString &code, const QString &problem)
    {
        Error error;
        auto ws = Workspace::open(path, Workspace::Mode::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error.message()));
        for (Commitment c : ws->commitments()) {
            if (c.code == code) {
                c.text(Field::Problem).zh = problem;
                c.modified = QDateTime::currentDateTimeUtc();
                QVERIFY2(ws->saveCommitment(c, &error), qPrintable(error.message()));
            }
        }
    }
    static const Commitment *byCode(MainWindow *w, const QString &code)
    {
        for (const Commitment &c : w->document()->commitments()) {
            if (c.code == code)
                return &c;
        }
        return nullptr;
    }

private slots:
    void importsIntoANewWorkspaceAsOneUndoStep()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QList<Commitment> original = w->document()->commitments();
        const QString agency = agencyFile(app);
        newWorkspace(w.get(), app);
        QVERIFY(w->document()->commitments().isEmpty());
        QVERIFY(w->actions()->importFiles->isEnabled());

        FileDialog::setNextFileName(agency);
        ImportFlow::acceptNextPreview();
        w->actions()->importFiles->trigger();
        QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("added: 12")),
                 qPrintable(w->statusBar()->currentMessage() + MessageBox::lastText()));
        QCOMPARE(w->document()->commitments().size(), original.size());
        for (const Commitment &o : original) {
            const Commitment *c = w->document()->commitment(o.uuid);
            QVERIFY2(c, qPrintable(o.code));
            for (Field f : Fields::textFields()) {
                QCOMPARE(c->text(f).zh, o.text(f).zh);
                QCOMPARE(c->text(f).en, o.text(f).en);
            }
            QCOMPARE(c->milestones.size(), o.milestones.size());
            QCOMPARE(c->leadAgency, o.leadAgency);
            QCOMPARE(c->start, o.start);
            QCOMPARE(c->end, o.end);
        }
        // One step back: the workspace is empty again, on disk too; one forward: all back.
        QUndoStack *undo = w->document()->undoStack();
        QVERIFY(undo->text(undo->index() - 1).contains(QStringLiteral("Import")));
        undo->undo();
        QVERIFY(w->document()->commitments().isEmpty());
        QVERIFY(w->document()->flush());
        {
            Error error;
            auto disk = Workspace::open(w->document()->path(), Workspace::Mode::ReadOnly, &error);
            QVERIFY(disk);
            QVERIFY(disk->commitments().isEmpty());
        }
        undo->redo();
        QCOMPARE(w->document()->commitments().size(), original.size());
    }

    void reimportBringsOnlyWhatChanged()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString agency = agencyFile(app);
        newWorkspace(w.get(), app);
        FileDialog::setNextFileName(agency);
        ImportFlow::acceptNextPreview();
        w->actions()->importFiles->trigger();
        QCOMPARE(w->document()->commitments().size(), 12);

        // The same file again: nothing to do, and nothing is written.
        FileDialog::setNextFileName(agency);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const int boxes = MessageBox::count();
        w->actions()->importFiles->trigger();
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Nothing to import")),
                 qPrintable(MessageBox::lastText()));

        // The agency changed 1-1; the officer changed 1-2 in the same field the agency changed too.
        editSource(agency, QStringLiteral("1-1"), QStringLiteral("機關更新的問題描述"));
        editSource(agency, QStringLiteral("1-2"), QStringLiteral("機關版本"));
        const QString mine12 = QStringLiteral("彙整者版本");
        QVERIFY(w->document()->editCommitment(byCode(w.get(), QStringLiteral("1-2"))->uuid, QString(),
                                              QStringLiteral("edit"),
                                              [&](Commitment &c) { c.text(Field::Problem).zh = mine12; }));
        ImportPlan plan;
        Error error;
        QVERIFY2(w->document()->previewImport({agency}, &plan, &error), qPrintable(error.message()));
        QCOMPARE(plan.files.size(), 1);
        QCOMPARE(plan.files.at(0).count(ImportPlan::Kind::Changed), 1);
        QCOMPARE(plan.files.at(0).count(ImportPlan::Kind::Conflict), 1);
        // The preview ticks the plain change and leaves the conflict to the officer.
        ImportDialog preview(plan);
        int ticked = 0;
        int unticked = 0;
        for (QTreeWidgetItemIterator it(preview.tree()); *it; ++it) {
            if (!(*it)->data(ImportDialog::ItemColumn, Qt::CheckStateRole).isValid())
                continue; // files and commitments have no box, only their fields
            ((*it)->checkState(ImportDialog::ItemColumn) == Qt::Checked ? ticked : unticked)++;
        }
        QCOMPARE(ticked, 1);
        QCOMPARE(unticked, 1);
        QCOMPARE(preview.writes(), 1);
        ImportApply::Result result;
        QVERIFY2(w->document()->applyImport(plan, preview.choices(), &result, &error),
                 qPrintable(error.message()));
        QCOMPARE(byCode(w.get(), QStringLiteral("1-1"))->text(Field::Problem).zh,
                 QStringLiteral("機關更新的問題描述"));
        QCOMPARE(byCode(w.get(), QStringLiteral("1-2"))->text(Field::Problem).zh, mine12);

        // The editor says where 1-1 came from; its history shows the change and puts the old
        // value back as one undoable, recorded step.
        const QString uuid11 = byCode(w.get(), QStringLiteral("1-1"))->uuid;
        QVERIFY(w->select(uuid11));
        auto *origin = w->commitmentEditor()->findChild<QLabel *>(QStringLiteral("origin"));
        QVERIFY(origin && origin->isVisible());
        QVERIFY2(origin->text().contains(QStringLiteral("agency.napdesk")), qPrintable(origin->text()));
        HistoryDialog history(w->document(), uuid11);
        QVERIFY(history.tree()->topLevelItemCount() >= 1);
        QTreeWidgetItem *newest = history.tree()->topLevelItem(0);
        QCOMPARE(newest->text(HistoryDialog::FieldColumn), DisplayNames::field(Field::Problem));
        QVERIFY(newest->text(HistoryDialog::AfterColumn).contains(QStringLiteral("機關更新的問題描述")));
        const QString previous = newest->text(HistoryDialog::BeforeColumn).section(QLatin1Char('\n'), 0, 0);
        history.tree()->setCurrentItem(newest);
        QVERIFY(history.restoreButton()->isEnabled());
        history.restoreSelected();
        QCOMPARE(byCode(w.get(), QStringLiteral("1-1"))->text(Field::Problem).zh, previous);
        QCOMPARE(history.tree()->topLevelItemCount(), int(w->document()->fieldHistory(uuid11).size()));
        w->document()->undoStack()->undo();
        QCOMPARE(byCode(w.get(), QStringLiteral("1-1"))->text(Field::Problem).zh,
                 QStringLiteral("機關更新的問題描述"));
    }

    void officerEditsAreInTheHistory()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        WorkspaceDocument *doc = w->document();
        const QString uuid = byCode(w.get(), QStringLiteral("1-1"))->uuid;
        const QString original = doc->commitment(uuid)->text(Field::Problem).zh;
        const int before = int(doc->fieldHistory(uuid).size());
        // Typing, saved twice on the way: one edit row, from the first value to the last.
        for (const QString &typed : {QStringLiteral("第一版"), QStringLiteral("第二版")}) {
            QVERIFY(doc->editCommitment(uuid, QString(), QStringLiteral("edit"),
                                        [&](Commitment &c) { c.text(Field::Problem).zh = typed; }));
            QVERIFY(doc->flush());
        }
        const QList<Provenance::Change> history = doc->fieldHistory(uuid);
        QCOMPARE(int(history.size()), before + 1);
        QCOMPARE(history.constFirst().field, Field::Problem);
        QCOMPARE(history.constFirst().eventId, 0);
        QCOMPARE(history.constFirst().before.zh, original);
        QCOMPARE(history.constFirst().after.zh, QStringLiteral("第二版"));
        // Restoring it puts the first value back and is recorded as well.
        Error error;
        QVERIFY2(doc->restoreValue(history.constFirst().id, &error), qPrintable(error.message()));
        QCOMPARE(doc->commitment(uuid)->text(Field::Problem).zh, original);
        QCOMPARE(int(doc->fieldHistory(uuid).size()), before + 2);
    }

    // File → Import Agency Folder… (Ctrl+Shift+I): every agency file in the folder, one step.
    void importsAFolder()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString folder = app.dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(QStringLiteral(NAP_TEST_DATA "/forms/headings-en.odt"),
                            folder + QStringLiteral("/moi.odt")));
        QVERIFY(QFile::copy(QStringLiteral(NAP_TEST_DATA "/forms/bilingual.docx"),
                            folder + QStringLiteral("/dgbas.docx")));
        QCOMPARE(w->actions()->importFolder->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        const int before = int(w->document()->commitments().size());
        const int steps = w->document()->undoStack()->count();
        FileDialog::setNextFileName(folder);
        ImportFlow::acceptNextPreview();
        w->actions()->importFolder->trigger();
        QCOMPARE(int(w->document()->commitments().size()), before + 2);
        QCOMPARE(w->document()->undoStack()->count(), steps + 1);
        QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("2")),
                 qPrintable(w->statusBar()->currentMessage()));
        w->document()->undoStack()->undo();
        QCOMPARE(int(w->document()->commitments().size()), before);
    }

    void readOnlyOrHostileChangesNothing()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString bad = app.dir.filePath(QStringLiteral("bad.xlsx"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 not really a workbook");
        f.close();
        const QList<Commitment> before = w->document()->commitments();
        const int steps = w->document()->undoStack()->count();
        FileDialog::setNextFileName(bad);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        w->actions()->importFiles->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("bad.xlsx")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(w->document()->commitments(), before);
        QCOMPARE(w->document()->undoStack()->count(), steps);
    }

    // A form filled by hand: the preview says what it is about, the officer corrects that with
    // the keyboard (Enter on the row opens the list), the boxes already set stay set, and the
    // lines no heading claimed are listed.
    void handFilledFormMatchIsCorrected()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        ImportPlan plan;
        Error error;
        const QStringList forms{QStringLiteral(NAP_TEST_DATA "/forms/ndc-table-zh.odt"),
                                QStringLiteral(NAP_TEST_DATA "/forms/headings-en.odt")};
        QVERIFY2(w->document()->previewImport(forms, &plan, &error), qPrintable(error.message()));
        ImportDialog preview(plan);
        preview.show();
        preview.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&preview));
        QTreeWidget *tree = preview.tree();
        QTreeWidgetItem *firstField = nullptr;
        QList<QTreeWidgetItem *> matchRows;
        QStringList unplaced;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if (tree->itemWidget(*it, ImportDialog::MineColumn))
                matchRows.append(*it);
            else if (!firstField && (*it)->data(ImportDialog::ItemColumn, Qt::CheckStateRole).isValid())
                firstField = *it;
            else if ((*it)->parent() && (*it)->parent()->text(0).contains(QStringLiteral("(3 lines)")))
                unplaced.append((*it)->text(ImportDialog::ItemColumn));
        }
        QCOMPARE(matchRows.size(), 2);
        QCOMPARE(unplaced.size(), 3);
        QVERIFY(firstField);
        firstField->setCheckState(ImportDialog::ItemColumn, Qt::Unchecked); // the officer keeps one
        const QString keptKey = firstField->data(ImportDialog::ItemColumn, Qt::UserRole).toString();
        QCOMPARE(preview.writes(), 2);

        // The second form (new) is about 1-2 after all.
        tree->setCurrentItem(matchRows.at(1));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Return);
        auto *list = qobject_cast<QComboBox *>(tree->itemWidget(matchRows.at(1), ImportDialog::MineColumn));
        QVERIFY(list);
        QTRY_VERIFY(list->view()->isVisible()); // the list opened, the dialog still open
        QVERIFY(preview.isVisible());
        QTest::keyClick(list->view(), Qt::Key_Escape);
        const QString uuid12 = byCode(w.get(), QStringLiteral("1-2"))->uuid;
        while (list->currentData().toString() != uuid12 && list->currentIndex() < list->count() - 1)
            QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentData().toString(), uuid12);
        QTRY_COMPARE(plan.files.at(1).items.at(0).match, FormMatcher::How::Officer);
        QCOMPARE(plan.files.at(1).items.at(0).theirs.uuid, uuid12);
        QCOMPARE(plan.files.at(1).items.at(0).kind, ImportPlan::Kind::Changed);
        QCOMPARE(preview.choices().perField.value(keptKey), ImportChoices::Take::Mine);
        QCOMPARE(preview.writes(), 2); // 1-1 (all but one field) and 1-2; nothing added

        ImportApply::Result result;
        const int count = int(w->document()->commitments().size());
        QVERIFY2(w->document()->applyImport(plan, preview.choices(), &result, &error),
                 qPrintable(error.message()));
        QCOMPARE(result.inserted, 0);
        QCOMPARE(result.updated, 2);
        QCOMPARE(int(w->document()->commitments().size()), count);
        QCOMPARE(byCode(w.get(), QStringLiteral("1-2"))->text(Field::Title).en,
                 QStringLiteral("Open register of lobbying contacts"));
    }
};

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
