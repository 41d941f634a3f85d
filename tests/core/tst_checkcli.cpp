// napdesk-cli check: exit codes, JSON shape, languages, free text and hostile input.
#include "CliTestSupport.h"
#include "TestPaths.h"
#include "check/RuleSettings.h"
#include "sample/SamplePlan.h"
#include "store/Workspace.h"
#include "tst_check_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace nap;
using namespace nap::test;

namespace {

bool hasCjk(const QString &text)
{
    return text.contains(QRegularExpression(QStringLiteral("[\\x{3400}-\\x{9FFF}]")));
}

// A workspace holding the strong fixture commitment (and, if asked, the weak one).
QString fixtureWorkspace(const QTemporaryDir &dir, const QString &name, bool withWeak)
{
    const QString path = dir.filePath(name);
    Error error;
    auto ws = Workspace::create(path, &error);
    if (!ws)
        qFatal("cannot create %s", qPrintable(path));
    Plan plan = fixturePlan();
    plan.uuid = ws->plan().uuid;
    ws->savePlan(plan, &error);
    Area area;
    area.uuid = QStringLiteral("area-1");
    area.number = 1;
    ws->saveArea(area, &error);
    Commitment strong = loadFixture(QStringLiteral("strong.json"));
    strong.areaUuid = area.uuid;
    strong.created = strong.modified = fixtureTime();
    QList<Commitment> list{strong};
    if (withWeak) {
        Commitment weak = loadFixture(QStringLiteral("weak.json"));
        weak.areaUuid = area.uuid;
        weak.code = QStringLiteral("1-2");
        weak.created = weak.modified = fixtureTime();
        list.append(weak);
    }
    if (!ws->saveCommitments(list, &error))
        qFatal("cannot save: %s", qPrintable(error.message()));
    return path;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

} // namespace

class TestCheckCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleHasErrorsAndJsonShape();
    void oneCommitmentInEnglish();
    void cleanWorkspaceExitsZero();
    void ruleSwitchesAreHonoured();
    void englishExportCheck();
    void freeText();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestCheckCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(QStringLiteral("sample.napdesk"));
    Error error;
    QVERIFY(SamplePlan::writeWorkspace(m_sample, &error));
}

void TestCheckCli::sampleHasErrorsAndJsonShape()
{
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--workspace"), m_sample,
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = r.json();
    QCOMPARE(root.value(QStringLiteral("language")).toString(), QStringLiteral("zh"));
    // The report follows the system locale when --lang is not given.
    const Run english = cli({QStringLiteral("check"), QStringLiteral("--workspace"), m_sample,
                             QStringLiteral("--format"), QStringLiteral("json")},
                            QStringLiteral("en_US.UTF-8"));
    QCOMPARE(english.json().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    const QJsonArray commitments = root.value(QStringLiteral("commitments")).toArray();
    QCOMPARE(commitments.size(), 12);
    int errors = 0;
    for (const QJsonValue &v : commitments) {
        const QJsonObject c = v.toObject();
        QVERIFY(!c.value(QStringLiteral("uuid")).toString().isEmpty());
        QVERIFY(!c.value(QStringLiteral("code")).toString().isEmpty());
        const QJsonObject e = c.value(QStringLiteral("estimate")).toObject();
        QVERIFY(e.value(QStringLiteral("verifiable")).isBool());
        QVERIFY(
            QStringList({QStringLiteral("unclear"), QStringLiteral("modest"), QStringLiteral("substantial")})
                .contains(e.value(QStringLiteral("potential")).toString()));
        QVERIFY(e.value(QStringLiteral("label")).toString().contains(QStringLiteral("審查預估")));
        QVERIFY(!e.value(QStringLiteral("reasons")).toArray().isEmpty());
        for (const QJsonValue &fv : c.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = fv.toObject();
            QVERIFY(QRegularExpression(QStringLiteral("^[A-E][1-7]$"))
                        .match(f.value(QStringLiteral("rule")).toString())
                        .hasMatch());
            QVERIFY(QStringList({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("hint")})
                        .contains(f.value(QStringLiteral("severity")).toString()));
            Field field;
            QVERIFY(Fields::fromCode(f.value(QStringLiteral("field")).toString(), &field));
            QCOMPARE(f.value(QStringLiteral("commitmentUuid")), c.value(QStringLiteral("uuid")));
            QCOMPARE(f.value(QStringLiteral("commitmentCode")), c.value(QStringLiteral("code")));
            QCOMPARE(f.value(QStringLiteral("message")),
                     f.value(QStringLiteral("messages")).toObject().value(QStringLiteral("zh")));
            QVERIFY(!f.value(QStringLiteral("messages"))
                         .toObject()
                         .value(QStringLiteral("en"))
                         .toString()
                         .isEmpty());
            errors += f.value(QStringLiteral("severity")).toString() == QLatin1String("error");
        }
    }
    QVERIFY(errors > 0);
    QCOMPARE(root.value(QStringLiteral("totals")).toObject().value(QStringLiteral("errors")).toInt(), errors);
}

void TestCheckCli::oneCommitmentInEnglish()
{
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--workspace"), m_sample,
                       QStringLiteral("--commitment"), QStringLiteral("5-1"), QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 1); // 5-1 lacks a contact name and a form filler
    const QJsonArray commitments = r.json().value(QStringLiteral("commitments")).toArray();
    QCOMPARE(commitments.size(), 1);
    const QJsonObject c = commitments.first().toObject();
    QCOMPARE(c.value(QStringLiteral("code")).toString(), QStringLiteral("5-1"));
    QCOMPARE(c.value(QStringLiteral("title")).toString(),
             QStringLiteral("Beneficial ownership transparency"));
    const QJsonObject e = c.value(QStringLiteral("estimate")).toObject();
    QCOMPARE(e.value(QStringLiteral("verifiable")).toBool(), false);
    QCOMPARE(e.value(QStringLiteral("potential")).toString(), QStringLiteral("unclear"));
    bool vague = false;
    for (const QJsonValue &v : c.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        QVERIFY(!hasCjk(f.value(QStringLiteral("message")).toString()));
        if (f.value(QStringLiteral("rule")).toString() == QLatin1String("B4")) {
            vague = true;
            QCOMPARE(f.value(QStringLiteral("field")).toString(), QStringLiteral("milestones"));
            QCOMPARE(f.value(QStringLiteral("milestoneIndex")).toInt(), 0);
            QVERIFY(!f.value(QStringLiteral("milestoneUuid")).toString().isEmpty());
        }
    }
    QVERIFY(vague);
}

void TestCheckCli::cleanWorkspaceExitsZero()
{
    QTemporaryDir dir;
    const QString path = fixtureWorkspace(dir, QStringLiteral("strong.napdesk"), false);
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--workspace"), path, QStringLiteral("--lang"),
                       QStringLiteral("en")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("potential for results: substantial")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("errors: 0, warnings: 0")));
}

void TestCheckCli::ruleSwitchesAreHonoured()
{
    QTemporaryDir dir;
    const QString path = fixtureWorkspace(dir, QStringLiteral("switches.napdesk"), true);
    {
        Error error;
        auto ws = Workspace::open(path, Workspace::Mode::ReadWrite, &error);
        QVERIFY(ws);
        QVERIFY(RuleSettings::disable(*ws, QStringLiteral("A7"), QStringLiteral("Contacts are checked by HR"),
                                      &error));
    }
    const QStringList args{
        QStringLiteral("check"),        QStringLiteral("--workspace"), path,
        QStringLiteral("--commitment"), QStringLiteral("1-2"),         QStringLiteral("--format"),
        QStringLiteral("json")};
    const auto rules = [](const Run &r) {
        QStringList ids;
        const QJsonObject c = r.json().value(QStringLiteral("commitments")).toArray().first().toObject();
        for (const QJsonValue &v : c.value(QStringLiteral("findings")).toArray())
            ids.append(v.toObject().value(QStringLiteral("rule")).toString());
        return ids;
    };
    const Run off = cli(args);
    QVERIFY(!rules(off).contains(QStringLiteral("A7")));
    QCOMPARE(off.exitCode, 1); // B2 is still an error
    const QJsonArray disabled = off.json().value(QStringLiteral("disabledRules")).toArray();
    QCOMPARE(disabled.size(), 1);
    QCOMPARE(disabled.first().toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("Contacts are checked by HR"));
    const Run all = cli(args + QStringList{QStringLiteral("--all-rules")});
    QVERIFY(rules(all).contains(QStringLiteral("A7")));
}

void TestCheckCli::englishExportCheck()
{
    QTemporaryDir dir;
    const QString path = fixtureWorkspace(dir, QStringLiteral("english.napdesk"), false);
    {
        Error error;
        auto ws = Workspace::open(path, Workspace::Mode::ReadWrite, &error);
        Commitment c = ws->commitments().first();
        c.text(Field::Causes).en.clear();
        QVERIFY(ws->saveCommitment(c, &error));
    }
    const QStringList args{QStringLiteral("check"), QStringLiteral("--workspace"), path,
                           QStringLiteral("--format"), QStringLiteral("json")};
    QCOMPARE(
        cli(args).json().value(QStringLiteral("totals")).toObject().value(QStringLiteral("warnings")).toInt(),
        0);
    const Run r = cli(args + QStringList{QStringLiteral("--english")});
    QCOMPARE(r.exitCode, 0); // a warning, not an error
    QJsonObject f;
    const QJsonArray findings = r.json()
                                    .value(QStringLiteral("commitments"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("findings"))
                                    .toArray();
    for (const QJsonValue &v : findings) {
        if (v.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("E3"))
            f = v.toObject();
    }
    QCOMPARE(f.value(QStringLiteral("rule")).toString(), QStringLiteral("E3"));
    QCOMPARE(f.value(QStringLiteral("field")).toString(), QStringLiteral("causes"));
    QCOMPARE(f.value(QStringLiteral("languages")).toArray(), QJsonArray({QStringLiteral("en")}));
}

void TestCheckCli::freeText()
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("pasted.txt"),
                  QByteArray("\xEF\xBB\xBF") + QStringLiteral("承諾事項名稱：實質受益人資訊透明\r\n"
                                                              "承諾事項涉及的公共問題\r\n"
                                                              "公司實質受益人資訊未集中登記。\r\n"
                                                              "關鍵里程碑\r\n"
                                                              "1. 研議實質受益人登記制度\r\n")
                                                   .toUtf8());
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--text"), path, QStringLiteral("--format"),
                       QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1); // the milestone has no end month: B2 is an error on pasted text too
    const QJsonObject root = r.json();
    QCOMPARE(root.value(QStringLiteral("recognised")).toArray(),
             QJsonArray({QStringLiteral("title"), QStringLiteral("problem"), QStringLiteral("milestones")}));
    QStringList ids;
    for (const QJsonValue &v : root.value(QStringLiteral("commitments"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("findings"))
                                   .toArray())
        ids.append(v.toObject().value(QStringLiteral("rule")).toString());
    QVERIFY2(ids.contains(QStringLiteral("B4")) && ids.contains(QStringLiteral("A2")),
             qPrintable(ids.join(QLatin1Char(' '))));
    // The undated milestone gets its own finding; no value is explained (a warning on pasted
    // text); no agency is asked of a pasted milestone.
    QVERIFY(ids.contains(QStringLiteral("B2")) && ids.contains(QStringLiteral("A1")));
    for (const QJsonValue &v : root.value(QStringLiteral("commitments"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("findings"))
                                   .toArray()) {
        const QJsonObject f = v.toObject();
        QVERIFY(f.value(QStringLiteral("key")).toString() != QLatin1String("B2.agency"));
        if (f.value(QStringLiteral("rule")).toString() == QLatin1String("A1"))
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    }
    const QJsonObject estimate = root.value(QStringLiteral("commitments"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("estimate"))
                                     .toObject();
    QCOMPARE(estimate.value(QStringLiteral("verifiability")).toString(), QStringLiteral("no"));
    QCOMPARE(estimate.value(QStringLiteral("verifiable")).toBool(), false);

    const Run english = cli({QStringLiteral("check"), QStringLiteral("--text"), path,
                             QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(english.exitCode, 1);
    QVERIFY(QString::fromUtf8(english.out).contains(QStringLiteral("Milestone 1 starts with “研議”")));
}

void TestCheckCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
    const QString binary = writeFile(m_dir, QStringLiteral("binary.txt"),
                                     QByteArrayLiteral("PK\x03\x04\x00\x00\x01\x02 binary"));
    const QString latin1 = writeFile(m_dir, QStringLiteral("latin1.txt"), QByteArray("caf\xE9 au lait\n"));
    const QString empty = writeFile(m_dir, QStringLiteral("empty.txt"), QByteArray("  \n\n"));
    const QString huge = writeFile(m_dir, QStringLiteral("huge.txt"), QByteArray(3 * 1024 * 1024, 'a'));
    const QString notWorkspace =
        writeFile(m_dir, QStringLiteral("plain.napdesk"), QByteArray("not a database"));
    const QString check = QStringLiteral("check");
    QTest::newRow("no source") << QStringList{check} << 2;
    QTest::newRow("both sources") << QStringList{check, QStringLiteral("--workspace"), m_sample,
                                                 QStringLiteral("--text"), missing}
                                  << 2;
    QTest::newRow("missing text file") << QStringList{check, QStringLiteral("--text"), missing} << 2;
    QTest::newRow("binary text file") << QStringList{check, QStringLiteral("--text"), binary} << 2;
    QTest::newRow("not UTF-8") << QStringList{check, QStringLiteral("--text"), latin1} << 2;
    QTest::newRow("empty text") << QStringList{check, QStringLiteral("--text"), empty} << 2;
    QTest::newRow("huge text") << QStringList{check, QStringLiteral("--text"), huge} << 2;
    QTest::newRow("missing workspace") << QStringList{check, QStringLiteral("--workspace"), missing} << 2;
    QTest::newRow("not a workspace") << QStringList{check, QStringLiteral("--workspace"), notWorkspace} << 2;
    QTest::newRow("unknown commitment") << QStringList{check, QStringLiteral("--workspace"), m_sample,
                                                       QStringLiteral("--commitment"), QStringLiteral("9-9")}
                                        << 2;
    QTest::newRow("bad format") << QStringList{check, QStringLiteral("--workspace"), m_sample,
                                               QStringLiteral("--format"), QStringLiteral("xml")}
                                << 2;
    QTest::newRow("bad language") << QStringList{check, QStringLiteral("--workspace"), m_sample,
                                                 QStringLiteral("--lang=fr")}
                                  << 2;
    QTest::newRow("unknown option") << QStringList{check, QStringLiteral("--workspace"), m_sample,
                                                   QStringLiteral("--strict")}
                                    << 2;
}

void TestCheckCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(!r.err.trimmed().isEmpty(), "a failure must say why");
}

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_checkcli.moc"
