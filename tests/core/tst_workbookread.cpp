// NAP Desk's own workbooks read back cell by cell: the sample plan exported as .xlsx and .ods
// in Chinese, English and both, read through the hardened readers, holds exactly the cells
// the workbook model wrote on the two data sheets (docs/xlsx-schema.md).

#include "ExportTestSupport.h"
#include "import/OdsGridReader.h"
#include "import/WorkbookCommitments.h"
#include "import/XlsxGridReader.h"

#include <QTemporaryDir>

using namespace nap;
using namespace nap::test;

namespace {

// What a cell looks like once read: xlsx keeps dates as day serials, empty text is no cell.
WorkbookCell asRead(const WorkbookCell &cell, bool xlsx)
{
    const QDate epoch(1899, 12, 30);
    if (cell.kind == WorkbookCell::Kind::Text && cell.text.isEmpty())
        return {};
    if (xlsx && cell.kind == WorkbookCell::Kind::Date)
        return WorkbookCell::ofNumber(double(epoch.daysTo(cell.date)));
    if (xlsx && cell.kind == WorkbookCell::Kind::DateTime) {
        const QDateTime utc = cell.dateTime.toUTC();
        return WorkbookCell::ofNumber(double(epoch.daysTo(utc.date())) +
                                      utc.time().msecsSinceStartOfDay() / 86400000.0);
    }
    return cell;
}

QString describe(const WorkbookCell &c)
{
    return QStringLiteral("kind %1 text '%2' number %3 date %4 %5")
        .arg(int(c.kind))
        .arg(c.text.left(60))
        .arg(c.number, 0, 'g', 12)
        .arg(c.date.toString(Qt::ISODate), c.dateTime.toString(Qt::ISODate));
}

// The workbook carries texts, not their edit and review times: those are taken from the original.
void stamps(LocalizedText *back, const LocalizedText &original)
{
    back->zhEdited = original.zhEdited;
    back->enEdited = original.enEdited;
    back->reviewed = original.reviewed;
}

void stamps(Commitment *back, const Commitment &original)
{
    for (auto it = original.texts().cbegin(); it != original.texts().cend(); ++it)
        stamps(&back->text(it.key()), it.value());
    for (int m = 0; m < qMin(back->milestones.size(), original.milestones.size()); ++m) {
        Milestone &b = back->milestones[m];
        const Milestone &o = original.milestones.at(m);
        stamps(&b.description, o.description);
        stamps(&b.expectedOutput, o.expectedOutput);
        stamps(&b.stakeholders, o.stakeholders);
        stamps(&b.progressNote, o.progressNote);
    }
}

bool same(const WorkbookCell &a, const WorkbookCell &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case WorkbookCell::Kind::Number:
        return qAbs(a.number - b.number) < 1e-6;
    case WorkbookCell::Kind::Date:
        return a.date == b.date;
    case WorkbookCell::Kind::DateTime:
        return a.dateTime.toUTC() == b.dateTime.toUTC();
    default:
        return a.text == b.text;
    }
}

} // namespace

class tst_WorkbookRead : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void commitments_data() { roundTrip_data(); }
    void commitments();
    void unescape();
};

void tst_WorkbookRead::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("mode");
    const QList<QPair<const char *, ExportRequest::Mode>> modes{{"zh", ExportRequest::Mode::Chinese},
                                                                {"en", ExportRequest::Mode::English},
                                                                {"both", ExportRequest::Mode::Bilingual}};
    for (const auto &[name, mode] : modes) {
        QTest::addRow("xlsx %s", name) << int(ExportRequest::Format::Xlsx) << int(mode);
        QTest::addRow("ods %s", name) << int(ExportRequest::Format::Ods) << int(mode);
    }
}

void tst_WorkbookRead::roundTrip()
{
    QFETCH(int, format);
    QFETCH(int, mode);
    const bool xlsx = format == int(ExportRequest::Format::Xlsx);
    QTemporaryDir dir;
    const QString file = dir.filePath(xlsx ? QStringLiteral("plan.xlsx") : QStringLiteral("plan.ods"));
    const ExportInput input = sampleInput();
    const ExportRequest req = request(ExportRequest::Format(format), ExportRequest::Mode(mode), file);
    Error error;
    QVERIFY2(Exporter::run(req, input, &error), qPrintable(error.message()));
    QList<Commitment> selection;
    QVERIFY(Exporter::select(req, input, &selection, &error));
    const Workbook expected = Workbook::build(req, input, selection);

    SheetGrid grid;
    const bool read =
        xlsx ? XlsxGridReader::read(file, &grid, &error) : OdsGridReader::read(file, &grid, &error);
    QVERIFY2(read, qPrintable(error.message()));
    QCOMPARE(grid.properties.value(QStringLiteral("nap_schema_version")),
             QString::number(Exporter::schemaVersion()));
    int compared = 0;
    for (const WorkbookSheet &sheet : expected.sheets) {
        if (sheet.name != QStringLiteral("承諾事項") && sheet.name != QStringLiteral("里程碑"))
            continue;
        QVERIFY2(grid.sheets.contains(sheet.name), qPrintable(sheet.name));
        const QList<QVector<WorkbookCell>> rows = grid.sheets.value(sheet.name);
        QVERIFY(rows.size() >= sheet.rows.size() + 1); // + the header row
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QVector<WorkbookCell> &got = rows.at(r + 1);
            for (int c = 0; c < sheet.rows.at(r).size(); ++c) {
                const WorkbookCell want = asRead(sheet.rows.at(r).at(c), xlsx);
                const WorkbookCell have = c < got.size() ? got.at(c) : WorkbookCell{};
                QVERIFY2(same(want, have), qPrintable(QStringLiteral("%1 row %2 column %3: want %4, have %5")
                                                          .arg(sheet.name)
                                                          .arg(r + 2)
                                                          .arg(c + 1)
                                                          .arg(describe(want), describe(have))));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 100);
}

// Every field the workbook carries comes back into the model identical; what it does not carry
// (the area's uuid, plan order, creation time) is taken from the original before comparing.
void tst_WorkbookRead::commitments()
{
    QFETCH(int, format);
    QFETCH(int, mode);
    const bool xlsx = format == int(ExportRequest::Format::Xlsx);
    QTemporaryDir dir;
    const QString file = dir.filePath(xlsx ? QStringLiteral("plan.xlsx") : QStringLiteral("plan.ods"));
    const ExportInput input = sampleInput();
    Error error;
    QVERIFY2(
        Exporter::run(request(ExportRequest::Format(format), ExportRequest::Mode(mode), file), input, &error),
        qPrintable(error.message()));
    SheetGrid grid;
    QVERIFY(xlsx ? XlsxGridReader::read(file, &grid, &error) : OdsGridReader::read(file, &grid, &error));
    QList<Commitment> read;
    QHash<QString, int> areas;
    QVERIFY2(WorkbookCommitments::read(grid, file, &read, &areas, &error), qPrintable(error.message()));
    QCOMPARE(read.size(), input.commitments.size());
    for (int i = 0; i < read.size(); ++i) {
        const Commitment &original = input.commitments.at(i);
        Commitment back = read.at(i);
        QCOMPARE(back.uuid, original.uuid);
        QVERIFY(areas.contains(back.uuid));
        back.areaUuid = original.areaUuid;
        back.sortOrder = original.sortOrder;
        back.created = original.created;
        stamps(&back, original);
        QCOMPARE(back.leadAgency, original.leadAgency);
        QCOMPARE(back.coAgencies, original.coAgencies);
        QCOMPARE(back.modified, original.modified);
        QCOMPARE(back.milestones.size(), original.milestones.size());
        for (int m = 0; m < back.milestones.size(); ++m)
            QVERIFY2(back.milestones.at(m) == original.milestones.at(m),
                     qPrintable(original.milestones.at(m).uuid));
        QVERIFY2(back == original, qPrintable(original.code));
    }
    grid.properties.insert(QStringLiteral("nap_schema_version"),
                           QString::number(Exporter::schemaVersion() + 1));
    QVERIFY(!WorkbookCommitments::read(grid, file, &read, &areas, &error));
    QCOMPARE(error.code, Error::NewerSchema);
    grid.properties.insert(QStringLiteral("nap_schema_version"), QStringLiteral("1"));
    QVERIFY(!WorkbookCommitments::read(grid, file, &read, &areas, &error));
    QCOMPARE(error.code, Error::UnsupportedFormat);
}

void tst_WorkbookRead::unescape()
{
    QCOMPARE(XlsxGridReader::unescape(QStringLiteral("a_x000D_b")), QStringLiteral("a\rb"));
    QCOMPARE(XlsxGridReader::unescape(QStringLiteral("_x005F_x0041_")), QStringLiteral("_x0041_"));
    QCOMPARE(XlsxGridReader::unescape(QStringLiteral("_xZZ41_")), QStringLiteral("_xZZ41_"));
    QCOMPARE(XlsxGridReader::columnIndex(u"BC12"), 54);
    QCOMPARE(XlsxGridReader::columnIndex(u"A1"), 0);
}

QTEST_GUILESS_MAIN(tst_WorkbookRead)
#include "tst_workbookread.moc"
