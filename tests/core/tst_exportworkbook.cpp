// .xlsx and .ods workbooks: schema read back by openpyxl and odfpy, the six libxlsxwriter
// guard rails, hostile text, a comma-decimal locale.
#include "ExportTestSupport.h"
#include "export/XlsxWriter.h"

#include "export/WorkbookModel.h"
#include "text/XmlText.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <clocale>
#include <cstdio>

using namespace nap;
using namespace nap::test;

class TestExportWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void xlsxSampleSchema();
    void xlsxPresentation();
    void summarySheetIsForPeople_data();
    void summarySheetIsForPeople();
    void xlsxDropdownsReadTheHiddenSheet();    // guard rail 1
    void xlsxPropertiesAndNamesAreSanitized(); // guard rails 2 and 6
    void xlsxHostileTextRoundTrips();          // guard rails 4 and 6
    void xlsxValuesAreNotFormulas();           // guard rail 5
    void xlsxTooLongCellIsRefused();
    void xlsxCellLengthCountsTheEscaping();
    void xlsxLongExportingAgencyIsClipped();
    void odsSampleSchemaMatchesXlsx();
    void odsHostileTextRoundTrips();
    void commaDecimalLocaleInProcess(); // guard rail 3
    void findingsColumnOnlyWithAChecker();

private:
    QJsonObject exportXlsx(const ExportInput &input, ExportRequest::Mode mode, const QString &name,
                           const QString &agency = QStringLiteral("ndc"));
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

// Sheet positions since schema version 2.
enum SheetIndex
{
    kSummary = 0,
    kCommitments = 1,
    kMilestones = 2,
    kLists = 3
};

static QJsonObject sheetOf(const QJsonObject &dump, int sheet)
{
    return dump.value(QLatin1String("sheets")).toArray().at(sheet).toObject();
}

static QJsonArray rowsOf(const QJsonObject &dump, int sheet)
{
    return dump.value(QLatin1String("sheets"))
        .toArray()
        .at(sheet)
        .toObject()
        .value(QLatin1String("rows"))
        .toArray();
}

static QJsonObject cellAt(const QJsonArray &rows, int row, int column)
{
    return rows.at(row).toArray().at(column).toObject();
}

static int columnOf(const QJsonArray &rows, const QString &header)
{
    const QJsonArray first = rows.at(0).toArray();
    for (int i = 0; i < first.size(); ++i) {
        if (first.at(i).toObject().value(QLatin1String("value")).toString() == header)
            return i;
    }
    return -1;
}

QJsonObject TestExportWorkbook::exportXlsx(const ExportInput &input, ExportRequest::Mode mode,
                                           const QString &name, const QString &agency)
{
    ExportRequest req = request(ExportRequest::Format::Xlsx, mode, path(name));
    req.exportingAgency = agency;
    Error error;
    if (!Exporter::run(req, input, &error)) {
        qWarning() << error.message();
        return {};
    }
    QString problem;
    const QJsonObject d = dump(QStringLiteral("xlsx_dump.py"), req.targetPath, &problem);
    if (!problem.isEmpty())
        qWarning() << "openpyxl:" << problem;
    return d;
}

void TestExportWorkbook::xlsxSampleSchema()
{
    const ExportInput input = sampleInput();
    const QJsonObject d = exportXlsx(input, ExportRequest::Mode::Chinese, QStringLiteral("s.xlsx"));
    const QJsonArray sheets = d.value(QLatin1String("sheets")).toArray();
    QCOMPARE(sheets.size(), 4);
    QCOMPARE(sheets.at(kSummary).toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("彙整表"));
    QCOMPARE(sheets.at(kCommitments).toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("承諾事項"));
    QCOMPARE(sheets.at(kMilestones).toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("里程碑"));
    QCOMPARE(sheets.at(kLists).toObject().value(QLatin1String("title")).toString(), QStringLiteral("清單"));
    QCOMPARE(sheets.at(kLists).toObject().value(QLatin1String("state")).toString(), QStringLiteral("hidden"));
    const QJsonArray rows = rowsOf(d, kCommitments);
    QCOMPARE(rows.size(), 13); // header + 12 commitments
    QCOMPARE(cellAt(rows, 0, 0).value(QLatin1String("value")).toString(), QStringLiteral("識別碼"));
    QCOMPARE(cellAt(rows, 0, 3).value(QLatin1String("value")).toString(), QStringLiteral("編號"));
    QCOMPARE(cellAt(rows, 0, 4).value(QLatin1String("value")).toString(),
             QStringLiteral("承諾事項名稱（中文）"));
    const Commitment &first = input.commitments.first();
    QCOMPARE(cellAt(rows, 1, 0).value(QLatin1String("value")).toString(), first.uuid);
    QCOMPARE(cellAt(rows, 1, 2).value(QLatin1String("value")).toDouble(), 1.0);
    QCOMPARE(cellAt(rows, 1, 3).value(QLatin1String("value")).toString(), QStringLiteral("1-1"));
    QCOMPARE(cellAt(rows, 1, 3).value(QLatin1String("format")).toString(), QStringLiteral("@"));
    QCOMPARE(cellAt(rows, 1, 4).value(QLatin1String("value")).toString(), first.text(Field::Title).zh);
    QCOMPARE(cellAt(rows, 1, 5).value(QLatin1String("value")).toString(), first.text(Field::Title).en);
    QCOMPARE(cellAt(rows, 1, 6).value(QLatin1String("value")).toString(), QStringLiteral("國家發展委員會"));
    const QJsonObject start = cellAt(rows, 1, 8);
    QCOMPARE(start.value(QLatin1String("type")).toString(), QStringLiteral("date"));
    QCOMPARE(start.value(QLatin1String("value")).toString(),
             QDate(first.start.year(), first.start.month(), 1).toString(Qt::ISODate) +
                 QStringLiteral("T00:00:00"));
    QCOMPARE(start.value(QLatin1String("format")).toString(), QStringLiteral("yyyy/mm"));
    const int problemZh = columnOf(rows, QStringLiteral("公共問題（中文）"));
    QVERIFY(problemZh > 0);
    QCOMPARE(cellAt(rows, 1, problemZh).value(QLatin1String("value")).toString(),
             first.text(Field::Problem).zh);
    QCOMPARE(cellAt(rows, 1, problemZh + 1).value(QLatin1String("value")).toString(),
             first.text(Field::Problem).en);
    const int modified = columnOf(rows, QStringLiteral("最後修改（UTC）"));
    QCOMPARE(cellAt(rows, 1, modified).value(QLatin1String("type")).toString(), QStringLiteral("date"));
    QCOMPARE(cellAt(rows, 1, modified - 1).value(QLatin1String("value")).toString(),
             QStringLiteral("國家發展委員會"));
    int milestoneCount = 0;
    for (const Commitment &c : input.commitments)
        milestoneCount += c.milestones.size();
    const QJsonArray ms = rowsOf(d, kMilestones);
    QCOMPARE(ms.size(), milestoneCount + 1);
    QCOMPARE(cellAt(ms, 1, 0).value(QLatin1String("value")).toString(), first.uuid);
    QCOMPARE(cellAt(ms, 1, 1).value(QLatin1String("value")).toString(), QStringLiteral("1-1"));
    QCOMPARE(cellAt(ms, 1, 2).value(QLatin1String("value")).toString(), first.milestones.first().uuid);
    QCOMPARE(cellAt(ms, 1, 4).value(QLatin1String("value")).toString(),
             first.milestones.first().description.zh);
    const QJsonObject custom = d.value(QLatin1String("custom")).toObject();
    QCOMPARE(custom.value(QLatin1String("nap_schema_version")).toString(),
             QString::number(Exporter::schemaVersion()));
    QCOMPARE(custom.value(QLatin1String("nap_app_version")).toString(), QStringLiteral(NAP_VERSION));
    QCOMPARE(custom.value(QLatin1String("nap_exporting_agency")).toString(),
             QStringLiteral("國家發展委員會"));
    QVERIFY(custom.value(QLatin1String("nap_export_time"))
                .toString()
                .startsWith(QString::number(QDate::currentDate().year())));
}

void TestExportWorkbook::xlsxPresentation()
{
    const QJsonObject d = exportXlsx(sampleInput(), ExportRequest::Mode::Bilingual, QStringLiteral("p.xlsx"));
    const QJsonObject sheet = sheetOf(d, kCommitments);
    QCOMPARE(sheet.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
    QVERIFY(sheet.value(QLatin1String("autofilter")).toString().startsWith(QLatin1String("A1:")));
    QCOMPARE(sheet.value(QLatin1String("orientation")).toString(), QStringLiteral("landscape"));
    QCOMPARE(sheet.value(QLatin1String("paperSize")).toInt(), 9);
    QVERIFY(sheet.value(QLatin1String("printTitleRows")).toString().contains(QLatin1String("$1:$1")));
    QCOMPARE(sheet.value(QLatin1String("headerFont")).toString(), QStringLiteral("標楷體"));
    QCOMPARE(sheet.value(QLatin1String("dataFont")).toString(), QStringLiteral("標楷體"));
    QVERIFY(sheet.value(QLatin1String("wrap")).toBool());
    QVERIFY(sheet.value(QLatin1String("widths")).toObject().value(QLatin1String("E")).toDouble() > 20);
    QCOMPARE(
        cellAt(sheet.value(QLatin1String("rows")).toArray(), 0, 4).value(QLatin1String("value")).toString(),
        QStringLiteral("承諾事項名稱（中文）\nCommitment name (Chinese)"));
}

void TestExportWorkbook::summarySheetIsForPeople_data()
{
    QTest::addColumn<int>("modeNumber");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("status");
    QTest::newRow("Chinese, ROC") << int(ExportRequest::Mode::Chinese)
                                  << QStringList{QStringLiteral("編號"), QStringLiteral("面向"),
                                                 QStringLiteral("承諾事項名稱"), QStringLiteral("主辦機關")}
                                  << QStringLiteral("114年3月至117年12月") << QStringLiteral("草稿");
    QTest::newRow("English, Gregorian")
        << int(ExportRequest::Mode::English)
        << QStringList{QStringLiteral("Code"), QStringLiteral("Area name"), QStringLiteral("Commitment name"),
                       QStringLiteral("Lead agency")}
        << QStringLiteral("March 2025 to December 2028") << QStringLiteral("Draft");
    QTest::newRow("bilingual, ROC") << int(ExportRequest::Mode::Bilingual)
                                    << QStringList{QStringLiteral("編號\nCode"),
                                                   QStringLiteral("面向\nArea name"),
                                                   QStringLiteral("承諾事項名稱\nCommitment name"),
                                                   QStringLiteral("主辦機關\nLead agency")}
                                    << QStringLiteral("114年3月至117年12月\nROC 114/03 to ROC 117/12")
                                    << QStringLiteral("草稿\nDraft");
}

void TestExportWorkbook::summarySheetIsForPeople()
{
    QFETCH(int, modeNumber);
    const auto mode = static_cast<ExportRequest::Mode>(modeNumber);
    QFETCH(QStringList, header);
    QFETCH(QString, period);
    QFETCH(QString, status);
    ExportInput input = sampleInput();
    Commitment &marked = input.commitments.first();
    marked.status = CommitmentStatus::Draft;
    marked.start = YearMonth(2025, 3);
    marked.end = YearMonth(2028, 12);
    input.openFindings = [](const Commitment &c) {
        return c.code == QLatin1String("1-1") ? ExportInput::OpenFindings{2, 1} : ExportInput::OpenFindings{};
    };
    const QJsonObject d = exportXlsx(input, mode, QStringLiteral("sum.xlsx"));
    const QJsonObject sheet = sheetOf(d, kSummary);
    QCOMPARE(sheet.value(QLatin1String("title")).toString(), QStringLiteral("彙整表"));
    const QJsonArray rows = sheet.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), input.commitments.size() + 1);
    for (int c = 0; c < header.size(); ++c)
        QCOMPARE(cellAt(rows, 0, c).value(QLatin1String("value")).toString(), header.at(c));
    QCOMPARE(rows.at(0).toArray().size(), 10); // with the checker's two counts
    const Language lang = mode == ExportRequest::Mode::English ? Language::English : Language::Chinese;
    QCOMPARE(cellAt(rows, 1, 0).value(QLatin1String("value")).toString(), marked.code);
    const QString area = cellAt(rows, 1, 1).value(QLatin1String("value")).toString();
    QVERIFY2(area.startsWith(input.areas.first().title.text(lang)), qPrintable(area));
    const QString title = cellAt(rows, 1, 2).value(QLatin1String("value")).toString();
    QVERIFY(title.startsWith(marked.text(Field::Title).text(lang)));
    QCOMPARE(title.contains(marked.text(Field::Title).en), mode != ExportRequest::Mode::Chinese);
    QCOMPARE(cellAt(rows, 1, 5).value(QLatin1String("value")).toString(), period);
    QCOMPARE(cellAt(rows, 1, 6).value(QLatin1String("value")).toDouble(), double(marked.milestones.size()));
    QCOMPARE(cellAt(rows, 1, 7).value(QLatin1String("value")).toString(), status);
    QCOMPARE(cellAt(rows, 1, 8).value(QLatin1String("value")).toDouble(), 2.0);
    QCOMPARE(cellAt(rows, 1, 9).value(QLatin1String("value")).toDouble(), 1.0);
    // For people: no identifiers, no codes, no dates as Gregorian date cells.
    for (const QJsonValue &row : rows) {
        for (const QJsonValue &cell : row.toArray()) {
            const QJsonObject o = cell.toObject();
            QVERIFY(o.value(QLatin1String("type")).toString() != QLatin1String("date"));
            QVERIFY(!o.value(QLatin1String("value")).toString().contains(marked.uuid));
            QVERIFY(o.value(QLatin1String("value")).toString() != QLatin1String("draft"));
        }
    }
    // Printed on A4 landscape, one page wide (LibreOffice's PDF is checked in tst_exportrender).
    QCOMPARE(sheet.value(QLatin1String("orientation")).toString(), QStringLiteral("landscape"));
    QVERIFY(sheet.value(QLatin1String("fitToPage")).toBool());
    QCOMPARE(sheet.value(QLatin1String("fitToWidth")).toInt(), 1);
    QCOMPARE(sheet.value(QLatin1String("fitToHeight")).toInt(), 0);
    QVERIFY(!sheetOf(d, kCommitments).value(QLatin1String("fitToPage")).toBool());
}

void TestExportWorkbook::xlsxDropdownsReadTheHiddenSheet()
{
    const QJsonObject d = exportXlsx(sampleInput(), ExportRequest::Mode::Chinese, QStringLiteral("v.xlsx"));
    const QJsonObject names = d.value(QLatin1String("definedNames")).toObject();
    QCOMPARE(names.value(QLatin1String("NAP_Status")).toString(), QStringLiteral("'清單'!$B$2:$B$4"));
    QVERIFY(
        names.value(QLatin1String("NAP_Agencies")).toString().startsWith(QStringLiteral("'清單'!$A$2:$A$")));
    const QJsonArray validations = sheetOf(d, kCommitments).value(QLatin1String("validations")).toArray();
    QStringList formulas;
    for (const QJsonValue &v : validations) {
        QCOMPARE(v.toObject().value(QLatin1String("type")).toString(), QStringLiteral("list"));
        formulas.append(v.toObject().value(QLatin1String("formula")).toString());
    }
    QVERIFY(formulas.contains(QStringLiteral("NAP_Agencies")));
    QVERIFY(formulas.contains(QStringLiteral("NAP_Status")));
    QVERIFY(formulas.contains(QStringLiteral("NAP_YesNo")));
    for (const QString &f : formulas)
        QVERIFY2(!f.contains(QLatin1Char('"')),
                 "no inline list (crashes libxlsxwriter 1.1.4 over 255 bytes)");
    const QJsonArray lists = rowsOf(d, kLists);
    QVERIFY(lists.size() > 40); // the whole agency catalogue: far beyond an inline list's 255 bytes
    QCOMPARE(cellAt(lists, 1, 1).value(QLatin1String("value")).toString(), QStringLiteral("draft"));
    const QJsonArray milestoneValidations =
        sheetOf(d, kMilestones).value(QLatin1String("validations")).toArray();
    QVERIFY(sheetOf(d, kSummary).value(QLatin1String("validations")).toArray().isEmpty());
    QCOMPARE(milestoneValidations.size(), 3); // agency, activity, completion
}

void TestExportWorkbook::xlsxPropertiesAndNamesAreSanitized()
{
    ExportInput input = sampleInput();
    input.plan.title.zh =
        QStringLiteral("方案\x01\x0b <&> \"q\" ") + QChar(0xD800) + QStringLiteral(" & end");
    const QString agency = QStringLiteral("機關\x02 & <b>") + QChar(0xDC00);
    const QJsonObject d = exportXlsx(input, ExportRequest::Mode::Chinese, QStringLiteral("n.xlsx"), agency);
    QVERIFY2(!d.isEmpty(), "openpyxl must open the file");
    QCOMPARE(d.value(QLatin1String("title")).toString(), XmlText::sanitized(input.plan.title.zh));
    QCOMPARE(
        d.value(QLatin1String("custom")).toObject().value(QLatin1String("nap_exporting_agency")).toString(),
        XmlText::sanitized(agency));
    const QByteArray sheetXml =
        zipEntry(path(QStringLiteral("n.xlsx")), QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheetXml.contains("<oddHeader>&amp;L方案"));
    QVERIFY(!sheetXml.contains("\x01"));
}

void TestExportWorkbook::xlsxHostileTextRoundTrips()
{
    ExportInput input = sampleInput();
    Commitment &c = input.commitments.first();
    const QString hostile =
        QStringLiteral("ctl\x01\x02\x0b\x0c|") + QChar(0xD800) + QStringLiteral("|") + QChar(0xDFFF) +
        QStringLiteral("|_x0041_|_x00e9_|<&>\"'|  lead and trail  |a   b|\tt\t|CR\r\nLF\rX|😀|שלום עולם|");
    const QString max = QString(Workbook::kMaxCellText - 3, QChar(0x6587)) + QStringLiteral("END");
    c.text(Field::Problem).zh = hostile;
    c.text(Field::Content).en = max;
    c.code = QStringLiteral("_x0031_-1");
    const QJsonObject d = exportXlsx(input, ExportRequest::Mode::Chinese, QStringLiteral("h.xlsx"));
    const QJsonArray rows = rowsOf(d, kCommitments);
    const int problem = columnOf(rows, QStringLiteral("公共問題（中文）"));
    const int content = columnOf(rows, QStringLiteral("承諾事項內容（英文）"));
    QCOMPARE(cellAt(rows, 1, problem).value(QLatin1String("value")).toString(), XmlText::exportable(hostile));
    QCOMPARE(cellAt(rows, 1, content).value(QLatin1String("value")).toString(), max);
    QCOMPARE(cellAt(rows, 1, 3).value(QLatin1String("value")).toString(), QStringLiteral("_x0031_-1"));
    QCOMPARE(cellAt(rowsOf(d, kMilestones), 1, 1).value(QLatin1String("value")).toString(),
             QStringLiteral("_x0031_-1"));
}

void TestExportWorkbook::xlsxValuesAreNotFormulas()
{
    ExportInput input = sampleInput();
    input.commitments.first().text(Field::Problem).zh = QStringLiteral("=1+1");
    exportXlsx(input, ExportRequest::Mode::Chinese, QStringLiteral("f.xlsx"));
    for (int sheet = 1; sheet <= 4; ++sheet) {
        const QByteArray xml =
            zipEntry(path(QStringLiteral("f.xlsx")), QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
        QVERIFY(!xml.isEmpty());
        QVERIFY2(!xml.contains("<f>"), "a formula cell has a cached value of 0 for readers");
    }
    const QJsonObject d = exportXlsx(input, ExportRequest::Mode::Chinese, QStringLiteral("f.xlsx"));
    QCOMPARE(cellAt(rowsOf(d, kCommitments), 1,
                    columnOf(rowsOf(d, kCommitments), QStringLiteral("公共問題（中文）")))
                 .value(QLatin1String("value"))
                 .toString(),
             QStringLiteral("=1+1"));
}

void TestExportWorkbook::xlsxTooLongCellIsRefused()
{
    ExportInput input = sampleInput();
    input.commitments.first().text(Field::Content).zh = QString(100000, QChar(0x6587));
    ExportRequest req =
        request(ExportRequest::Format::Xlsx, ExportRequest::Mode::Chinese, path(QStringLiteral("l.xlsx")));
    Error error;
    QVERIFY(!Exporter::run(req, input, &error));
    QCOMPARE(error.code, Error::InvalidInput);
    QVERIFY2(error.detail.contains(QStringLiteral("content_zh")) &&
                 error.detail.contains(QStringLiteral("32767")),
             qPrintable(error.detail));
    QVERIFY(!QFileInfo::exists(req.targetPath));
    QCOMPARE(leftovers(m_dir.path()), QStringList());
}

void TestExportWorkbook::xlsxCellLengthCountsTheEscaping()
{
    // Short enough as typed, too long once each "_x0041_" is escaped as "_x005F_x0041_": the
    // check before the export and the writer must agree, naming the true cause.
    ExportInput input = sampleInput();
    const QString text =
        QString(Workbook::kMaxCellText - 20, QChar(0x6587)) + QStringLiteral("_x0041__x0042_");
    QVERIFY(text.size() <= Workbook::kMaxCellText);
    QVERIFY(XlsxWriter::cellLength(text) > Workbook::kMaxCellText);
    QCOMPARE(XlsxWriter::cellLength(QStringLiteral("a_x0041_b")), qsizetype(15));
    input.commitments.first().text(Field::Content).zh = text;
    ExportRequest req =
        request(ExportRequest::Format::Xlsx, ExportRequest::Mode::Chinese, path(QStringLiteral("e.xlsx")));
    Error error;
    QVERIFY(!Exporter::run(req, input, &error));
    QCOMPARE(error.code, Error::InvalidInput);
    QVERIFY2(error.detail.contains(QStringLiteral("32767")), qPrintable(error.detail));
    QVERIFY(!QFileInfo::exists(req.targetPath));
}

void TestExportWorkbook::xlsxLongExportingAgencyIsClipped()
{
    // Excel holds at most 255 characters in a document property; a longer exporting agency
    // must not fail the whole file.
    const ExportInput input = sampleInput();
    const QString agency = QString(300, QChar(0x6A5F));
    const QJsonObject d = exportXlsx(input, ExportRequest::Mode::Chinese, QStringLiteral("a.xlsx"), agency);
    QVERIFY2(!d.isEmpty(), "the workbook must be written and open");
    const QString stored =
        d.value(QLatin1String("custom")).toObject().value(QLatin1String("nap_exporting_agency")).toString();
    QCOMPARE(stored, QString(85, QChar(0x6A5F))); // whole characters within 255 bytes of UTF-8
}

static QJsonObject odsDump(const QString &file)
{
    QString problem;
    const QJsonObject d = dump(QStringLiteral("odf_dump.py"), file, &problem);
    if (!problem.isEmpty())
        qWarning() << "odfpy:" << problem;
    return d;
}

void TestExportWorkbook::odsSampleSchemaMatchesXlsx()
{
    const ExportInput input = sampleInput();
    const QJsonObject x = exportXlsx(input, ExportRequest::Mode::Chinese, QStringLiteral("same.xlsx"));
    const ExportRequest req =
        request(ExportRequest::Format::Ods, ExportRequest::Mode::Chinese, path(QStringLiteral("same.ods")));
    Error error;
    QVERIFY2(Exporter::run(req, input, &error), qPrintable(error.message()));
    const QJsonObject o = odsDump(req.targetPath);
    QCOMPARE(o.value(QLatin1String("mimetype")).toString(),
             QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"));
    QCOMPARE(o.value(QLatin1String("packageProblems")).toArray(), QJsonArray());
    const QJsonArray tables = o.value(QLatin1String("tables")).toArray();
    QCOMPARE(tables.size(), 4);
    for (int s = 0; s < 4; ++s) {
        const QJsonObject t = tables.at(s).toObject();
        const QJsonObject xs = x.value(QLatin1String("sheets")).toArray().at(s).toObject();
        QCOMPARE(t.value(QLatin1String("name")).toString(), xs.value(QLatin1String("title")).toString());
        QCOMPARE(t.value(QLatin1String("hidden")).toBool(), s == kLists);
        const QJsonArray header = t.value(QLatin1String("headerRows")).toArray().at(0).toArray();
        const QJsonArray rows = t.value(QLatin1String("rows")).toArray();
        const QJsonArray xrows = xs.value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size() + 1, xrows.size());
        for (int c = 0; c < header.size(); ++c)
            QCOMPARE(header.at(c).toObject().value(QLatin1String("text")).toString(),
                     cellAt(xrows, 0, c).value(QLatin1String("value")).toString());
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonArray row = rows.at(r).toArray();
            for (int c = 0; c < row.size(); ++c) {
                const QJsonObject oc = row.at(c).toObject();
                const QJsonObject xc = cellAt(xrows, r + 1, c);
                const QString type = xc.value(QLatin1String("type")).toString();
                if (type == QLatin1String("text"))
                    QCOMPARE(oc.value(QLatin1String("text")).toString(),
                             xc.value(QLatin1String("value")).toString());
                else if (type == QLatin1String("date"))
                    QVERIFY(xc.value(QLatin1String("value"))
                                .toString()
                                .startsWith(oc.value(QLatin1String("date-value")).toString()));
                else if (type == QLatin1String("number"))
                    QCOMPARE(oc.value(QLatin1String("value")).toString().toDouble(),
                             xc.value(QLatin1String("value")).toDouble());
                else
                    QVERIFY(!oc.contains(QLatin1String("type")));
            }
        }
    }
    const QJsonObject named = o.value(QLatin1String("namedRanges")).toObject();
    QCOMPARE(named.value(QLatin1String("NAP_Status")).toString(), QStringLiteral("$'清單'.$B$2:.$B$4"));
    const QJsonObject validations = o.value(QLatin1String("validations")).toObject();
    QCOMPARE(validations.value(QLatin1String("val_NAP_Status_stop")).toString(),
             QStringLiteral("of:cell-content-is-in-list($'清單'.$B$2:.$B$4)"));
    QCOMPARE(o.value(QLatin1String("databaseRanges")).toArray().size(),
             3); // autofilter on each visible sheet
    const QJsonObject meta = o.value(QLatin1String("meta")).toObject();
    QCOMPARE(meta.value(QLatin1String("nap_schema_version")).toString(),
             QString::number(Exporter::schemaVersion()));
    QCOMPARE(meta.value(QLatin1String("nap_exporting_agency")).toString(), QStringLiteral("國家發展委員會"));
    QVERIFY(zipEntry(req.targetPath, QStringLiteral("settings.xml")).contains("VerticalSplitMode"));
    if (QFileInfo::exists(schemaDir())) {
        const QString problems = jingProblems(req.targetPath, path(QStringLiteral("jing")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

void TestExportWorkbook::odsHostileTextRoundTrips()
{
    ExportInput input = sampleInput();
    const QString hostile = QStringLiteral("ctl\x01\x02|") + QChar(0xD800) +
                            QStringLiteral("|_x0041_|<&>\"'|  lead  |a   b|\tt\t|CR\r\nLF|😀|שלום|");
    const QString huge = QString(100000, QChar(0x6587)) + QStringLiteral("END");
    input.commitments.first().text(Field::Problem).zh = hostile;
    input.commitments.first().text(Field::Content).zh = huge;
    input.plan.title.zh = QStringLiteral("方案 <&> ") + QChar(0xD800);
    const ExportRequest req =
        request(ExportRequest::Format::Ods, ExportRequest::Mode::Chinese, path(QStringLiteral("h.ods")));
    Error error;
    QVERIFY2(Exporter::run(req, input, &error), qPrintable(error.message()));
    const QJsonObject o = odsDump(req.targetPath);
    const QJsonArray rows = o.value(QLatin1String("tables"))
                                .toArray()
                                .at(kCommitments)
                                .toObject()
                                .value(QLatin1String("rows"))
                                .toArray();
    QString joined;
    for (const QJsonValue &cell : rows.at(0).toArray())
        joined += cell.toObject().value(QLatin1String("text")).toString() + QChar(0x1F);
    QVERIFY(joined.contains(XmlText::exportable(hostile) + QChar(0x1F)));
    QVERIFY(joined.contains(huge + QChar(0x1F)));
    if (QFileInfo::exists(schemaDir())) {
        const QString problems = jingProblems(req.targetPath, path(QStringLiteral("jing")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

// Makes de_DE.UTF-8 available: the system's, or one compiled into a private LOCPATH.
static bool germanLocale(const QString &dir)
{
    if (std::setlocale(LC_NUMERIC, "de_DE.UTF-8")) {
        std::setlocale(LC_NUMERIC, "C");
        return true;
    }
    QDir().mkpath(dir);
    const ToolResult r = runTool(QStringLiteral("localedef"),
                                 {QStringLiteral("-i"), QStringLiteral("de_DE"), QStringLiteral("-f"),
                                  QStringLiteral("UTF-8"), dir + QStringLiteral("/de_DE.UTF-8")});
    if (!QFileInfo::exists(dir + QStringLiteral("/de_DE.UTF-8")))
        return false;
    Q_UNUSED(r);
    qputenv("LOCPATH", QFile::encodeName(dir));
    return std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr && std::setlocale(LC_NUMERIC, "C");
}

void TestExportWorkbook::commaDecimalLocaleInProcess()
{
    if (!germanLocale(path(QStringLiteral("locale"))))
        QSKIP("de_DE.UTF-8 is not available and localedef could not build it (install the locales package)");
    QVERIFY(std::setlocale(LC_ALL, "de_DE.UTF-8"));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", 13.28);
    QCOMPARE(QByteArray(buffer), QByteArray("13,28")); // the trap is armed in this process
    const ExportInput input = sampleInput();
    Error error;
    bool ok = true;
    for (ExportRequest::Format f :
         {ExportRequest::Format::Xlsx, ExportRequest::Format::Ods, ExportRequest::Format::OdtPlan}) {
        const ExportRequest req =
            request(f, ExportRequest::Mode::Bilingual, path(QStringLiteral("de") + ExportRequest::suffix(f)));
        ok = ok && Exporter::run(req, input, &error);
    }
    std::snprintf(buffer, sizeof buffer, "%.2f", 13.28);
    const QByteArray after(buffer);
    std::setlocale(LC_ALL, "C");
    QVERIFY2(ok, qPrintable(error.message()));
    QCOMPARE(after, QByteArray("13,28")); // the process locale is left as it was
    const QByteArray sheet =
        zipEntry(path(QStringLiteral("de.xlsx")), QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY(sheet.contains("width=\"38.7"));
    QVERIFY2(!QRegularExpression(QStringLiteral("=\"-?\\d+,\\d")).match(QString::fromUtf8(sheet)).hasMatch(),
             "a comma decimal in an attribute corrupts the file");
    QString problem;
    const QJsonObject d = dump(QStringLiteral("xlsx_dump.py"), path(QStringLiteral("de.xlsx")), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(sheetOf(d, kCommitments)
                .value(QLatin1String("widths"))
                .toObject()
                .value(QLatin1String("A"))
                .toDouble() > 38);
    QCOMPARE(odsDump(path(QStringLiteral("de.ods"))).value(QLatin1String("packageProblems")).toArray(),
             QJsonArray());
}

void TestExportWorkbook::findingsColumnOnlyWithAChecker()
{
    ExportInput input = sampleInput();
    QJsonArray header =
        rowsOf(exportXlsx(input, ExportRequest::Mode::English, QStringLiteral("a.xlsx")), kCommitments)
            .at(0)
            .toArray();
    QCOMPARE(header.last().toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("Relevance to the core values (English)"));
    input.openFindings = [](const Commitment &c) {
        return c.code == QLatin1String("1-1") ? ExportInput::OpenFindings{2, 1} : ExportInput::OpenFindings{};
    };
    const QJsonArray rows =
        rowsOf(exportXlsx(input, ExportRequest::Mode::English, QStringLiteral("b.xlsx")), kCommitments);
    auto cellFromEnd = [&rows](int row, int back) {
        const QJsonArray r = rows.at(row).toArray();
        return r.at(r.size() - 1 - back).toObject().value(QLatin1String("value"));
    };
    QCOMPARE(cellFromEnd(0, 2).toString(), QStringLiteral("Open findings"));
    QCOMPARE(cellFromEnd(0, 1).toString(), QStringLiteral("Errors"));
    QCOMPARE(cellFromEnd(0, 0).toString(), QStringLiteral("Warnings"));
    QCOMPARE(cellFromEnd(1, 2).toDouble(), 3.0); // 1-1: two errors and a warning
    QCOMPARE(cellFromEnd(1, 1).toDouble(), 2.0);
    QCOMPARE(cellFromEnd(1, 0).toDouble(), 1.0);
    QCOMPARE(cellFromEnd(2, 2).toDouble(), 0.0);
}

QTEST_GUILESS_MAIN(TestExportWorkbook)
#include "tst_exportworkbook.moc"
