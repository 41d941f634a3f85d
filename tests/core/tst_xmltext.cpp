#include "text/DateFormat.h"
#include "text/XmlText.h"

#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

Q_DECLARE_METATYPE(nap::YearMonth)

using namespace nap;

class TestXmlText : public QObject
{
    Q_OBJECT

private slots:
    void sanitizedRemovesWhatXmlForbids_data();
    void sanitizedRemovesWhatXmlForbids();
    void xlsxEscapesUnderscoreHexPatterns_data();
    void xlsxEscapesUnderscoreHexPatterns();
    void odfTextKeepsEveryWhitespace_data();
    void odfTextKeepsEveryWhitespace();
    void odfTextReadsBack();
    void monthsInBothCalendars_data();
    void monthsInBothCalendars();
    void periodsAndDates();
};

void TestXmlText::sanitizedRemovesWhatXmlForbids_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("承諾 a&b") << QStringLiteral("承諾 a&b");
    QTest::newRow("controls") << QStringLiteral("a\x01\x08\x0b\x0c\x1f b") << QStringLiteral("a b");
    QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                         << QStringLiteral("ab");
    QTest::newRow("tab cr lf kept") << QStringLiteral("a\tb\r\nc") << QStringLiteral("a\tb\r\nc");
    QTest::newRow("lone high") << QString(QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y"))
                               << QStringLiteral("xy");
    QTest::newRow("lone low") << QString(QStringLiteral("x") + QChar(0xDC00)) << QStringLiteral("x");
    QTest::newRow("high at end") << QString(QStringLiteral("x") + QChar(0xD83D)) << QStringLiteral("x");
    QTest::newRow("reversed pair") << QString(QChar(0xDE00) + QString(QChar(0xD83D))) << QString();
    QTest::newRow("emoji kept") << QStringLiteral("ok 😀 ok") << QStringLiteral("ok 😀 ok");
    QTest::newRow("fffe ffff") << QString(QStringLiteral("a") + QChar(0xFFFE) + QChar(0xFFFF) +
                                          QStringLiteral("b"))
                               << QStringLiteral("ab");
    QTest::newRow("rtl kept") << QStringLiteral("\u200fשלום") << QStringLiteral("\u200fשלום");
}

void TestXmlText::sanitizedRemovesWhatXmlForbids()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = XmlText::sanitized(input);
    QCOMPARE(out, expected);
    QVERIFY(XmlText::isXmlSafe(out));
    QCOMPARE(XmlText::isXmlSafe(input), input == expected);
    // What QXmlStreamWriter writes from sanitized text parses back unchanged.
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeTextElement(QStringLiteral("t"), out);
    w.writeEndDocument();
    QVERIFY(!w.hasError());
    QXmlStreamReader r(xml);
    r.readNextStartElement();
    QCOMPARE(r.readElementText(), XmlText::normalizedNewlines(out));
}

void TestXmlText::xlsxEscapesUnderscoreHexPatterns_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pattern") << QStringLiteral("_x0041_") << QStringLiteral("_x005F_x0041_");
    QTest::newRow("lowercase hex") << QStringLiteral("a_x00ff_b") << QStringLiteral("a_x005F_x00ff_b");
    QTest::newRow("escape itself") << QStringLiteral("_x005F_") << QStringLiteral("_x005F_x005F_");
    QTest::newRow("two") << QStringLiteral("_x0041__x0042_") << QStringLiteral("_x005F_x0041__x005F_x0042_");
    QTest::newRow("not hex") << QStringLiteral("_x00G1_") << QStringLiteral("_x00G1_");
    QTest::newRow("short") << QStringLiteral("_x004_") << QStringLiteral("_x004_");
    QTest::newRow("unterminated") << QStringLiteral("_x0041") << QStringLiteral("_x0041");
    QTest::newRow("none") << QStringLiteral("snake_case x") << QStringLiteral("snake_case x");
}

void TestXmlText::xlsxEscapesUnderscoreHexPatterns()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(XmlText::escapedForXlsx(input), expected);
}

static QString odfFragment(const QString &text)
{
    const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeNamespace(ns, QStringLiteral("text"));
    w.writeStartElement(ns, QStringLiteral("p"));
    XmlText::writeOdfText(w, text);
    w.writeEndElement();
    const QString s = QString::fromUtf8(xml);
    const qsizetype open = s.indexOf(QLatin1Char('>')) + 1;
    return s.mid(open, s.lastIndexOf(QLatin1String("</text:p>")) - open);
}

void TestXmlText::odfTextKeepsEveryWhitespace_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("single spaces") << QStringLiteral("a b c") << QStringLiteral("a b c");
    QTest::newRow("run") << QStringLiteral("a   b") << QStringLiteral("a <text:s text:c=\"2\"/>b");
    QTest::newRow("leading") << QStringLiteral(" a") << QStringLiteral("<text:s/>a");
    QTest::newRow("trailing") << QStringLiteral("a  ") << QStringLiteral("a<text:s text:c=\"2\"/>");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a<text:tab/>b");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb\rc")
                          << QStringLiteral("a<text:line-break/>b<text:line-break/>c");
    QTest::newRow("space after break")
        << QStringLiteral("a\n b") << QStringLiteral("a<text:line-break/><text:s/>b");
    QTest::newRow("escaped") << QStringLiteral("<&>\"'") << QStringLiteral("&lt;&amp;&gt;&quot;'");
    QTest::newRow("controls dropped") << QStringLiteral("a\x01"
                                                        "b")
                                      << QStringLiteral("ab");
}

void TestXmlText::odfTextKeepsEveryWhitespace()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(odfFragment(input), expected);
}

// Reads paragraph content back the way ODF defines it (text:s, text:tab, text:line-break).
void TestXmlText::odfTextReadsBack()
{
    const QString input =
        QStringLiteral("  two leading\t\ttabs  \r\n   indented line  \n\n end ") + QChar(0xD800);
    const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeNamespace(ns, QStringLiteral("text"));
    w.writeStartElement(ns, QStringLiteral("p"));
    XmlText::writeOdfText(w, input);
    w.writeEndElement();
    QVERIFY(!w.hasError());
    QXmlStreamReader r(xml);
    QString back;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isCharacters()) {
            // ODF collapses literal whitespace runs: a reader keeps single spaces only.
            QVERIFY2(!r.text().contains(QLatin1String("  ")), "a literal space run would collapse");
            back += r.text();
        } else if (r.isStartElement() && r.name() == QLatin1String("s")) {
            const int c = r.attributes().value(ns, QStringLiteral("c")).toInt();
            back += QString(c ? c : 1, QLatin1Char(' '));
        } else if (r.isStartElement() && r.name() == QLatin1String("tab")) {
            back += QLatin1Char('\t');
        } else if (r.isStartElement() && r.name() == QLatin1String("line-break")) {
            back += QLatin1Char('\n');
        }
    }
    QVERIFY(!r.hasError());
    QCOMPARE(back, XmlText::exportable(input));
}

void TestXmlText::monthsInBothCalendars_data()
{
    QTest::addColumn<YearMonth>("month");
    QTest::addColumn<int>("calendar");
    QTest::addColumn<QString>("numeric");
    QTest::addColumn<QString>("zh");
    QTest::addColumn<QString>("en");
    QTest::newRow("roc") << YearMonth(2025, 3) << int(Calendar::Roc) << QStringLiteral("114/03")
                         << QStringLiteral("114年3月") << QStringLiteral("ROC 114/03");
    QTest::newRow("gregorian") << YearMonth(2025, 3) << int(Calendar::Gregorian) << QStringLiteral("2025/03")
                               << QStringLiteral("2025年3月") << QStringLiteral("March 2025");
    QTest::newRow("roc december") << YearMonth(2028, 12) << int(Calendar::Roc) << QStringLiteral("117/12")
                                  << QStringLiteral("117年12月") << QStringLiteral("ROC 117/12");
    QTest::newRow("roc year 1") << YearMonth(1912, 1) << int(Calendar::Roc) << QStringLiteral("1/01")
                                << QStringLiteral("1年1月") << QStringLiteral("ROC 1/01");
    QTest::newRow("before roc") << YearMonth(1900, 5) << int(Calendar::Roc) << QStringLiteral("1900/05")
                                << QStringLiteral("1900年5月") << QStringLiteral("May 1900");
    QTest::newRow("null") << YearMonth() << int(Calendar::Roc) << QString() << QString() << QString();
}

void TestXmlText::monthsInBothCalendars()
{
    QFETCH(YearMonth, month);
    QFETCH(int, calendar);
    QFETCH(QString, numeric);
    QFETCH(QString, zh);
    QFETCH(QString, en);
    const auto cal = static_cast<Calendar>(calendar);
    QCOMPARE(DateFormat::numeric(month, cal), numeric);
    QCOMPARE(DateFormat::written(month, cal, Language::Chinese), zh);
    QCOMPARE(DateFormat::written(month, cal, Language::English), en);
    // A table cell names the ROC era in English only, and only for the ROC calendar.
    QCOMPARE(DateFormat::cell(month, cal, Language::Chinese), numeric);
    const bool roc = cal == Calendar::Roc && month.isValid() && month.year() > 1911;
    QCOMPARE(DateFormat::cell(month, cal, Language::English),
             roc ? QStringLiteral("ROC ") + numeric : numeric);
}

void TestXmlText::periodsAndDates()
{
    QCOMPARE(DateFormat::period(YearMonth(2025, 3), YearMonth(2028, 12), Calendar::Roc, Language::Chinese),
             QStringLiteral("114年3月至117年12月"));
    QCOMPARE(
        DateFormat::period(YearMonth(2025, 3), YearMonth(2028, 12), Calendar::Gregorian, Language::English),
        QStringLiteral("March 2025 to December 2028"));
    QCOMPARE(DateFormat::period(YearMonth(), YearMonth(), Calendar::Roc, Language::Chinese), QString());
    QCOMPARE(DateFormat::date(QDate(2025, 3, 20), Calendar::Roc, Language::Chinese),
             QStringLiteral("114年3月20日"));
    QCOMPARE(DateFormat::date(QDate(2025, 3, 20), Calendar::Roc, Language::English),
             QStringLiteral("ROC 114/03/20"));
    QCOMPARE(DateFormat::date(QDate(2025, 3, 20), Calendar::Gregorian, Language::English),
             QStringLiteral("20 March 2025"));
}

QTEST_GUILESS_MAIN(TestXmlText)
#include "tst_xmltext.moc"
