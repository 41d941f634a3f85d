// What makes loading and exporting fast must not change what they produce: content.xml deflated
// as it is written (DeflateDevice, OdfPackage::addDeflated) reads back whole with matching
// CRCs; workspace stamps read by hand equal Qt's reading; texts reach their owners in one
// query; the checker's counts are computed once per export.
#include "check/Checker.h"
#include "export/DeflateDevice.h"
#include "export/OdfPackage.h"
#include "export/OpenFindingCounts.h"
#include "sample/SampleGenerator.h"
#include "store/TextRows.h"
#include "store/Workspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nap;

namespace {

// Some text of every kind content.xml holds: markup, Chinese, English, long runs.
QString sampleChunk(int i)
{
    return QStringLiteral("<text:p text:style-name=\"P%1\">第%1項承諾：政府資料開放與運用法制化 — "
                          "Legislating government open data (%1)</text:p>")
        .arg(i);
}

// Python's zipfile checks every CRC (testzip) and reads the entry back.
QString readBack(const QString &package, const QString &entry)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, zipfile\n"
                            "z = zipfile.ZipFile(sys.argv[1])\n"
                            "assert z.testzip() is None\n"
                            "assert z.namelist()[0] == 'mimetype'\n"
                            "sys.stdout.buffer.write(z.read(sys.argv[2]))"),
             package, entry});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("python3 failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestExportSpeed : public QObject
{
    Q_OBJECT

private slots:
    void deflatedEntryReadsBack();
    void loneSurrogateFailsTheStream();
    void handReadStampsEqualQtReading_data();
    void handReadStampsEqualQtReading();
    void textsReachTheirOwners();
    void checkerRunsOncePerCommitment();
};

void TestExportSpeed::deflatedEntryReadsBack()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("/usr/bin/python3 is missing");
    DeflateDevice device(OdfPackage::kDeflateLevel);
    QString expected;
    QVERIFY(device.writeXmlDeclaration());
    expected += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    // Well past one 256 KB block, in small pieces as QXmlStreamWriter sends them.
    for (int i = 0; i < 6000; ++i) {
        QString chunk = sampleChunk(i);
        expected += chunk;
        QVERIFY(device.take(chunk));
        QVERIFY(chunk.isEmpty());
    }
    QVERIFY(device.finish());
    QCOMPARE(device.uncompressedSize(), expected.toUtf8().size());
    QVERIFY(device.compressed().size() < device.uncompressedSize() / 4);

    OdfPackage package(QStringLiteral("application/vnd.oasis.opendocument.text"));
    package.addDeflated(QStringLiteral("content.xml"), device);
    package.add(QStringLiteral("styles.xml"), QByteArrayLiteral("<styles/>"));
    QByteArray bytes;
    Error error;
    QVERIFY(package.build(&bytes, &error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("streamed.odt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QCOMPARE(readBack(path, QStringLiteral("content.xml")), expected);
    QCOMPARE(readBack(path, QStringLiteral("styles.xml")), QStringLiteral("<styles/>"));

    // A second stream on the same device starts from nothing.
    device.restart();
    QString again = QStringLiteral("<a/>");
    QVERIFY(device.take(again) && device.finish());
    QCOMPARE(device.uncompressedSize(), 4);
}

void TestExportSpeed::loneSurrogateFailsTheStream()
{
    DeflateDevice device(OdfPackage::kDeflateLevel);
    QString broken = QStringLiteral("ok ") + QChar(0xD800) + QStringLiteral(" not ok");
    QVERIFY(!device.take(broken));
}

void TestExportSpeed::handReadStampsEqualQtReading_data()
{
    QTest::addColumn<QString>("stamp");
    QTest::newRow("written form") << QStringLiteral("2020-10-30T09:00:00.000Z");
    QTest::newRow("milliseconds") << QStringLiteral("2026-12-03T23:59:59.999Z");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T12:34:56.789Z");
    QTest::newRow("no milliseconds") << QStringLiteral("2020-10-30T09:00:00Z");
    QTest::newRow("offset") << QStringLiteral("2020-10-30T17:00:00.000+08:00");
    QTest::newRow("not a date") << QStringLiteral("2020-13-40T09:00:00.000Z");
    QTest::newRow("letters") << QStringLiteral("20x0-10-30T09:00:00.000Z");
}

void TestExportSpeed::handReadStampsEqualQtReading()
{
    QFETCH(QString, stamp);
    QDateTime qt = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    qt.setTimeSpec(Qt::UTC);
    QCOMPARE(TextRows::parseStamp(stamp), qt);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(TextRows::parseStamp(TextRows::stamp(now)), now);
}

void TestExportSpeed::textsReachTheirOwners()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("owners.napdesk"));
    SamplePlan plan = SampleGenerator::build(12, 3);
    const QDateTime when = QDateTime(QDate(2021, 3, 4), QTime(5, 6, 7, 8), Qt::UTC);
    plan.commitments[4].milestones[1].stakeholders.setText(Language::Chinese, QStringLiteral("公民團體"),
                                                           when);
    plan.commitments[4].milestones[2].progressNote.setText(Language::English, QStringLiteral("on track"),
                                                           when);
    plan.commitments[7].text(Field::Sdgs).setText(Language::English, QStringLiteral("SDG 16.10"), when);
    Error error;
    {
        auto ws = Workspace::create(path, &error);
        QVERIFY(ws);
        for (const Area &a : plan.areas)
            QVERIFY(ws->saveArea(a, &error));
        QVERIFY(ws->saveCommitments(plan.commitments, &error));
    }
    const auto ws = Workspace::open(path, Workspace::Mode::ReadOnly, &error);
    QVERIFY(ws);
    const QList<Commitment> read = ws->commitments();
    QVERIFY(!ws->readError());
    QCOMPARE(read.size(), plan.commitments.size());
    for (const Commitment &c : read) {
        const auto it = std::find_if(plan.commitments.cbegin(), plan.commitments.cend(),
                                     [&](const Commitment &w) { return w.uuid == c.uuid; });
        QVERIFY(it != plan.commitments.cend());
        QVERIFY(c == *it);
        QCOMPARE(ws->commitment(c.uuid)->milestones, c.milestones); // the one-commitment read agrees
    }
}

void TestExportSpeed::checkerRunsOncePerCommitment()
{
    const SamplePlan sample = SamplePlan::build();
    OpenFindingCounts counts{Checker(), sample.plan};
    Commitment c = sample.commitments.value(3);
    const FindingCounts gate = FindingCounts::of(counts.findings(c));
    // The forms and the workbook read what the gate found: a later change to the commitment
    // (which no export makes) would show only if the checker ran again.
    c.text(Field::Content) = LocalizedText();
    c.milestones.clear();
    QVERIFY(Checker().check(c, &sample.plan).counts().errors != gate.errors);
    const ExportInput::OpenFindings read = OpenFindingCounts::reader(
        std::make_shared<OpenFindingCounts>(Checker(), sample.plan))(sample.commitments.value(3));
    QCOMPARE(counts.counts(c).errors, gate.errors);
    QCOMPARE(counts.counts(c).warnings, gate.warnings);
    QCOMPARE(read.errors, gate.errors);
    // Unchecked commitments are checked on first read.
    const Commitment other = sample.commitments.value(5);
    QCOMPARE(counts.counts(other).errors, Checker().check(other, &sample.plan).counts().errors);
}

QTEST_GUILESS_MAIN(TestExportSpeed)
#include "tst_exportspeed.moc"
