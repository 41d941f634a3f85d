// File → Export…, before anything is written: text too long for Excel, the English check,
// the export gate; then the menu action, remembered settings and the live language switch.
#include "ExportDialogTestHelper.h"

#include "AgencyComboBox.h"
#include "ExportJob.h"
#include "ExportOptions.h"
#include "MainActions.h"
#include "MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTranslator>

using namespace nap;
using namespace nap::ui;
using nap::test::AppFixture;

namespace {

// Answers every NAP Desk export dialog text with a marker, to see retranslation happen.
class MarkerTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArray c(context);
        if (c == "ExportDialog" || c == "nap::ui::ExportDialog")
            return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestExportChecks : public nap::test::ExportDialogTest
{
    Q_OBJECT

private slots:
    void textTooLongForExcelIsSaidFirst();
    void englishGapsAreCounted();
    void gateDecidesBeforeWriting();
    void workspaceClosedMeanwhile();
    void menuActionOpensTheDialog();
    void settingsAreRemembered();
    void languageSwitchRetranslates();
};

void TestExportChecks::textTooLongForExcelIsSaidFirst()
{
    AppFixture app;
    auto doc = openDocument(app.sample);
    const QString uuid = doc->commitments().at(1).uuid; // 1-2
    doc->editCommitment(uuid, QString(), QStringLiteral("test"),
                        [](Commitment &c) { c.text(Field::Problem).zh = QString(40000, QChar(0x554F)); });
    QTemporaryDir out;
    ExportDialog d(doc.get(), *app.settings, uuid);
    d.show();
    setFolder(&d, out.path());
    tickFormats(&d, true, false, false, true); // the form and .ods hold it
    QVERIFY2(d.problem().isEmpty(), qPrintable(d.problem()));
    tickFormats(&d, true, false, true, true); // .xlsx cannot
    const QString problem = d.problem();
    QVERIFY2(problem.contains(QStringLiteral("1-2")) && problem.contains(QStringLiteral("40000")) &&
                 problem.contains(QStringLiteral(".ods")),
             qPrintable(problem));
    QVERIFY(!button(&d, QDialogButtonBox::AcceptRole)->isEnabled());
    QVERIFY(!d.startExport());
    QCOMPARE(files(out.path()), QStringList());
}

void TestExportChecks::englishGapsAreCounted()
{
    AppFixture app;
    auto doc = openDocument(app.sample);
    const QString uuid = doc->commitments().at(0).uuid;
    QVERIFY(TranslationGaps::of(doc->commitments()).isEmpty());
    doc->editCommitment(uuid, QString(), QStringLiteral("test"), [](Commitment &c) {
        c.text(Field::Problem).en.clear();
        c.text(Field::Content)
            .setText(Language::Chinese, c.text(Field::Content).zh + QStringLiteral("。"),
                     QDateTime::currentDateTimeUtc());
    });
    const TranslationGaps gaps = TranslationGaps::of(doc->commitments());
    QCOMPARE(gaps.missing, 1);
    QCOMPARE(gaps.stale, 1);
    QCOMPARE(gaps.commitments, 1);

    ExportDialog d(doc.get(), *app.settings, doc->commitments().at(1).uuid);
    d.show();
    QLabel *warning = child<QLabel>(&d, "warningLabel");
    QVERIFY(!warning->isVisible()); // Chinese export; and 1-2 has no gap anyway
    QTest::keyClick(child<QComboBox>(&d, "languageCombo"), Qt::Key_Down);
    QVERIFY(!warning->isVisible());
    QTest::mouseClick(child<QRadioButton>(&d, "planRadio"), Qt::LeftButton);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("1 field")) &&
                 warning->text().contains(QStringLiteral("1 English text")),
             qPrintable(warning->text()));
    QVERIFY(button(&d, QDialogButtonBox::AcceptRole)->isEnabled()); // a warning, not a block
    QTest::keyClick(child<QComboBox>(&d, "languageCombo"), Qt::Key_Up);
    QVERIFY(!warning->isVisible());
}

void TestExportChecks::gateDecidesBeforeWriting()
{
    AppFixture app;
    auto doc = openDocument(app.sample);
    QTemporaryDir out;
    const Commitment first = doc->commitments().at(0);
    ExportDialog d(doc.get(), *app.settings, first.uuid);
    tickFormats(&d, true, false, true, false);
    setFolder(&d, out.path());
    QTest::keyClick(child<QComboBox>(&d, "languageCombo"), Qt::Key_Down);
    QStringList seen;
    ExportRequest::Mode seenMode = ExportRequest::Mode::Chinese;
    bool allow = false;
    d.setGate([&](QWidget *parent, const QList<Commitment> &commitments, ExportRequest::Mode mode) {
        if (parent != &d)
            return false;
        for (const Commitment &c : commitments)
            seen.append(c.uuid);
        seenMode = mode;
        return allow;
    });
    QVERIFY(!d.startExport());
    QCOMPARE(seen, QStringList{first.uuid});
    QCOMPARE(seenMode, ExportRequest::Mode::English);
    QCOMPARE(files(out.path()), QStringList());
    allow = true;
    QVERIFY(d.startExport());
    QVERIFY(d.job()->wait(60000));
    QCOMPARE(d.writtenFiles().size(), 2);
}

void TestExportChecks::workspaceClosedMeanwhile()
{
    AppFixture app;
    QTemporaryDir out;
    auto doc = openDocument(app.sample);
    {
        ExportDialog idle(doc.get(), *app.settings, QString());
        idle.show();
        auto other = openDocument(bigWorkspace(app.dir.path(), 20));
        ExportDialog busy(other.get(), *app.settings, QString());
        busy.show();
        tickFormats(&busy, true, true, true, true);
        setFolder(&busy, out.path());
        QVERIFY(busy.startExport());
        doc.reset();
        other.reset(); // the running export works on its own copy
        QVERIFY(!idle.isVisible());
        QVERIFY(busy.isVisible());
        QVERIFY(busy.job()->wait(60000));
        QVERIFY2(!busy.lastError(), qPrintable(busy.lastError().message()));
        QCOMPARE(files(out.path()).size(), 4);
        QVERIFY(!busy.problem().isEmpty());
    }
}

void TestExportChecks::menuActionOpensTheDialog()
{
    AppFixture app;
    auto empty = app.window(QString());
    QVERIFY(!empty->actions()->exportFiles->isEnabled());
    empty.reset();
    auto w = app.window(app.sample);
    QVERIFY(w);
    QAction *action = w->actions()->exportFiles;
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(w->actions()->fileMenu->actions().contains(action));
    const Commitment third = w->document()->commitments().at(2);
    QVERIFY(w->select(third.uuid));
    // Ctrl+E from a text field: not taken as "end of line".
    w->searchBox()->setFocus();
    QTest::keyClick(w->searchBox(), Qt::Key_E, Qt::ControlModifier);
    auto dialogs = w->findChildren<ExportDialog *>();
    QCOMPARE(dialogs.size(), 1);
    ExportDialog *d = dialogs.constFirst();
    QVERIFY(d->isVisible());
    QVERIFY(!d->isModal()); // the editor stays usable
    QVERIFY(child<QRadioButton>(d, "currentRadio")->isChecked());
    QCOMPARE(d->options().commitmentUuids, QStringList{third.uuid});
    // Again: the same dialog comes forward, following the tree.
    const Area area = w->document()->areas().at(1);
    QVERIFY(w->select(area.uuid));
    action->trigger();
    QCOMPARE(w->findChildren<ExportDialog *>().size(), 1);
    QVERIFY(!child<QRadioButton>(d, "currentRadio")->isEnabled());
    // An area selected when the dialog opens preselects its commitments.
    d->close();
    QTRY_COMPARE(w->findChildren<ExportDialog *>().size(), 0);
    action->trigger();
    d = w->findChildren<ExportDialog *>().constFirst();
    QVERIFY(child<QRadioButton>(d, "selectionRadio")->isChecked());
    QCOMPARE(d->options().selected(w->document()->commitments()).size(),
             w->document()->commitmentsInArea(area.uuid).size());
}

void TestExportChecks::settingsAreRemembered()
{
    AppFixture app;
    auto doc = openDocument(app.sample);
    QTemporaryDir out;
    {
        ExportDialog d(doc.get(), *app.settings, QString());
        tickFormats(&d, false, false, true, true);
        QTest::keyClick(child<QComboBox>(&d, "languageCombo"), Qt::Key_Down);
        child<AgencyComboBox>(&d, "agencyEdit")->setAgency(QStringLiteral("moi"));
        setFolder(&d, out.path());
        QVERIFY(d.startExport());
        QVERIFY(d.job()->wait(60000));
    }
    ExportDialog again(doc.get(), *app.settings, QString());
    const ExportOptions o = again.options();
    QCOMPARE(o.folder, out.path());
    QCOMPARE(o.formats,
             (QList<ExportRequest::Format>{ExportRequest::Format::Xlsx, ExportRequest::Format::Ods}));
    QCOMPARE(o.mode, ExportRequest::Mode::English);
    QCOMPARE(o.calendar, Calendar::Gregorian);
    QCOMPARE(o.exportingAgency, QStringLiteral("moi"));
    QCOMPARE(app.settings->value(Settings::Key::ExportFolder).toString(), out.path());
}

void TestExportChecks::languageSwitchRetranslates()
{
    AppFixture app;
    auto doc = openDocument(app.sample);
    ExportDialog d(doc.get(), *app.settings, QString());
    d.show();
    auto *formats = child<QGroupBox>(&d, "formatsBox");
    auto *language = child<QComboBox>(&d, "languageCombo");
    auto *plan = child<QRadioButton>(&d, "planRadio");
    QCOMPARE(formats->title(), QStringLiteral("Formats"));
    QCOMPARE(language->itemText(1), QStringLiteral("English"));
    {
        MarkerTranslator marker;
        QCoreApplication::installTranslator(&marker);
        QTRY_COMPARE(formats->title(), QStringLiteral("«Formats»"));  // from the form
        QCOMPARE(language->itemText(1), QStringLiteral("«English»")); // set in code
        QVERIFY2(plan->text().startsWith(QStringLiteral("«Whole plan")), qPrintable(plan->text()));
        QVERIFY(button(&d, QDialogButtonBox::AcceptRole)->text().startsWith(QStringLiteral("«")));
        QCoreApplication::removeTranslator(&marker);
    }
    QTRY_COMPARE(formats->title(), QStringLiteral("Formats"));
    QCOMPARE(language->itemText(1), QStringLiteral("English"));

    // The real catalogue: whatever it says for these texts is what the dialog shows.
    app.languages.setLanguage(QStringLiteral("zh_TW"));
    const QString chineseFormats = QCoreApplication::translate("ExportDialog", "Formats");
    QTRY_COMPARE(formats->title(), chineseFormats);
    QCOMPARE(language->itemText(1), QCoreApplication::translate("nap::ui::ExportDialog", "English"));
    app.languages.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(formats->title(), QStringLiteral("Formats"));
}

QTEST_MAIN(TestExportChecks)
#include "tst_exportchecks.moc"
