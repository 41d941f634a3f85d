#include "model/Commitment.h"
#include "model/LocalizedText.h"
#include "model/YearMonth.h"

#include <QTest>

using namespace nap;

namespace {
QDateTime t(int minutes)
{
    return QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC).addSecs(minutes * 60);
}
} // namespace

class TestLocalizedText : public QObject
{
    Q_OBJECT

private slots:
    void emptyAndMissing();
    void englishWrittenAfterChineseIsUpToDate();
    void chineseEditedLaterMakesEnglishStale();
    void reviewConfirmsStaleEnglish();
    void englishChangedAfterReviewMakesChineseStale();
    void unchangedTextKeepsItsEditTime();
    void whitespaceOnlyCountsAsMissing();
    void yearMonthParsesAndCompares();
    void fieldCodesAreStableAndUnique();
    void agenciesByCodeOrFreeName();
    void contactGathersItsFields();
};

void TestLocalizedText::emptyAndMissing()
{
    LocalizedText l;
    QCOMPARE(l.status(), LocalizedText::Status::Empty);
    l.setText(Language::Chinese, QStringLiteral("公共問題"), t(0));
    QCOMPARE(l.status(), LocalizedText::Status::Missing);
    LocalizedText onlyEnglish;
    onlyEnglish.setText(Language::English, QStringLiteral("Problem"), t(0));
    QCOMPARE(onlyEnglish.status(), LocalizedText::Status::Missing);
}

void TestLocalizedText::englishWrittenAfterChineseIsUpToDate()
{
    LocalizedText l;
    l.setText(Language::Chinese, QStringLiteral("公共問題"), t(0));
    l.setText(Language::English, QStringLiteral("Public problem"), t(5));
    QCOMPARE(l.status(), LocalizedText::Status::UpToDate);
}

void TestLocalizedText::chineseEditedLaterMakesEnglishStale()
{
    LocalizedText l;
    l.setText(Language::Chinese, QStringLiteral("公共問題"), t(0));
    l.setText(Language::English, QStringLiteral("Public problem"), t(5));
    l.setText(Language::Chinese, QStringLiteral("公共問題與基準資料"), t(10));
    QCOMPARE(l.status(), LocalizedText::Status::Stale);
    l.setText(Language::English, QStringLiteral("Public problem and baseline"), t(12));
    QCOMPARE(l.status(), LocalizedText::Status::UpToDate);
}

void TestLocalizedText::reviewConfirmsStaleEnglish()
{
    LocalizedText l;
    l.setText(Language::English, QStringLiteral("Public problem"), t(0));
    l.setText(Language::Chinese, QStringLiteral("公共問題"), t(3));
    QCOMPARE(l.status(), LocalizedText::Status::Stale);
    l.markReviewed(t(4));
    QCOMPARE(l.status(), LocalizedText::Status::UpToDate);
    l.setText(Language::Chinese, QStringLiteral("公共問題（修正）"), t(6));
    QCOMPARE(l.status(), LocalizedText::Status::Stale);
    QCOMPARE(l.outdatedLanguage(), Language::English);
}

void TestLocalizedText::englishChangedAfterReviewMakesChineseStale()
{
    LocalizedText l;
    l.setText(Language::Chinese, QStringLiteral("公共問題"), t(0));
    l.setText(Language::English, QStringLiteral("Public problem"), t(1));
    QCOMPARE(l.status(), LocalizedText::Status::UpToDate); // translating, not stale
    l.markReviewed(t(2));
    QCOMPARE(l.status(), LocalizedText::Status::UpToDate);
    l.setText(Language::English, QStringLiteral("The public problem and its baseline"), t(3));
    QCOMPARE(l.status(), LocalizedText::Status::Stale);
    QCOMPARE(l.outdatedLanguage(), Language::Chinese);
    l.setText(Language::Chinese, QStringLiteral("公共問題與基準資料"), t(4)); // the Chinese catches up
    QCOMPARE(l.status(), LocalizedText::Status::Stale);
    QCOMPARE(l.outdatedLanguage(), Language::English); // now newer than the English: confirm again
    l.markReviewed(t(5));
    QCOMPARE(l.status(), LocalizedText::Status::UpToDate);
}

void TestLocalizedText::unchangedTextKeepsItsEditTime()
{
    LocalizedText l;
    l.setText(Language::Chinese, QStringLiteral("同樣"), t(0));
    l.setText(Language::English, QStringLiteral("Same"), t(1));
    l.setText(Language::Chinese, QStringLiteral("同樣"), t(9)); // no change: no new edit time
    QCOMPARE(l.zhEdited, t(0));
    QCOMPARE(l.status(), LocalizedText::Status::UpToDate);
}

void TestLocalizedText::whitespaceOnlyCountsAsMissing()
{
    LocalizedText l;
    l.setText(Language::Chinese, QStringLiteral("內容"), t(0));
    l.setText(Language::English, QStringLiteral("  \n"), t(1));
    QCOMPARE(l.status(), LocalizedText::Status::Missing);
}

void TestLocalizedText::yearMonthParsesAndCompares()
{
    QCOMPARE(YearMonth::fromIso(QStringLiteral("2025-03")), YearMonth(2025, 3));
    QCOMPARE(YearMonth::fromIso(QStringLiteral("2025-03-20")), YearMonth(2025, 3));
    QVERIFY(!YearMonth::fromIso(QStringLiteral("2025-13")).isValid());
    QVERIFY(!YearMonth::fromIso(QStringLiteral("2025/03")).isValid());
    QVERIFY(!YearMonth::fromIso(QString()).isValid());
    QCOMPARE(YearMonth(2025, 3).toIso(), QStringLiteral("2025-03"));
    QVERIFY(YearMonth(2024, 12) < YearMonth(2025, 1));
    QCOMPARE(YearMonth(2024, 11).addMonths(3), YearMonth(2025, 2));
}

void TestLocalizedText::fieldCodesAreStableAndUnique()
{
    QSet<QString> seen;
    for (Field f : Fields::all()) {
        const QString code = Fields::code(f);
        QVERIFY(!seen.contains(code));
        seen.insert(code);
        Field back;
        QVERIFY(Fields::fromCode(code, &back));
        QCOMPARE(back, f);
    }
    QCOMPARE(Fields::code(Field::Problem), QStringLiteral("problem"));
    QVERIFY(Fields::isText(Field::FormFiller));
    QVERIFY(!Fields::isText(Field::Code));
}

void TestLocalizedText::agenciesByCodeOrFreeName()
{
    const Agency moj(QStringLiteral("moj"));
    QVERIFY(moj.isCatalogued());
    QCOMPARE(moj.name(Language::Chinese), QStringLiteral("法務部"));
    QCOMPARE(moj.name(Language::English), QStringLiteral("Ministry of Justice"));
    QCOMPARE(moj.group(), QStringLiteral("executive"));
    // A local government is typed in full and shown as typed in both languages.
    const Agency city(QStringLiteral(" 臺北市政府 "));
    QVERIFY(!city.isCatalogued());
    QCOMPARE(city.value(), QStringLiteral("臺北市政府"));
    QCOMPARE(city.name(Language::English), QStringLiteral("臺北市政府"));
    QVERIFY(city.group().isEmpty());
    QVERIFY(Agency().isEmpty());
}

void TestLocalizedText::contactGathersItsFields()
{
    Commitment c;
    QVERIFY(c.contact().isEmpty());
    Contact contact;
    contact.name.setText(Language::Chinese, QStringLiteral("王小明"), t(0));
    contact.title.setText(Language::English, QStringLiteral("Section Chief"), t(0));
    contact.phone = QStringLiteral("02-2316-5300#123");
    contact.email = QStringLiteral("officer@example.gov.tw");
    c.setContact(contact);
    QCOMPARE(c.text(Field::ContactName).zh, QStringLiteral("王小明"));
    QCOMPARE(c.text(Field::ContactTitle).en, QStringLiteral("Section Chief"));
    QCOMPARE(c.contactPhone, contact.phone);
    QCOMPARE(c.contact().email, contact.email);
    QCOMPARE(c.contact().name, contact.name);
}

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
