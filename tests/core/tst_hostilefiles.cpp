// Files a careless or hostile user puts where NAP Desk reads or writes: the workspace as
// an export target (by path, link or hard link), special files, cut-off and altered
// workspaces, a -wal from another file, stale temporaries. Nothing may be changed.

#include "TestPaths.h"
#include "export/ExportTarget.h"
#include "export/Exporter.h"
#include "io/FileReplace.h"
#include "sample/SamplePlan.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace nap;

namespace {

QByteArray sha256(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray("missing");
}

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &arguments, int timeoutMs = 20000)
{
    QProcess p;
    p.start(QStringLiteral(NAP_CLI), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    CliRun r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool makeFifo(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
#else
    Q_UNUSED(path);
    return false;
#endif
}

// Runs raw SQL on a workspace file with a connection of its own.
bool execOn(const QString &file, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + file;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Runs `sql` on `file` with checkpoints off and, while the change is still only in its -wal
// (as after a crash), copies each (from, to) pair.
bool writeCaughtInJournal(const QString &file, const QString &sql,
                          const QList<QPair<QString, QString>> &copies)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(file);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")) &&
             q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.exec(sql);
        for (const auto &[from, to] : copies)
            ok = ok && QFile::copy(from, to);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    return ok;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportOntoTheWorkspaceIsRefused_data();
    void exportOntoTheWorkspaceIsRefused();
    void cliExportOntoTheWorkspaceIsRefused();
    void specialTargetsAreRefused();
    void linkTargetIsFollowed();
    void staleTemporariesAreRemoved();
    void damagedWorkspacesAreRefused_data();
    void damagedWorkspacesAreRefused();
    void readsThatFailAreReported();
    void specialWorkspacesDoNotHang();
    void foreignJournalIsRefused();
    void ownJournalIsApplied();
    void newWorkspaceNamesSayTheCause();
    void commandLineIsStrict_data();
    void commandLineIsStrict();
    void textInputSaysTheCause();
    void controlCharactersAreReported();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    ExportRequest request(const QString &target) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    ExportInput m_input;
};

void TestHostileFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = path(QStringLiteral("plan.napdesk"));
    Error error;
    QVERIFY2(SamplePlan::writeWorkspace(m_workspace, &error), qPrintable(error.message()));
    auto ws = Workspace::open(m_workspace, Workspace::Mode::ReadOnly, &error);
    QVERIFY(ws);
    m_input = ExportInput{ws->plan(), ws->areas(), ws->commitments(), {}};
}

ExportRequest TestHostileFiles::request(const QString &target) const
{
    ExportRequest r;
    r.format = ExportRequest::Format::Ods;
    r.targetPath = target;
    r.workspacePath = m_workspace;
    return r;
}

void TestHostileFiles::exportOntoTheWorkspaceIsRefused_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("link"); // made a symbolic link to the workspace first
    QTest::addColumn<bool>("hardLink");
    QTest::newRow("the file") << QStringLiteral("plan.napdesk") << QString() << false;
    QTest::newRow("another path") << QStringLiteral("sub/../plan.napdesk") << QString() << false;
    QTest::newRow("its -wal") << QStringLiteral("plan.napdesk-wal") << QString() << false;
    QTest::newRow("its -shm") << QStringLiteral("plan.napdesk-shm") << QString() << false;
    QTest::newRow("its lock") << QStringLiteral("plan.napdesk.lock") << QString() << false;
    QTest::newRow("a link to it") << QStringLiteral("link.ods") << QStringLiteral("plan.napdesk") << false;
    QTest::newRow("a hard link") << QStringLiteral("hard.ods") << QString() << true;
}

void TestHostileFiles::exportOntoTheWorkspaceIsRefused()
{
    QFETCH(QString, target);
    QFETCH(QString, link);
    QFETCH(bool, hardLink);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    if (!link.isEmpty())
        QVERIFY(QFile::link(path(link), path(target)));
    if (hardLink) {
        std::error_code ec;
        std::filesystem::create_hard_link(m_workspace.toStdString(), path(target).toStdString(), ec);
        if (ec)
            QSKIP("No hard links on this file system");
    }
    const QByteArray before = sha256(m_workspace);
    Error error;
    QVERIFY(!Exporter::run(request(path(target)), m_input, &error));
    QCOMPARE(error.code, Error::TargetIsWorkspace);
    QVERIFY(error.message().contains(QStringLiteral("workspace")));
    QCOMPARE(sha256(m_workspace), before);
    Error openError;
    QVERIFY2(Workspace::open(m_workspace, Workspace::Mode::ReadOnly, &openError),
             qPrintable(openError.message()));
}

void TestHostileFiles::cliExportOntoTheWorkspaceIsRefused()
{
    const QByteArray before = sha256(m_workspace);
    for (const QString &reason : {QString(), QStringLiteral("sent for review")}) {
        QStringList args{QStringLiteral("export"),   QStringLiteral("--workspace"), m_workspace,
                         QStringLiteral("--format"), QStringLiteral("xlsx"),        QStringLiteral("--lang"),
                         QStringLiteral("zh"),       QStringLiteral("--out"),       m_workspace};
        if (!reason.isEmpty())
            args << QStringLiteral("--reason") << reason;
        const CliRun r = cli(args);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("workspace itself")), qPrintable(r.err));
        // Refused before the reason was recorded: the file is untouched.
        QCOMPARE(sha256(m_workspace), before);
    }
}

void TestHostileFiles::specialTargetsAreRefused()
{
    const QString fifo = path(QStringLiteral("pipe.ods"));
    if (!makeFifo(fifo))
        QSKIP("No FIFOs here");
    const QString dangling = path(QStringLiteral("dangling.ods"));
    QVERIFY(QFile::link(path(QStringLiteral("nowhere.ods")), dangling));
    QStringList targets{fifo, dangling};
    if (QFileInfo(QStringLiteral("/dev/full")).exists())
        targets.append(QStringLiteral("/dev/full"));
    for (const QString &target : targets) {
        Error error;
        QVERIFY2(!Exporter::run(request(target), m_input, &error), qPrintable(target));
        QCOMPARE(error.code, Error::NotRegularFile);
    }
    QVERIFY(!QFileInfo(fifo).isFile());                               // still the pipe
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("nowhere.ods")))); // nothing made through the link
    if (QFileInfo::exists(QStringLiteral("/dev/full")))
        QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile()); // still the device
}

void TestHostileFiles::linkTargetIsFollowed()
{
    // Documented: a link to a file is followed; the file it points to is replaced, the link kept.
    const QString real = path(QStringLiteral("real.ods"));
    const QString link = path(QStringLiteral("link.ods"));
    QFile f(real);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("old");
    f.close();
    QVERIFY(QFile::link(real, link));
    Error error;
    QVERIFY2(Exporter::run(request(link), m_input, &error), qPrintable(error.message()));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), real);
    QFile written(real);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(2) == "PK"); // the new workbook, a zip package
}

void TestHostileFiles::staleTemporariesAreRemoved()
{
    const QString target = path(QStringLiteral("plan.ods"));
    const QString stale = path(QStringLiteral(".plan.ods.napdesk-0123abcd.part"));
    const QString nested = path(QStringLiteral("..plan.ods.napdesk-0123abcd.part.napdesk-89abcdef.part"));
    const QString otherTarget = path(QStringLiteral(".other.ods.napdesk-0123abcd.part"));
    const QString notOurs = path(QStringLiteral(".plan.ods.0123abcd.part"));
    const QString running = path(QStringLiteral(".plan.ods.napdesk-fedcba98.part")); // written now
    for (const QString &file : {stale, nested, otherTarget, notOurs, running}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("half");
        f.flush(); // before the time is set: a later write would move it to now
        if (file != running)
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                  QFileDevice::FileModificationTime));
        else
            QVERIFY(
                f.setFileTime(QDateTime::currentDateTime().addSecs(3600), QFileDevice::FileModificationTime));
    }
    Error error;
    QVERIFY2(Exporter::run(request(target), m_input, &error), qPrintable(error.message()));
    QVERIFY(!QFile::exists(stale));
    QVERIFY(!QFile::exists(nested));
    QVERIFY(QFile::exists(otherTarget)); // another target's: not ours to judge
    QVERIFY(QFile::exists(notOurs));     // not named as NAP Desk names its files
    QVERIFY(QFile::exists(running));     // newer than this export: another run may be writing it
    // And the new names are recognisably NAP Desk's.
    QVERIFY(FileReplace::temporaryNameFor(target).contains(QStringLiteral(".plan.ods.napdesk-")));
}

void TestHostileFiles::damagedWorkspacesAreRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("expected");
    QTest::newRow("a column missing") << QStringLiteral("column") << int(Error::SchemaMismatch);
    QTest::newRow("a table missing") << QStringLiteral("table") << int(Error::SchemaMismatch);
    QTest::newRow("cut by a few bytes") << QStringLiteral("bytes") << int(Error::Truncated);
    QTest::newRow("cut by a page") << QStringLiteral("page") << int(Error::Truncated);
}

void TestHostileFiles::damagedWorkspacesAreRefused()
{
    QFETCH(QString, damage);
    QFETCH(int, expected);
    if (damage == QLatin1String("column")) {
        QVERIFY(execOn(m_workspace, {QStringLiteral("ALTER TABLE milestone DROP COLUMN completion")}));
    } else if (damage == QLatin1String("table")) {
        QVERIFY(execOn(m_workspace, {QStringLiteral("DROP TABLE setting")}));
    } else {
        QFile f(m_workspace);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - (damage == QLatin1String("bytes") ? 5 : 4096)));
    }
    QVERIFY(!QFile::exists(m_workspace + QStringLiteral("-wal")));
    const QByteArray before = sha256(m_workspace);
    for (Workspace::Mode mode : {Workspace::Mode::ReadOnly, Workspace::Mode::ReadWrite}) {
        Error error;
        QVERIFY(!Workspace::open(m_workspace, mode, &error));
        QCOMPARE(int(error.code), expected);
        QCOMPARE(sha256(m_workspace), before);
    }
    // The command line says so with exit 2 and writes nothing.
    const QString out = path(QStringLiteral("out.ods"));
    const CliRun r = cli({QStringLiteral("export"), QStringLiteral("--workspace"), m_workspace,
                          QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("--lang"),
                          QStringLiteral("zh"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(out));
    QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("--workspace"), m_workspace}).exitCode, 2);
    QCOMPARE(sha256(m_workspace), before);
}

void TestHostileFiles::readsThatFailAreReported()
{
    // Another program alters the tables while the workspace is open: the reads that fail
    // say so instead of returning an empty plan that would export as empty files.
    Error error;
    auto ws = Workspace::open(m_workspace, Workspace::Mode::ReadOnly, &error);
    QVERIFY(ws);
    QCOMPARE(ws->commitments().size(), 12);
    QVERIFY(!ws->readError());
    QVERIFY(execOn(m_workspace, {QStringLiteral("ALTER TABLE milestone DROP COLUMN completion")}));
    ws->commitments();
    QCOMPARE(ws->readError().code, Error::DatabaseError);
    QVERIFY(!ws->readError().message().isEmpty());
}

void TestHostileFiles::specialWorkspacesDoNotHang()
{
    const QString fifo = path(QStringLiteral("pipe.napdesk"));
    if (!makeFifo(fifo))
        QSKIP("No FIFOs here");
    for (const QString &file : {fifo, m_dir->path()}) {
        Error error;
        QVERIFY(!Workspace::open(file, Workspace::Mode::ReadOnly, &error));
        QCOMPARE(error.code, Error::NotRegularFile);
    }
    for (const QString &command : {QStringLiteral("info"), QStringLiteral("check")}) {
        QElapsedTimer timer;
        timer.start();
        const CliRun r = cli({command, QStringLiteral("--workspace"), fifo}, 10000);
        QVERIFY2(r.finished, "the command hangs on a FIFO");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not an ordinary file")), qPrintable(r.err));
        QVERIFY(timer.elapsed() < 5000);
    }
}

void TestHostileFiles::foreignJournalIsRefused()
{
    // Another workspace, caught with its -wal not yet folded in, whose -wal is then put
    // beside ours (a copy of both files, a restore, a sync tool).
    const QString other = path(QStringLiteral("other.napdesk"));
    Error error;
    QVERIFY(Workspace::create(other, &error));
    const QString wal = m_workspace + QStringLiteral("-wal");
    QVERIFY(writeCaughtInJournal(other, QStringLiteral("INSERT INTO area(uuid, number) VALUES('a', 1)"),
                                 {{other + QStringLiteral("-wal"), wal}}));
    QVERIFY(QFileInfo(wal).size() > 0);
    const QByteArray file = sha256(m_workspace);
    const QByteArray journal = sha256(wal);
    for (Workspace::Mode mode : {Workspace::Mode::ReadOnly, Workspace::Mode::ReadWrite}) {
        QVERIFY(!Workspace::open(m_workspace, mode, &error));
        QCOMPARE(error.code, Error::ForeignJournal);
        QVERIFY(error.message().contains(QStringLiteral("-wal")));
        QCOMPARE(sha256(m_workspace), file);
        QCOMPARE(sha256(wal), journal);
    }
    const CliRun r = cli({QStringLiteral("info"), QStringLiteral("--workspace"), m_workspace});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(sha256(m_workspace), file);
    QCOMPARE(sha256(wal), journal);
    // With the stray -wal moved away, the workspace is intact and whole.
    QVERIFY(QFile::rename(wal, path(QStringLiteral("moved-wal"))));
    auto ws = Workspace::open(m_workspace, Workspace::Mode::ReadWrite, &error);
    QVERIFY2(ws, qPrintable(error.message()));
    QCOMPARE(ws->commitments().size(), 12);
}

void TestHostileFiles::ownJournalIsApplied()
{
    // A crash leaves the workspace's own -wal with the last committed edits: they are kept.
    const QString crashed = path(QStringLiteral("crashed.napdesk"));
    QVERIFY(writeCaughtInJournal(
        m_workspace, QStringLiteral("UPDATE commitment SET code = 'X-1' WHERE code = '1-1'"),
        {{m_workspace, crashed}, {m_workspace + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")}}));
    for (Workspace::Mode mode : {Workspace::Mode::ReadOnly, Workspace::Mode::ReadWrite}) {
        Error error;
        auto ws = Workspace::open(crashed, mode, &error);
        QVERIFY2(ws, qPrintable(error.message()));
        QCOMPARE(ws->commitments().constFirst().code, QStringLiteral("X-1"));
    }
}

void TestHostileFiles::newWorkspaceNamesSayTheCause()
{
    Error error;
    QVERIFY(!Workspace::create(path(QStringLiteral("missing/plan.napdesk")), &error));
    QCOMPARE(error.code, Error::FolderNotFound);
    QVERIFY(!Workspace::create(path(QString(300, QLatin1Char('a')) + QStringLiteral(".napdesk")), &error));
    QCOMPARE(error.code, Error::NameTooLong);
    QVERIFY(
        !Workspace::open(path(QStringLiteral("missing/plan.napdesk")), Workspace::Mode::ReadWrite, &error));
    QCOMPARE(error.code, Error::FolderNotFound);
    // The same through the command line, with exit codes.
    const CliRun longName =
        cli({QStringLiteral("sample"), QStringLiteral("--out"), path(QString(300, QLatin1Char('b')))});
    QCOMPARE(longName.exitCode, 1);
    QVERIFY2(longName.err.contains(QStringLiteral("too long")), qPrintable(longName.err));
    QVERIFY2(!longName.err.contains(QStringLiteral("Another NAP Desk")), qPrintable(longName.err));
    Error exportError;
    QVERIFY(!Exporter::run(request(path(QString(250, QLatin1Char('c')) + QStringLiteral(".ods"))), m_input,
                           &exportError));
    QCOMPARE(exportError.code, Error::NameTooLong);
}

void TestHostileFiles::commandLineIsStrict_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("sample, empty --out")
        << QStringList{QStringLiteral("sample"), QStringLiteral("--out"), QString()} << 2
        << QStringLiteral("needs a value");
    QTest::newRow("info, stray argument")
        << QStringList{QStringLiteral("info"), QStringLiteral("--workspace"), QStringLiteral("WS"),
                       QStringLiteral("x")}
        << 2 << QStringLiteral("Unexpected argument: x");
    QTest::newRow("export, stray argument")
        << QStringList{QStringLiteral("export"), QStringLiteral("--workspace"), QStringLiteral("WS"),
                       QStringLiteral("stray"),  QStringLiteral("--format"),    QStringLiteral("ods"),
                       QStringLiteral("--lang"), QStringLiteral("zh"),          QStringLiteral("--out"),
                       QStringLiteral("x.ods")}
        << 2 << QStringLiteral("Unexpected argument: stray");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--workspaces"),
                                                   QStringLiteral("WS")}
                                    << 2 << QStringLiteral("Unknown option: --workspaces");
    QTest::newRow("missing value") << QStringList{QStringLiteral("info"), QStringLiteral("--workspace")} << 2
                                   << QStringLiteral("needs a value");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0
                               << QStringLiteral("napdesk-cli " NAP_VERSION);
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << 0 << QStringLiteral("Usage");
    QTest::newRow("info -h") << QStringList{QStringLiteral("info"), QStringLiteral("-h")} << 0
                             << QStringLiteral("Usage");
}

void TestHostileFiles::commandLineIsStrict()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    arguments.replaceInStrings(QStringLiteral("WS"), m_workspace);
    const CliRun r = cli(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2((r.out + r.err).contains(says), qPrintable(r.out + r.err));
    QVERIFY(!QFile::exists(QStringLiteral("x.ods")));
}

void TestHostileFiles::textInputSaysTheCause()
{
    const CliRun folder = cli({QStringLiteral("check"), QStringLiteral("--text"), m_dir->path()});
    QCOMPARE(folder.exitCode, 2);
    QVERIFY2(folder.err.contains(QStringLiteral("folder")), qPrintable(folder.err));
    if (QFileInfo::exists(QStringLiteral("/dev/zero"))) {
        const CliRun device =
            cli({QStringLiteral("check"), QStringLiteral("--text"), QStringLiteral("/dev/zero")});
        QVERIFY(device.finished);
        QCOMPARE(device.exitCode, 2);
        QVERIFY2(device.err.contains(QStringLiteral("not an ordinary file")), qPrintable(device.err));
        QVERIFY(!device.err.contains(QStringLiteral("does not exist")));
    }
}

void TestHostileFiles::controlCharactersAreReported()
{
    // Pasted text with a bell and SOH: removed, and the officer is told how many.
    const QString text = path(QStringLiteral("pasted.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Problem\nThe\x01 bell\x07 rings.\n");
    f.close();
    const CliRun check = cli({QStringLiteral("check"), QStringLiteral("--text"), text});
    QVERIFY2(check.err.contains(QStringLiteral("2 control characters")), qPrintable(check.err));
    // A workspace written by another tool with control characters in a field: the export
    // leaves them out (no XML file can hold them) and names the field.
    QVERIFY(execOn(m_workspace, {QStringLiteral("UPDATE text SET zh = zh || char(1) || char(7) || char(27)"
                                                " WHERE field = 'problem' AND owner = (SELECT uuid FROM"
                                                " commitment WHERE code = '1-1')"),
                                 QStringLiteral("PRAGMA journal_mode=DELETE")}));
    const CliRun r =
        cli({QStringLiteral("export"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--format"),
             QStringLiteral("ods"), QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"),
             path(QStringLiteral("c.ods")), QStringLiteral("--commitment"), QStringLiteral("1-1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("1-1 Public problem (Chinese): 3 control characters")),
             qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
