// The generated large plan (napdesk-cli sample --commitments N --milestones M): full-length
// bilingual commitments that differ from each other, valid dates, a workspace that reads
// back whole, and the command's usage errors.
#include "check/Checker.h"
#include "sample/SampleGenerator.h"
#include "store/Workspace.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace nap;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

Run cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(NAP_CLI), arguments);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    return r;
}

qsizetype length(const Commitment &c, Language language)
{
    qsizetype n = 0;
    for (const LocalizedText &t : c.texts())
        n += t.text(language).size();
    return n;
}

int bilingualFields(const Commitment &c)
{
    int n = 0;
    for (const LocalizedText &t : c.texts())
        n += !t.zh.isEmpty() && !t.en.isEmpty() ? 1 : 0;
    return n;
}

} // namespace

class TestSampleGenerator : public QObject
{
    Q_OBJECT

private slots:
    void commitmentsAreFullLengthAndBilingual();
    void commitmentsDiffer();
    void milestonesFitThePeriod();
    void noErrorHoldsAnExportBack();
    void workspaceReadsBack();
    void cliWritesTheSize();
    void cliRejectsBadCounts_data();
    void cliRejectsBadCounts();
};

void TestSampleGenerator::commitmentsAreFullLengthAndBilingual()
{
    const SamplePlan plan = SampleGenerator::build(30, 10);
    QCOMPARE(plan.commitments.size(), 30);
    for (const Commitment &c : plan.commitments) {
        QCOMPARE(bilingualFields(c), 13);
        QVERIFY2(length(c, Language::Chinese) >= 350 && length(c, Language::Chinese) <= 460,
                 qPrintable(QString::number(length(c, Language::Chinese))));
        QVERIFY2(length(c, Language::English) >= 1300 && length(c, Language::English) <= 1600,
                 qPrintable(QString::number(length(c, Language::English))));
        QCOMPARE(c.milestones.size(), 10);
        for (const Milestone &m : c.milestones) {
            QVERIFY(!m.description.zh.isEmpty() && !m.description.en.isEmpty());
            QVERIFY(!m.expectedOutput.zh.isEmpty() && !m.expectedOutput.en.isEmpty());
        }
    }
    // Varied from the sample's most complete commitment.
    QCOMPARE(bilingualFields(SampleGenerator::strongest(SamplePlan::build())), 13);
}

void TestSampleGenerator::commitmentsDiffer()
{
    const SamplePlan plan = SampleGenerator::build(120, 3);
    QSet<QString> titles;
    QSet<QString> problems;
    QSet<QString> codes;
    QSet<QString> uuids;
    for (const Commitment &c : plan.commitments) {
        titles.insert(c.text(Field::Title).zh);
        problems.insert(c.text(Field::Problem).en);
        codes.insert(c.code);
        uuids.insert(c.uuid);
        QCOMPARE(c.code.section(QLatin1Char('-'), 1).toInt(), c.sortOrder);
    }
    QCOMPARE(titles.size(), 12); // one per topic
    QVERIFY(problems.size() >= 100);
    QCOMPARE(codes.size(), 120);
    QCOMPARE(uuids.size(), 120);
    // Spread over every sample area in turn.
    QSet<QString> areas;
    for (const Commitment &c : plan.commitments)
        areas.insert(c.areaUuid);
    QCOMPARE(areas.size(), plan.areas.size());
}

void TestSampleGenerator::milestonesFitThePeriod()
{
    const SamplePlan plan = SampleGenerator::build(5, 25);
    for (const Commitment &c : plan.commitments) {
        QCOMPARE(c.milestones.size(), 25);
        YearMonth previous = c.start;
        for (const Milestone &m : c.milestones) {
            QVERIFY(m.start.isValid() && m.end.isValid());
            QVERIFY(!(m.end < m.start));
            QVERIFY(!(m.start < c.start) && !(c.end < m.end));
            QVERIFY(!(m.start < previous));
            previous = m.start;
        }
    }
    QVERIFY(SampleGenerator::build(0, 10).commitments.isEmpty());
    QVERIFY(SampleGenerator::build(2, 0).commitments.first().milestones.isEmpty());
}

void TestSampleGenerator::noErrorHoldsAnExportBack()
{
    // The benchmark exports without --reason: no generated commitment may have an error.
    const SamplePlan plan = SampleGenerator::build(24, 10);
    CheckOptions options;
    options.englishExport = true;
    const Checker checker(options);
    for (const Commitment &c : plan.commitments)
        QCOMPARE(checker.check(c, &plan.plan).counts().errors, 0);
}

void TestSampleGenerator::workspaceReadsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.napdesk"));
    Error error;
    QVERIFY(SampleGenerator::writeWorkspace(path, 40, 10, &error));
    QVERIFY(!SampleGenerator::writeWorkspace(path, 1, 1, &error)); // never over an existing file
    const auto ws = Workspace::open(path, Workspace::Mode::ReadOnly, &error);
    QVERIFY(ws);
    const QList<Commitment> read = ws->commitments();
    QCOMPARE(read.size(), 40);
    QCOMPARE(ws->areas().size(), 5);
    for (const Commitment &c : read) {
        QCOMPARE(c.milestones.size(), 10);
        QCOMPARE(bilingualFields(c), 13);
    }
    QVERIFY(!ws->readError());
}

void TestSampleGenerator::cliWritesTheSize()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.napdesk"));
    const Run written =
        cli({QStringLiteral("sample"), QStringLiteral("--out"), path, QStringLiteral("--commitments"),
             QStringLiteral("7"), QStringLiteral("--milestones"), QStringLiteral("4")});
    QCOMPARE(written.exitCode, 0);
    const Run info = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("info"),
                          QStringLiteral("--workspace"), path});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QStringLiteral("Commitments: 7\n")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("Milestones: 28\n")), qPrintable(info.out));
}

void TestSampleGenerator::cliRejectsBadCounts_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("not a number") << QStringList{QStringLiteral("--commitments"), QStringLiteral("many")};
    QTest::newRow("negative") << QStringList{QStringLiteral("--commitments"), QStringLiteral("-3")};
    QTest::newRow("too many milestones")
        << QStringList{QStringLiteral("--commitments"), QStringLiteral("2"), QStringLiteral("--milestones"),
                       QStringLiteral("1000")};
    QTest::newRow("milestones alone") << QStringList{QStringLiteral("--milestones"), QStringLiteral("3")};
}

void TestSampleGenerator::cliRejectsBadCounts()
{
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.napdesk"));
    QCOMPARE(cli(QStringList{QStringLiteral("sample"), QStringLiteral("--out"), path} + options).exitCode, 2);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestSampleGenerator)
#include "tst_samplegenerator.moc"
