// One data-driven test per checker rule, with Chinese and English cases that must and must not
// trigger, plus the strong and weak fixture commitments.
#include "TestPaths.h"
#include "check/Checker.h"
#include "tst_check_fixtures.h"

#include <QTest>

using namespace nap;
using namespace nap::test;

class TestCheck : public QObject
{
    Q_OBJECT

private slots:
    void strongFixtureHasNoWarnings();
    void weakFixtureFindingsAreExact();
    void ruleA1_data();
    void ruleA1() { runRule(QStringLiteral("A1")); }
    void ruleA2_data();
    void ruleA2() { runRule(QStringLiteral("A2")); }
    void ruleA3_data();
    void ruleA3() { runRule(QStringLiteral("A3")); }
    void ruleA4_data();
    void ruleA4() { runRule(QStringLiteral("A4")); }
    void ruleA5_data();
    void ruleA5() { runRule(QStringLiteral("A5")); }
    void ruleA6_data();
    void ruleA6() { runRule(QStringLiteral("A6")); }
    void ruleA7_data();
    void ruleA7() { runRule(QStringLiteral("A7")); }
    void ruleB1_data();
    void ruleB1() { runRule(QStringLiteral("B1")); }
    void ruleB2_data();
    void ruleB2() { runRule(QStringLiteral("B2")); }
    void ruleB3_data();
    void ruleB3() { runRule(QStringLiteral("B3")); }
    void ruleB4_data();
    void ruleB4() { runRule(QStringLiteral("B4")); }
    void ruleB5_data();
    void ruleB5() { runRule(QStringLiteral("B5")); }
    void ruleB6_data();
    void ruleB6() { runRule(QStringLiteral("B6")); }
    void ruleB7_data();
    void ruleB7() { runRule(QStringLiteral("B7")); }
};

void TestCheck::strongFixtureHasNoWarnings()
{
    const Plan plan = fixturePlan();
    CheckOptions options;
    options.englishExport = true;
    const CheckResult r = Checker(options).check(strong(), &plan);
    QStringList notes;
    for (const Finding &f : r.findings)
        notes.append(f.ruleId + QLatin1Char(' ') + f.message(Language::English));
    QCOMPARE(r.counts().errors, 0);
    QVERIFY2(r.counts().warnings == 0, qPrintable(notes.join(QLatin1String(" | "))));
    // The only advice left is the positive one: a binding change with a public mechanism.
    QCOMPARE(notes.size(), 1);
    QCOMPARE(r.findings.first().ruleId, QStringLiteral("C3"));
    QVERIFY(r.findings.first().positive);
    QVERIFY(r.estimate.verifiable);
    QCOMPARE(r.estimate.potential, Estimate::Potential::Substantial);
}

void TestCheck::weakFixtureFindingsAreExact()
{
    const Commitment weak = loadFixture(QStringLiteral("weak.json"));
    const Plan plan = fixturePlan();
    const CheckResult r = Checker().check(weak, &plan);
    QStringList actual;
    for (const Finding &f : r.findings) {
        actual.append(
            QStringLiteral("%1 %2 %3%4")
                .arg(f.ruleId, Severities::code(f.severity), Fields::code(f.field),
                     f.isMilestoneFinding() ? QStringLiteral(" #%1").arg(f.milestoneIndex + 1) : QString()));
    }
    const QStringList expected{
        QStringLiteral("A2 warning problem"),              // no figure, no year
        QStringLiteral("A3 hint causes"),                  // no causes anywhere: optional for NDC
        QStringLiteral("A3 hint prior_efforts"),           // nothing on what was done so far
        QStringLiteral("A4 warning value_accountability"), // "強化洗錢防制。"
        QStringLiteral("A4 warning value_inclusion"),      // claimed, not explained
        QStringLiteral("A6 warning contribution"),         // "同上" / "N/A"
        QStringLiteral("A7 error contact_email"),          // "aml@example"
        QStringLiteral("A7 error contact_phone"),          // no area code
        QStringLiteral("B2 error milestones #2"),          // no responsible agency
        QStringLiteral("B4 warning milestones #1"),        // 研議… / Study…
        QStringLiteral("B4 warning milestones #2"),        // 加強宣導… / Raise awareness…
        QStringLiteral("B6 warning milestones"),           // everything due in 2028
        QStringLiteral("B6 hint milestones"),              // 2025–2027 without a milestone
        QStringLiteral("C1 hint content"),                 // 持續辦理 / continue to
        QStringLiteral("C4 hint value_accountability"),    // nothing the public can trigger
        QStringLiteral("D1 warning problem"),              // 缺乏…登記平臺 / 建置…登記平臺
        QStringLiteral("D2 hint expected_results"),        // no results
    };
    QCOMPARE(actual, expected);
    QVERIFY(!r.estimate.verifiable);
    QCOMPARE(r.estimate.potential, Estimate::Potential::Unclear);
}

// ---- A ----------------------------------------------------------------------------------------

void TestCheck::ruleA1_data()
{
    columns();
    row("complete", strong(), false);
    Commitment c = strong();
    c.text(Field::Title) = {};
    row("no title", c, true);
    c = strong();
    c.text(Field::Title).zh.clear();
    row("English title only is present", c, false);
    c = strong();
    c.leadAgency.clear();
    row("no lead agency", c, true);
    c = strong();
    c.contactPhone.clear();
    row("e-mail without phone is enough", c, false);
    c.contactEmail.clear();
    row("neither phone nor e-mail", c, true);
    c = strong();
    for (CoreValue v : CoreValues::all())
        c.text(Commitment::explanationField(v)) = {};
    row("no value explained", c, true);
    c.text(Field::Relevance).zh = s("預算以機器可讀格式公開，民眾可於網站提出疑問並獲公開回覆。");
    row("zh values answered in one text", c, false);
    c.text(Field::Relevance) = fixtureText(
        QString(), s("Budgets are published as open data and questions sent through the site are answered."));
    row("en values answered in one text", c, false);
    for (CoreValue v : CoreValues::all())
        c.setClaimed(v, false);
    row("one text but no value ticked", c, true);
    c = strong();
    c.text(Field::FormFiller) = {};
    row("no form filler", c, true);
    c = strong();
    c.text(Field::Contribution) = {};
    row("no contribution", c, true);
}

void TestCheck::ruleA2_data()
{
    columns();
    row("zh figures and ROC year", strong(), false);
    row("zh no figure", withText(Field::Problem, s("公司實質受益人資訊未集中登記，洗錢防制查核不易。")), true,
        "zh");
    row("zh figure without year", withText(Field::Problem, s("約有3成資料集逾1年未更新。")), true, "zh");
    row("zh year without figure", withText(Field::Problem, s("110年起資料更新情形不佳。")), true, "zh");
    row("zh ROC year with figure", withText(Field::Problem, s("民國108年單一提案須蒐集約28萬份紙本連署書。")),
        false);
    row("zh Gregorian year with percentage", withText(Field::Problem, s("2023年僅35%的資料集提供API。")),
        false);
    row("en no figure", withText(Field::Problem, s("Beneficial owners are not registered centrally.")), true,
        "en");
    row("en year only", withText(Field::Problem, s("Since 2019 the process has been slow.")), true, "en");
    row("en figure and year",
        withText(Field::Problem, s("In 2019 one proposal needed about 280,000 paper signatures.")), false);
    // A month or day inside a date is not a figure.
    row("zh ROC year and month only", withText(Field::Problem, s("自110年5月起，資料更新情形不佳。")), true,
        "zh");
    row("zh slash date only", withText(Field::Problem, s("截至2024/05，資料更新情形不佳。")), true, "zh");
    row("zh year and month only", withText(Field::Problem, s("截至2024年12月31日，資料更新情形不佳。")), true,
        "zh");
    row("zh date and a count", withText(Field::Problem, s("截至2024年12月，僅有12個機關開放資料。")), false);
    row("zh year then a count", withText(Field::Problem, s("2020年45,000筆資料集中約3成未更新。")), false);
    row("en ISO month only", withText(Field::Problem, s("As of 2023-12 data updates have been poor.")), true,
        "en");
    row("en ISO month and a count",
        withText(Field::Problem, s("As of 2023-12 only 12 agencies published their data.")), false);
}

void TestCheck::ruleA3_data()
{
    columns();
    row("causes given", strong(), false);
    Commitment c = strong();
    c.text(Field::Causes) = {};
    row("no causes, problem names none", withText(Field::Problem, s("109年約3成資料集逾1年未更新。"), c),
        true);
    row("zh causes inside the problem",
        withText(Field::Problem, s("由於缺乏法源，109年約3成資料集逾1年未更新。"), c), false);
    c.text(Field::Problem).zh = s("由於缺乏法源，109年約3成資料集逾1年未更新。");
    row("en causes inside the problem",
        withText(Field::Problem, s("Because no law requires it, in 2020 30% of datasets were stale."), c),
        false);
    c = strong();
    c.text(Field::PriorEfforts) = {};
    c.text(Field::Problem) =
        fixtureText(s("113年約3成資料集逾1年未更新。"), s("In 2024 30% of datasets were stale."));
    c.text(Field::Content) = fixtureText(s("研擬資料開放法草案。"), s("Draft an open data act."));
    row("hint: nothing on prior efforts", c, true);
    c.text(Field::Problem).zh = s("目前113年約3成資料集逾1年未更新。");
    row("prior efforts mentioned in the problem", c, false);
}

void TestCheck::ruleA4_data()
{
    columns();
    row("distinct explanations", strong(), false);
    row("zh only the value name", withText(Field::ValueTransparency, s("透明")), true, "zh");
    row("zh name with filler", withText(Field::ValueTransparency, s("提升政府透明度。")), true, "zh");
    row("zh too short", withText(Field::ValueAccountability, s("強化洗錢防制。")), true, "zh");
    row("en only the value name", withText(Field::ValueTransparency, s("Transparency.")), true, "en");
    row("en name with filler", withText(Field::ValueTransparency, s("Improves government transparency.")),
        true, "en");
    row("zh concrete mechanism",
        withText(Field::ValueTransparency, s("各機關須公開資料清單與不開放的理由，民眾可於平臺查詢。")),
        false);
    row("en concrete mechanism",
        withText(Field::ValueTransparency, s("Agencies must publish their data inventories and the reasons "
                                             "for withholding data; anyone can search them on the portal.")),
        false);
    Commitment c = strong();
    c.text(Field::ValueParticipation) = {};
    row("claimed but empty", c, true);
    c.setClaimed(CoreValue::Participation, false);
    row("not claimed and empty", c, false);
    c = strong();
    c.text(Field::ValueParticipation) = c.text(Field::ValueTransparency);
    row("one sentence shared by two values", c, true);
    // NDC's single question answered in one text covers the claimed values without their own.
    c = strong();
    c.text(Field::ValueParticipation) = {};
    row("zh claimed, answered in one text",
        withText(Field::Relevance, s("草案於參與平臺公開預告60日，民眾意見逐條公開回應；資料清單依法公開。"),
                 c),
        false);
    row("en claimed, answered in one text",
        withText(Field::Relevance,
                 s("The draft is open for 60 days of comment and every comment gets a published reply."), c),
        false);
    row("zh one text of only the value names", withText(Field::Relevance, s("透明、參與。"), c), true);
    row("en one text of only the value names",
        withText(Field::Relevance, s("Transparency, participation."), c), true);
}

void TestCheck::ruleA5_data()
{
    columns();
    row("transparency claimed", strong(), false);
    Commitment c = strong();
    for (CoreValue v : CoreValues::all())
        c.setClaimed(v, v == CoreValue::Inclusion);
    row("inclusion alone", c, true);
    c.setClaimed(CoreValue::Accountability, true);
    row("inclusion beside accountability", c, false);
}

void TestCheck::ruleA6_data()
{
    columns();
    row("real answers", strong(), false);
    row("zh 不適用", withText(Field::AdditionalInfo, s("不適用")), true, "zh");
    row("zh 同上", withText(Field::Contribution, s("同上。")), true, "zh");
    row("zh 無", withText(Field::Budget, s("無")), true, "zh");
    row("en N/A", withText(Field::AdditionalInfo, s("N/A")), true, "en");
    row("en none", withText(Field::Budget, s("None.")), true, "en");
    row("zh a sentence starting with 無", withText(Field::Budget, s("無需額外預算，由既有人力辦理。")),
        false);
    row("en a sentence starting with None",
        withText(Field::Budget, s("None of the cost is new; existing staff do the work.")), false);
    row("milestone output placeholder", withMilestone(0, s("完成草案並函報行政院"), s("無")), true, "zh");
}

void TestCheck::ruleA7_data()
{
    columns();
    row("valid contact", strong(), false);
    const auto phone = [](const char *p) {
        Commitment c = strong();
        c.contactPhone = QString::fromUtf8(p);
        return c;
    };
    const auto email = [](const char *e) {
        Commitment c = strong();
        c.contactEmail = QString::fromUtf8(e);
        return c;
    };
    row("phone with extension", phone("02-2316-5300#123"), false);
    row("phone in parentheses", phone("(02)2316-5300"), false);
    row("mobile", phone("0912-345-678"), false);
    row("international", phone("+886-2-2316-5300"), false);
    row("extension in Chinese", phone("02-2316-5300轉123"), false);
    row("no area code", phone("2316-5300"), true);
    row("letters", phone("02-2316-530O"), true);
    row("words", phone("電話洽詢"), true);
    row("too many digits", phone("02-2316-5300-1234"), true);
    row("e-mail valid", email("opendata@ndc.gov.tw"), false);
    row("e-mail without domain suffix", email("opendata@ndc"), true);
    row("e-mail double at", email("name@@ndc.gov.tw"), true);
    row("e-mail with space", email("open data@ndc.gov.tw"), true);
}

// ---- B ----------------------------------------------------------------------------------------

void TestCheck::ruleB1_data()
{
    columns();
    row("three milestones", strong(), false);
    Commitment c = strong();
    c.milestones.clear();
    row("no milestones", c, true);
}

void TestCheck::ruleB2_data()
{
    columns();
    row("complete milestones", strong(), false);
    Commitment c = strong();
    c.milestones[1].end = YearMonth();
    row("no end month", c, true);
    c = strong();
    c.milestones[2].responsibleAgency.clear();
    row("no agency", c, true);
    c = strong();
    c.milestones[0].description = {};
    row("no description", c, true);
    c = strong();
    c.milestones[0].start = YearMonth();
    row("start month is optional", c, false);
}

void TestCheck::ruleB3_data()
{
    columns();
    row("inside the plan", strong(), false);
    Commitment c = strong();
    c.start = YearMonth(2026, 1);
    c.end = YearMonth(2025, 1);
    row("commitment ends before it starts", c, true);
    c = strong();
    c.end = YearMonth(2029, 6);
    row("commitment runs past the plan", c, true);
    c = strong();
    c.start = YearMonth(2029, 2);
    c.end = YearMonth(2029, 12);
    row("commitment starts after the plan ends", c, true);
    c = strong();
    c.end = YearMonth();
    row("no end month", c, true);
    c = strong();
    c.milestones[2].end = YearMonth(2027, 3);
    row("milestone past the commitment", c, true);
    c = strong();
    c.milestones[0].start = YearMonth(2025, 9);
    row("milestone starts after it ends", c, true);
    c = strong();
    c.milestones[0].start = YearMonth(2024, 6);
    row("milestone before the commitment", c, true);
}

void TestCheck::ruleB4_data()
{
    columns();
    row("concrete milestones", strong(), false);
    // Weak process verbs with no output.
    row("zh 推動", withMilestone(0, s("推動資料開放")), true, "zh");
    row("zh 研議", withMilestone(0, s("研議實質受益人登記制度")), true, "zh");
    row("zh adverb then verb", withMilestone(0, s("積極推動政府資料開放")), true, "zh");
    row("zh 強化", withMilestone(0, s("強化洗錢防制")), true, "zh");
    row("zh 持續精進", withMilestone(0, s("持續精進公共政策網路參與平臺")), true, "zh");
    row("zh numbered 加強宣導", withMilestone(0, s("1. 加強宣導")), true, "zh");
    row("zh 滾動修正", withMilestone(0, s("滾動修正推動策略")), true, "zh");
    row("en promote", withMilestone(0, s("Promote open data")), true, "en");
    row("en strengthen", withMilestone(0, s("Strengthen anti-money-laundering.")), true, "en");
    row("en study", withMilestone(0, s("Study a beneficial ownership register")), true, "en");
    row("en continue to raise awareness", withMilestone(0, s("Continue to raise awareness of open data")),
        true, "en");
    row("en further enhance", withMilestone(0, s("Further enhance the participation platform")), true, "en");
    // Boundary: a weak verb followed by a concrete output and completion state.
    row("zh 完成…草案並函報行政院", withMilestone(0, s("研議資料開放法，完成草案並函報行政院")), false);
    row("zh …系統上線", withMilestone(0, s("推動電子連署系統上線")), false);
    row("zh 發布…作業要點", withMilestone(0, s("推動發布電子連署作業要點")), false);
    row("zh 公開…資料集 N 項", withMilestone(0, s("擴大公開高價值資料集50項")), false);
    row("zh 辦理 N 場次", withMilestone(0, s("宣導資料開放，辦理說明會3場次")), false);
    row("zh output names the deliverable", withMilestone(0, s("推動資料開放"), s("資料集50項")), false);
    row("zh no weak verb", withMilestone(0, s("完成草案並函報行政院")), false);
    row("en launch the portal", withMilestone(0, s("Promote open data and launch the open data portal")),
        false);
    row("en publish N datasets", withMilestone(0, s("Strengthen transparency: publish 50 datasets")), false);
    row("en support to publish", withMilestone(0, s("Support agencies to publish 20 high-value datasets")),
        false);
    row("en no weak verb", withMilestone(0, s("Launch the e-signature system")), false);
}

void TestCheck::ruleB5_data()
{
    columns();
    row("targets stated", strong(), false);
    row("zh comparative without number", withText(Field::ExpectedResults, s("增加民眾使用資料的機會。")),
        true, "zh");
    row("zh from-to target", withText(Field::ExpectedResults, s("線上申辦比率由30%提升至60%。")), false);
    row("en comparative without number",
        withText(Field::ExpectedResults, s("More people will use open data.")), true, "en");
    row("en from-to target",
        withText(Field::ExpectedResults, s("Raise online applications from 30% to 60%.")), false);
    row("zh comparative with a deadline only",
        withText(Field::ExpectedResults, s("於2026年6月前增加民眾使用開放資料的機會。")), true, "zh");
    row("en comparative with a deadline only",
        withText(Field::ExpectedResults, s("By 2026-06, more people will use open data.")), true, "en");
    row("zh milestone comparative", withMilestone(1, s("完成平臺改版，增加使用人數")), true, "zh");
    row("zh milestone with target", withMilestone(1, s("完成平臺改版，使用人數增加至每月1萬人次")), false);
    row("en milestone comparative", withMilestone(1, s("Complete the redesign to reduce waiting times")),
        true, "en");
    row("en milestone baseline",
        withMilestone(1, s("Complete the redesign to reduce waiting times against the 2024 baseline")),
        false);
}

void TestCheck::ruleB6_data()
{
    columns();
    row("spread over both years", strong(), false);
    Commitment c = strong();
    for (Milestone &m : c.milestones) {
        m.start = YearMonth(2026, 7);
        m.end = YearMonth(2026, 12);
    }
    row("all due in the last quarter", c, true);
    // A one-year commitment: its last quarter starts with October.
    c.start = YearMonth(2026, 1);
    c.end = YearMonth(2026, 12);
    for (Milestone &m : c.milestones) {
        m.start = YearMonth(2026, 1);
        m.end = YearMonth(2026, 10);
    }
    row("all due in the last quarter's first month", c, true);
    c.milestones.first().end = YearMonth(2026, 9);
    row("one due just before the last quarter", c, false);
    c = strong();
    c.end = YearMonth(2027, 12);
    c.milestones[2].end = YearMonth(2027, 12);
    c.milestones[1].end = YearMonth(2025, 12);
    row("hint: 2026 has no milestone", c, true);
    c = strong();
    c.end = YearMonth(2027, 3);
    row("a three-month stub year needs none", c, false);
}

void TestCheck::ruleB7_data()
{
    columns();
    row("distinct milestones", strong(), false);
    row("zh repeats the title", withMilestone(0, s("政府資料開放與運用法制化"), s("法律草案1份")), true,
        "zh");
    row("en repeats the title",
        withMilestone(0, s("Legislating government open data and its use."), s("One bill")), true, "en");
    Commitment c = strong();
    c.milestones[2].description = c.milestones[1].description;
    row("two milestones the same", c, true);
    row("zh repeats another with punctuation",
        withMilestone(2, s("辦理草案公開諮詢會議3場次，並公開會議紀錄。"), s("紀錄")), true, "zh");
}

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
