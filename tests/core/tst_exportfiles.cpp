// Where exports land: atomic replacement, unwritable folder, full disk, target held open,
// cancellation and progress; the napdesk-cli export front end and its exit codes.
#include "ExportTestSupport.h"
#include "store/Workspace.h"

#include <QTemporaryDir>

#include <atomic>

using namespace nap;
using namespace nap::test;

class TestExportFiles : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void replacesTargetAtomically_data();
    void replacesTargetAtomically();
    void unwritableFolderIsReported();
    void fullDiskLeavesNothing_data();
    void fullDiskLeavesNothing();
    void targetHeldOpenIsRefused();
    void missingFolderAndFolderTarget();
    void progressAndCancel_data();
    void progressAndCancel();
    void cliExportsAndReportsErrors();
    void cliUnderCommaDecimalLocale();
    void cliWarnsAboutEnglish();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

static const QList<ExportRequest::Format> kFormats{ExportRequest::Format::OdtForm,
                                                   ExportRequest::Format::OdtPlan,
                                                   ExportRequest::Format::Xlsx, ExportRequest::Format::Ods};

void TestExportFiles::replacesTargetAtomically_data()
{
    QTest::addColumn<int>("format");
    for (ExportRequest::Format f : kFormats)
        QTest::newRow(qPrintable(ExportRequest::formatCode(f))) << int(f);
}

void TestExportFiles::replacesTargetAtomically()
{
    QFETCH(int, format);
    const auto f = static_cast<ExportRequest::Format>(format);
    const QString target = path(QStringLiteral("out") + ExportRequest::suffix(f));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    Error error;
    QVERIFY2(Exporter::run(request(f, ExportRequest::Mode::Chinese, target), sampleInput(), &error),
             qPrintable(error.message()));
    QVERIFY(!error);
    QFile now(target);
    QVERIFY(now.open(QIODevice::ReadOnly));
    QCOMPARE(now.read(2), QByteArray("PK"));
    QCOMPARE(leftovers(m_dir.path()), QStringList());
}

void TestExportFiles::unwritableFolderIsReported()
{
    QDir(m_dir.path()).mkdir(QStringLiteral("ro"));
    const QString dir = path(QStringLiteral("ro"));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
    // root ignores permissions: /proc refuses new files for everyone.
    const QString folder = QFileInfo(dir).isWritable() ? QStringLiteral("/proc") : dir;
    for (ExportRequest::Format f : kFormats) {
        Error error;
        const QString target = folder + QStringLiteral("/napdesk-export") + ExportRequest::suffix(f);
        QVERIFY(!Exporter::run(request(f, ExportRequest::Mode::Chinese, target), sampleInput(), &error));
        QVERIFY2(error.code == Error::ReadOnlyLocation, qPrintable(error.message()));
        QVERIFY(error.message().contains(QStringLiteral("read-only")));
        QVERIFY(!QFileInfo::exists(target));
    }
    QCOMPARE(leftovers(dir), QStringList());
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestExportFiles::fullDiskLeavesNothing_data()
{
    replacesTargetAtomically_data();
}

// A tiny tmpfs (needs root); the export must fail with DiskFull and leave no file behind.
void TestExportFiles::fullDiskLeavesNothing()
{
    QFETCH(int, format);
    const auto f = static_cast<ExportRequest::Format>(format);
    const QString mountPoint = path(QStringLiteral("tiny"));
    QDir().mkpath(mountPoint);
    const ToolResult m =
        runTool(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=16k"), QStringLiteral("tmpfs"), mountPoint});
    if (m.exitCode != 0)
        QSKIP("cannot mount a small tmpfs here (needs root): full-disk check skipped");
    // Leave one page free: less than any export needs.
    QFile filler(mountPoint + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    filler.write(QByteArray(12288, 'x'));
    filler.close();
    const QString target = mountPoint + QStringLiteral("/plan") + ExportRequest::suffix(f);
    Error error;
    const bool ok = Exporter::run(request(f, ExportRequest::Mode::Bilingual, target), sampleInput(), &error);
    const QStringList left =
        QDir(mountPoint).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    runTool(QStringLiteral("umount"), {mountPoint});
    QVERIFY(!ok);
    QVERIFY2(error.code == Error::DiskFull, qPrintable(error.message()));
    QVERIFY(error.message().contains(QStringLiteral("full")));
    QCOMPARE(left, QStringList{QStringLiteral("filler")});
}

void TestExportFiles::targetHeldOpenIsRefused()
{
    const QString target = path(QStringLiteral("held.odt"));
    QFile existing(target);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("kept");
    existing.close();
    for (const QString &lock : {QStringLiteral(".~lock.held.odt#"), QStringLiteral("~$held.odt")}) {
        QFile l(path(lock));
        QVERIFY(l.open(QIODevice::WriteOnly));
        l.close();
        Error error;
        QVERIFY(!Exporter::run(request(ExportRequest::Format::OdtPlan, ExportRequest::Mode::Chinese, target),
                               sampleInput(), &error));
        QCOMPARE(error.code, Error::TargetInUse);
        QVERIFY(error.message().contains(QStringLiteral("another program")));
        QVERIFY(QFile::remove(path(lock)));
    }
    QFile check(target);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("kept"));
    QCOMPARE(leftovers(m_dir.path()), QStringList());
}

void TestExportFiles::missingFolderAndFolderTarget()
{
    Error error;
    QVERIFY(!Exporter::run(request(ExportRequest::Format::Xlsx, ExportRequest::Mode::Chinese,
                                   path(QStringLiteral("no/such/dir/x.xlsx"))),
                           sampleInput(), &error));
    QCOMPARE(error.code, Error::FolderNotFound);
    QVERIFY(error.message().contains(QStringLiteral("folder")));
    QDir(m_dir.path()).mkdir(QStringLiteral("taken.ods"));
    QVERIFY(!Exporter::run(
        request(ExportRequest::Format::Ods, ExportRequest::Mode::Chinese, path(QStringLiteral("taken.ods"))),
        sampleInput(), &error));
    QCOMPARE(error.code, Error::WriteFailed);
    QVERIFY(!Exporter::run(request(ExportRequest::Format::Ods, ExportRequest::Mode::Chinese, QString()),
                           sampleInput(), &error));
    QCOMPARE(error.code, Error::InvalidInput);
}

void TestExportFiles::progressAndCancel_data()
{
    replacesTargetAtomically_data();
}

void TestExportFiles::progressAndCancel()
{
    QFETCH(int, format);
    const auto f = static_cast<ExportRequest::Format>(format);
    const QString target = path(QStringLiteral("p") + ExportRequest::suffix(f));
    int calls = 0;
    int lastDone = 0;
    int lastTotal = 0;
    Error error;
    QVERIFY(Exporter::run(request(f, ExportRequest::Mode::Chinese, target), sampleInput(), &error,
                          [&](int done, int total) {
                              ++calls;
                              lastDone = done;
                              lastTotal = total;
                              return true;
                          }));
    QVERIFY(calls >= 12);
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(QFile::remove(target));
    QVERIFY(!Exporter::run(request(f, ExportRequest::Mode::Chinese, target), sampleInput(), &error,
                           [](int done, int) { return done < 3; }));
    QCOMPARE(error.code, Error::Cancelled);
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(leftovers(m_dir.path()), QStringList());
}

static ToolResult cli(const QStringList &args,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return runTool(QStringLiteral(NAP_CLI), args, env);
}

void TestExportFiles::cliExportsAndReportsErrors()
{
    const QString ws = path(QStringLiteral("w.napdesk"));
    QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("--out"), ws}).exitCode, 0);
    const QString out = path(QStringLiteral("forms.odt"));
    const QStringList twoForms{
        QStringLiteral("export"),       QStringLiteral("--workspace"), ws,
        QStringLiteral("--format"),     QStringLiteral("odt"),         QStringLiteral("--lang"),
        QStringLiteral("both"),         QStringLiteral("--out"),       out,
        QStringLiteral("--commitment"), QStringLiteral("1-1"),         QStringLiteral("--commitment"),
        QStringLiteral("2-1")};
    // The export gate: 2-1 still has errors, so nothing is written without a reason…
    ToolResult r = cli(twoForms);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("2-1") && !r.err.contains("1-1"), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    // …and with one, the reason is recorded in the workspace beside the findings it overrode.
    const QString reason = QStringLiteral("Draft for the agencies' comments");
    r = cli(twoForms + QStringList{QStringLiteral("--reason"), reason});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    {
        Error error;
        const auto w = Workspace::open(ws, Workspace::Mode::ReadOnly, &error);
        QVERIFY(w);
        const QList<Workspace::ExportOverride> overrides = w->exportOverrides();
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides.first().reason, reason);
        QCOMPARE(w->commitment(overrides.first().commitmentUuid)->code, QStringLiteral("2-1"));
        QVERIFY(overrides.first().findings.contains(QStringLiteral("\"A1\"")));
    }
    QString problem;
    const QJsonObject d = dump(QStringLiteral("odf_dump.py"), out, &problem);
    QCOMPARE(d.value(QLatin1String("tables")).toArray().size(), 6);
    // Each form starts on a new page and every table has its own name.
    QSet<QString> names;
    for (const QJsonValue &t : d.value(QLatin1String("tables")).toArray())
        names.insert(t.toObject().value(QLatin1String("name")).toString());
    QCOMPARE(names.size(), 6);
    const QJsonArray styles = d.value(QLatin1String("paragraphStyles")).toArray();
    QCOMPARE(std::count(styles.begin(), styles.end(), QJsonValue(QStringLiteral("P_TitleBreak"))), 1);
    QCOMPARE(d.value(QLatin1String("meta")).toObject().value(QLatin1String("nap-calendar")).toString(),
             QStringLiteral("roc"));
    r = cli({QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
             QStringLiteral("xlsx"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"),
             path(QStringLiteral("w.xlsx")), QStringLiteral("--reason"), reason});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject book = dump(QStringLiteral("xlsx_dump.py"), path(QStringLiteral("w.xlsx")), &problem);
    const QJsonArray header = book.value(QLatin1String("sheets"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("rows"))
                                  .toArray()
                                  .at(0)
                                  .toArray();
    QCOMPARE(header.last().toObject().value(QLatin1String("value")).toString(), QStringLiteral("Warnings"));
    // Wrong usage: exit code 2 and a message on stderr.
    r = cli({QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
             QStringLiteral("docx"), QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"),
             out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("docx"));
    r = cli({QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
             QStringLiteral("odt")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    // Failures of the work: exit code 1 and Error::message() on stderr.
    r = cli({QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
             QStringLiteral("odt"), QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"),
             out, QStringLiteral("--commitment"), QStringLiteral("9-9")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("9-9"));
    // Not a workspace: unreadable input, exit code 2.
    r = cli({QStringLiteral("export"), QStringLiteral("--workspace"), path(QStringLiteral("forms.odt")),
             QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--lang"),
             QStringLiteral("zh"), QStringLiteral("--out"), path(QStringLiteral("y.odt"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    r = cli({QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
             QStringLiteral("ods"), QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"),
             path(QStringLiteral("none/x.ods"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void TestExportFiles::cliUnderCommaDecimalLocale()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString locales = path(QStringLiteral("locale"));
    QDir().mkpath(locales);
    if (!runTool(QStringLiteral("locale"), {QStringLiteral("-a")}).out.toLower().contains("de_de.utf8")) {
        runTool(QStringLiteral("localedef"),
                {QStringLiteral("-i"), QStringLiteral("de_DE"), QStringLiteral("-f"), QStringLiteral("UTF-8"),
                 locales + QStringLiteral("/de_DE.UTF-8")});
        if (!QFileInfo::exists(locales + QStringLiteral("/de_DE.UTF-8")))
            QSKIP("de_DE.UTF-8 is not available and localedef could not build it (install the locales "
                  "package)");
        env.insert(QStringLiteral("LOCPATH"), locales);
    }
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    const QString ws = path(QStringLiteral("de.napdesk"));
    QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("--out"), ws}, env).exitCode, 0);
    for (ExportRequest::Format f : kFormats) {
        const QString out = path(QStringLiteral("de") + ExportRequest::suffix(f));
        const ToolResult r =
            cli({QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
                 ExportRequest::formatCode(f), QStringLiteral("--lang"), QStringLiteral("both"),
                 QStringLiteral("--out"), out, QStringLiteral("--reason"), QStringLiteral("Draft")},
                env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QString problem;
        const QJsonObject d = dump(f == ExportRequest::Format::Xlsx ? QStringLiteral("xlsx_dump.py")
                                                                    : QStringLiteral("odf_dump.py"),
                                   out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!d.isEmpty());
    }
}

void TestExportFiles::cliWarnsAboutEnglish()
{
    const QString ws = path(QStringLiteral("english.napdesk"));
    QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("--out"), ws}).exitCode, 0);
    {
        Error error;
        auto w = Workspace::open(ws, Workspace::Mode::ReadWrite, &error);
        QVERIFY(w);
        Commitment c = w->commitments().constFirst(); // 1-1, no open errors
        c.text(Field::Causes).en.clear();
        c.text(Field::Contribution).en.clear();
        QVERIFY(w->saveCommitment(c, &error));
    }
    auto run = [&](const QString &lang) {
        return cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"),
                    QStringLiteral("--workspace"), ws, QStringLiteral("--format"), QStringLiteral("odt"),
                    QStringLiteral("--lang"), lang, QStringLiteral("--out"),
                    path(lang + QStringLiteral(".odt")), QStringLiteral("--commitment"),
                    QStringLiteral("1-1")});
    };
    ToolResult r = run(QStringLiteral("en"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("2 fields have no English text"), r.err.constData());
    QVERIFY(QFileInfo::exists(path(QStringLiteral("en.odt"))));
    r = run(QStringLiteral("zh")); // a Chinese export does not need the English
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains("English"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestExportFiles)
#include "tst_exportfiles.moc"
