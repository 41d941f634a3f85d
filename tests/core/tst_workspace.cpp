#include "TestPaths.h"
#include "sample/SamplePlan.h"
#include "store/Schema.h"
#include "store/Workspace.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace nap;

namespace {

QDateTime at(int seconds)
{
    return QDateTime(QDate(2025, 3, 20), QTime(8, 0), Qt::UTC).addSecs(seconds);
}

LocalizedText text(const QString &zh, const QString &en, int t)
{
    LocalizedText l;
    l.setText(Language::Chinese, zh, at(t));
    l.setText(Language::English, en, at(t + 1));
    l.reviewed = at(t + 2);
    return l;
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Commitment fullCommitment(const QString &areaUuid)
{
    Commitment c;
    c.uuid = uuid();
    c.areaUuid = areaUuid;
    c.code = QStringLiteral("2-4");
    c.sortOrder = 4;
    c.leadAgency = QStringLiteral("moi");
    c.coAgencies = {QStringLiteral("cy"), QStringLiteral("臺北市政府")};
    c.start = YearMonth(2025, 3);
    c.end = YearMonth(2028, 12);
    c.setClaimed(CoreValue::Transparency, true);
    c.setClaimed(CoreValue::Inclusion, true);
    c.policyTags = {QStringLiteral("open_data"), QStringLiteral("justice")};
    c.contactPhone = QStringLiteral("02-2316-5300#123");
    c.contactEmail = QStringLiteral("officer@example.gov.tw");
    c.status = CommitmentStatus::Ready;
    c.created = at(0);
    c.modified = at(100);
    int t = 10;
    for (Field f : Fields::textFields()) {
        c.text(f) = text(QStringLiteral("中文：%1\n第二行\t tab").arg(Fields::code(f)),
                         QStringLiteral("English: %1").arg(Fields::code(f)), t);
        t += 5;
    }
    for (int i = 0; i < 3; ++i) {
        Milestone m;
        m.uuid = uuid();
        m.description =
            text(QStringLiteral("完成第%1項").arg(i), QStringLiteral("Complete item %1").arg(i), i);
        m.expectedOutput = text(QStringLiteral("產出%1").arg(i), QStringLiteral("Output %1").arg(i), i);
        m.stakeholders = text(QStringLiteral("公民團體"), QStringLiteral("CSOs"), i);
        m.progressNote = text(QStringLiteral("進度"), QStringLiteral("Progress"), i);
        m.start = YearMonth(2025, 1 + i);
        m.end = YearMonth(2026, 2 + i);
        m.responsibleAgency = i == 1 ? QStringLiteral("新北市政府") : QStringLiteral("moj");
        m.isNew = i != 2;
        m.completion = static_cast<Completion>(i + 2);
        c.milestones.append(m);
    }
    return c;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void roundTripsEveryField();
    void removesCommitmentWithItsTexts();
    void incrementalSavesMatchTheFile();
    void sampleHasTwelveCommitments();
    void migratesFirstSchemaFixture();
    void refusesForeignAndCorruptFiles_data();
    void refusesForeignAndCorruptFiles();
    void refusesNewerSchema();
    void secondInstanceIsLockedOut();
    void readOnlyLocationIsReported();
    void hugeAndControlTextIsStoredExactly();
    void saveCopyAsIsAWorkspace();
    void survivesSigkill();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestWorkspace::roundTripsEveryField()
{
    Error error;
    const QString file = path(QStringLiteral("round.napdesk"));
    Area area;
    area.uuid = uuid();
    area.number = 2;
    area.title = text(QStringLiteral("擴大公共參與"), QStringLiteral("Participation"), 1);
    area.preface = text(QStringLiteral("前言"), QStringLiteral("Preface"), 2);
    const Commitment c = fullCommitment(area.uuid);
    Plan plan;
    {
        auto ws = Workspace::create(file, &error);
        QVERIFY2(ws, qPrintable(error.message()));
        plan = ws->plan();
        plan.title = text(QStringLiteral("行動方案"), QStringLiteral("Action plan"), 3);
        plan.issuer = text(QStringLiteral("國家發展委員會"), QStringLiteral("NDC"), 4);
        plan.start = YearMonth(2025, 1);
        plan.end = YearMonth(2028, 12);
        QVERIFY(ws->savePlan(plan, &error));
        QVERIFY(ws->saveArea(area, &error));
        QVERIFY2(ws->saveCommitment(c, &error), qPrintable(error.detail));
    }
    auto ws = Workspace::open(file, Workspace::Mode::ReadWrite, &error);
    QVERIFY2(ws, qPrintable(error.message()));
    QCOMPARE(ws->plan(), plan);
    QCOMPARE(ws->areas().size(), 1);
    QCOMPARE(ws->areas().first(), area);
    const auto loaded = ws->commitment(c.uuid);
    QVERIFY(loaded);
    for (Field f : Fields::textFields())
        QCOMPARE(loaded->text(f), c.text(f));
    QCOMPARE(loaded->milestones, c.milestones);
    QVERIFY(*loaded == c);
    QCOMPARE(ws->commitments().size(), 1);
    QVERIFY(ws->commitments().first() == c);
}

void TestWorkspace::incrementalSavesMatchTheFile()
{
    // Saves after the first write only touch changed rows; every kind of change must
    // still reach the file exactly.
    Error error;
    const QString file = path(QStringLiteral("incremental.napdesk"));
    Area area;
    area.uuid = uuid();
    area.number = 1;
    Commitment c = fullCommitment(area.uuid);
    {
        auto ws = Workspace::create(file, &error);
        QVERIFY(ws);
        QVERIFY(ws->saveArea(area, &error));
        QVERIFY(ws->saveCommitment(c, &error));
        c.text(Field::Problem).setText(Language::English, QStringLiteral("changed"), at(900));
        c.text(Field::Causes) = LocalizedText(); // emptied
        QVERIFY(ws->saveCommitment(c, &error));
        c.milestones.move(0, 2);                                 // reorder
        c.milestones[1].description.zh = QStringLiteral("改寫"); // edit one text
        c.milestones.removeAt(2);                                // remove
        Milestone added;
        added.uuid = uuid();
        added.description.zh = QStringLiteral("新增");
        c.milestones.insert(0, added); // add
        c.leadAgency = QStringLiteral("ndc");
        QVERIFY(ws->saveCommitment(c, &error));
    }
    auto ws = Workspace::open(file, Workspace::Mode::ReadOnly, &error);
    QVERIFY(ws);
    const auto loaded = ws->commitment(c.uuid);
    QVERIFY(loaded);
    QCOMPARE(loaded->milestones.size(), c.milestones.size());
    for (qsizetype i = 0; i < c.milestones.size(); ++i)
        QCOMPARE(loaded->milestones.at(i), c.milestones.at(i));
    QCOMPARE(loaded->text(Field::Problem), c.text(Field::Problem));
    QVERIFY(loaded->text(Field::Causes).isEmpty());
    QVERIFY(*loaded == c);
    QSqlQuery q(QSqlDatabase::database(ws->connectionName()));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM text WHERE owner NOT IN (SELECT uuid FROM milestone)"
                                  " AND owner NOT IN (SELECT uuid FROM commitment) AND owner NOT IN"
                                  " (SELECT uuid FROM area) AND owner NOT IN (SELECT uuid FROM plan)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // no orphaned texts
}

void TestWorkspace::removesCommitmentWithItsTexts()
{
    Error error;
    auto ws = Workspace::create(path(QStringLiteral("remove.napdesk")), &error);
    QVERIFY(ws);
    Area area;
    area.uuid = uuid();
    area.number = 1;
    QVERIFY(ws->saveArea(area, &error));
    const Commitment c = fullCommitment(area.uuid);
    QVERIFY(ws->saveCommitment(c, &error));
    QVERIFY(!ws->removeArea(area.uuid, &error)); // still holds a commitment
    QCOMPARE(error.code, Error::InvalidInput);
    QVERIFY(ws->removeCommitment(c.uuid, &error));
    QVERIFY(!ws->commitment(c.uuid));
    QSqlQuery q(QSqlDatabase::database(ws->connectionName()));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM text WHERE owner <> '%1' AND owner <> '%2'")
                       .arg(area.uuid, ws->plan().uuid)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(ws->removeArea(area.uuid, &error));
}

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
    QVERIFY(!SamplePlan::writeWorkspace(file, &error)); // never overwrites
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
    QTest::newRow("truncated sqlite") << header + QByteArray(200, '\xff') << int(Error::Corrupt);
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

void TestWorkspace::hugeAndControlTextIsStoredExactly()
{
    Error error;
    auto ws = Workspace::create(path(QStringLiteral("huge.napdesk")), &error);
    QVERIFY(ws);
    Area area;
    area.uuid = uuid();
    area.number = 1;
    QVERIFY(ws->saveArea(area, &error));
    Commitment c = fullCommitment(area.uuid);
    QString huge(1024 * 1024, QChar(0x4E2D));
    QString control =
        QStringLiteral("a\x01\x02\x0b\x0c b") + QChar(0xD800) + QStringLiteral("\r\n\u200f end");
    c.text(Field::Problem).zh = huge;
    c.text(Field::Content).zh = control;
    QVERIFY(ws->saveCommitment(c, &error));
    const auto loaded = ws->commitment(c.uuid);
    QCOMPARE(loaded->text(Field::Problem).zh, huge);
    QCOMPARE(loaded->text(Field::Content).zh.size(), control.size());
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
    TestWorkspace test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspace.moc"
