// What the editor builds on: messages in both languages, field guidance, rule switches, the
// export gate storage, the reviewer's estimate on the sample plan, free text, thread safety.
#include "TestPaths.h"
#include "check/Checker.h"
#include "check/FreeTextParser.h"
#include "check/Guidance.h"
#include "check/RuleSettings.h"
#include "sample/SamplePlan.h"
#include "store/Workspace.h"
#include "tst_check_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace nap;
using namespace nap::test;

namespace {

const Commitment &byCode(const SamplePlan &sample, const char *code)
{
    for (const Commitment &c : sample.commitments) {
        if (c.code == QLatin1String(code))
            return c;
    }
    qFatal("no sample commitment %s", code);
}

QStringList ruleIds(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids.append(f.ruleId + QLatin1Char('/') + f.messageKey());
    return ids;
}

bool hasCjk(const QString &text)
{
    return text.contains(QRegularExpression(QStringLiteral("[\\x{3400}-\\x{9FFF}]")));
}

} // namespace

class TestCheckSupport : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleIsDescribedInBothLanguages();
    void everyMessageRendersInBothLanguages();
    void guidanceCoversEveryField();
    void estimateOnTheSamplePlan();
    void estimateAgreesWithLabelledCommitments();
    void ruleSwitchesPersistWithReason();
    void exportOverridesAreStored();
    void freeTextWithHeadings();
    void freeTextInEnglish();
    void freeTextWithoutHeadings();
    void freeTextAnswersOnTheHeadingLine();
    void concurrentChecksAgree();
};

void TestCheckSupport::everyRuleIsDescribedInBothLanguages()
{
    QStringList ids;
    for (const RuleInfo *r : Checker::rules()) {
        ids.append(r->ruleId());
        QVERIFY2(hasCjk(r->title(Language::Chinese)) && hasCjk(r->description(Language::Chinese)), r->id);
        QVERIFY2(!r->title(Language::English).isEmpty() && !r->description(Language::English).isEmpty(),
                 r->id);
        QVERIFY2(!hasCjk(r->title(Language::English)), r->id);
        QCOMPARE(Checker::rule(r->ruleId()), r);
    }
    QCOMPARE(ids.join(QLatin1Char(' ')),
             QStringLiteral("A1 A2 A3 A4 A5 A6 A7 B1 B2 B3 B4 B5 B6 B7 C1 C2 C3 C4 C5 D1 D2 E3"));
    QVERIFY(!Checker::rule(QStringLiteral("Z9")));
}

void TestCheckSupport::everyMessageRendersInBothLanguages()
{
    const SamplePlan sample = SamplePlan::build();
    QList<Commitment> all = sample.commitments;
    all.append(loadFixture(QStringLiteral("weak.json")));
    all.append(loadFixture(QStringLiteral("strong.json")));
    CheckOptions options;
    options.englishExport = true;
    const Checker checker(options);
    static const QRegularExpression leftover(QStringLiteral("%[1-9]"));
    QSet<QString> keys;
    for (const Commitment &c : std::as_const(all)) {
        const CheckResult r = checker.check(c, &sample.plan);
        for (const Finding &f : r.findings) {
            keys.insert(f.messageKey());
            const QString zh = f.message(Language::Chinese);
            const QString en = f.message(Language::English);
            QVERIFY2(hasCjk(zh) && !zh.contains(leftover), qPrintable(zh));
            QVERIFY2(!en.isEmpty() && !en.contains(leftover) && en != zh, qPrintable(en));
            QVERIFY(f.messageKey().startsWith(f.ruleId + QLatin1Char('.')));
        }
        for (const Estimate::Reason &reason : r.estimate.reasons) {
            QVERIFY(hasCjk(reason.text(Language::Chinese)));
            QVERIFY(!hasCjk(reason.text(Language::English)));
        }
        QVERIFY(!r.estimate.summary(Language::English).isEmpty());
    }
    QVERIFY2(keys.size() >= 20, qPrintable(QStringList(keys.cbegin(), keys.cend()).join(QLatin1Char(' '))));
}

void TestCheckSupport::guidanceCoversEveryField()
{
    for (Field f : Fields::all()) {
        const QByteArray code = Fields::code(f).toLatin1();
        QVERIFY2(hasCjk(Guidance::fieldLabel(f, Language::Chinese)), code);
        QVERIFY2(hasCjk(Guidance::lookFor(f, Language::Chinese)), code);
        for (Language l : {Language::Chinese, Language::English}) {
            QVERIFY2(!Guidance::fieldLabel(f, l).isEmpty(), code);
            QVERIFY2(Guidance::lookFor(f, l).size() > 5, code);
            QVERIFY2(!Guidance::strongExample(f, l).isEmpty(), code);
            QVERIFY2(!Guidance::weakExample(f, l).isEmpty(), code);
            QVERIFY2(Guidance::strongExample(f, l) != Guidance::weakExample(f, l), code);
            const QString help = Guidance::helpText(f, l);
            QVERIFY(help.startsWith(Guidance::fieldLabel(f, l)));
            QVERIFY(help.contains(Guidance::strongExample(f, l)) &&
                    help.contains(Guidance::weakExample(f, l)));
        }
        QVERIFY2(!hasCjk(Guidance::lookFor(f, Language::English)), code);
    }
}

void TestCheckSupport::estimateOnTheSamplePlan()
{
    const SamplePlan sample = SamplePlan::build();
    const Checker checker;
    // 1-1: a draft law with a public request and appeal mechanism.
    const CheckResult strong = checker.check(byCode(sample, "1-1"), &sample.plan);
    QVERIFY(strong.estimate.verifiable);
    QCOMPARE(strong.estimate.potential, Estimate::Potential::Substantial);
    QCOMPARE(strong.counts().warnings, 0);
    // 1-2: 50 datasets, a standalone output.
    const Estimate modest = Checker::estimate(byCode(sample, "1-2"));
    QVERIFY(modest.verifiable);
    QCOMPARE(modest.potential, Estimate::Potential::Modest);
    // 5-1: "研議…" / "Strengthen anti-money-laundering."
    const CheckResult weak = checker.check(byCode(sample, "5-1"), &sample.plan);
    QVERIFY(!weak.estimate.verifiable);
    QCOMPARE(weak.estimate.potential, Estimate::Potential::Unclear);
    const QStringList ids = ruleIds(weak.findings);
    QVERIFY(ids.contains(QStringLiteral("B4/B4.vague")));
    QVERIFY(ids.contains(QStringLiteral("A4/A4.thin")));
    QVERIFY(ids.contains(QStringLiteral("C4/C4.nopublic")));
    // 2-2 has no milestones at all.
    QVERIFY(!Checker::estimate(byCode(sample, "2-2")).verifiable);
    QCOMPARE(Estimate::label(Language::English),
             QStringLiteral("Reviewer's estimate (not an official rating)"));
}

// Short commitments in the style of published ones, each labelled the way an independent
// review would rate it. Verifiability must agree on every one, potential on all but one.
void TestCheckSupport::estimateAgreesWithLabelledCommitments()
{
    const QJsonArray cases = readFixture(QStringLiteral("calibration.json")).array();
    QVERIFY(cases.size() >= 12);
    int potentialAgrees = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject o = cases.at(i).toObject();
        const QJsonObject label = o.value(QStringLiteral("label")).toObject();
        const Estimate e = Checker::estimate(commitmentFromJson(o));
        const QString where = QStringLiteral("case %1: %2").arg(i).arg(e.summary(Language::English));
        QVERIFY2(e.verifiable == label.value(QStringLiteral("verifiable")).toBool(), qPrintable(where));
        if (Estimate::potentialCode(e.potential) == label.value(QStringLiteral("potential")).toString())
            ++potentialAgrees;
        else
            qWarning("%s", qPrintable(where));
    }
    QVERIFY2(potentialAgrees >= cases.size() - 1, qPrintable(QString::number(potentialAgrees)));
}

void TestCheckSupport::ruleSwitchesPersistWithReason()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("switches.napdesk"));
    Error error;
    // Who switched it off is recorded: the account name (USERNAME on Windows, USER elsewhere).
    const QByteArray savedUser = qgetenv("USER");
    const QByteArray savedUserName = qgetenv("USERNAME");
    qunsetenv("USERNAME");
    qputenv("USER", "officer.lin");
    {
        auto ws = Workspace::create(path, &error);
        QVERIFY2(ws, qPrintable(error.message()));
        QVERIFY(!RuleSettings::disable(*ws, QStringLiteral("B4"), QStringLiteral("  "), &error));
        QCOMPARE(error.code, Error::InvalidInput);
        QVERIFY(!RuleSettings::disable(*ws, QStringLiteral("Z9"), QStringLiteral("reason"), &error));
        QCOMPARE(error.code, Error::InvalidInput);
        QVERIFY(RuleSettings::disable(*ws, QStringLiteral("B4"), s("本部承諾以法規為主，動詞檢查不適用"),
                                      &error));
        QVERIFY(RuleSettings::disable(*ws, QStringLiteral("C5"), QStringLiteral("One programme by design"),
                                      &error));
        QVERIFY(RuleSettings::enable(*ws, QStringLiteral("C5"), &error));
        const QJsonObject stored =
            QJsonDocument::fromJson(ws->setting(QStringLiteral("rule_disabled/B4")).toUtf8()).object();
        QCOMPARE(stored.value(QStringLiteral("reason")).toString(), s("本部承諾以法規為主，動詞檢查不適用"));
    }
    auto ws = Workspace::open(path, Workspace::Mode::ReadOnly, &error);
    QVERIFY(ws);
    const RuleSettings settings = RuleSettings::load(*ws);
    QVERIFY(settings.isDisabled(QStringLiteral("B4")));
    QVERIFY(!settings.isDisabled(QStringLiteral("C5")));
    QCOMPARE(settings.disabledRules().size(), 1);
    const RuleSettings::Switch sw = settings.disabledSwitch(QStringLiteral("B4"));
    QCOMPARE(sw.reason, s("本部承諾以法規為主，動詞檢查不適用"));
    QVERIFY(sw.when.isValid() && qAbs(sw.when.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QCOMPARE(sw.by, QStringLiteral("officer.lin"));
    qputenv("USER", savedUser);
    if (!savedUserName.isEmpty())
        qputenv("USERNAME", savedUserName);

    CheckOptions options;
    options.disabledRules = settings.disabledIds();
    const Commitment weak = loadFixture(QStringLiteral("weak.json"));
    QVERIFY(ruleIds(Checker().findings(weak)).contains(QStringLiteral("B4/B4.vague")));
    QVERIFY(!ruleIds(Checker(options).findings(weak)).contains(QStringLiteral("B4/B4.vague")));
}

void TestCheckSupport::exportOverridesAreStored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gate.napdesk"));
    Error error;
    QVERIFY(SamplePlan::writeWorkspace(path, &error));
    QString uuid;
    QString summary;
    {
        auto ws = Workspace::open(path, Workspace::Mode::ReadWrite, &error);
        QVERIFY(ws);
        Commitment c;
        for (const Commitment &candidate : ws->commitments()) {
            if (candidate.code == QLatin1String("5-1"))
                c = candidate;
        }
        uuid = c.uuid;
        const QList<Finding> findings = Checker().findings(c, nullptr);
        QVERIFY(FindingCounts::of(findings).errors > 0);
        summary = Findings::summaryJson(findings);
        QVERIFY(!ws->addExportOverride(uuid, QStringLiteral(" "), summary, &error));
        QCOMPARE(error.code, Error::InvalidInput);
        QVERIFY(!ws->addExportOverride(QStringLiteral("no-such-uuid"), QStringLiteral("x"), summary, &error));
        QCOMPARE(error.code, Error::NotFound);
        QVERIFY2(ws->addExportOverride(uuid, s("聯絡人資料待人事令發布後補上"), summary, &error),
                 qPrintable(error.message()));
        QVERIFY(ws->addExportOverride(uuid, s("第二次匯出"), summary, &error));
    }
    auto ws = Workspace::open(path, Workspace::Mode::ReadOnly, &error);
    QVERIFY(ws);
    const QList<Workspace::ExportOverride> overrides = ws->exportOverrides(uuid);
    QCOMPARE(overrides.size(), 2);
    QCOMPARE(overrides.first().reason, s("第二次匯出")); // newest first
    QCOMPARE(overrides.last().reason, s("聯絡人資料待人事令發布後補上"));
    QCOMPARE(overrides.last().commitmentUuid, uuid);
    QVERIFY(overrides.last().created.isValid());
    const QJsonObject parsed = QJsonDocument::fromJson(overrides.last().findings.toUtf8()).object();
    QVERIFY(parsed.value(QStringLiteral("errors")).toInt() > 0);
    QVERIFY(parsed.value(QStringLiteral("rules")).toArray().contains(QStringLiteral("A1")));
    QCOMPARE(ws->exportOverrides().size(), 2);
    QVERIFY(ws->exportOverrides(QStringLiteral("other")).isEmpty());
    QVERIFY(!ws->addExportOverride(uuid, QStringLiteral("read-only"), summary, &error));
}

void TestCheckSupport::freeTextWithHeadings()
{
    const QString text = s("承諾事項名稱：實質受益人資訊透明\n"
                           "建議主政機關：法務部\n"
                           "承諾事項的起迄時間：2021年1月至2024年5月\n"
                           "承諾事項涉及的公共問題\n"
                           "公司實質受益人資訊未集中登記，洗錢防制查核不易。\n"
                           "承諾事項內容\n"
                           "研議建立實質受益人登記制度。\n"
                           "為何此一承諾事項與OGP的核心價值（透明、公共參與、課責）有所相關\n"
                           "課責：強化洗錢防制。\n"
                           "衡量指標／關鍵里程碑\n"
                           "2021年\n"
                           "1. 研議實質受益人登記制度（2021/01～2024/05）\n"
                           "2. 完成公司法修正草案並函報行政院（2022/01～2022/12）\n");
    const FreeTextParser::Result r = FreeTextParser::parse(text);
    QVERIFY(r.usedHeadings);
    const Commitment &c = r.commitment;
    QCOMPARE(c.text(Field::Title).zh, s("實質受益人資訊透明"));
    QCOMPARE(c.leadAgency, s("法務部"));
    QCOMPARE(c.start, YearMonth(2021, 1));
    QCOMPARE(c.end, YearMonth(2024, 5));
    QCOMPARE(c.text(Field::Problem).zh, s("公司實質受益人資訊未集中登記，洗錢防制查核不易。"));
    QCOMPARE(c.text(Field::Content).zh, s("研議建立實質受益人登記制度。"));
    QCOMPARE(c.text(Field::ValueAccountability).zh, s("強化洗錢防制。"));
    QVERIFY(c.isClaimed(CoreValue::Accountability) && !c.isClaimed(CoreValue::Transparency));
    QCOMPARE(c.milestones.size(), 2);
    QCOMPARE(c.milestones.at(0).description.zh, s("研議實質受益人登記制度"));
    QCOMPARE(c.milestones.at(0).end, YearMonth(2024, 5));
    QCOMPARE(c.milestones.at(1).start, YearMonth(2022, 1));

    CheckOptions options;
    options.freeText = true;
    const CheckResult result = Checker(options).check(c);
    const QStringList ids = ruleIds(result.findings);
    QVERIFY(ids.contains(QStringLiteral("B4/B4.vague")));
    QVERIFY(ids.contains(QStringLiteral("A2/A2.baseline")));
    for (const Finding &f : result.findings) {
        // Rules that need the structured form do not run on pasted text.
        for (const char *structural : {"A1", "A7", "B1", "B2", "B3", "B6", "E3"})
            QVERIFY2(f.ruleId != QLatin1String(structural), structural);
    }
}

void TestCheckSupport::freeTextInEnglish()
{
    const QString text = s("Commitment title: Beneficial ownership transparency\n"
                           "What is the public problem?\n"
                           "Beneficial owners are not registered centrally.\n"
                           "What is the commitment?\n"
                           "Study a beneficial ownership register.\n"
                           "Milestone activity with a verifiable deliverable\n"
                           "Study a beneficial ownership register 2021/01 - 2024/05\n"
                           "Publish 50 datasets 2021/01 - 2021/12\n");
    const FreeTextParser::Result r = FreeTextParser::parse(text);
    QCOMPARE(r.commitment.text(Field::Title).en, s("Beneficial ownership transparency"));
    QCOMPARE(r.commitment.text(Field::Problem).en, s("Beneficial owners are not registered centrally."));
    QCOMPARE(r.commitment.milestones.size(), 2);
    QCOMPARE(r.commitment.milestones.at(1).description.en, s("Publish 50 datasets"));
    QCOMPARE(r.commitment.milestones.at(1).end, YearMonth(2021, 12));
    QCOMPARE(r.recognised, QList<Field>({Field::Title, Field::Problem, Field::Content, Field::Milestones}));
}

void TestCheckSupport::freeTextWithoutHeadings()
{
    const FreeTextParser::Result r = FreeTextParser::parse(s("建置整合性資料開放平臺，提供民眾查詢。\n"
                                                             "- 推動資料開放\n"
                                                             "- 完成平臺建置並上線 2022/01～2022/12\n"));
    QVERIFY(!r.usedHeadings);
    QCOMPARE(r.commitment.text(Field::Content).zh, s("建置整合性資料開放平臺，提供民眾查詢。"));
    QCOMPARE(r.commitment.milestones.size(), 2);
    QCOMPARE(r.commitment.milestones.at(0).description.zh, s("推動資料開放"));
    QCOMPARE(r.commitment.milestones.at(1).description.zh, s("完成平臺建置並上線"));
    QCOMPARE(r.commitment.milestones.at(1).start, YearMonth(2022, 1));
}

void TestCheckSupport::freeTextAnswersOnTheHeadingLine()
{
    // Copied from a PDF or a table: the answer follows the question on the same line.
    const FreeTextParser::Result en =
        FreeTextParser::parse(s("Commitment title: Open data law\n"
                                "What is the public problem? There is no legal duty to publish data.\n"
                                "What is the commitment? Study an open data law.\n"));
    QCOMPARE(en.commitment.text(Field::Title).en, s("Open data law"));
    QCOMPARE(en.commitment.text(Field::Problem).en, s("There is no legal duty to publish data."));
    QCOMPARE(en.commitment.text(Field::Content).en, s("Study an open data law."));

    const FreeTextParser::Result zh =
        FreeTextParser::parse(s("承諾事項名稱\t實質受益人資訊透明\n"
                                "承諾事項涉及的公共問題為何？公司實質受益人資訊未集中登記。\n"
                                "承諾事項內容\t研議建立實質受益人登記制度。\n"));
    QCOMPARE(zh.commitment.text(Field::Title).zh, s("實質受益人資訊透明"));
    QCOMPARE(zh.commitment.text(Field::Problem).zh, s("公司實質受益人資訊未集中登記。"));
    QCOMPARE(zh.commitment.text(Field::Content).zh, s("研議建立實質受益人登記制度。"));

    CheckOptions options;
    options.freeText = true;
    const QStringList ids = ruleIds(Checker(options).check(zh.commitment).findings);
    QVERIFY2(ids.contains(QStringLiteral("A2/A2.baseline")), qPrintable(ids.join(QLatin1Char(' '))));
}

void TestCheckSupport::concurrentChecksAgree()
{
    const SamplePlan sample = SamplePlan::build();
    const Checker checker;
    QList<QStringList> reference;
    for (const Commitment &c : sample.commitments)
        reference.append(ruleIds(checker.check(c, &sample.plan).findings));
    QList<int> mismatches(4, 0);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            for (int round = 0; round < 50; ++round) {
                for (qsizetype i = 0; i < sample.commitments.size(); ++i) {
                    if (ruleIds(checker.check(sample.commitments.at(i), &sample.plan).findings) !=
                        reference.at(i))
                        ++mismatches[t];
                }
            }
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(60000));
    QCOMPARE(mismatches, QList<int>(4, 0));
}

QTEST_GUILESS_MAIN(TestCheckSupport)
#include "tst_checksupport.moc"
