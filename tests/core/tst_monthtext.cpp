// Months as officers type them, in either calendar.

#include "text/MonthText.h"

#include <QTest>

using namespace nap;

class TestMonthText : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryCommonForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::newRow("2021/01") << QStringLiteral("2021/01") << 2021 << 1;
        QTest::newRow("2021-1") << QStringLiteral("2021-1") << 2021 << 1;
        QTest::newRow("2021.10") << QStringLiteral("2021.10") << 2021 << 10;
        QTest::newRow("202101") << QStringLiteral("202101") << 2021 << 1;
        QTest::newRow("2021年1月") << QStringLiteral("2021年1月") << 2021 << 1;
        QTest::newRow("110/01") << QStringLiteral("110/01") << 2021 << 1;
        QTest::newRow("110-1") << QStringLiteral("110-1") << 2021 << 1;
        QTest::newRow("11001") << QStringLiteral("11001") << 2021 << 1;
        QTest::newRow("110年1月") << QStringLiteral("110年1月") << 2021 << 1;
        QTest::newRow("民國110年1月") << QStringLiteral("民國110年1月") << 2021 << 1;
        QTest::newRow("民國 110 年 12 月") << QStringLiteral("民國 110 年 12 月") << 2021 << 12;
        QTest::newRow("ROC 110/01") << QStringLiteral("ROC 110/01") << 2021 << 1;
        QTest::newRow("full-width") << QStringLiteral("１１０／０１") << 2021 << 1;
        QTest::newRow("99/5") << QStringLiteral("99/5") << 2010 << 5;
        QTest::newRow("January 2021") << QStringLiteral("January 2021") << 2021 << 1;
        QTest::newRow("Sep 2023") << QStringLiteral("Sep 2023") << 2023 << 9;
        QTest::newRow("spaces") << QStringLiteral("  2024 / 05 ") << 2024 << 5;
    }

    void readsEveryCommonForm()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(int, month);
        YearMonth m;
        QVERIFY(MonthText::parse(text, &m));
        QCOMPARE(m, YearMonth(year, month));
    }

    void refusesWhatIsNotAMonth_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"2021/13", "2021/0", "0/01", "2021", "13", "abc", "2021/01/15", "民國0年1月",
                                "1899/01", "Smarch 2021", "2021//01", "-110/01"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }

    void refusesWhatIsNotAMonth()
    {
        QFETCH(QString, text);
        YearMonth m(2020, 5);
        QVERIFY(!MonthText::parse(text, &m));
        QCOMPARE(m, YearMonth(2020, 5)); // untouched
    }

    void emptyClearsTheMonth()
    {
        YearMonth m(2020, 5);
        QVERIFY(MonthText::parse(QStringLiteral("  "), &m));
        QVERIFY(m.isNull());
    }
};

QTEST_GUILESS_MAIN(TestMonthText)
#include "tst_monthtext.moc"
