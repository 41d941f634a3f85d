#include "AppTestHelper.h"

#include "CheckController.h"
#include "ExportDialog.h"
#include "ExportGateDialog.h"
#include "ExportJob.h"
#include "FileDialog.h"
#include "MainActions.h"
#include "check/Checker.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTreeWidget>

using namespace nap;
using namespace nap::ui;
using nap::test::AppFixture;
using nap::test::uuidOf;

// The export gate: a commitment with errors is exported only with a reason, which is recorded
// with what was overridden; the dialog shows each error in full.
class TestExportGate : public QObject
{
    Q_OBJECT

private slots:
    void init() { ExportGateDialog::clearNextAnswer(); }

    void exportGateStoresTheReason()
    {
        AppFixture app;
        QTemporaryDir out;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString uuid = uuidOf(*w, QStringLiteral("5-1"));
        QVERIFY(w->select(uuid));
        w->actions()->exportFiles->trigger();
        auto *d = w->findChild<ExportDialog *>();
        QVERIFY(d);
        d->findChild<QCheckBox *>(QStringLiteral("formFormat"))->setChecked(false);
        d->findChild<QCheckBox *>(QStringLiteral("planFormat"))->setChecked(false);
        d->findChild<QCheckBox *>(QStringLiteral("xlsxFormat"))->setChecked(true);
        d->findChild<QCheckBox *>(QStringLiteral("odsFormat"))->setChecked(false);
        FileDialog::setNextFileName(out.path());
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("browseButton")), Qt::LeftButton);
        QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));

        // Cancelled: nothing written, nothing recorded.
        const int asked = ExportGateDialog::askedCount();
        ExportGateDialog::setNextAnswer(false);
        QVERIFY(!d->startExport());
        QCOMPARE(ExportGateDialog::askedCount(), asked + 1);
        QCOMPARE(ExportGateDialog::lastAskedUuids(), QStringList{uuid});
        QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
        QVERIFY(w->document()->workspace().exportOverrides(uuid).isEmpty());
        // A blank reason is no reason.
        ExportGateDialog::setNextAnswer(true, QStringLiteral("  "));
        QVERIFY(!d->startExport());
        QVERIFY(w->document()->workspace().exportOverrides(uuid).isEmpty());

        const QString reason = QStringLiteral("Draft for the ministry's internal review only.");
        ExportGateDialog::setNextAnswer(true, reason);
        QVERIFY(d->startExport());
        QVERIFY(d->job()->wait(60000));
        QCOMPARE(d->writtenFiles().size(), 1);
        const QList<Workspace::ExportOverride> overrides = w->document()->workspace().exportOverrides(uuid);
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides.first().reason, reason);
        const QJsonObject summary = QJsonDocument::fromJson(overrides.first().findings.toUtf8()).object();
        const Plan plan = w->document()->plan();
        const FindingCounts counts = Checker().check(*w->document()->commitment(uuid), &plan).counts();
        QCOMPARE(summary.value(QStringLiteral("errors")).toInt(), counts.errors);
        QVERIFY(overrides.first().findings.contains(QStringLiteral("\"A1\"")));
        d->close();
    }

    void gateLetsCleanCommitmentsThroughAndNeedsAReasonInTheDialog()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const Commitment *c = w->document()->commitment(uuidOf(*w, QStringLiteral("1-2"))); // A1 only
        Error error;
        QVERIFY(w->document()->setRuleEnabled(QStringLiteral("A1"), false,
                                              QStringLiteral("Collected separately"), &error));
        const int asked = ExportGateDialog::askedCount();
        QVERIFY(w->checks()->exportGate()(w.get(), {*c}, ExportRequest::Mode::Chinese)); // no errors left
        QCOMPARE(ExportGateDialog::askedCount(), asked);

        const Plan plan = w->document()->plan();
        ExportGateDialog dialog({{c->uuid, c->code, QStringLiteral("t"), Checker().findings(*c, &plan)}},
                                w.get());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QCOMPARE(dialog.list()->topLevelItem(0)->childCount(), 2); // its two errors
        dialog.setReason(QStringLiteral("Sent for comments"));
        QVERIFY(dialog.exportButton()->isEnabled());
        QCOMPARE(dialog.reason(), QStringLiteral("Sent for comments"));
    }

    void gateShowsEachErrorInFull()
    {
        AppFixture app;
        app.languages.setLanguage(QStringLiteral("zh_TW"));
        auto w = app.window(app.sample);
        QVERIFY(w);
        const Plan plan = w->document()->plan();
        QList<ExportGateDialog::Item> items;
        for (const Commitment &c : w->document()->commitments()) {
            const QList<Finding> findings = Checker().findings(c, &plan);
            if (FindingCounts::of(findings).errors > 0)
                items.append({c.uuid, c.code, c.text(Field::Title).zh, findings});
        }
        QVERIFY(items.size() > 3);
        ExportGateDialog dialog(items, w.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget *list = dialog.list();
        QTest::qWait(100); // the dialog's queued relayout at its shown width
        int checked = 0;
        for (int t = 0; t < list->topLevelItemCount(); ++t) {
            for (int i = 0; i < list->topLevelItem(t)->childCount(); ++i) {
                QTreeWidgetItem *item = list->topLevelItem(t)->child(i);
                const QRect rect = list->visualItemRect(item);
                // The text's room: the row less the indentation, the icon and the margins.
                const int room = list->viewport()->width() - rect.left() - list->iconSize().width() - 16;
                const int needed =
                    list->fontMetrics()
                        .boundingRect(QRect(0, 0, room, 100000), Qt::TextWordWrap, item->text(0))
                        .height();
                QVERIFY2(rect.height() >= needed, qPrintable(QStringLiteral("%1 < %2 (room %3, row %4): ")
                                                                 .arg(rect.height())
                                                                 .arg(needed)
                                                                 .arg(room)
                                                                 .arg(rect.width()) +
                                                             item->text(0)));
                QVERIFY(rect.right() <= list->viewport()->width()); // no sideways scrolling
                ++checked;
            }
        }
        QVERIFY(checked > 5);
    }
};

QTEST_MAIN(TestExportGate)
#include "tst_exportgate.moc"
