// What the store keeps: every field of every type in both languages, incremental saves that
// match the file, removals, a 1 MB field, control characters and stray surrogates.
#include "WorkspaceTestData.h"
#include "store/Workspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nap;
using namespace nap::test;

class TestWorkspaceContent : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void roundTripsEveryField();
    void removesCommitmentWithItsTexts();
    void incrementalSavesMatchTheFile();
    void hugeAndControlTextIsStoredExactly();
    void loneSurrogatesAreReplacedAndTheRestKept_data();
    void loneSurrogatesAreReplacedAndTheRestKept();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestWorkspaceContent::roundTripsEveryField()
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

void TestWorkspaceContent::incrementalSavesMatchTheFile()
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

void TestWorkspaceContent::removesCommitmentWithItsTexts()
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

void TestWorkspaceContent::hugeAndControlTextIsStoredExactly()
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
    // The lone surrogate cannot be stored as UTF-8: it becomes U+FFFD. Control characters no
    // XML export can hold are dropped; CR, LF and everything else stays.
    const QString expected = QStringLiteral("a b") + QChar(0xFFFD) + QStringLiteral("\r\n\u200f end");
    c.text(Field::Problem).zh = huge;
    c.text(Field::Content).zh = control;
    QVERIFY(ws->saveCommitment(c, &error));
    const auto loaded = ws->commitment(c.uuid);
    QVERIFY(loaded);
    QCOMPARE(loaded->text(Field::Problem).zh, huge);
    QCOMPARE(loaded->text(Field::Content).zh, expected);
}

void TestWorkspaceContent::loneSurrogatesAreReplacedAndTheRestKept_data()
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
    QTest::newRow("high before LF") << hi + QStringLiteral("\n\x01z") << fffd + QStringLiteral("\nz");
    QTest::newRow("high before emoji") << hi + emoji + hi << fffd + emoji + fffd;
    QTest::newRow("low after emoji") << emoji + lo + emoji << emoji + fffd + emoji;
    QTest::newRow("reversed pair") << QString(lo) + hi + u'z' << QString(fffd) + fffd + u'z';
    QTest::newRow("two highs then pair") << QString(hi) + hi + emoji << QString(fffd) + fffd + emoji;
    QTest::newRow("only a surrogate") << QString(lo) << QString(fffd);
    // SQLite reads U+FFFE and U+FFFF back as U+FFFD: the store says so up front.
    QTest::newRow("U+FFFE, U+FFFF") << QStringLiteral("\uFFFE\r\uFFFF\n")
                                    << QStringLiteral("\uFFFD\r\uFFFD\n");
    const QString valid = QStringLiteral("\t\x7f\x80\r\n\r 中文 ") + emoji +
                          QStringLiteral("\uFFFD\uFDD0\U0001FFFF\u200f end\r");
    QTest::newRow("nothing to replace") << valid << valid;
    // Pasted from Word: NUL and C0 controls other than tab, LF and CR go, the rest stays.
    QTest::newRow("control characters") << QString(QChar(0)) + QStringLiteral("a\x01\x07"
                                                                              "b\x0b\x0c\x1b\x1f\tc")
                                        << QStringLiteral("ab\tc");
}

void TestWorkspaceContent::loneSurrogatesAreReplacedAndTheRestKept()
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

QTEST_GUILESS_MAIN(TestWorkspaceContent)
#include "tst_workspacecontent.moc"
