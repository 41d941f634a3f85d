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
QByteArray openInChild(const QString &file, Workspace::Mode mode)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NAP_OPEN_CHILD"), file);
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

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

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
    void readingLeavesOneFile();
    void readOnlyFolderIsReadableNotDamaged();
    void hugeAndControlTextIsStoredExactly();
    void loneSurrogatesAreReplacedAndTheRestKept_data();
    void loneSurrogatesAreReplacedAndTheRestKept();
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
    const QByteArray before = QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256);
    QVERIFY(!SamplePlan::writeWorkspace(file, &error)); // never overwrites
    QCOMPARE(error.code, Error::AlreadyExists);
    QVERIFY2(error.message().contains(QStringLiteral("already exists")), qPrintable(error.message()));
    QCOMPARE(QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256), before);
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
    const QString control =
        QStringLiteral("a\x01\x02\x0b\x0c b") + QChar(0xD800) + QStringLiteral("\r\n\u200f end");
    // The lone surrogate cannot be stored as UTF-8: it becomes U+FFFD, everything else stays.
    const QString expected =
        QStringLiteral("a\x01\x02\x0b\x0c b") + QChar(0xFFFD) + QStringLiteral("\r\n\u200f end");
    c.text(Field::Problem).zh = huge;
    c.text(Field::Content).zh = control;
    QVERIFY(ws->saveCommitment(c, &error));
    const auto loaded = ws->commitment(c.uuid);
    QVERIFY(loaded);
    QCOMPARE(loaded->text(Field::Problem).zh, huge);
    QCOMPARE(loaded->text(Field::Content).zh, expected);
}

void TestWorkspace::loneSurrogatesAreReplacedAndTheRestKept_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QChar hi(0xD800);
    const QChar hiLast(0xDBFF);
    const QChar lo(0xDC00);
    const QChar loLast(0xDFFF);
    const QChar fffd(0xFFFD);
    const QString emoji = QStringLiteral("\U0001F600"); // a valid pair: D83D DE00
    const QString ok = QStringLiteral("a");
    QTest::newRow("high, middle") << ok + hi + u'b' << ok + fffd + u'b';
    QTest::newRow("low, middle") << ok + lo + u'b' << ok + fffd + u'b';
    QTest::newRow("high, start") << hi + QStringLiteral("abc") << fffd + QStringLiteral("abc");
    QTest::newRow("low, start, before CRLF")
        << loLast + QStringLiteral("\r\n") << fffd + QStringLiteral("\r\n");
    QTest::newRow("high, end") << QStringLiteral("abc") + hiLast << QStringLiteral("abc") + fffd;
    QTest::newRow("low, end") << QStringLiteral("abc") + loLast << QStringLiteral("abc") + fffd;
    QTest::newRow("high before CR") << u'x' + QString(hi) + QStringLiteral("\r\ty")
                                    << u'x' + QString(fffd) + QStringLiteral("\r\ty");
    QTest::newRow("high before LF") << hi + QStringLiteral("\n\x01z") << fffd + QStringLiteral("\n\x01z");
    QTest::newRow("high before emoji") << hi + emoji + hi << fffd + emoji + fffd;
    QTest::newRow("low after emoji") << emoji + lo + emoji << emoji + fffd + emoji;
    QTest::newRow("reversed pair") << QString(lo) + hi + u'z' << QString(fffd) + fffd + u'z';
    QTest::newRow("two highs then pair") << QString(hi) + hi + emoji << QString(fffd) + fffd + emoji;
    QTest::newRow("only a surrogate") << QString(lo) << QString(fffd);
    // SQLite reads U+FFFE and U+FFFF back as U+FFFD: the store says so up front.
    QTest::newRow("U+FFFE, U+FFFF") << QStringLiteral("\uFFFE\r\uFFFF\n")
                                    << QStringLiteral("\uFFFD\r\uFFFD\n");
    const QString valid = QStringLiteral("\t\x01\x1f\x7f\r\n\r 中文 ") + emoji +
                          QStringLiteral("\uFFFD\uFDD0\U0001FFFF\u200f end\r");
    QTest::newRow("nothing to replace") << valid << valid;
}

void TestWorkspace::loneSurrogatesAreReplacedAndTheRestKept()
{
    // Every kind of free text the store writes: bilingual texts of the plan, an area, a
    // commitment and a milestone; plain strings of the commitment, a milestone and settings.
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Error error;
    const QString file = path(QStringLiteral("surrogates.napdesk"));
    QFile::remove(file);
    auto ws = Workspace::create(file, &error);
    QVERIFY2(ws, qPrintable(error.message()));
    Plan plan = ws->plan();
    plan.title = text(input, input, 1);
    QVERIFY(ws->savePlan(plan, &error));
    Area area;
    area.uuid = uuid();
    area.number = 1;
    area.title = text(input, u'\t' + input, 2);
    QVERIFY(ws->saveArea(area, &error));
    Commitment c = fullCommitment(area.uuid);
    c.text(Field::Content) = text(input, input + u'\n', 3);
    c.code = input;
    c.leadAgency = input;
    c.coAgencies = {input, QStringLiteral("moi")};
    c.contactPhone = input;
    c.contactEmail = input;
    c.milestones[1].description = text(input, input, 4);
    c.milestones[1].responsibleAgency = input;
    QVERIFY(ws->saveCommitment(c, &error));
    QVERIFY(ws->setSetting(QStringLiteral("exporting_agency"), input, &error));
    for (int pass = 0; pass < 2; ++pass) { // from the open workspace, then after reopening
        QCOMPARE(ws->plan().title.zh, expected);
        QCOMPARE(ws->plan().title.en, expected);
        QCOMPARE(ws->areas().value(0).title.en, u'\t' + expected);
        const auto loaded = ws->commitment(c.uuid);
        QVERIFY(loaded);
        QCOMPARE(loaded->text(Field::Content).zh, expected);
        QCOMPARE(loaded->text(Field::Content).en, expected + u'\n');
        QCOMPARE(loaded->code, expected);
        QCOMPARE(loaded->leadAgency, expected);
        QCOMPARE(loaded->coAgencies, QStringList({expected, QStringLiteral("moi")}));
        QCOMPARE(loaded->contactPhone, expected);
        QCOMPARE(loaded->contactEmail, expected);
        QCOMPARE(loaded->milestones.value(1).description.zh, expected);
        QCOMPARE(loaded->milestones.value(1).responsibleAgency, expected);
        QCOMPARE(loaded->text(Field::Problem), c.text(Field::Problem)); // untouched fields stay
        QCOMPARE(ws->setting(QStringLiteral("exporting_agency")), expected);
        ws.reset();
        ws = Workspace::open(file, Workspace::Mode::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error.message()));
    }
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
    if (probe.open()) {
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
