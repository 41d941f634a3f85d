// Pasted text (`napdesk-cli check --text`): the reader of headings, milestone tables and dates,
// and the rules and estimate as they run on what it reads. Fixtures in tests/data/check/pasted
// are written in the shapes of the forms, not copied from any plan.
#include "check/Checker.h"
#include "check/FreeTextParser.h"
#include "check/PastedDates.h"
#include "tst_check_fixtures.h"

#include <QFile>
#include <QtTest>

using namespace nap;
using namespace nap::test;

class TestCheckPasted : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void templates_data();
    void templates();
    void flattenedMilestones_data();
    void flattenedMilestones();
    void rules_data();
    void rules();
    void estimate_data();
    void estimate();
};

namespace {

QString pastedFixture(const QString &name)
{
    QFile f(QStringLiteral(NAP_TEST_DATA "/check/pasted/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(f.readAll());
}

CheckResult checkPasted(const QString &text)
{
    CheckOptions options;
    options.freeText = true;
    return Checker(options).check(FreeTextParser::parse(text).commitment);
}

} // namespace

void TestCheckPasted::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("start"); // "" when only a completion date is given
    QTest::addColumn<QString>("end");   // "" when no date is found
    const auto add = [](const char *name, const char *text, const char *start, const char *end) {
        QTest::newRow(name) << s(text) << QString::fromLatin1(start) << QString::fromLatin1(end);
    };
    add("slash range", "2021/01～2021/12", "2021-01", "2021-12");
    add("dotted days", "2022.03.01 2022.12.31", "2022-03", "2022-12");
    add("month names", "October 2018 to March 2019", "2018-10", "2019-03");
    add("abbreviated", "Nov. 2021 June 2023", "2021-11", "2023-06");
    add("US day", "June 30, 2022", "", "2022-06");
    add("day first", "1st March 2019 – 31st August 2021", "2019-03", "2021-08");
    add("quarter", "Q2 2021", "", "2021-06");
    add("roman quarter", "II quarter of 2021 IV quarter of 2022", "2021-06", "2022-12");
    add("half", "second half of 2022", "", "2022-12");
    add("year range", "2022-2023", "2022-01", "2023-12");
    add("end of year", "by the end of 2023", "", "2023-12");
    add("numeric US", "6/30/2016 - 12/31/2018", "2016-06", "2018-12");
    add("Chinese", "2021年3月至2022年6月", "2021-03", "2022-06");
    add("ROC", "民國110年1月～111年12月", "2021-01", "2022-12");
    add("ROC slash", "110/03-110/09", "2021-03", "2021-09");
    add("ROC quarter", "111年第3季", "", "2022-09");
    add("year end zh", "112年底前完成", "", "2023-12");
    add("half zh", "2021年下半年", "", "2021-12");
    add("no date: percent", "95.5% of 120 agencies", "", "");
    add("no date: verb may", "agencies may apply", "", "");
    add("no date: count", "publish 2021 datasets", "", "");
}

void TestCheckPasted::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const PastedDates::Range r = PastedDates::range(text);
    QCOMPARE(r.start.toIso(), start);
    QCOMPARE(r.end.toIso(), end);
}

void TestCheckPasted::templates_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QList<Field>>("filled"); // text fields that must receive text
    QTest::addColumn<int>("milestones");
    QTest::addColumn<QString>("lastEnd");
    const QList<Field> ogp{Field::Problem, Field::Content, Field::Contribution, Field::ValueTransparency};
    QTest::newRow("OGP 2016-2021, English")
        << s("ogp2016-en.txt") << s("Open contracting portal")
        << (ogp + QList<Field>{Field::ValueAccountability, Field::AdditionalInfo}) << 3 << s("2023-06");
    QTest::newRow("OGP 2022+, markdown") << s("ogp2022-en.txt") << s("Beneficial ownership register")
                                         << QList<Field>{Field::Problem,
                                                         Field::Causes,
                                                         Field::PriorEfforts,
                                                         Field::Content,
                                                         Field::ExpectedResults,
                                                         Field::ValueTransparency,
                                                         Field::ValueAccountability}
                                         << 2 << s("2024-06");
    QTest::newRow("NDC form, ROC dates")
        << s("ndc-zh.txt") << s("政府採購資訊公開") << (ogp + QList<Field>{Field::ValueAccountability}) << 2
        << s("2022-12");
    QTest::newRow("NAP1 headings") << s("nap1-zh.txt") << s("公益揭弊者保護法制化")
                                   << QList<Field>{Field::Problem, Field::Content, Field::Contribution,
                                                   Field::ValueAccountability}
                                   << 2 << s("2021-12");
}

void TestCheckPasted::templates()
{
    QFETCH(QString, fixture);
    QFETCH(QString, title);
    QFETCH(QList<Field>, filled);
    QFETCH(int, milestones);
    QFETCH(QString, lastEnd);
    const FreeTextParser::Result r = FreeTextParser::parse(pastedFixture(fixture));
    const Commitment &c = r.commitment;
    QVERIFY(r.usedHeadings);
    const LocalizedText &t = c.text(Field::Title);
    QCOMPARE(t.zh.isEmpty() ? t.en : t.zh, title);
    for (Field f : std::as_const(filled))
        QVERIFY2(!c.text(f).isEmpty(), qPrintable(Fields::code(f)));
    QCOMPARE(c.milestones.size(), milestones);
    QCOMPARE(c.milestones.last().end.toIso(), lastEnd);
    for (const Milestone &m : c.milestones) {
        const QString d = m.description.zh + m.description.en;
        QVERIFY2(!d.contains(QLatin1String("Start Date")) && !d.contains(QLatin1Char('|')), qPrintable(d));
    }
}

void TestCheckPasted::flattenedMilestones_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("starts"); // how each milestone begins
    QTest::addColumn<QStringList>("ends");
    QTest::newRow("bullets, month names")
        << s("flattened-en.txt")
        << QStringList{s("Cabinet to approve"), s("Launch the online"), s("Publish the declarations")}
        << QStringList{s("2022-06"), s("2022-12"), s("2023-06")};
    QTest::newRow("bullets, ROC and Gregorian")
        << s("flattened-zh.txt") << QStringList{s("行政院核定"), s("線上申報系統"), s("公開300位")}
        << QStringList{s("2022-06"), s("2022-12"), s("2023-06")};
    QTest::newRow("numbered, quarters and dotted dates")
        << s("numbered-en.txt")
        << QStringList{s("Adoption of the bylaw"), s("Publication of the list"), s("Launch of the register")}
        << QStringList{s("2021-03"), s("2022-12"), s("2022-12")};
}

void TestCheckPasted::flattenedMilestones()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, starts);
    QFETCH(QStringList, ends);
    const Commitment c = FreeTextParser::parse(pastedFixture(fixture)).commitment;
    QCOMPARE(c.milestones.size(), starts.size());
    QVERIFY(!c.text(Field::Content).isEmpty());
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const Milestone &m = c.milestones.at(i);
        const QString d = m.description.zh.isEmpty() ? m.description.en : m.description.zh;
        QVERIFY2(d.startsWith(starts.at(i)), qPrintable(d));
        QCOMPARE(m.end.toIso(), ends.at(i));
    }
}

// Each changed rule, on pasted text, in both languages: must trigger and must not trigger.
void TestCheckPasted::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key"); // "rule/message key"
    QTest::addColumn<bool>("triggers");
    const auto add = [](const char *name, const char *text, const char *key, bool triggers) {
        QTest::newRow(name) << s(text) << QString::fromLatin1(key) << triggers;
    };
    // B1: no milestones in pasted text.
    add("B1 en pledge alone", "The government will encourage dialogue with civil society.", "B1/B1.none",
        true);
    add("B1 zh pledge alone", "政府將鼓勵與公民社會對話。", "B1/B1.none", true);
    add("B1 en milestones", "Milestones:\n- Publish the register 2022/12", "B1/B1.none", false);
    add("B1 zh milestones", "關鍵里程碑\n- 公開登記資料 2022年12月", "B1/B1.none", false);
    // B2: a milestone without an end month gets its own finding; no agency is asked of pasted text.
    add("B2 en undated", "Milestones:\n- Publish the register", "B2/B2.end", true);
    add("B2 zh undated", "關鍵里程碑\n- 公開登記資料", "B2/B2.end", true);
    add("B2 en dated", "Milestones:\n- Publish the register June 2023", "B2/B2.end", false);
    add("B2 zh dated", "關鍵里程碑\n- 公開登記資料 112年6月", "B2/B2.end", false);
    add("B2 en agency", "Milestones:\n- Publish the register June 2023", "B2/B2.agency", false);
    add("B2 zh agency", "關鍵里程碑\n- 公開登記資料 112年6月", "B2/B2.agency", false);
    // B4 on the content when there are no milestones.
    add("B4 en pledge",
        "The government will encourage dialogue in order to adopt policies that ensure openness.",
        "B4/B4.pledge", true);
    add("B4 zh pledge", "政府將推動對話並鼓勵各界參與。", "B4/B4.pledge", true);
    add("B4 en concrete", "The ministry will publish all contracts online.", "B4/B4.pledge", false);
    add("B4 zh concrete", "完成採購資訊公開平臺建置並上線。", "B4/B4.pledge", false);
    // B4: a law changed only for a topic ("to reflect the issue of …") is no deliverable.
    add("B4 en law for a topic",
        "Amend the law on political parties to reflect the issue of funding transparency.", "B4/B4.pledge",
        true);
    add("B4 zh law for a topic", "修正政黨法，以反映政黨經費透明之議題。", "B4/B4.pledge", true);
    add("B4 en law with its content",
        "Amend the law on political parties to require parties to publish their accounts every year.",
        "B4/B4.pledge", false);
    add("B4 zh law with its content", "修正政黨法，明定政黨每年公布財務報告。", "B4/B4.pledge", false);
    // B4 passive weak forms.
    add("B4 en passive", "Milestones:\n- Cooperation with civil society will be strengthened 2022/12",
        "B4/B4.vague", true);
    add("B4 zh passive", "關鍵里程碑\n- 與公民社會之合作將予以強化 2022年12月", "B4/B4.vague", true);
    add("B4 en passive with output", "Milestones:\n- The portal will be strengthened and launched 2022/12",
        "B4/B4.vague", false);
    add("B4 zh passive with output", "關鍵里程碑\n- 平臺功能予以強化並上線 2022年12月", "B4/B4.vague", false);
    // B5 on results prose is a hint (checked in rulesSeverity below through the key).
    add("B5 en results", "Expected results: more people use the portal.", "B5/B5.field", true);
    add("B5 zh results", "預期成果：增加民眾使用平臺。", "B5/B5.field", true);
    add("B5 en results with target", "Expected results: raise the share of users from 30% to 60%.",
        "B5/B5.field", false);
    add("B5 zh results with target", "預期成果：使用率由30%提升至60%。", "B5/B5.field", false);
    // A1: no value explained is a completeness finding.
    add("A1 en no values", "What is the commitment? Publish all contracts online.", "A1/A1.values", true);
    add("A1 zh no values", "承諾事項內容：公開所有契約。", "A1/A1.values", true);
    add("A1 en values",
        "What is the commitment? Publish contracts.\nRelevance to OGP values: "
        "Transparency: contracts become public.",
        "A1/A1.values", false);
    add("A1 zh values", "承諾事項內容：公開所有契約。\n與核心價值的關係\n透明：契約全面公開。",
        "A1/A1.values", false);
    // C3: an action on a named instrument, not a law merely mentioned.
    add("C3 en amend the Act",
        "What is the commitment? Amend the Companies Act so the public can search owners.",
        "C3/C3.substantial", true);
    add("C3 zh 修正法", "承諾事項內容：修正公司法，民眾可查詢實質受益人。", "C3/C3.substantial", true);
    add("C3 en adjective", "What is the commitment? Publish legislative data so the public can search it.",
        "C3/C3.substantial", false);
    add("C3 zh cited law", "承諾事項內容：依政府資訊公開法公開資料，民眾可查詢。", "C3/C3.substantial",
        false);
    // C3: a draft sent to the legislature is an action on an instrument, however it is named.
    add("C3 en draft to the legislature",
        "What is the commitment? The proposal for the PFA will be presented to the House of "
        "Representatives so the public can see party funding.",
        "C3/C3.substantial", true);
    add("C3 zh draft to the legislature", "承諾事項內容：政黨經費修正案將送立法院審議，民眾可查詢政黨經費。",
        "C3/C3.substantial", true);
    add("C3 en report to the legislature",
        "What is the commitment? The annual report will be presented to the House of Representatives so "
        "the public can see party funding.",
        "C3/C3.substantial", false);
    add("C3 zh report to the legislature", "承諾事項內容：年度報告將送立法院備查，民眾可查詢政黨經費。",
        "C3/C3.substantial", false);
    // B4 on the content: an outcome left to another body, or done before, is no deliverable.
    add("B4 en advocacy", "The ministry will support the reform and work with Parliament to pass the bill.",
        "B4/B4.pledge", true);
    add("B4 zh advocacy", "部會將支持改革並與國會合作以通過法案。", "B4/B4.pledge", true);
    add("B4 en own enactment", "The ministry will support the reform and pass the Whistleblower Act.",
        "B4/B4.pledge", false);
    add("B4 zh own enactment", "部會將支持改革並制定揭弊者保護法。", "B4/B4.pledge", false);
    add("B4 en background",
        "Last year the ministry published a report. The ministry will support whistleblowers.",
        "B4/B4.pledge", true);
    add("B4 zh background", "去年部會曾出版報告。部會將支持揭弊者。", "B4/B4.pledge", true);
    add("B4 en background and a deliverable",
        "Last year the ministry published a report. The ministry will support whistleblowers and will "
        "publish a guide.",
        "B4/B4.pledge", false);
    add("B4 zh background and a deliverable", "去年部會曾出版報告。部會將支持揭弊者並將出版指引手冊。",
        "B4/B4.pledge", false);
}

void TestCheckPasted::rules()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(bool, triggers);
    QStringList keys;
    for (const Finding &f : checkPasted(text).findings) {
        keys.append(f.ruleId + QLatin1Char('/') + f.messageKey());
        if (f.messageKey() == QLatin1String("B5.field"))
            QCOMPARE(f.severity, Severity::Hint); // results prose: advice only
    }
    QVERIFY2(keys.contains(key) == triggers, qPrintable(keys.join(QLatin1Char(' '))));
}

void TestCheckPasted::estimate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("verifiability");
    QTest::addColumn<QString>("potential");
    const auto add = [](const char *name, const char *text, const char *v, const char *p) {
        QTest::newRow(name) << s(text) << QString::fromLatin1(v) << QString::fromLatin1(p);
    };
    add("en no milestones", "What is the commitment? Publish all contracts online.", "unknown", "unclear");
    add("zh no milestones", "承諾事項內容：公開所有契約。", "unknown", "unclear");
    add("en vague pledge", "The government will encourage dialogue and promote open policies.", "no",
        "unclear");
    add("zh vague pledge", "政府將鼓勵對話並推動開放政策。", "no", "unclear");
    add("en binding",
        "What is the commitment? Amend the Companies Act.\nMilestones:\n- Submit the amendment of "
        "the Companies Act to parliament 2023/10",
        "yes", "substantial");
    add("zh binding", "承諾事項內容：修正公司法。\n關鍵里程碑\n- 完成公司法修正草案並函報行政院 2023年10月",
        "yes", "substantial");
    add("en standalone", "Milestones:\n- Launch the open data portal Q2 2022\n- Hold 3 workshops 2022/12",
        "yes", "modest");
    add("zh standalone", "關鍵里程碑\n- 開放資料平臺上線 2022年第2季\n- 辦理工作坊3場次 2022年12月", "yes",
        "modest");
    add("en business as usual", "Milestones:\n- Continue to publish the annual report 2022/12", "yes",
        "unclear");
    add("zh business as usual", "關鍵里程碑\n- 持續辦理年度報告之公布 2022年12月", "yes", "unclear");
    add("en vague milestones", "Milestones:\n- Promote open data 2022/12\n- Strengthen data quality 2023/12",
        "no", "unclear");
    add("zh vague milestones", "關鍵里程碑\n- 推動資料開放 2022年12月\n- 強化資料品質 2023年12月", "no",
        "unclear");
    // Half of the milestones vague: not verifiable when the title only pledges a process.
    add("en half vague, process title",
        "Promote open data\n\nMilestones:\n- Promote open data 2022/12\n- Launch the open data portal "
        "2023/12",
        "no", "unclear");
    add("zh half vague, process title",
        "推動資料開放\n\n關鍵里程碑\n- 推動資料開放 2022年12月\n- 開放資料平臺上線 2023年12月", "no",
        "unclear");
    add("en half vague, output title",
        "Open data portal\n\nMilestones:\n- Promote open data 2022/12\n- Launch the open data portal "
        "2023/12",
        "yes", "modest");
    add("zh half vague, output title",
        "開放資料平臺\n\n關鍵里程碑\n- 推動資料開放 2022年12月\n- 開放資料平臺上線 2023年12月", "yes",
        "modest");
    // Without milestones: unclear unless the commitment itself is a binding change.
    add("en no milestones, binding", "What is the commitment? Amend the Companies Act.", "unknown",
        "substantial");
    add("zh no milestones, binding", "承諾事項內容：修正公司法。", "unknown", "substantial");
    // A law among the means of a process aim is one step: modest. Named in the title, it is the aim.
    add("en process title, law in content",
        "Improve public involvement in protected areas\n\nWhat is the commitment? Amend the Nature "
        "Act.\nMilestones:\n- Launch the consultation portal 2023/10",
        "yes", "modest");
    add("zh process title, law in content",
        "強化保護區公眾參與\n\n承諾事項內容：修正自然保育法。\n關鍵里程碑\n- 諮詢平臺上線 2023年10月", "yes",
        "modest");
    add("en law in title, process verb",
        "Support the passage of legislations on access to information\n\nMilestones:\n- Submit the "
        "bill to parliament 2023/10",
        "yes", "substantial");
    add("zh law in title, process verb", "支持資訊取得法之通過\n\n關鍵里程碑\n- 法案函報行政院 2023年10月",
        "yes", "substantial");
    // Opening an area where secrecy shields power is substantial; the same output elsewhere modest.
    add("en high stakes", "Beneficial ownership register\n\nMilestones:\n- Launch the register 2023/10",
        "yes", "substantial");
    add("zh high stakes", "實質受益人登記\n\n關鍵里程碑\n- 登記平臺上線 2023年10月", "yes", "substantial");
    add("en not high stakes", "Library opening hours\n\nMilestones:\n- Launch the register 2023/10", "yes",
        "modest");
    add("zh not high stakes", "圖書館開放時間\n\n關鍵里程碑\n- 登記平臺上線 2023年10月", "yes", "modest");
    // Hopes pledge nothing; a hope beside a deliverable does not hide it.
    add("en hopes only",
        "The network believes that citizens must have a say and hopes that the site will prompt "
        "more interaction.",
        "no", "unclear");
    add("zh hopes only", "該網絡認為公民應有發言權，並希望網站能帶動更多互動。", "no", "unclear");
    add("en hope and deliverable",
        "We hope that citizens will take part. The ministry will publish all contracts online.", "unknown",
        "unclear");
    add("zh hope and deliverable", "我們希望公民參與。本部將公布所有契約。", "unknown", "unclear");
    // The statement of the commitment leaving its scope open, without milestones to name it.
    add("en open scope",
        "This commitment consists in simplifying a number of administrative procedures before "
        "adopting the required decrees.",
        "no", "unclear");
    add("zh open scope", "本承諾將簡化若干行政程序，並於修正相關辦法後施行。", "no", "unclear");
    add("en scope named",
        "This commitment consists in simplifying the building permit procedure and publishing every "
        "permit online. Some agencies already publish permits.",
        "unknown", "unclear");
    add("zh scope named", "本承諾將簡化建築執照程序，並於網站公布每一張執照。部分機關已公開執照。", "unknown",
        "unclear");
    // A title naming the body of rules or an institution's powers as what changes is a binding
    // aim, even under a process verb; carrying out or studying a framework is not.
    add("en framework aim",
        "Improving the normative framework for the media\n\nMilestones:\n- Launch the complaints "
        "portal 2023/10",
        "yes", "substantial");
    add("zh framework aim", "健全媒體法制環境\n\n關鍵里程碑\n- 申訴平臺上線 2023年10月", "yes",
        "substantial");
    add("en powers aim",
        "Strengthening the powers of the anti-corruption office\n\nMilestones:\n- Launch the "
        "complaints portal 2023/10",
        "yes", "substantial");
    add("zh powers aim", "強化廉政機關之調查權限\n\n關鍵里程碑\n- 申訴平臺上線 2023年10月", "yes",
        "substantial");
    add("en power of citizens",
        "Strengthening the power of citizens in local budgets\n\nMilestones:\n- Launch the complaints "
        "portal 2023/10",
        "yes", "modest");
    add("zh power of citizens", "強化公民參與地方預算\n\n關鍵里程碑\n- 申訴平臺上線 2023年10月", "yes",
        "modest");
    add("en framework carried out",
        "Implementing the legal framework for the media\n\nMilestones:\n- Launch the complaints "
        "portal 2023/10",
        "yes", "modest");
    add("zh framework carried out", "落實媒體法制環境\n\n關鍵里程碑\n- 申訴平臺上線 2023年10月", "yes",
        "modest");
    add("en framework studied",
        "Analysis of the legislative framework on lobbying\n\nMilestones:\n- Launch the complaints "
        "portal 2023/10",
        "yes", "modest");
    add("zh framework studied", "遊說法律架構之分析\n\n關鍵里程碑\n- 申訴平臺上線 2023年10月", "yes",
        "modest");
    // A law changed only to "reflect the issue of" something names a topic, not the change.
    add("en law for a topic only",
        "What is the commitment? Amend the Political Parties Act to reflect the issue of funding "
        "transparency.",
        "no", "unclear");
    add("zh law for a topic only", "承諾事項內容：修正政黨法，以反映政黨經費透明之議題。", "no", "unclear");
    add("en law with its content",
        "What is the commitment? Amend the Political Parties Act to require parties to publish their "
        "accounts online every year. This addresses the issue of funding transparency.",
        "unknown", "substantial");
    add("zh law with its content",
        "承諾事項內容：修正政黨法，明定政黨每年於網站公布財務報告。此舉可處理政黨經費透明問題。", "unknown",
        "substantial");
    add("en law with its content and a topic",
        "What is the commitment? Amend the Political Parties Act to require parties to publish their "
        "accounts, to address the issue of funding transparency.",
        "unknown", "substantial");
    add("zh law with its content and a topic",
        "承諾事項內容：修正政黨法，明定政黨每年公布財務報告，以處理政黨經費不透明問題。", "unknown",
        "substantial");
    add("en topic law and deliverable",
        "Amend the Political Parties Act to address the issue of funding transparency. The commission "
        "will publish all party accounts online.",
        "unknown", "substantial");
    add("zh topic law and deliverable", "修正政黨法以處理政黨經費透明問題。選舉委員會將公布所有政黨帳目。",
        "unknown", "substantial");
}

void TestCheckPasted::estimate()
{
    QFETCH(QString, text);
    QFETCH(QString, verifiability);
    QFETCH(QString, potential);
    const Estimate e = checkPasted(text).estimate;
    QCOMPARE(Estimate::verifiabilityCode(e.verifiability), verifiability);
    QCOMPARE(Estimate::potentialCode(e.potential), potential);
    QVERIFY(!e.reasons.isEmpty());
    QCOMPARE(e.verifiable, verifiability == QLatin1String("yes"));
}

QTEST_GUILESS_MAIN(TestCheckPasted)
#include "tst_checkpasted.moc"
