// .odt forms and plan: package rules, ODF 1.2 schema (jing), structure read back by odfpy,
// typography in styles.xml, hostile text.
#include "ExportTestSupport.h"
#include "export/ExportText.h"

#include "text/XmlText.h"

#include <QTemporaryDir>

using namespace nap;
using namespace nap::test;

class TestExportOdt : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void formPackageFollowsOdfRules();
    void formHasEveryFieldInOrder();
    void valuesAnsweredInOneText();
    void bilingualFormPrintsChineseThenEnglish();
    void milestoneTableLeavesOutEmptyColumns();
    void formWithOpenErrorsIsMarkedDraft();
    void freeAgencyNamesStayInTheirLanguage();
    void missingEnglishPrintsNoBareLabels();
    void planHasCoverAreasAndCommitmentPages();
    void stylesCarryTheNdcTypography();
    void metaDescribesTheDocument();
    void englishUsesGregorianAndEnglishFooter();
    void hostileTextRoundTrips();
    void unknownSelectionIsRefused();

private:
    QJsonObject exportAndDump(const ExportRequest &request, const ExportInput &input);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

QJsonObject TestExportOdt::exportAndDump(const ExportRequest &request, const ExportInput &input)
{
    Error error;
    if (!Exporter::run(request, input, &error)) {
        qWarning() << "export failed:" << error.message();
        return {};
    }
    QString problem;
    const QJsonObject dumped = dump(QStringLiteral("odf_dump.py"), request.targetPath, &problem);
    if (!problem.isEmpty())
        qWarning() << "odfpy:" << problem;
    return dumped;
}

static ExportInput oneCommitment(Commitment *out = nullptr)
{
    ExportInput input = sampleInput();
    Commitment c = markedCommitment(input.areas.first().uuid, QStringLiteral("1-9"));
    input.commitments.append(c);
    if (out)
        *out = c;
    return input;
}

void TestExportOdt::formPackageFollowsOdfRules()
{
    Commitment c;
    const ExportInput input = oneCommitment(&c);
    ExportRequest req =
        request(ExportRequest::Format::OdtForm, ExportRequest::Mode::Chinese, path(QStringLiteral("f.odt")));
    req.commitmentUuids = {c.uuid};
    const QJsonObject d = exportAndDump(req, input);
    QVERIFY(!d.isEmpty());
    QCOMPARE(d.value(QLatin1String("mimetype")).toString(),
             QStringLiteral("application/vnd.oasis.opendocument.text"));
    QCOMPARE(d.value(QLatin1String("packageProblems")).toArray(), QJsonArray());
    if (!QFileInfo::exists(schemaDir()))
        QSKIP("../shared/odf-schema is absent: ODF schema validation skipped");
    const QString problems = jingProblems(req.targetPath, path(QStringLiteral("jing")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(leftovers(m_dir.path()), QStringList());
}

void TestExportOdt::formHasEveryFieldInOrder()
{
    Commitment c;
    ExportInput input = oneCommitment(&c);
    input.commitments.last().policyTags = {QStringLiteral("anti_corruption"),
                                           QStringLiteral("beneficial_ownership")};
    ExportRequest req =
        request(ExportRequest::Format::OdtForm, ExportRequest::Mode::Chinese, path(QStringLiteral("f.odt")));
    req.commitmentUuids = {c.uuid};
    req.exportingAgency.clear(); // the header then names the form's lead agency
    const QJsonObject d = exportAndDump(req, input);
    const QJsonArray tables = d.value(QLatin1String("tables")).toArray();
    QCOMPARE(tables.size(), 3); // form, milestones, contact
    const QString styles = QString::fromUtf8(zipEntry(req.targetPath, QStringLiteral("styles.xml")));
    QVERIFY2(styles.contains(QStringLiteral("開放政府國家行動方案（草案） ／ 內政部")),
             qPrintable(styles.left(0)));
    const QJsonArray form = tables.at(0).toObject().value(QLatin1String("rows")).toArray();
    QStringList labels;
    QString all;
    for (const QJsonValue &row : form) {
        labels.append(row.toArray().at(0).toObject().value(QLatin1String("text")).toString());
        for (const QJsonValue &cell : row.toArray())
            all += cell.toObject().value(QLatin1String("text")).toString() + QLatin1Char('\n');
    }
    const QStringList expected{
        QStringLiteral("承諾事項名稱"),
        QStringLiteral("主（協）辦機關"),
        QStringLiteral("承諾事項的起迄時間"),
        QStringLiteral("承諾事項之描述"),
        QStringLiteral("承諾事項涉及的公共問題"),
        QStringLiteral("承諾事項內容"),
        QStringLiteral("承諾事項本身對於解決這些公共問題有何貢獻與助益"),
        QStringLiteral("為何此一承諾事項與OGP的核心價值（透明、公共參與、課責）有所相關"),
        QStringLiteral("透明"),
        QStringLiteral("課責"),
        QStringLiteral("其他資訊")};
    QCOMPARE(labels, expected);
    QCOMPARE(form.at(3).toArray().at(0).toObject().value(QLatin1String("number-columns-spanned")).toString(),
             QStringLiteral("2"));
    QVERIFY(all.contains(QStringLiteral("內政部、（監察院）")));
    QVERIFY(all.contains(QStringLiteral("114年3月至117年12月")));
    // Claimed values print their explanation; unticked ones (participation, inclusion) never.
    QVERIFY(all.contains(QStringLiteral("欄位value_transparency中文")));
    QVERIFY(all.contains(QStringLiteral("欄位value_accountability中文")));
    QVERIFY(!all.contains(QStringLiteral("欄位value_participation中文")));
    QVERIFY(!all.contains(QStringLiteral("欄位value_inclusion中文")));
    QVERIFY(!all.contains(QStringLiteral("未勾選")));
    QVERIFY2(all.contains(QStringLiteral("政策領域")) &&
                 all.contains(QStringLiteral("反貪腐與廉政、實質受益人透明")),
             qPrintable(all));
    for (Field f : Fields::textFields()) {
        if (f == Field::ContactName || f == Field::ContactTitle || f == Field::FormFiller)
            continue;
        if (f == Field::ValueParticipation || f == Field::ValueInclusion)
            continue; // not claimed: left out above
        QVERIFY2(all.contains(c.text(f).zh), qPrintable(Fields::code(f)));
        QVERIFY2(!all.contains(c.text(f).en), "a Chinese form prints no English answer");
    }
    const QJsonObject milestones = tables.at(1).toObject();
    QCOMPARE(milestones.value(QLatin1String("headerRows")).toArray().size(), 1); // repeated on each page
    QCOMPARE(milestones.value(QLatin1String("rows")).toArray().size(), 3);
    const QJsonArray m1 = milestones.value(QLatin1String("rows")).toArray().at(1).toArray();
    QCOMPARE(m1.at(2).toObject().value(QLatin1String("text")).toString(), QStringLiteral("114/04"));
    QCOMPARE(m1.at(3).toObject().value(QLatin1String("text")).toString(), QStringLiteral("115/02"));
    QCOMPARE(m1.at(4).toObject().value(QLatin1String("text")).toString(), QStringLiteral("新北市政府"));
    const QJsonArray contact = tables.at(2).toObject().value(QLatin1String("rows")).toArray();
    QCOMPARE(contact.at(0).toArray().at(0).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("填表人/機關/團體"));
    const QString contactText =
        contact.at(1).toArray().at(1).toObject().value(QLatin1String("text")).toString();
    QVERIFY2(contactText.contains(QStringLiteral("電話：02-2316-5300 分機 123")), qPrintable(contactText));
    QVERIFY(contactText.contains(c.text(Field::ContactName).zh));
    const QJsonArray headings = d.value(QLatin1String("headings")).toArray();
    QCOMPARE(headings.size(), 1);
    QCOMPARE(headings.at(0).toObject().value(QLatin1String("level")).toInt(), 1);
    QCOMPARE(headings.at(0).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("1-9 欄位title中文"));
}

void TestExportOdt::valuesAnsweredInOneText()
{
    Commitment c;
    ExportInput input = oneCommitment(&c);
    Commitment &one = input.commitments.last();
    one.text(Field::Relevance).zh = QStringLiteral("一段說明核心價值");
    one.text(Field::Relevance).en = QStringLiteral("One answer");
    one.text(Field::ValueTransparency) = LocalizedText{}; // claimed, answered in the one text
    one.setClaimed(CoreValue::Transparency, true);
    one.setClaimed(CoreValue::Accountability, true); // claimed with its own answer too
    one.setClaimed(CoreValue::Participation, false);
    for (const auto &[mode, relevance, concerned, own] :
         {std::tuple{ExportRequest::Mode::Chinese,
                     QStringLiteral("為何此一承諾事項與OGP的核心價值（透明、公共參與、課責）有所相關"),
                     QStringLiteral("涉及核心價值：透明、課責"), QStringLiteral("課責")},
          std::tuple{ExportRequest::Mode::English,
                     QStringLiteral("Why is this commitment relevant to OGP values (transparency, "
                                    "participation, accountability)"),
                     QStringLiteral("Core values concerned: Transparency, Accountability"),
                     QStringLiteral("Accountability")}}) {
        ExportRequest req = request(ExportRequest::Format::OdtForm, mode, path(QStringLiteral("one.odt")));
        req.commitmentUuids = {c.uuid};
        const QJsonArray form = exportAndDump(req, input)
                                    .value(QLatin1String("tables"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("rows"))
                                    .toArray();
        QStringList labels;
        QString answer;
        for (const QJsonValue &row : form) {
            const QJsonArray cells = row.toArray();
            labels.append(cells.at(0).toObject().value(QLatin1String("text")).toString());
            if (labels.last() == relevance)
                answer = cells.at(1).toObject().value(QLatin1String("text")).toString();
        }
        const qsizetype at = labels.indexOf(relevance);
        QVERIFY2(at > 0, qPrintable(labels.join(QLatin1Char('|'))));
        // The one answer sits in the relevance row itself, with the values it concerns under it;
        // only accountability, with an answer of its own, keeps a row.
        QVERIFY2(answer.contains(
                     one.text(Field::Relevance)
                         .text(mode == ExportRequest::Mode::Chinese ? Language::Chinese : Language::English)),
                 qPrintable(answer));
        QVERIFY2(answer.contains(concerned), qPrintable(answer));
        QCOMPARE(labels.at(at + 1), own);
        QCOMPARE(labels.size(), at + 3); // then the other information
    }
}

void TestExportOdt::bilingualFormPrintsChineseThenEnglish()
{
    Commitment c;
    const ExportInput input = oneCommitment(&c);
    ExportRequest req = request(ExportRequest::Format::OdtForm, ExportRequest::Mode::Bilingual,
                                path(QStringLiteral("b.odt")));
    req.commitmentUuids = {c.uuid, input.commitments.first().uuid};
    const QJsonObject d = exportAndDump(req, input);
    const QJsonArray tables = d.value(QLatin1String("tables")).toArray();
    QCOMPARE(tables.size(), 6); // two forms, plan order: 1-1 first
    QCOMPARE(
        d.value(QLatin1String("headings")).toArray().at(0).toObject().value(QLatin1String("text")).toString(),
        QStringLiteral("1-1 ") + input.commitments.first().text(Field::Title).zh);
    const QJsonArray form = tables.at(3).toObject().value(QLatin1String("rows")).toArray();
    const QJsonObject label = form.at(0).toArray().at(0).toObject();
    QCOMPARE(label.value(QLatin1String("paragraphs")).toArray(),
             QJsonArray({QStringLiteral("承諾事項名稱"), QStringLiteral("Commitment name")}));
    const QJsonObject problem = form.at(4).toArray().at(1).toObject();
    const QJsonArray paragraphs = problem.value(QLatin1String("paragraphs")).toArray();
    QCOMPARE(paragraphs.first().toString(), c.text(Field::Problem).zh);
    QVERIFY(paragraphs.contains(QStringLiteral("問題成因：") + c.text(Field::Causes).zh));
    QVERIFY(paragraphs.contains(c.text(Field::Problem).en));
    QStringList list;
    for (const QJsonValue &p : paragraphs)
        list.append(p.toString());
    QVERIFY(list.indexOf(c.text(Field::Problem).en) >
            list.indexOf(QStringLiteral("既有作為：") + c.text(Field::PriorEfforts).zh));
    QCOMPARE(form.at(1).toArray().at(1).toObject().value(QLatin1String("paragraphs")).toArray(),
             QJsonArray({QStringLiteral("內政部、（監察院）"),
                         QStringLiteral("Ministry of the Interior, (Control Yuan)")}));
    // The contact: the extension word in each language; no bare English label for an answer
    // that has no English (the contact's name here), while the Chinese keeps every line.
    const QJsonArray contact = tables.at(5).toObject().value(QLatin1String("rows")).toArray();
    const QJsonArray lines =
        contact.at(1).toArray().at(1).toObject().value(QLatin1String("paragraphs")).toArray();
    QStringList contactLines;
    for (const QJsonValue &line : lines)
        contactLines.append(line.toString());
    QVERIFY2(contactLines.contains(QStringLiteral("電話：02-2316-5300 分機 123")),
             qPrintable(contactLines.join(QLatin1Char('|'))));
    QVERIFY2(contactLines.contains(QStringLiteral("Phone: 02-2316-5300 ext. 123")),
             qPrintable(contactLines.join(QLatin1Char('|'))));
}

void TestExportOdt::milestoneTableLeavesOutEmptyColumns()
{
    Commitment c;
    ExportInput input = oneCommitment(&c);
    for (Milestone &m : input.commitments.last().milestones)
        m.expectedOutput = {};
    ExportRequest req =
        request(ExportRequest::Format::OdtForm, ExportRequest::Mode::Chinese, path(QStringLiteral("e.odt")));
    req.commitmentUuids = {c.uuid};
    const QJsonObject d = exportAndDump(req, input);
    const QJsonObject milestones = d.value(QLatin1String("tables")).toArray().at(1).toObject();
    const QJsonArray header = milestones.value(QLatin1String("headerRows")).toArray().at(0).toArray();
    QStringList names;
    for (const QJsonValue &cell : header)
        names.append(cell.toObject().value(QLatin1String("text")).toString());
    QCOMPARE(names.size(), 4);
    QVERIFY2(!names.join(QLatin1Char('|')).contains(QStringLiteral("預期產出")),
             qPrintable(names.join(QLatin1Char('|'))));
    // The milestone text takes the width the empty column left.
    const QString content = QString::fromUtf8(zipEntry(req.targetPath, QStringLiteral("content.xml")));
    QVERIFY(content.contains(QStringLiteral("Col.M1w")));
    QVERIFY(QString::fromUtf8(zipEntry(req.targetPath, QStringLiteral("content.xml")))
                .contains(QStringLiteral("8.4cm")));
}

void TestExportOdt::formWithOpenErrorsIsMarkedDraft()
{
    Commitment c;
    ExportInput input = oneCommitment(&c);
    ExportRequest req = request(ExportRequest::Format::OdtForm, ExportRequest::Mode::Bilingual,
                                path(QStringLiteral("d.odt")));
    req.commitmentUuids = {c.uuid, input.commitments.first().uuid};
    const QString withErrors = c.uuid;
    input.openFindings = [withErrors](const Commitment &x) {
        return ExportInput::OpenFindings{x.uuid == withErrors ? 2 : 0, 1};
    };
    Error error;
    QVERIFY2(Exporter::run(req, input, &error), qPrintable(error.message()));
    const QString content = QString::fromUtf8(zipEntry(req.targetPath, QStringLiteral("content.xml")));
    QCOMPARE(content.count(QStringLiteral("草稿")), 1); // only the form with errors
    QCOMPARE(content.count(QStringLiteral("DRAFT")), 1);
    QVERIFY(content.contains(QStringLiteral("P_Draft")));
}

void TestExportOdt::freeAgencyNamesStayInTheirLanguage()
{
    QCOMPARE(ExportText::printedAgency(QStringLiteral("新北市政府"), Language::English), QString());
    QCOMPARE(ExportText::printedAgency(QStringLiteral("新北市政府"), Language::Chinese),
             QStringLiteral("新北市政府"));
    const QString both = QStringLiteral("新北市政府 / New Taipei City Government");
    QCOMPARE(ExportText::printedAgency(both, Language::English),
             QStringLiteral("New Taipei City Government"));
    QCOMPARE(ExportText::printedAgency(both, Language::Chinese), QStringLiteral("新北市政府"));
    QCOMPARE(ExportText::printedAgency(QStringLiteral("OKFN Taiwan"), Language::Chinese),
             QStringLiteral("OKFN Taiwan"));
    QCOMPARE(ExportText::printedAgency(QStringLiteral("ndc"), Language::English),
             QStringLiteral("National Development Council"));
    QCOMPARE(ExportText::agencyLine(QStringLiteral("moi"),
                                    {QStringLiteral("新北市政府"), QStringLiteral("cy")}, Language::English),
             QStringLiteral("Ministry of the Interior, (Control Yuan)"));
}

void TestExportOdt::missingEnglishPrintsNoBareLabels()
{
    Commitment c;
    ExportInput input = oneCommitment(&c);
    Commitment &mine = input.commitments.last();
    mine.text(Field::ContactName).en.clear();
    mine.text(Field::ContactTitle).en.clear();
    input.plan.issuer.en.clear();
    ExportRequest req = request(ExportRequest::Format::OdtForm, ExportRequest::Mode::Bilingual,
                                path(QStringLiteral("m.odt")));
    req.commitmentUuids = {c.uuid};
    const QJsonObject d = exportAndDump(req, input);
    const QJsonArray contact =
        d.value(QLatin1String("tables")).toArray().at(2).toObject().value(QLatin1String("rows")).toArray();
    const QJsonArray lines =
        contact.at(1).toArray().at(1).toObject().value(QLatin1String("paragraphs")).toArray();
    QStringList text;
    for (const QJsonValue &line : lines)
        text.append(line.toString().trimmed());
    QVERIFY2(!text.contains(QStringLiteral("Name:")) &&
                 !text.contains(QStringLiteral("Title and department:")),
             qPrintable(text.join(QLatin1Char('|'))));
    QVERIFY(text.contains(QStringLiteral("姓名：") + mine.text(Field::ContactName).zh));
    // The plan's cover: no "Issued by:" without an issuer.
    ExportRequest plan = request(ExportRequest::Format::OdtPlan, ExportRequest::Mode::Bilingual,
                                 path(QStringLiteral("mp.odt")));
    Error error;
    QVERIFY(Exporter::run(plan, input, &error));
    const QString planXml = QString::fromUtf8(zipEntry(plan.targetPath, QStringLiteral("content.xml")));
    QVERIFY(planXml.contains(QStringLiteral("Plan period")));
    QVERIFY(!planXml.contains(QStringLiteral("Issued by")));
}

void TestExportOdt::planHasCoverAreasAndCommitmentPages()
{
    const ExportInput input = sampleInput();
    const ExportRequest req =
        request(ExportRequest::Format::OdtPlan, ExportRequest::Mode::Chinese, path(QStringLiteral("p.odt")));
    const QJsonObject d = exportAndDump(req, input);
    QCOMPARE(d.value(QLatin1String("packageProblems")).toArray(), QJsonArray());
    const QJsonArray headings = d.value(QLatin1String("headings")).toArray();
    QStringList level1;
    QStringList level2;
    int previousLevel = 0;
    for (const QJsonValue &h : headings) {
        const QJsonObject o = h.toObject();
        const int level = o.value(QLatin1String("level")).toInt();
        (level == 1 ? level1 : level2).append(o.value(QLatin1String("text")).toString());
        // Each commitment starts a page, except the first of an area: it follows the area's
        // heading, so no page holds a heading alone.
        if (level == 2)
            QCOMPARE(o.value(QLatin1String("style")).toString(),
                     previousLevel == 1 ? QStringLiteral("Heading_20_2") : QStringLiteral("P_Break2"));
        previousLevel = level;
    }
    QCOMPARE(level1.size(), 5);
    QVERIFY2(level1.first().startsWith(QStringLiteral("一、")), qPrintable(level1.first()));
    QVERIFY(level1.at(4).startsWith(QStringLiteral("五、")));
    QCOMPARE(level2.size(), 12);
    QCOMPARE(level2.first(), QStringLiteral("1-1 政府資料開放與運用法制化"));
    QVERIFY(level2.last().startsWith(QStringLiteral("5-1 ")));
    QCOMPARE(d.value(QLatin1String("tables")).toArray().size(), 36);
    const QJsonArray paragraphs = d.value(QLatin1String("paragraphs")).toArray();
    QCOMPARE(paragraphs.first().toString(), input.plan.title.zh);
    QVERIFY(paragraphs.contains(QStringLiteral("方案期程：109年5月至113年5月")));
    QVERIFY(paragraphs.contains(QStringLiteral("發布機關：國家發展委員會")));
    if (QFileInfo::exists(schemaDir())) {
        const QString problems = jingProblems(req.targetPath, path(QStringLiteral("jing")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

void TestExportOdt::stylesCarryTheNdcTypography()
{
    const ExportInput input = sampleInput();
    const ExportRequest req =
        request(ExportRequest::Format::OdtPlan, ExportRequest::Mode::Chinese, path(QStringLiteral("p.odt")));
    Error error;
    QVERIFY2(Exporter::run(req, input, &error), qPrintable(error.message()));
    const QString styles = QString::fromUtf8(zipEntry(req.targetPath, QStringLiteral("styles.xml")));
    const QString content = QString::fromUtf8(zipEntry(req.targetPath, QStringLiteral("content.xml")));
    for (const char *needle :
         {"style:font-name-asian=\"標楷體\"", "fo:font-size=\"12pt\"", "style:font-size-asian=\"12pt\"",
          "fo:line-height=\"20pt\"", "style:language-asian=\"zh\"", "style:country-asian=\"TW\"",
          "fo:language=\"zh\"", "fo:country=\"TW\"", "style:snap-to-layout-grid=\"false\"",
          "style:layout-grid-mode=\"none\"", "fo:page-width=\"21cm\"", "fo:page-height=\"29.7cm\"",
          "<text:page-number", "<text:page-count", "第 <text:page-number", "頁，共 <text:page-count",
          "style:default-outline-level=\"1\""})
        QVERIFY2(styles.contains(QString::fromUtf8(needle)), needle);
    QVERIFY(!styles.contains(QLatin1String("line-height-at-least")));
    QVERIFY(styles.contains(QStringLiteral("開放政府國家行動方案（草案） ／ 國家發展委員會"))); // header
    QVERIFY(content.contains(QStringLiteral("fo:break-before=\"page\"")));
    QVERIFY(content.contains(QStringLiteral("<table:table-header-rows>")));
    QVERIFY2(!content.contains(QStringLiteral(">\n ")), "no auto-formatting indentation");
}

void TestExportOdt::metaDescribesTheDocument()
{
    const ExportRequest req =
        request(ExportRequest::Format::OdtPlan, ExportRequest::Mode::Chinese, path(QStringLiteral("m.odt")));
    const QJsonObject meta = exportAndDump(req, sampleInput()).value(QLatin1String("meta")).toObject();
    QCOMPARE(meta.value(QLatin1String("title")).toString(), QStringLiteral("開放政府國家行動方案（草案）"));
    QCOMPARE(meta.value(QLatin1String("initial-creator")).toString(), QStringLiteral("國家發展委員會"));
    QCOMPARE(meta.value(QLatin1String("language")).toString(), QStringLiteral("zh-TW"));
    QCOMPARE(meta.value(QLatin1String("nap-form-schema")).toString(),
             QString::number(Exporter::schemaVersion()));
    const QDateTime created =
        QDateTime::fromString(meta.value(QLatin1String("creation-date")).toString(), Qt::ISODate);
    QVERIFY(created.isValid());
    QCOMPARE(created.timeSpec(), Qt::UTC); // written with its zone, not read as local time
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

void TestExportOdt::englishUsesGregorianAndEnglishFooter()
{
    Commitment c;
    const ExportInput input = oneCommitment(&c);
    ExportRequest req =
        request(ExportRequest::Format::OdtForm, ExportRequest::Mode::English, path(QStringLiteral("e.odt")));
    req.commitmentUuids = {c.uuid};
    QCOMPARE(req.calendar, Calendar::Gregorian);
    const QJsonObject d = exportAndDump(req, input);
    const QJsonArray form =
        d.value(QLatin1String("tables")).toArray().at(0).toObject().value(QLatin1String("rows")).toArray();
    QCOMPARE(form.at(0).toArray().at(0).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("Commitment name"));
    QCOMPARE(form.at(2).toArray().at(1).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("March 2025 to December 2028"));
    const QString styles = QString::fromUtf8(zipEntry(req.targetPath, QStringLiteral("styles.xml")));
    QVERIFY(styles.contains(QStringLiteral("Page <text:page-number")));
    QVERIFY(styles.contains(QStringLiteral("fo:language=\"en\"")));
    QCOMPARE(d.value(QLatin1String("meta")).toObject().value(QLatin1String("language")).toString(),
             QStringLiteral("en"));
}

void TestExportOdt::hostileTextRoundTrips()
{
    ExportInput input = sampleInput();
    Commitment c = markedCommitment(input.areas.first().uuid, QStringLiteral("1-9"));
    const QString hostile =
        QStringLiteral("ctl\x01\x02\x0b\x0c|") + QChar(0xD800) + QStringLiteral("|") + QChar(0xDFFF) +
        QStringLiteral("|_x0041_|<&>\"'|  lead and trail  |a   b|\tt\t|CR\r\nLF\rX|😀|שלום עולם|");
    const QString huge = QString(100000, QChar(0x6587)) + QStringLiteral("END");
    c.text(Field::Problem).zh = hostile;
    c.text(Field::Content).zh = huge;
    c.text(Field::Title).zh = QStringLiteral("  <題目> & \"引號\"  ");
    c.text(Field::ContactName).zh = QString(QChar(0xDBFF)) + QStringLiteral("名");
    input.commitments.append(c);
    input.plan.title.zh = QStringLiteral("方案 <&> ") + QChar(0xD800);
    ExportRequest req =
        request(ExportRequest::Format::OdtForm, ExportRequest::Mode::Chinese, path(QStringLiteral("h.odt")));
    req.commitmentUuids = {c.uuid};
    req.exportingAgency = QStringLiteral("機關\x01&<>");
    const QJsonObject d = exportAndDump(req, input);
    QCOMPARE(d.value(QLatin1String("packageProblems")).toArray(), QJsonArray());
    const QJsonArray form =
        d.value(QLatin1String("tables")).toArray().at(0).toObject().value(QLatin1String("rows")).toArray();
    const QJsonArray problem =
        form.at(4).toArray().at(1).toObject().value(QLatin1String("paragraphs")).toArray();
    QCOMPARE(problem.first().toString(), XmlText::exportable(hostile));
    const QJsonArray content =
        form.at(5).toArray().at(1).toObject().value(QLatin1String("paragraphs")).toArray();
    QCOMPARE(content.first().toString(), huge);
    QCOMPARE(form.at(0).toArray().at(1).toObject().value(QLatin1String("text")).toString(),
             c.text(Field::Title).zh);
    if (QFileInfo::exists(schemaDir())) {
        const QString problems = jingProblems(req.targetPath, path(QStringLiteral("jing")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

void TestExportOdt::unknownSelectionIsRefused()
{
    ExportRequest req =
        request(ExportRequest::Format::OdtForm, ExportRequest::Mode::Chinese, path(QStringLiteral("u.odt")));
    req.commitmentUuids = {QStringLiteral("no-such-uuid")};
    Error error;
    QVERIFY(!Exporter::run(req, sampleInput(), &error));
    QCOMPARE(error.code, Error::NotFound);
    ExportInput empty = sampleInput();
    empty.commitments.clear();
    req.commitmentUuids.clear();
    QVERIFY(!Exporter::run(req, empty, &error));
    QCOMPARE(error.code, Error::InvalidInput);
    QVERIFY(!QFileInfo::exists(req.targetPath));
}

QTEST_GUILESS_MAIN(TestExportOdt)
#include "tst_exportodt.moc"
