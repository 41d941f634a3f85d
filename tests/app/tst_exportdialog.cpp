// File → Export…: the dialog's choices, the files it writes (all four formats), replacing
// files, cancelling, and failures that leave nothing behind. The checks before an export,
// the menu action, remembered settings and the language switch are in tst_exportchecks.
#include "ExportDialogTestHelper.h"

#include "AgencyComboBox.h"
#include "ExportDialog.h"
#include "ExportJob.h"
#include "ExportOptions.h"
#include "FileDialog.h"
#include "MainActions.h"
#include "MessageBox.h"
#include "store/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTranslator>
#include <QTreeView>
#include <QUuid>

using namespace nap;
using namespace nap::ui;
using nap::test::AppFixture;

namespace {

// Catches QDesktopServices::openUrl for file: URLs instead of starting a program.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

class TestExportDialog : public nap::test::ExportDialogTest
{
    Q_OBJECT

private slots:
    void fileNamesFollowTheExport();
    void calendarFollowsLanguageUntilPicked();
    void exportsAllFourFormats();
    void currentCommitmentOnly();
    void replacingAsksFirst();
    void cancelLeavesNothing();
    void editorStaysResponsive();
    void unwritableFolderShowsError();
    void failedFileUndoesTheWholeRun();
};

void TestExportDialog::fileNamesFollowTheExport()
{
    const SamplePlan sample = SamplePlan::build();
    ExportOptions o;
    o.date = QDate(2025, 3, 12);
    o.folder = QStringLiteral("/out");
    o.formats = {ExportRequest::Format::OdtForm, ExportRequest::Format::OdtPlan, ExportRequest::Format::Xlsx,
                 ExportRequest::Format::Ods};
    QList<ExportRequest> r = o.requests(sample.plan, sample.commitments);
    QCOMPARE(r.size(), 4);
    QCOMPARE(QFileInfo(r.at(0).targetPath).fileName(),
             QStringLiteral("開放政府國家行動方案（草案）_承諾事項表_zh_20250312.odt"));
    QCOMPARE(QFileInfo(r.at(1).targetPath).fileName(),
             QStringLiteral("開放政府國家行動方案（草案）_zh_20250312.odt"));
    QCOMPARE(QFileInfo(r.at(2).targetPath).fileName(),
             QStringLiteral("開放政府國家行動方案（草案）_彙整表_zh_20250312.xlsx"));
    QVERIFY(r.at(0).commitmentUuids.isEmpty());

    o.mode = ExportRequest::Mode::English;
    o.scope = ExportOptions::Scope::Current;
    const Commitment &first = sample.commitments.constFirst();
    o.commitmentUuids = {first.uuid};
    r = o.requests(sample.plan, sample.commitments);
    QCOMPARE(r.size(), 3); // the plan document is whole-plan only
    const QString name = QFileInfo(r.at(0).targetPath).fileName();
    QVERIFY2(name.startsWith(first.code + QLatin1Char(' ')) &&
                 name.endsWith(QStringLiteral("_form_en_20250312.odt")),
             qPrintable(name));
    QCOMPARE(r.at(0).commitmentUuids, QStringList{first.uuid});

    o.mode = ExportRequest::Mode::Bilingual;
    o.scope = ExportOptions::Scope::Selection;
    o.commitmentUuids = {sample.commitments.at(1).uuid, sample.commitments.at(3).uuid};
    r = o.requests(sample.plan, sample.commitments);
    QCOMPARE(QFileInfo(r.at(0).targetPath).fileName(),
             QStringLiteral("開放政府國家行動方案（草案） 2項承諾_承諾事項表_zh-en_20250312.odt"));
    QCOMPARE(r.at(0).commitmentUuids.size(), 2);

    QCOMPARE(ExportOptions::safeFileName(QStringLiteral(" ..a/b\\c:d*e?\"f\"<g>|h\tI\x01") + QChar(0xD800) +
                                             QStringLiteral("😀. "),
                                         60),
             QStringLiteral("a-b-c-d-e--f--g--h I 😀"));
    QCOMPARE(ExportOptions::safeFileName(QStringLiteral("ab😀"), 3), QStringLiteral("ab"));
}

void TestExportDialog::calendarFollowsLanguageUntilPicked()
{
    AppFixture app;
    auto doc = openDocument(app.sample);
    ExportDialog d(doc.get(), *app.settings, QString());
    d.show();
    auto *language = child<QComboBox>(&d, "languageCombo");
    auto *calendar = child<QComboBox>(&d, "calendarCombo");
    QCOMPARE(d.options().mode, ExportRequest::Mode::Chinese);
    QCOMPARE(d.options().calendar, Calendar::Roc);
    QTest::keyClick(language, Qt::Key_Down); // English
    QCOMPARE(d.options().mode, ExportRequest::Mode::English);
    QCOMPARE(d.options().calendar, Calendar::Gregorian);
    QTest::keyClick(language, Qt::Key_Down); // bilingual
    QCOMPARE(d.options().mode, ExportRequest::Mode::Bilingual);
    QCOMPARE(d.options().calendar, Calendar::Roc);
    QTest::keyClick(calendar, Qt::Key_Down); // the officer picks Gregorian
    QCOMPARE(d.options().calendar, Calendar::Gregorian);
    QTest::keyClick(language, Qt::Key_Up); // English
    QTest::keyClick(language, Qt::Key_Up); // Chinese: the picked calendar stays
    QCOMPARE(d.options().mode, ExportRequest::Mode::Chinese);
    QCOMPARE(d.options().calendar, Calendar::Gregorian);
    QVERIFY(child<QRadioButton>(&d, "planRadio")->isChecked());
    QVERIFY(!child<QRadioButton>(&d, "currentRadio")->isEnabled());
}

void TestExportDialog::exportsAllFourFormats()
{
    AppFixture app;
    auto doc = openDocument(app.sample);
    QTemporaryDir out;
    ExportDialog d(doc.get(), *app.settings, QString());
    d.show();
    tickFormats(&d, true, true, true, true);
    setFolder(&d, out.path());
    QCOMPARE(child<QLineEdit>(&d, "folderEdit")->text(), QDir::toNativeSeparators(out.path()));
    QCOMPARE(child<QListWidget>(&d, "namesList")->count(), 4);
    QVERIFY2(d.problem().isEmpty(), qPrintable(d.problem()));
    QPushButton *exportButton = button(&d, QDialogButtonBox::AcceptRole);
    QVERIFY(exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(d.isExporting());
    QVERIFY(d.job()->wait(60000));
    QVERIFY2(!d.lastError(), qPrintable(d.lastError().message()));
    QCOMPARE(d.writtenFiles().size(), 4);
    QCOMPARE(files(out.path()).size(), 4); // no temporary file left beside them
    QCOMPARE(odfMimetype(d.writtenFiles().at(0)), QByteArray("application/vnd.oasis.opendocument.text"));
    QCOMPARE(odfMimetype(d.writtenFiles().at(1)), QByteArray("application/vnd.oasis.opendocument.text"));
    QCOMPARE(odfMimetype(d.writtenFiles().at(3)),
             QByteArray("application/vnd.oasis.opendocument.spreadsheet"));
    for (int i : {0, 1, 3})
        QVERIFY(zipNames(d.writtenFiles().at(i)).contains(QStringLiteral("content.xml")));
    const QStringList xlsx = zipNames(d.writtenFiles().at(2));
    QVERIFY2(xlsx.contains(QStringLiteral("xl/workbook.xml")), qPrintable(xlsx.join(QLatin1Char(' '))));
    // Every commitment of the plan is on the forms.
    const QString content = zipMember(d.writtenFiles().at(0), QStringLiteral("content.xml"));
    for (const Commitment &c : doc->commitments())
        QVERIFY2(content.contains(c.text(Field::Title).zh.toHtmlEscaped()), qPrintable(c.code));

    // The summary: Open and Show in Folder go to the desktop.
    QCOMPARE(child<QStackedWidget>(&d, "pages")->currentWidget(), child<QWidget>(&d, "resultPage"));
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    QTest::mouseClick(child<QPushButton>(&d, "openButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&d, "showFolderButton"), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(catcher.urls.size(), 2);
    QCOMPARE(catcher.urls.at(0), QUrl::fromLocalFile(d.writtenFiles().at(0)));
    QCOMPARE(QDir(catcher.urls.at(1).toLocalFile()).canonicalPath(), QDir(out.path()).canonicalPath());

    // Back to the choices: the names now say they replace files.
    QTest::mouseClick(button(&d, QDialogButtonBox::ResetRole), Qt::LeftButton);
    QCOMPARE(child<QStackedWidget>(&d, "pages")->currentWidget(), child<QWidget>(&d, "setupPage"));
    QVERIFY(child<QListWidget>(&d, "namesList")->item(0)->text().contains(QStringLiteral("replaces")));
}

void TestExportDialog::currentCommitmentOnly()
{
    AppFixture app;
    auto doc = openDocument(app.sample);
    QTemporaryDir out;
    const Commitment second = doc->commitments().at(1);
    ExportDialog d(doc.get(), *app.settings, second.uuid);
    d.show();
    QVERIFY(child<QRadioButton>(&d, "currentRadio")->isChecked());
    QVERIFY(child<QRadioButton>(&d, "currentRadio")->text().contains(second.code));
    QVERIFY(!child<QCheckBox>(&d, "planFormat")->isEnabled());
    tickFormats(&d, true, true, false, false);
    setFolder(&d, out.path());
    QCOMPARE(d.requests().size(), 1);
    QVERIFY(d.startExport());
    QVERIFY(d.job()->wait(60000));
    QCOMPARE(d.writtenFiles().size(), 1);
    const QString content = zipMember(d.writtenFiles().at(0), QStringLiteral("content.xml"));
    QVERIFY(content.contains(second.text(Field::Title).zh.toHtmlEscaped()));
    QVERIFY(!content.contains(doc->commitments().at(0).text(Field::Title).zh.toHtmlEscaped()));
    QVERIFY(!content.contains(doc->commitments().at(2).text(Field::Title).zh.toHtmlEscaped()));

    // Ticking commitments in the list switches to "selected commitments".
    QTest::mouseClick(button(&d, QDialogButtonBox::ResetRole), Qt::LeftButton);
    QListWidget *list = child<QListWidget>(&d, "commitmentList");
    list->item(3)->setCheckState(Qt::Checked);
    QVERIFY(child<QRadioButton>(&d, "selectionRadio")->isChecked());
    QCOMPARE(d.options().selected(doc->commitments()).size(), 2);
    QTest::mouseClick(child<QPushButton>(&d, "selectNoneButton"), Qt::LeftButton);
    QTest::qWait(200);
    QVERIFY(!d.problem().isEmpty());
    QVERIFY(!button(&d, QDialogButtonBox::AcceptRole)->isEnabled());
    QVERIFY(!d.startExport());
    QTest::mouseClick(child<QPushButton>(&d, "selectAllButton"), Qt::LeftButton);
    QCOMPARE(d.options().selected(doc->commitments()).size(), doc->commitments().size());
}

void TestExportDialog::replacingAsksFirst()
{
    AppFixture app;
    auto doc = openDocument(app.sample);
    QTemporaryDir out;
    ExportDialog d(doc.get(), *app.settings, QString());
    tickFormats(&d, false, false, false, true);
    const QString target =
        QDir(out.path()).filePath(QFileInfo(d.requests().constFirst().targetPath).fileName());
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an earlier export");
    old.close();
    setFolder(&d, out.path());
    QCOMPARE(d.requests().constFirst().targetPath, target);
    QVERIFY(child<QListWidget>(&d, "namesList")->item(0)->text().contains(QStringLiteral("replaces")));
    const int asked = MessageBox::count();
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!d.startExport());
    QCOMPARE(MessageBox::count(), asked + 1);
    QVERIFY(MessageBox::lastText().contains(QFileInfo(target).fileName()));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("an earlier export"));
    old.close();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(d.startExport());
    QVERIFY(d.job()->wait(60000));
    QCOMPARE(odfMimetype(target), QByteArray("application/vnd.oasis.opendocument.spreadsheet"));
    QCOMPARE(files(out.path()).size(), 1);
}

void TestExportDialog::cancelLeavesNothing()
{
    AppFixture app;
    auto doc = openDocument(bigWorkspace(app.dir.path(), 60));
    QTemporaryDir out;
    ExportDialog d(doc.get(), *app.settings, QString());
    d.show();
    tickFormats(&d, true, true, true, true);
    setFolder(&d, out.path());
    QSignalSpy progress(d.job(), &ExportJob::progressChanged);
    QVERIFY(d.startExport());
    QVERIFY(child<QWidget>(&d, "progressRow")->isVisible());
    QPushButton *close = button(&d, QDialogButtonBox::RejectRole);
    QCOMPARE(close->text(), QStringLiteral("&Cancel"));
    QVERIFY(!progress.isEmpty() || progress.wait(30000));
    QVERIFY(d.isExporting());
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(d.isVisible()); // Cancel stops the export, not the dialog
    QVERIFY(d.job()->wait(60000));
    QCOMPARE(d.lastError().code, Error::Cancelled);
    QVERIFY(child<QLabel>(&d, "messageLabel")->isVisible());
    QCOMPARE(child<QLabel>(&d, "messageLabel")->text(), Error::make(Error::Cancelled).message());
    QCOMPARE(files(out.path()), QStringList());
    QVERIFY(!child<QWidget>(&d, "progressRow")->isVisible());
    QCOMPARE(close->text(), QStringLiteral("C&lose"));
    QVERIFY(button(&d, QDialogButtonBox::AcceptRole)->isEnabled());

    // The job itself, stopped at a chosen step of the third file.
    const QList<ExportRequest> requests = d.requests();
    ExportInput data{doc->plan(), doc->areas(), doc->commitments(), {}};
    bool stop = false;
    int lastFile = -1;
    const ExportJob::Result r = ExportJob::run(
        requests, data, [&] { return stop; },
        [&](int file, int) {
            lastFile = file;
            stop = stop || file == 2;
        });
    QCOMPARE(r.error.code, Error::Cancelled);
    QCOMPARE(r.failedIndex, 2);
    QCOMPARE(lastFile, 2);
    QCOMPARE(files(out.path()), QStringList());
}

void TestExportDialog::editorStaysResponsive()
{
    AppFixture app;
    auto doc = openDocument(bigWorkspace(app.dir.path(), 60));
    QTemporaryDir out;
    ExportDialog d(doc.get(), *app.settings, QString());
    tickFormats(&d, true, true, true, true);
    setFolder(&d, out.path());
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&] {
        longest = qMax(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    clock.start();
    tick.start();
    QSignalSpy finished(d.job(), &ExportJob::finished);
    QVERIFY(d.startExport());
    QVERIFY(finished.wait(120000)); // a real event loop, as the application runs one
    const qint64 total = clock.elapsed();
    tick.stop();
    QVERIFY2(!d.lastError(), qPrintable(d.lastError().message()));
    QCOMPARE(d.writtenFiles().size(), 4);
    qInfo("export of %lld commitments to four formats: %lld ms, longest event-loop pause %lld ms",
          qlonglong(doc->commitments().size()), total, longest);
    QVERIFY2(longest < 250, qPrintable(QString::number(longest)));
}

void TestExportDialog::unwritableFolderShowsError()
{
    AppFixture app;
    auto doc = openDocument(app.sample);
    QTemporaryDir out;
    QDir(out.path()).mkdir(QStringLiteral("ro"));
    const QString ro = out.filePath(QStringLiteral("ro"));
    QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner);
    // root ignores permissions: /proc refuses new files for everyone.
    const QString folder = QFileInfo(ro).isWritable() ? QStringLiteral("/proc") : ro;
    ExportDialog d(doc.get(), *app.settings, QString());
    d.show();
    tickFormats(&d, true, true, true, true);
    setFolder(&d, folder);
    const QList<ExportRequest> requests = d.requests();
    QVERIFY(d.startExport());
    QVERIFY(d.job()->wait(60000));
    QCOMPARE(d.lastError().code, Error::ReadOnlyLocation);
    QLabel *message = child<QLabel>(&d, "messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(Error::make(Error::ReadOnlyLocation).message()),
             qPrintable(message->text()));
    QVERIFY2(!message->text().contains(QStringLiteral(".part")), qPrintable(message->text()));
    QVERIFY(d.writtenFiles().isEmpty());
    for (const ExportRequest &r : requests)
        QVERIFY(!QFileInfo::exists(r.targetPath));
    QCOMPARE(files(ro), QStringList());
    QCOMPARE(child<QStackedWidget>(&d, "pages")->currentWidget(), child<QWidget>(&d, "setupPage"));
    QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // A folder that does not exist is refused before anything starts.
    child<QLineEdit>(&d, "folderEdit")->setText(out.filePath(QStringLiteral("missing")));
    QVERIFY(!d.problem().isEmpty());
    QVERIFY(!d.startExport());
}

void TestExportDialog::failedFileUndoesTheWholeRun()
{
    AppFixture app;
    auto doc = openDocument(app.sample);
    QTemporaryDir out;
    ExportDialog d(doc.get(), *app.settings, QString());
    tickFormats(&d, true, false, true, true);
    setFolder(&d, out.path());
    const QList<ExportRequest> requests = d.requests();
    QCOMPARE(requests.size(), 3);
    // The workbook is open in LibreOffice: its lock file sits beside it.
    const QString lock = out.filePath(QStringLiteral(".~lock.") +
                                      QFileInfo(requests.at(1).targetPath).fileName() + QLatin1Char('#'));
    QFile lockFile(lock);
    QVERIFY(lockFile.open(QIODevice::WriteOnly));
    lockFile.close();
    QVERIFY(d.startExport());
    QVERIFY(d.job()->wait(60000));
    QCOMPARE(d.lastError().code, Error::TargetInUse);
    QCOMPARE(d.job()->result().failedIndex, 1);
    QVERIFY(
        child<QLabel>(&d, "messageLabel")->text().contains(QFileInfo(requests.at(1).targetPath).fileName()));
    // The form written before it is gone too, and no temporary file is left.
    QCOMPARE(files(out.path()), QStringList{QFileInfo(lock).fileName()});
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
