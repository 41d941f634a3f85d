// Pasted text (`napdesk-cli check --text`): the reader of headings, milestone tables and dates. Fixtures in
// tests/data/check/pasted are written in the shapes of the forms, not copied from any plan.
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
};

namespace {

QString pastedFixture(const QString &name)
{
    QFile f(QStringLiteral(NAP_TEST_DATA "/check/pasted/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(f.readAll());
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

QTEST_GUILESS_MAIN(TestCheckPasted)
#include "tst_checkpasted.moc"
