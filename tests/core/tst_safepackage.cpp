// Hostile packages as someone might send them for import: each is built here by python3's
// zipfile (tests/data/import/make_hostile.py), then must be refused by SafeZip/SafeXml quickly, with the
// right error naming the file, and nothing written beside it.

#include "TestPaths.h"
#include "import/SafeXml.h"
#include "import/SafeZip.h"
#include "import/XlsxGridReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace nap;

namespace {

// ASan keeps freed blocks in a quarantine (256 MB by default) and adds shadow memory, so a
// sanitizer build's peak says nothing about the reader; its budget is only a runaway guard there.
#if defined(__SANITIZE_ADDRESS__)
constexpr long kPeakBudgetMb = 400;
#else
constexpr long kPeakBudgetMb = 100;
#endif

long peakKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct Outcome
{
    Error error;
    qint64 ms = 0;
};

// Opens and reads every entry, XML entries through SafeXml, as an importer would.
Outcome readAll(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Outcome o;
    SafeZip zip;
    if (zip.open(path, &o.error)) {
        const QStringList names = zip.names();
        for (const QString &name : names) {
            QByteArray data;
            const bool xml = name.endsWith(QLatin1String(".xml"));
            if (!(xml ? zip.readXml(name, &data, &o.error) : zip.read(name, &data, &o.error)))
                break;
        }
    }
    o.ms = timer.elapsed();
    return o;
}

} // namespace

class tst_SafePackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goodPackageReads();
    void hostileRefused_data();
    void hostileRefused();
    void hostileWorkbookRefused_data();
    void hostileWorkbookRefused();
    void nothingWritten();
    void namesChecked();

private:
    QTemporaryDir m_dir;
    QStringList m_before;
};

void tst_SafePackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {nap::test::TestPaths::data(QStringLiteral("import/make_hostile.py")), m_dir.path()});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    m_before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

void tst_SafePackage::goodPackageReads()
{
    SafeZip zip;
    Error e;
    QVERIFY2(zip.open(m_dir.filePath(QStringLiteral("good.ods")), &e), qPrintable(e.message()));
    QByteArray data;
    QVERIFY2(zip.readXml(QStringLiteral("content.xml"), &data, &e), qPrintable(e.message()));
    QVERIFY(data.contains("<a>t</a>"));
}

void tst_SafePackage::hostileRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    const auto row = [](const char *file, Error::Code code) {
        QTest::newRow(file) << QString::fromLatin1(file) << int(code);
    };
    row("notzip.xlsx", Error::PackageUnreadable);
    row("empty.xlsx", Error::PackageUnreadable);
    row("truncated.ods", Error::PackageUnreadable);
    row("entries.xlsx", Error::PackageTooLarge);
    row("bomb.xlsx", Error::PackageTooLarge);
    row("total.xlsx", Error::PackageTooLarge);
    row("ratio.ods", Error::PackageTooLarge);
    row("lying.ods", Error::PackageTooLarge);
    for (const char *slip : {"slip0.ods", "slip1.ods", "slip2.ods", "slip3.ods", "slip4.ods"})
        row(slip, Error::PackageUnsafeName);
    row("dup.ods", Error::PackageUnreadable); // libzip's consistency check refuses a duplicate name first
    row("encrypted.ods", Error::PackageEncrypted);
    row("basic.ods", Error::PackageMacros);
    row("scripts.odt", Error::PackageMacros);
    row("vba.xlsx", Error::PackageMacros);
    row("dtd.ods", Error::XmlUnsafe);
    row("laughs.ods", Error::XmlUnsafe);
    row("external.ods", Error::XmlUnsafe);
    row("undeclared.ods", Error::XmlMalformed);
    row("deep.ods", Error::XmlTooComplex);
    row("longtext.ods", Error::XmlTooComplex);
    row("longattr.ods", Error::XmlTooComplex);
    row("malformed.ods", Error::XmlMalformed);
}

void tst_SafePackage::hostileRefused()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    const Outcome o = readAll(m_dir.filePath(file));
    QVERIFY2(int(o.error.code) == code, qPrintable(o.error.message()));
    QVERIFY2(o.error.message().contains(file), qPrintable(o.error.message())); // names the file
    QVERIFY2(o.ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(o.ms)));
    // The peak of this process so far: every file up to this one was read within it.
    const long peakMb = peakKb() / 1024;
    QVERIFY2(peakMb < kPeakBudgetMb, qPrintable(QStringLiteral("%1 MB").arg(peakMb)));
    qInfo("%s refused in %lld ms, peak %ld MB: %s", qPrintable(file), o.ms, peakMb,
          qPrintable(o.error.message()));
}

// The workbook reader checks each part in the one parse that reads it (no pre-scan): every
// part it reads must be refused as strictly as SafeZip::readXml refuses it.
void tst_SafePackage::hostileWorkbookRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    const auto row = [](const char *file, Error::Code code) {
        QTest::newRow(file) << QString::fromLatin1(file) << int(code);
    };
    row("goodsheet.xlsx", Error::None);
    row("sheetdtd.xlsx", Error::XmlUnsafe);
    row("sheetdeep.xlsx", Error::XmlTooComplex);
    row("sheetlongvalue.xlsx", Error::XmlTooComplex);
    row("sheetlongcomment.xlsx", Error::XmlTooComplex);
    row("sheetmalformed.xlsx", Error::XmlMalformed);
    row("sheetnested.xlsx", Error::XmlMalformed);
    row("stringsdtd.xlsx", Error::XmlUnsafe);
    row("stringslong.xlsx", Error::XmlTooComplex);
    row("bookdtd.xlsx", Error::XmlUnsafe);
    row("relsdeep.xlsx", Error::XmlTooComplex);
    row("propsdtd.xlsx", Error::XmlUnsafe);
    row("propslong.xlsx", Error::XmlTooComplex);
    row("propsundeclared.xlsx", Error::XmlMalformed);
}

void tst_SafePackage::hostileWorkbookRefused()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    SheetGrid grid;
    Error error;
    const bool read = XlsxGridReader::read(m_dir.filePath(file), &grid, &error);
    QVERIFY2(int(error.code) == code, qPrintable(error.message()));
    QCOMPARE(read, code == int(Error::None));
    if (!read)
        QVERIFY2(error.message().contains(file), qPrintable(error.message())); // names the file
    else
        QCOMPARE(grid.sheets.value(QStringLiteral("s")).value(0).value(0).number, 1.0);
}

void tst_SafePackage::nothingWritten()
{
    const QStringList after =
        QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(after, m_before);
    QVERIFY(!QFileInfo::exists(QDir(m_dir.path()).filePath(QStringLiteral("../evil.xml"))));
}

void tst_SafePackage::namesChecked()
{
    QVERIFY(SafeZip::isSafeName(QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY(SafeZip::isSafeName(QStringLiteral("META-INF/manifest.xml")));
    QVERIFY(!SafeZip::isSafeName(QStringLiteral("a/./b")));
    QVERIFY(!SafeZip::isSafeName(QStringLiteral("")));
    QVERIFY(SafeZip::isMacroEntry(QStringLiteral("word/vbaProject.bin")));
    QVERIFY(!SafeZip::isMacroEntry(QStringLiteral("content.xml")));
}

QTEST_GUILESS_MAIN(tst_SafePackage)
#include "tst_safepackage.moc"
