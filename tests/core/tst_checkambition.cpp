// One data-driven test per ambition, logic and document rule (C1–C5, D1, D2, E3), with Chinese
// and English cases that must and must not trigger.
#include "TestPaths.h"
#include "check/Checker.h"
#include "tst_check_fixtures.h"

#include <QTest>

using namespace nap;
using namespace nap::test;

class TestCheckAmbition : public QObject
{
    Q_OBJECT

private slots:
    void ruleC1_data();
    void ruleC1() { runRule(QStringLiteral("C1")); }
    void ruleC2_data();
    void ruleC2() { runRule(QStringLiteral("C2")); }
    void ruleC3_data();
    void ruleC3() { runRule(QStringLiteral("C3")); }
    void ruleC4_data();
    void ruleC4() { runRule(QStringLiteral("C4")); }
    void ruleC5_data();
    void ruleC5() { runRule(QStringLiteral("C5")); }
    void ruleD1_data();
    void ruleD1() { runRule(QStringLiteral("D1")); }
    void ruleD2_data();
    void ruleD2() { runRule(QStringLiteral("D2")); }
    void ruleE3_data();
    void ruleE3();
};

// ---- C ----------------------------------------------------------------------------------------

namespace {

Commitment businessAsUsual(const QString &content, const QString &milestone)
{
    Commitment c = strong();
    c.text(Field::Content) = fixtureText(content, content);
    for (Milestone &m : c.milestones)
        m.description = fixtureText(milestone, milestone);
    c.milestones[0].expectedOutput = {};
    c.milestones[1].expectedOutput = {};
    c.milestones[2].expectedOutput = {};
    return c;
}

} // namespace

void TestCheckAmbition::ruleC1_data()
{
    columns();
    row("a new law", strong(), false);
    row("zh 依現行規定辦理", businessAsUsual(s("依現行規定辦理資料開放業務。"), s("每年更新資料集清單1次")),
        true);
    row("zh 持續辦理", businessAsUsual(s("持續辦理資料集更新。"), s("每年更新資料集清單1次")), true);
    row("zh 持續推動", businessAsUsual(s("持續推動資料開放。"), s("每年更新資料集清單1次")), true);
    row("en continue to promote",
        businessAsUsual(s("Continue to promote open data."), s("Update the dataset list once a year")), true);
    row("en continue to",
        businessAsUsual(s("Continue to update datasets in line with existing rules."),
                        s("Update the dataset list once a year")),
        true);
    // Citing the law the work is done under is not a new legal output.
    row("en under an existing law",
        businessAsUsual(
            s("Continue to handle public requests under the Freedom of Government Information Law."),
            s("Handle public requests every year")),
        true);
    row("zh 依現有法律", businessAsUsual(s("持續依政府資訊公開法受理民眾申請。"), s("每年受理民眾申請")),
        true);
    row("en amending the law is new",
        businessAsUsual(
            s("Continue to handle requests, and amend the Freedom of Government Information Law."),
            s("Handle public requests every year")),
        false);
    row("zh with a new mechanism",
        businessAsUsual(s("持續辦理資料開放，並新增民眾申請機制。"), s("每年更新資料集清單1次")), false);
    row("en with a new mechanism",
        businessAsUsual(s("Continue to open data and introduce a request mechanism for the public."),
                        s("Update the dataset list once a year")),
        false);
    Commitment c = businessAsUsual(s("開放民眾申請資料。"), s("每年更新資料集清單1次"));
    for (Milestone &m : c.milestones)
        m.isNew = false;
    row("every milestone continues ongoing work", c, true);
}

void TestCheckAmbition::ruleC2_data()
{
    columns();
    row("a law among the outputs", strong(), false);
    Commitment c = strong();
    c.milestones[0].description = fixtureText(s("建置資料開放網站並上線"), s("Launch the open data website"));
    c.milestones[1].description = fixtureText(s("辦理教育訓練3場次"), s("Hold 3 training workshops"));
    c.milestones[2].description = fixtureText(s("公開資料集50項"), s("Publish 50 datasets"));
    for (Milestone &m : c.milestones)
        m.expectedOutput = {};
    c.text(Field::Content) =
        fixtureText(s("建置資料開放網站並公開資料集。"), s("Build an open data website."));
    row("websites, training and datasets only", c, true);
    c.milestones[2].description = fixtureText(s("發布資料開放作業要點"), s("Issue data opening rules"));
    row("one binding output", c, false);
    // Each language on its own: a plan written only in Chinese, or only in English.
    Commitment zh = c;
    Commitment en = c;
    zh.milestones[2].description = fixtureText(s("公開資料集50項"), QString());
    en.milestones[2].description = fixtureText(QString(), s("Publish 50 datasets"));
    for (Commitment *one : {&zh, &en}) {
        for (Milestone &m : one->milestones) {
            (one == &zh ? m.description.en : m.description.zh).clear();
        }
        (one == &zh ? one->text(Field::Content).en : one->text(Field::Content).zh).clear();
    }
    row("zh only: websites, training and datasets", zh, true);
    row("en only: websites, training and datasets", en, true);
    zh.milestones[2].description = fixtureText(s("發布資料開放作業要點"), QString());
    en.milestones[2].description = fixtureText(QString(), s("Issue data opening rules"));
    row("zh only: one binding output", zh, false);
    row("en only: one binding output", en, false);
}

void TestCheckAmbition::ruleC3_data()
{
    columns();
    row("draft law with public requests", strong(), true);
    Commitment c = strong();
    c.text(Field::Content) = fixtureText(s("建置資料開放網站。"), s("Build an open data website."));
    c.milestones[0].description = fixtureText(s("資料開放網站上線"), s("Launch the open data website"));
    c.milestones[1].description = fixtureText(s("辦理教育訓練3場次"), s("Hold 3 training sessions"));
    c.milestones[2].description = fixtureText(s("公開資料集50項"), s("Publish 50 datasets"));
    for (Milestone &m : c.milestones)
        m.expectedOutput = {};
    row("no legal output", c, false);
    c.milestones[2].description =
        fixtureText(QString(), s("Adopt a regulation that lets the public request data"));
    row("en regulation with public requests", c, true);
    // The words quality-rules.md lists, each with a mechanism the public uses.
    c.milestones[2].description = fixtureText(s("實施實質受益人資訊強制揭露，民眾可線上查詢"), QString());
    row("zh 強制揭露 with public search", c, true);
    c.milestones[2].description = fixtureText(s("完成政治獻金資料法制化，開放民眾下載查詢"), QString());
    row("zh 法制化 with public download", c, true);
    // An action on a named instrument, not the adjective alone (reviewers rate the change, not
    // the wording).
    c.milestones[2].description = fixtureText(
        QString(), s("Adopt the Contracts Disclosure Regulation so that anyone can search contracts"));
    row("en adopt a named regulation with public search", c, true);
    c.milestones[2].description =
        fixtureText(QString(), s("Set a mandatory standard for publishing contracts that anyone can search"));
    row("en adjective only: mandatory standard", c, false);
    c.milestones[2].description = fixtureText(s("依政府資訊公開法公開契約，民眾可線上查詢"), QString());
    row("zh cited law only", c, false);
}

void TestCheckAmbition::ruleC4_data()
{
    columns();
    row("public can appeal", strong(), false);
    row("zh internal only",
        withText(Field::ValueAccountability, s("定期向上級報告辦理情形，並接受內部稽核與考核。")), true);
    row("zh nothing public",
        withText(Field::ValueAccountability, s("本部將強化洗錢防制機制並落實執行各項規定。")), true);
    row("en internal only",
        withText(Field::ValueAccountability,
                 s("Progress is reported to the ministry and internally audited.")),
        true);
    row("en public appeal",
        withText(Field::ValueAccountability,
                 s("Citizens can appeal a refusal and the decision is published.")),
        false);
    Commitment c = withText(Field::ValueAccountability, s("定期向上級報告辦理情形。"));
    c.setClaimed(CoreValue::Accountability, false);
    row("accountability not claimed", c, false);
}

void TestCheckAmbition::ruleC5_data()
{
    columns();
    row("three milestones", strong(), false);
    Commitment c = strong();
    while (c.milestones.size() < 8)
        c.milestones.append(c.milestones.last());
    row("eight milestones", c, false);
    c.milestones.append(c.milestones.last());
    row("nine milestones", c, true);
    c = strong();
    c.text(Field::Content).zh =
        s("一、資料開放法制化。\n二、個資保護。\n三、數位身分。\n四、政府採購公開。\n五、政治獻金。");
    row("zh five separate parts", c, true);
    c.text(Field::Content).zh = s("一、研擬草案。\n二、公開諮詢。\n三、函報行政院。");
    row("zh three steps", c, false);
    c = strong();
    c.text(Field::Content).en =
        s("1. Open data law\n2. Privacy\n3. Digital ID\n4. Procurement\n5. Political finance");
    row("en five separate parts", c, true);
    c.text(Field::Content).en =
        s("1. Draft the bill\n2. Consult the public\n3. Submit it to the Executive Yuan");
    row("en three steps", c, false);
}

// ---- D, E -------------------------------------------------------------------------------------

void TestCheckAmbition::ruleD1_data()
{
    columns();
    row("problem with evidence", strong(), false);
    Commitment c = strong();
    c.text(Field::Problem) =
        fixtureText(s("缺乏整合性資料開放平臺。"), s("Data is scattered across agencies."));
    c.text(Field::Content).zh = s("建置整合性資料開放平臺，提供民眾查詢。");
    row("zh 缺乏X平臺 / 建置X平臺", c, true, "zh");
    c.text(Field::Content).zh = s("研擬資料開放法草案，明定民眾申請程序。");
    row("zh absence of something else", c, false);
    c = strong();
    c.text(Field::Problem) = fixtureText(s("資料分散於各機關。"), s("There is no open data platform."));
    c.text(Field::Content).en = s("Build an open data platform for the public.");
    row("en no X platform / build X platform", c, true, "en");
    c.text(Field::Problem).en =
        s("There is no open data platform: in 2024 people filed 1,200 requests by paper.");
    row("en with evidence", c, false);
}

void TestCheckAmbition::ruleD2_data()
{
    columns();
    row("a change for people", strong(), false);
    row("zh outputs only", withText(Field::ExpectedResults, s("完成平臺建置。")), true, "zh");
    row("en outputs only", withText(Field::ExpectedResults, s("The platform is built.")), true, "en");
    row("zh people can", withText(Field::ExpectedResults, s("民眾可線上申請開放資料。")), false);
    row("en people can", withText(Field::ExpectedResults, s("People can request data online.")), false);
    Commitment c = strong();
    c.text(Field::ExpectedResults) = {};
    row("results inside the content, as the NDC form asks", c, false);
    c.text(Field::Content) = fixtureText(s("建置資料開放平臺。"), s("Build an open data platform."));
    row("no results anywhere", c, true);
}

void TestCheckAmbition::ruleE3_data()
{
    columns();
    row("English current", strong(), false, "en");
    Commitment c = strong();
    c.text(Field::Problem).en.clear();
    row("English missing", c, true, "en");
    c = strong();
    c.text(Field::Content)
        .setText(Language::Chinese, s("修改後的內容：研擬資料開放法草案。"), fixtureTime().addDays(3));
    row("Chinese edited after the English", c, true, "en");
    c.text(Field::Content).markReviewed(fixtureTime().addDays(4));
    row("marked reviewed", c, false, "en");
    c = strong();
    c.milestones[1].description.en.clear();
    row("milestone English missing", c, true, "en");
}

void TestCheckAmbition::ruleE3()
{
    CheckOptions options;
    options.englishExport = true;
    runRule(QStringLiteral("E3"), options);
    // Without an English export asked for, the rule does not run at all.
    QFETCH(Commitment, commitment);
    const QList<Finding> plain = Checker().findings(commitment);
    QVERIFY(std::none_of(plain.cbegin(), plain.cend(),
                         [](const Finding &f) { return f.ruleId == QLatin1String("E3"); }));
}

QTEST_GUILESS_MAIN(TestCheckAmbition)
#include "tst_checkambition.moc"
