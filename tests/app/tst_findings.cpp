#include "AppTestHelper.h"

#include "CheckController.h"
#include "CheckScheduler.h"
#include "CommitmentEditor.h"
#include "EditorPage.h"
#include "ExportGateDialog.h"
#include "FindingBadgeDelegate.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "GuidanceDialog.h"
#include "LocalizedTextEdit.h"
#include "MainActions.h"
#include "MessageBox.h"
#include "MilestonesPage.h"
#include "PlainTextField.h"
#include "PlanTreeModel.h"
#include "RuleSettingsDialog.h"
#include "check/Checker.h"
#include "check/Guidance.h"
#include "check/RuleSettings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

using namespace nap;
using namespace nap::ui;
using nap::test::AppFixture;
using nap::test::uuidOf;

// The quality checker in the editor: the findings dock, the tree's marks, jumping to a
// field, F1 guidance and rule switches, driven through the real window (the export gate:
// tst_exportgate).
class TestFindings : public QObject
{
    Q_OBJECT

private:
    static FindingsPanel *panel(MainWindow &w) { return w.checks()->panel(); }

    // The rows of the findings panel as "rule/field code[/milestone]".
    static QStringList shown(MainWindow &w)
    {
        QStringList out;
        FindingsModel *model = panel(w)->model();
        for (const QModelIndex &i : model->findingIndexes()) {
            const Finding *f = model->finding(i);
            out.append(f->ruleId + QLatin1Char('/') + Fields::code(f->field) +
                       (f->isMilestoneFinding() ? QStringLiteral("/%1").arg(f->milestoneIndex) : QString()));
        }
        return out;
    }

    static QModelIndex findingRow(MainWindow &w, const QString &ruleId, Field field)
    {
        FindingsModel *model = panel(w)->model();
        for (const QModelIndex &i : model->findingIndexes()) {
            const Finding *f = model->finding(i);
            if (f->ruleId == ruleId && f->field == field)
                return i;
        }
        return {};
    }

    static QWidget *fieldWidget(MainWindow &w, Field field)
    {
        CommitmentEditor *editor = w.commitmentEditor();
        const int page = editor->pageOf(field);
        return page < 0 ? nullptr : editor->page(page)->fieldWidgets(field).value(0);
    }

    static void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus(Qt::OtherFocusReason);
        for (const QChar ch : text) {
            if (ch.unicode() < 127) {
                QTest::keyClick(widget, ch.toLatin1());
            } else {
                QInputMethodEvent event;
                event.setCommitString(QString(ch));
                QApplication::sendEvent(widget, &event);
            }
        }
    }

    static QModelIndex treeIndex(MainWindow &w, const QString &uuid)
    {
        QTreeView *tree = w.tree();
        const QModelIndexList hits = tree->model()->match(tree->model()->index(0, 0), PlanTreeModel::UuidRole,
                                                          uuid, 1, Qt::MatchExactly | Qt::MatchRecursive);
        return hits.value(0);
    }

    // Whether the right third of the commitment's tree row shows this colour (a badge).
    static bool rowShows(MainWindow &w, const QString &uuid, QRgb colour)
    {
        QTreeView *tree = w.tree();
        const QRect row = tree->visualRect(treeIndex(w, uuid));
        const QImage image = tree->viewport()->grab().toImage();
        const qreal scale = image.devicePixelRatio();
        for (int y = row.top(); y <= row.bottom(); ++y) {
            for (int x = row.right() - row.width() / 3; x <= row.right(); ++x) {
                const QRgb p = image.pixel(int(x * scale), int(y * scale));
                if (qAbs(qRed(p) - qRed(colour)) < 12 && qAbs(qGreen(p) - qGreen(colour)) < 12 &&
                    qAbs(qBlue(p) - qBlue(colour)) < 12)
                    return true;
            }
        }
        return false;
    }

private slots:
    void init()
    {
        ExportGateDialog::clearNextAnswer();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void typingMakesFindingsAppearAndDisappear()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        // 1-2 has no contact name yet.
        QVERIFY(w->select(uuidOf(*w, QStringLiteral("1-2"))));
        QTRY_VERIFY_WITH_TIMEOUT(shown(*w).contains(QStringLiteral("A1/contact_name")), 200);
        QVERIFY(!shown(*w).contains(QStringLiteral("A7/contact_email")));

        auto *email = qobject_cast<QLineEdit *>(fieldWidget(*w, Field::ContactEmail));
        QVERIFY(email);
        w->commitmentEditor()->focusField(Field::ContactEmail);
        email->selectAll();
        QElapsedTimer clock;
        typeInto(email, QStringLiteral("officer@"));
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(shown(*w).contains(QStringLiteral("A7/contact_email")), 200);
        qInfo("A7 shown %lld ms after the last keystroke", clock.elapsed());
        typeInto(email, QStringLiteral("example.gov.tw"));
        QTRY_VERIFY_WITH_TIMEOUT(!shown(*w).contains(QStringLiteral("A7/contact_email")), 200);

        // A required name typed in Chinese removes A1's finding; removing it brings it back.
        PlainTextField *name =
            qobject_cast<LocalizedTextEdit *>(fieldWidget(*w, Field::ContactName))->editor(Language::Chinese);
        typeInto(name, QStringLiteral("王小明"));
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(!shown(*w).contains(QStringLiteral("A1/contact_name")), 200);
        qInfo("A1 gone %lld ms after the last keystroke", clock.elapsed());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(name, Qt::Key_Backspace);
        QTRY_VERIFY_WITH_TIMEOUT(shown(*w).contains(QStringLiteral("A1/contact_name")), 200);

        // Counts, the estimate labelled as one, and its reasons.
        QVERIFY2(panel(*w)->summaryText().contains(QStringLiteral("error")),
                 qPrintable(panel(*w)->summaryText()));
        const CheckResult *result = w->checks()->scheduler()->result(w->selectedUuid());
        QVERIFY(result);
        const QString estimate = panel(*w)->estimateText();
        QVERIFY2(estimate.contains(Estimate::label(Language::English)), qPrintable(estimate));
        QVERIFY(!result->estimate.reasons.isEmpty());
        QVERIFY2(estimate.contains(result->estimate.reasons.first().text(Language::English).toHtmlEscaped()),
                 qPrintable(estimate));
    }

    // The estimate's three answers, as the checker gives them: a commitment without milestones is
    // not called unverifiable.
    void estimateAnswersAsTheCheckerDoes()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const auto answerFor = [&](const char *code) {
            if (!w->select(uuidOf(*w, QString::fromLatin1(code))))
                return QStringLiteral("not selected");
            if (!QTest::qWaitFor(
                    [&] { return w->checks()->scheduler()->result(w->selectedUuid()) != nullptr; }, 500))
                return QStringLiteral("not checked");
            return panel(*w)->estimateText();
        };
        QVERIFY2(answerFor("1-1").contains(QStringLiteral("<p>Verifiable<br>")),
                 qPrintable(panel(*w)->estimateText()));
        QVERIFY2(answerFor("5-1").contains(QStringLiteral("<p>Not verifiable<br>")),
                 qPrintable(panel(*w)->estimateText()));
        const QString none = answerFor("2-2"); // no milestones yet
        QVERIFY2(none.contains(QStringLiteral("Verifiability cannot be estimated from this text")),
                 qPrintable(none));
        w->setLanguage(LanguageManager::chinese());
        QTRY_VERIFY2(panel(*w)->estimateText().contains(QStringLiteral("無法從這段文字預估是否可查證")),
                     qPrintable(panel(*w)->estimateText()));
        w->setLanguage(LanguageManager::english());
    }

    void groupsFollowTheEditorPages()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        QVERIFY(w->select(uuidOf(*w, QStringLiteral("5-1"))));
        FindingsModel *model = panel(*w)->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->findingCount() > 0, 200);
        CommitmentEditor *editor = w->commitmentEditor();
        int previousPage = -1;
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            const int page = group.data(FindingsModel::PageRole).toInt();
            QVERIFY(page > previousPage); // in form order, one group per page
            previousPage = page;
            QVERIFY(group.data().toString().startsWith(editor->page(page)->title()));
            for (int r = 0; r < model->rowCount(group); ++r) {
                const Finding *f = model->finding(model->index(r, 0, group));
                QCOMPARE(editor->pageOf(f->field), page);
            }
        }
        // Message in the interface language, switching live.
        const QModelIndex first = model->findingIndexes().first();
        const Finding *f = model->finding(first);
        QCOMPARE(first.data().toString(), f->message(Language::English));
        w->setLanguage(LanguageManager::chinese());
        QCOMPARE(model->findingIndexes().first().data().toString(), f->message(Language::Chinese));
        // LanguageChange is posted: the panel's own texts follow once it arrives.
        QTRY_VERIFY(panel(*w)->estimateText().contains(Estimate::label(Language::Chinese)));
        QCOMPARE(model->findingIndexes().first().data().toString(), f->message(Language::Chinese));
        w->setLanguage(LanguageManager::english());
    }

    void choosingAFindingFocusesItsField()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        QVERIFY(w->select(uuidOf(*w, QStringLiteral("5-1"))));
        w->commitmentEditor()->setCurrentPage(0);
        QTreeView *view = panel(*w)->view();
        QTRY_VERIFY_WITH_TIMEOUT(findingRow(*w, QStringLiteral("A1"), Field::ContactName).isValid(), 200);

        // Clicking: the contact page, the cursor inside the contact name's widget.
        const QModelIndex name = findingRow(*w, QStringLiteral("A1"), Field::ContactName);
        view->scrollTo(name);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(name).center());
        CommitmentEditor *editor = w->commitmentEditor();
        QCOMPARE(editor->currentPage(), editor->pageOf(Field::ContactName));
        QWidget *target = fieldWidget(*w, Field::ContactName);
        QVERIFY(QApplication::focusWidget());
        QVERIFY2(target->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget()->objectName()));

        // Enter on a finding of another page.
        const QModelIndex causes = findingRow(*w, QStringLiteral("A3"), Field::Causes);
        QVERIFY(causes.isValid());
        view->setFocus();
        view->setCurrentIndex(causes);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(editor->currentPage(), editor->pageOf(Field::Causes));
        QVERIFY(fieldWidget(*w, Field::Causes)->isAncestorOf(QApplication::focusWidget()));

        // A milestone finding: the milestones page, its row selected, the table focused.
        const QModelIndex weakVerb = findingRow(*w, QStringLiteral("B4"), Field::Milestones);
        QVERIFY(weakVerb.isValid());
        const int row = panel(*w)->model()->finding(weakVerb)->milestoneIndex;
        view->scrollTo(weakVerb);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(weakVerb).center());
        const int milestonesPage = editor->pageOf(Field::Milestones);
        QCOMPARE(editor->currentPage(), milestonesPage);
        auto *milestones = qobject_cast<MilestonesPage *>(editor->page(milestonesPage));
        QCOMPARE(milestones->currentRow(), row);
        QCOMPARE(QApplication::focusWidget(), milestones->findChild<QTableView *>(QStringLiteral("table")));

        // A finding of a commitment that is no longer shown selects it first.
        const QString other = uuidOf(*w, QStringLiteral("1-1"));
        w->checks()->showFinding(other, Field::FormFiller, -1);
        QCOMPARE(w->selectedUuid(), other);
        QVERIFY(fieldWidget(*w, Field::FormFiller)->isAncestorOf(QApplication::focusWidget()));
    }

    void treeShowsCountsAndReadiness()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        QVERIFY(qobject_cast<FindingBadgeDelegate *>(w->tree()->itemDelegate()));
        const QString weak = uuidOf(*w, QStringLiteral("5-1"));
        const QString strong = uuidOf(*w, QStringLiteral("1-1"));
        const Plan plan = w->document()->plan();
        const FindingCounts expected = Checker().check(*w->document()->commitment(weak), &plan).counts();
        QVERIFY(expected.errors > 0 && expected.warnings > 0);
        QTRY_VERIFY_WITH_TIMEOUT(treeIndex(*w, weak).data(PlanTreeModel::ReadyRole).isValid(), 500);
        QCOMPARE(treeIndex(*w, weak).data(PlanTreeModel::ErrorCountRole).toInt(), expected.errors);
        QCOMPARE(treeIndex(*w, weak).data(PlanTreeModel::WarningCountRole).toInt(), expected.warnings);
        QCOMPARE(treeIndex(*w, weak).data(PlanTreeModel::ReadyRole).toBool(), false);
        QVERIFY(treeIndex(*w, weak)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(PlanTreeModel::tr("%n error(s)", nullptr, expected.errors)));
        QVERIFY(rowShows(*w, weak, qRgb(0xc6, 0x28, 0x28))); // red error badge
        QVERIFY(rowShows(*w, weak, qRgb(0xf2, 0xb7, 0x05))); // amber warning badge

        // 1-1 is complete: ready, with a green tick. Emptying its contact name takes the mark
        // away; typing a name brings it back.
        QTRY_VERIFY_WITH_TIMEOUT(treeIndex(*w, strong).data(PlanTreeModel::ReadyRole).toBool(), 500);
        QTRY_VERIFY(rowShows(*w, strong, qRgb(0x2e, 0x7d, 0x32)));
        QVERIFY(w->select(strong));
        w->commitmentEditor()->focusField(Field::ContactName);
        auto *contact = qobject_cast<LocalizedTextEdit *>(fieldWidget(*w, Field::ContactName));
        for (Language language : {Language::English, Language::Chinese}) { // either one satisfies A1
            contact->editor(language)->selectAll();
            QTest::keyClick(contact->editor(language), Qt::Key_Delete);
        }
        PlainTextField *name = contact->editor(Language::Chinese);
        QTRY_VERIFY_WITH_TIMEOUT(!treeIndex(*w, strong).data(PlanTreeModel::ReadyRole).toBool(), 200);
        QCOMPARE(treeIndex(*w, strong).data(PlanTreeModel::ErrorCountRole).toInt(), 1);
        QTRY_VERIFY(!rowShows(*w, strong, qRgb(0x2e, 0x7d, 0x32)));
        typeInto(name, QStringLiteral("王小明"));
        QTRY_VERIFY_WITH_TIMEOUT(treeIndex(*w, strong).data(PlanTreeModel::ReadyRole).toBool(), 200);
        QCOMPARE(treeIndex(*w, strong).data(PlanTreeModel::ErrorCountRole).toInt(), 0);
        QVERIFY(panel(*w)->summaryText().startsWith(QStringLiteral("Ready for export")));
        QTRY_VERIFY(rowShows(*w, strong, qRgb(0x2e, 0x7d, 0x32))); // green tick
    }

    void treeCountsTranslationGaps()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString uuid = uuidOf(*w, QStringLiteral("1-1"));
        const QRgb blue = qRgb(0x15, 0x65, 0xc0);
        QCOMPARE(treeIndex(*w, uuid).data(PlanTreeModel::TranslationGapRole).toInt(), 0);
        QVERIFY(!rowShows(*w, uuid, blue));
        // Delete the English of the problem and of the first milestone's output.
        w->document()->editCommitment(uuid, QString(), QStringLiteral("test"), [](Commitment &c) {
            c.text(Field::Problem).en.clear();
            c.milestones.first().expectedOutput.en.clear();
        });
        QTRY_COMPARE(treeIndex(*w, uuid).data(PlanTreeModel::TranslationGapRole).toInt(), 2);
        QVERIFY(treeIndex(*w, uuid).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 missing")));
        QTRY_VERIFY(rowShows(*w, uuid, blue));
        w->document()->undoStack()->undo();
        QTRY_COMPARE(treeIndex(*w, uuid).data(PlanTreeModel::TranslationGapRole).toInt(), 0);
        QTRY_VERIFY(!rowShows(*w, uuid, blue));
    }

    void ruleSwitchedOffWithAReasonPersists()
    {
        AppFixture app;
        const QString reason =
            QStringLiteral("Contact details are collected by the NDC separately this cycle.");
        QString uuid;
        {
            auto w = app.window(app.sample);
            QVERIFY(w);
            uuid = uuidOf(*w, QStringLiteral("1-2")); // no contact name yet
            QVERIFY(w->select(uuid));
            QTRY_VERIFY_WITH_TIMEOUT(shown(*w).contains(QStringLiteral("A1/contact_name")), 200);
            w->actions()->checkerRules->trigger();
            auto *dialog = w->findChild<RuleSettingsDialog *>();
            QVERIFY(dialog && dialog->isVisible());
            QCOMPARE(dialog->list()->topLevelItemCount(), Checker::rules().size());
            dialog->selectRule(QStringLiteral("A1"));
            QVERIFY(!dialog->switchButton()->isEnabled()); // no reason, no switch
            dialog->reasonEdit()->setText(QStringLiteral("   "));
            QVERIFY(!dialog->switchButton()->isEnabled());
            dialog->reasonEdit()->setText(reason);
            QVERIFY(dialog->switchButton()->isEnabled());
            QTest::mouseClick(dialog->switchButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!shown(*w).join(QLatin1Char(' ')).contains(QStringLiteral("A1/")), 200);
            QTreeWidgetItem *row = dialog->list()->currentItem();
            QCOMPARE(row->text(RuleSettingsDialog::IdColumn), QStringLiteral("A1"));
            QCOMPARE(row->text(RuleSettingsDialog::ReasonColumn), reason);
            QVERIFY(row->text(RuleSettingsDialog::StateColumn).startsWith(QStringLiteral("Off")));
            // The tree's counts follow.
            QTRY_COMPARE(treeIndex(*w, uuid).data(PlanTreeModel::ErrorCountRole).toInt(), 0);
            dialog->close();
        }
        {
            // Recorded in the workspace file: a new window finds it off, with the reason.
            Error error;
            const auto ws = Workspace::open(app.sample, Workspace::Mode::ReadOnly, &error);
            QVERIFY(ws);
            const RuleSettings settings = RuleSettings::load(*ws);
            QVERIFY(settings.isDisabled(QStringLiteral("A1")));
            QCOMPARE(settings.disabledSwitch(QStringLiteral("A1")).reason, reason);
        }
        auto w = app.window(app.sample);
        QVERIFY(w->select(uuid));
        QTRY_VERIFY_WITH_TIMEOUT(w->checks()->scheduler()->result(uuid), 500);
        QVERIFY(!shown(*w).join(QLatin1Char(' ')).contains(QStringLiteral("A1/")));
        // And back on.
        w->actions()->checkerRules->trigger();
        auto *dialog = w->findChild<RuleSettingsDialog *>();
        dialog->selectRule(QStringLiteral("A1"));
        QCOMPARE(dialog->switchButton()->text(), QStringLiteral("Switch &On"));
        QVERIFY(dialog->toggleSelected());
        QTRY_VERIFY_WITH_TIMEOUT(shown(*w).contains(QStringLiteral("A1/contact_name")), 200);
        QVERIFY(!RuleSettings::load(w->document()->workspace()).isDisabled(QStringLiteral("A1")));
    }

    void f1ShowsTheGuidanceForTheField()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        QVERIFY(w->select(uuidOf(*w, QStringLiteral("5-1"))));
        CommitmentEditor *editor = w->commitmentEditor();
        editor->focusField(Field::Problem);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus && fieldWidget(*w, Field::Problem)->isAncestorOf(focus));
        QTest::keyClick(focus, Qt::Key_F1);
        auto *help = w->findChild<GuidanceDialog *>();
        QVERIFY(help && help->isVisible());
        QCOMPARE(help->field(), Field::Problem);
        QVERIFY(help->text().contains(Guidance::lookFor(Field::Problem, Language::English)));
        QVERIFY(help->text().contains(Guidance::strongExample(Field::Problem, Language::English)));
        QVERIFY(help->text().contains(Guidance::weakExample(Field::Problem, Language::English)));

        // A non-text field and the milestones table, the same dialog following F1.
        editor->focusField(Field::ContactEmail);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
        QCOMPARE(w->findChildren<GuidanceDialog *>().size(), 1);
        QCOMPARE(help->field(), Field::ContactEmail);
        editor->focusMilestone(0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
        QCOMPARE(help->field(), Field::Milestones);

        // In the interface language, and the other one on request.
        w->setLanguage(LanguageManager::chinese());
        QTRY_VERIFY(help->text().contains(Guidance::lookFor(Field::Milestones, Language::Chinese)));
        help->setContentLanguage(Language::English);
        QVERIFY(help->text().contains(Guidance::lookFor(Field::Milestones, Language::English)));
        w->setLanguage(LanguageManager::english());
        QTRY_VERIFY(help->text().contains(Guidance::lookFor(Field::Milestones, Language::English)));

        // From the findings panel: F1 on a chosen finding.
        QApplication::setActiveWindow(w.get()); // the officer clicks back into the window
        QTreeView *view = panel(*w)->view();
        const QModelIndex causes = findingRow(*w, QStringLiteral("A3"), Field::Causes);
        QVERIFY(causes.isValid());
        view->setFocus();
        view->setCurrentIndex(causes);
        QCOMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key_F1);
        QCOMPARE(help->field(), Field::Causes);
        // The grey guide under a field opens its guidance too.
        editor->setCurrentPage(editor->pageOf(Field::Period));
        auto *periodGuide =
            editor->page(editor->pageOf(Field::Period))->findChild<QLabel *>(QStringLiteral("periodGuide"));
        QVERIFY(periodGuide && periodGuide->isVisible());
        QTest::mouseClick(periodGuide, Qt::LeftButton);
        QCOMPARE(help->field(), Field::Period);
        editor->setCurrentPage(editor->pageOf(Field::LeadAgency));
        QTest::mouseClick(
            editor->page(editor->pageOf(Field::LeadAgency))->findChild<QLabel *>(QStringLiteral("leadGuide")),
            Qt::LeftButton);
        QCOMPARE(help->field(), Field::LeadAgency);
        // Nowhere near a field: no guesswork, a hint in the status bar.
        w->searchBox()->setFocus();
        QVERIFY(!w->checks()->showFieldHelp());
    }

    void findingsDockIsAtTheBottomAndToggles()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        QDockWidget *dock = w->checks()->dock();
        QCOMPARE(w->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        QVERIFY(dock->isVisible());
        QVERIFY(w->actions()->viewMenu->actions().contains(dock->toggleViewAction()));
        dock->toggleViewAction()->trigger();
        QVERIFY(!dock->isVisible());
        dock->toggleViewAction()->trigger();
        QVERIFY(dock->isVisible());
        // Plan totals when the plan itself is selected.
        w->select(QString());
        QTRY_VERIFY_WITH_TIMEOUT(panel(*w)->summaryText().startsWith(QStringLiteral("Plan: 0 of 12")), 500);
    }
};

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
