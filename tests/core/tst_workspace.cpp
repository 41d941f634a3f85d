#include "TestPaths.h"
#include "sample/SamplePlan.h"
#include "store/Schema.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>

using namespace nap;

namespace {

QByteArray sha256(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// Opens `file` in a child process (this binary, see runOpenChild) and returns what it
// printed: "ok <commitments>", "error <Error::Code>", or "writable" when the child could
// create files in the folder after all. Root ignores folder permissions, so as root the
// child runs under setpriv without the capabilities that bypass them.
QByteArray openInChild(const QString &file, Workspace::Mode mode, bool writableFolder = false)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NAP_OPEN_CHILD"), file);
    if (writableFolder) // the file alone is protected: the child opens without probing
        env.insert(QStringLiteral("NAP_OPEN_CHILD_NO_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("NAP_OPEN_CHILD_MODE"),
               mode == Workspace::Mode::ReadOnly ? QStringLiteral("ro") : QStringLiteral("rw"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    child.waitForFinished(30000);
    QByteArray out = child.readAllStandardOutput().trimmed();
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (out != "writable" || setpriv.isEmpty())
        return out;
    child.start(setpriv, {QStringLiteral("--bounding-set=-dac_override,-dac_read_search,-fowner"),
                          QStringLiteral("--"), QCoreApplication::applicationFilePath()});
    child.waitForFinished(30000);
    out = child.readAllStandardOutput().trimmed();
    if (out.isEmpty())
        out = "setpriv failed: " + child.readAllStandardError().left(300);
    return out;
}

QByteArray openError(Error::Code code)
{
    return "error " + QByteArray::number(int(code));
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void sampleHasTwelveCommitments();
    void migratesFirstSchemaFixture();
    void refusesForeignAndCorruptFiles_data();
    void refusesForeignAndCorruptFiles();
    void refusesNewerSchema();
    void secondInstanceIsLockedOut();
    void readOnlyLocationIsReported();
    void readingLeavesOneFile();
    void readOnlyFolderIsReadableNotDamaged();
    void readOnlyFileIsNamedAsSuch();
    void saveCopyAsIsAWorkspace();
    void survivesSigkill();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestWorkspace::sampleHasTwelveCommitments()
{
    Error error;
    const QString file = path(QStringLiteral("sample.napdesk"));
    QVERIFY2(SamplePlan::writeWorkspace(file, &error), qPrintable(error.message()));
    auto ws = Workspace::open(file, Workspace::Mode::ReadOnly, &error);
    QVERIFY(ws);
    QCOMPARE(ws->areas().size(), 5);
    const QList<Commitment> all = ws->commitments();
    QCOMPARE(all.size(), 12);
    QCOMPARE(all.first().code, QStringLiteral("1-1"));
    QCOMPARE(all.first().text(Field::Title).zh, QStringLiteral("政府資料開放與運用法制化"));
    QVERIFY(!all.first().text(Field::Title).en.isEmpty());
    QCOMPARE(all.last().code, QStringLiteral("5-1"));
    QCOMPARE(ws->plan().start, YearMonth(2020, 5));
    const QByteArray before = sha256(file);
    QVERIFY(!SamplePlan::writeWorkspace(file, &error)); // never overwrites
    QCOMPARE(error.code, Error::AlreadyExists);
    QVERIFY2(error.message().contains(QStringLiteral("already exists")), qPrintable(error.message()));
    QCOMPARE(sha256(file), before);
}

void TestWorkspace::migratesFirstSchemaFixture()
{
    const QString file = path(QStringLiteral("v1.napdesk"));
    QVERIFY(QFile::copy(nap::test::TestPaths::data(QStringLiteral("workspace-v1.napdesk")), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    Error error;
    auto ws = Workspace::open(file, Workspace::Mode::ReadWrite, &error);
    QVERIFY2(ws, qPrintable(error.message()));
    QCOMPARE(ws->schemaVersion(), Workspace::currentSchemaVersion());
    const QList<Commitment> all = ws->commitments();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().text(Field::Title).zh, QStringLiteral("第一版承諾事項"));
    QCOMPARE(all.first().milestones.size(), 1);
    QVERIFY(ws->setSetting(QStringLiteral("exporting_agency"), QStringLiteral("ndc"), &error));

    QCOMPARE(ws->setting(QStringLiteral("exporting_agency")), QStringLiteral("ndc"));
    ws.reset();

    // A first-schema file opened read-only (nothing may be written) is still readable.
    const QString untouched = path(QStringLiteral("v1-readonly.napdesk"));
    QVERIFY(QFile::copy(nap::test::TestPaths::data(QStringLiteral("workspace-v1.napdesk")), untouched));
    auto reader = Workspace::open(untouched, Workspace::Mode::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error.message()));
    QCOMPARE(reader->schemaVersion(), 1);
    QCOMPARE(reader->commitments().size(), 2);
    QCOMPARE(reader->setting(QStringLiteral("exporting_agency"), QStringLiteral("none")),
             QStringLiteral("none"));
}

void TestWorkspace::refusesForeignAndCorruptFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("expected");
    QTest::newRow("text") << QByteArray("hello, this is not a database") << int(Error::NotAWorkspace);
    QTest::newRow("empty") << QByteArray() << int(Error::NotAWorkspace);
    QByteArray header("SQLite format 3\0", 16);
    QTest::newRow("truncated sqlite") << header + QByteArray(200, '\xff') << int(Error::Truncated);
}

void TestWorkspace::refusesForeignAndCorruptFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, expected);
    const QString file = path(QStringLiteral("foreign.napdesk"));
    QFile::remove(file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    Error error;
    QVERIFY(!Workspace::open(file, Workspace::Mode::ReadWrite, &error));
    QCOMPARE(int(error.code), expected);
    QVERIFY(!error.message().isEmpty());
    QFile check(file);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), content); // nothing overwritten
}

void TestWorkspace::refusesNewerSchema()
{
    const QString file = path(QStringLiteral("newer.napdesk"));
    Error error;
    {
        auto ws = Workspace::create(file, &error);
        QVERIFY(ws);
        QSqlQuery q(QSqlDatabase::database(ws->connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    QVERIFY(!Workspace::open(file, Workspace::Mode::ReadWrite, &error));
    QCOMPARE(error.code, Error::NewerSchema);
}

void TestWorkspace::secondInstanceIsLockedOut()
{
    const QString file = path(QStringLiteral("locked.napdesk"));
    Error error;
    auto first = Workspace::create(file, &error);
    QVERIFY(first);
    QVERIFY(!Workspace::open(file, Workspace::Mode::ReadWrite, &error));
    QCOMPARE(error.code, Error::Locked);
    auto reader = Workspace::open(file, Workspace::Mode::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error.message()));
    QVERIFY(reader->isReadOnly());
    Plan p = reader->plan();
    QVERIFY(!reader->savePlan(p, &error));
    first.reset();
    QVERIFY(Workspace::open(file, Workspace::Mode::ReadWrite, &error));
}

void TestWorkspace::readingLeavesOneFile()
{
    // A workspace is one file an officer can e-mail: reading it (the command line's info,
    // check and export, a read-only window) must not leave -wal or -shm files beside it.
    const QString file = path(QStringLiteral("read.napdesk"));
    Error error;
    QVERIFY(SamplePlan::writeWorkspace(file, &error));
    const auto beside = [&file] {
        return QFileInfo::exists(file + QStringLiteral("-wal")) ||
               QFileInfo::exists(file + QStringLiteral("-shm"));
    };
    QVERIFY(!beside());
    {
        auto reader = Workspace::open(file, Workspace::Mode::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error.message()));
        QCOMPARE(reader->commitments().size(), 12);
        Plan p = reader->plan();
        QVERIFY(!reader->savePlan(p, &error)); // still refuses to write
    }
    QVERIFY(!beside());
    // Beside a writer: the reader neither blocks it nor takes its files away.
    auto writer = Workspace::open(file, Workspace::Mode::ReadWrite, &error);
    QVERIFY(writer);
    {
        auto reader = Workspace::open(file, Workspace::Mode::ReadOnly, &error);
        QVERIFY(reader);
        QCOMPARE(reader->commitments().size(), 12);
    }
    Plan p = writer->plan();
    p.title.zh = QStringLiteral("改過的標題");
    QVERIFY2(writer->savePlan(p, &error), qPrintable(error.message()));
    writer.reset();
    QVERIFY(!beside());
    auto again = Workspace::open(file, Workspace::Mode::ReadOnly, &error);
    QCOMPARE(again->plan().title.zh, QStringLiteral("改過的標題"));
}

void TestWorkspace::readOnlyLocationIsReported()
{
    // A folder without write permission (root ignores permissions, so also /proc).
    QDir(m_dir.path()).mkdir(QStringLiteral("ro"));
    const QString dir = path(QStringLiteral("ro"));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
    const QString target = QFileInfo(dir).isWritable() ? QStringLiteral("/proc/napdesk-test.napdesk")
                                                       : dir + QStringLiteral("/w.napdesk");
    Error error;
    QVERIFY(!Workspace::create(target, &error));
    QCOMPARE(error.code, Error::ReadOnlyLocation);
    QVERIFY(error.message().contains(QStringLiteral("read-only")));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestWorkspace::readOnlyFolderIsReadableNotDamaged()
{
    // A workspace on a read-only share: WAL mode needs a -shm file beside it even to read,
    // which SQLite cannot create there. That must never read as "damaged". The folder
    // name needs escaping in an SQLite URI ('#', '?', '%', space, CJK).
    const QString share = path(QStringLiteral("唯讀 share #1?%41"));
    QVERIFY(QDir().mkpath(share));
    Error error;
    const QString clean = share + QStringLiteral("/plan.napdesk");
    QVERIFY2(SamplePlan::writeWorkspace(clean, &error), qPrintable(error.message()));
    QVERIFY(!QFile::exists(clean + QStringLiteral("-wal"))); // closed cleanly
    // A -wal file means a writer may hold the file (or crashed): it cannot be read as immutable.
    const QString busy = share + QStringLiteral("/busy.napdesk");
    QVERIFY(QFile::copy(clean, busy));
    QFile wal(busy + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.close();
    const QByteArray before = sha256(clean);
    const QStringList files = QDir(share).entryList(QDir::Files | QDir::Hidden);

    QVERIFY(QFile::setPermissions(share, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                             QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    const auto restore = qScopeGuard(
        [&] { QFile::setPermissions(share, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    const QByteArray readOnly = openInChild(clean, Workspace::Mode::ReadOnly);
    if (readOnly == "writable")
        QSKIP("Cannot make a folder unwritable here (root without setpriv?)");
    QCOMPARE(readOnly, QByteArray("ok 12"));
    QCOMPARE(openInChild(busy, Workspace::Mode::ReadOnly), openError(Error::ReadOnlyLocation));
    QCOMPARE(openInChild(clean, Workspace::Mode::ReadWrite), openError(Error::ReadOnlyLocation));
    QCOMPARE(sha256(clean), before);
    QCOMPARE(QDir(share).entryList(QDir::Files | QDir::Hidden), files); // no -shm, no probe left
}

void TestWorkspace::readOnlyFileIsNamedAsSuch()
{
    // A read-only file in a folder one can write to: the file is the cause, not the folder.
    Error error;
    const QString file = path(QStringLiteral("locked-file.napdesk"));
    QVERIFY(SamplePlan::writeWorkspace(file, &error));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto restore =
        qScopeGuard([&] { QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner); });
    const QByteArray before = sha256(file);
    if (QFileInfo(file).isWritable() && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("Root without setpriv ignores file permissions");
    QByteArray result = openInChild(file, Workspace::Mode::ReadWrite, true);
    if (result == "ok 12" && QFileInfo(file).isWritable()) {
        // As root: without the capability that ignores permissions.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NAP_OPEN_CHILD"), file);
        env.insert(QStringLiteral("NAP_OPEN_CHILD_MODE"), QStringLiteral("rw"));
        env.insert(QStringLiteral("NAP_OPEN_CHILD_NO_PROBE"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QStandardPaths::findExecutable(QStringLiteral("setpriv")),
                    {QStringLiteral("--bounding-set=-dac_override,-dac_read_search,-fowner"),
                     QStringLiteral("--"), QCoreApplication::applicationFilePath()});
        child.waitForFinished(30000);
        result = child.readAllStandardOutput().trimmed();
    }
    QCOMPARE(result, openError(Error::ReadOnlyFile));
    QVERIFY(Error::make(Error::ReadOnlyFile).message().contains(QStringLiteral("file is read-only")));
    QCOMPARE(openInChild(file, Workspace::Mode::ReadOnly, true), QByteArray("ok 12"));
    QCOMPARE(sha256(file), before);
}

void TestWorkspace::saveCopyAsIsAWorkspace()
{
    Error error;
    const QString file = path(QStringLiteral("orig.napdesk"));
    QVERIFY(SamplePlan::writeWorkspace(file, &error));
    auto ws = Workspace::open(file, Workspace::Mode::ReadWrite, &error);
    QVERIFY(ws);
    const QString copy = path(QStringLiteral("copy.napdesk"));
    QVERIFY2(ws->saveCopyAs(copy, &error), qPrintable(error.message()));
    auto other = Workspace::open(copy, Workspace::Mode::ReadOnly, &error);
    QVERIFY(other);
    QCOMPARE(other->commitments().size(), 12);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Hidden | QDir::Files).size(), 0);
}

void TestWorkspace::survivesSigkill()
{
    // A child process commits numbered edits as fast as it can and reports each one;
    // we kill it mid-stream, then every reported edit must be in the file.
    const QString file = path(QStringLiteral("kill.napdesk"));
    Error error;
    QVERIFY(SamplePlan::writeWorkspace(file, &error));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NAP_WRITER_CHILD"), file);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QByteArray output;
    while (output.count('\n') < 40 && child.waitForReadyRead(10000))
        output += child.readAllStandardOutput();
    child.kill();
    child.waitForFinished();
    output += child.readAllStandardOutput();
    const QList<QByteArray> lines = output.split('\n');
    int lastReported = -1;
    for (const QByteArray &l : lines) {
        if (!l.trimmed().isEmpty())
            lastReported = l.trimmed().toInt();
    }
    QVERIFY(lastReported >= 39);
    auto ws = Workspace::open(file, Workspace::Mode::ReadWrite, &error);
    QVERIFY2(ws, qPrintable(error.message()));
    QSqlQuery q(QSqlDatabase::database(ws->connectionName()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    const Commitment c = ws->commitments().first();
    QVERIFY(c.text(Field::Brief).zh.toInt() >= lastReported);
}

// The child of openInChild: reports how opening `file` went, on one line.
static int runOpenChild(const QString &file, Workspace::Mode mode)
{
    QTemporaryFile probe(QFileInfo(file).absolutePath() + QStringLiteral("/probe-XXXXXX"));
    if (qEnvironmentVariableIsEmpty("NAP_OPEN_CHILD_NO_PROBE") && probe.open()) {
        printf("writable\n");
        return 0;
    }
    Error error;
    const auto ws = Workspace::open(file, mode, &error);
    if (ws)
        printf("ok %d\n", int(ws->commitments().size()));
    else
        printf("error %d\n", int(error.code));
    return 0;
}

static int runWriterChild(const QString &file)
{
    Error error;
    auto ws = Workspace::open(file, Workspace::Mode::ReadWrite, &error);
    if (!ws)
        return 3;
    Commitment c = ws->commitments().first();
    for (int i = 0;; ++i) {
        c.text(Field::Brief).zh = QString::number(i);
        if (!ws->saveCommitment(c, &error))
            return 4;
        printf("%d\n", i);
        fflush(stdout);
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("NAP_WRITER_CHILD");
    if (!child.isEmpty())
        return runWriterChild(child);
    const QString opened = qEnvironmentVariable("NAP_OPEN_CHILD");
    if (!opened.isEmpty())
        return runOpenChild(opened, qEnvironmentVariable("NAP_OPEN_CHILD_MODE") == QLatin1String("ro")
                                        ? Workspace::Mode::ReadOnly
                                        : Workspace::Mode::ReadWrite);
    TestWorkspace test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspace.moc"
