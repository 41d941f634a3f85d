#include "PastedDates.h"

#include <QRegularExpression>

#include <algorithm>

namespace nap {
namespace {

// How a pattern's captures become a month.
enum class Form
{
    YearMonthNumbers, // 1 year, 2 month
    RocYearMonth,     // 1 ROC year, 2 or 3 month (110年3月, 110/03)
    MonthNameYear,    // 1 month name, 2 year
    DayMonthNameYear, // 1 month name, 2 year (the day is not captured)
    NumericDate,      // 1 and 2 day and month in either order, 3 year
    Quarter,          // 1 quarter, 2 year
    YearQuarter,      // 1 year, 2 quarter (Chinese: 2021年第2季)
    Half,             // 1 half, 2 year
    YearHalf,         // 1 year, 2 上/下 (Chinese: 2022年下半年)
    YearEnd,          // 1 year: the year's last month
    YearRange         // 1 first year, 2 last year
};

struct DatePattern
{
    QRegularExpression re;
    Form form;
};

const QString kMonthNames =
    QStringLiteral("(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
                   "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|"
                   "Dec(?:ember)?)");
const QString kYear = QStringLiteral("((?:19|20)\\d{2})(?![\\d])");
// A year of either calendar: Gregorian, or ROC (民國 80–150) before 年 or a slash.
const QString kAnyYear = QStringLiteral("(?<!\\d)((?:19|20)\\d{2}|(?:民國\\s*)?(?:[89]\\d|1[0-4]\\d))");

const QList<DatePattern> &patterns()
{
    static const QList<DatePattern> list = [] {
        const auto p = [](const QString &re, Form form, bool caseless = true) {
            QRegularExpression r(re, caseless ? QRegularExpression::CaseInsensitiveOption
                                              : QRegularExpression::NoPatternOption);
            r.optimize();
            Q_ASSERT_X(r.isValid(), "PastedDates", qPrintable(r.errorString() + re));
            return DatePattern{r, form};
        };
        return QList<DatePattern>{
            p(QStringLiteral("(?<![\\d.])((?:19|20)\\d{2})\\s*(?:[/.\\-]|年)\\s*(\\d{1,2})(?!\\d)(?:\\s*[/"
                             ".\\-]\\s*\\d{1,2}(?![\\d/]))?"
                             "(?:\\s*月(?:\\s*\\d{1,2}\\s*日)?)?"),
              Form::YearMonthNumbers),
            // ROC years only before 年 or in 110/03: "95.5%" is no date.
            p(QStringLiteral("(?<![\\d./])(?:民國\\s*)?([89]\\d|1[0-4]\\d)\\s*(?:年\\s*(\\d{1,2})\\s*月|/"
                             "\\s*(\\d{1,2})(?![\\d%.]))"),
              Form::RocYearMonth),
            // Month names are capitalised: "may" is a verb far more often than a month.
            p(QStringLiteral("\\b") + kMonthNames +
                  QStringLiteral("\\.?,?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s*)?(?:of\\s+)?") + kYear,
              Form::MonthNameYear, false),
            p(QStringLiteral("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?") + kMonthNames +
                  QStringLiteral("\\.?,?\\s+") + kYear,
              Form::DayMonthNameYear, false),
            p(QStringLiteral("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.]") + kYear, Form::NumericDate),
            p(QStringLiteral("\\b(?:Q([1-4])|(I{1,3}|IV|first|second|third|fourth|1st|2nd|3rd|4th)\\s+"
                             "quarter)\\s*(?:of\\s+)?(?:the\\s+year\\s+)?") +
                  kYear,
              Form::Quarter),
            p(QStringLiteral("\\b((?:19|20)\\d{2})\\s*[-/ ]?\\s*Q([1-4])\\b|") + kAnyYear +
                  QStringLiteral("\\s*年\\s*第?\\s*([一二三四1-4])\\s*季"),
              Form::YearQuarter),
            p(QStringLiteral("\\b(?:(first|second|1st|2nd)\\s+(?:half|semester)|(H[12]))\\s+(?:of\\s+)?(?:"
                             "the\\s+year\\s+)?") +
                  kYear,
              Form::Half),
            p(kAnyYear + QStringLiteral("\\s*年\\s*(上|下)半年?"), Form::YearHalf),
            p(QStringLiteral(
                  "\\b(?:by|until|till|before|(?:the\\s+)?end\\s+of|close\\s+of|no\\s+later\\s+than|"
                  "during|throughout)\\s+(?:the\\s+end\\s+of\\s+|the\\s+year\\s+)?") +
                  kYear + QStringLiteral("|") + kAnyYear +
                  QStringLiteral("\\s*(?:年底|年\\s*12\\s*月|年度?(?:底|結束)前?)"),
              Form::YearEnd),
            p(QStringLiteral(
                  "(?<![\\d/.\\-])((?:19|20)\\d{2})\\s*(?:-|–|—|~|～|to|至|到)\\s*((?:19|20)\\d{2})(?![\\d/"
                  ".\\-])"),
              Form::YearRange),
        };
    }();
    return list;
}

int monthOfName(const QString &name)
{
    static const QStringList names{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                   QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                   QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                   QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return static_cast<int>(names.indexOf(name.left(3).toLower())) + 1;
}

int yearOf(QString text)
{
    text.remove(QStringLiteral("民國"));
    const int y = text.trimmed().toInt();
    return y < 1000 ? y + 1911 : y;
}

int quarterOf(const QString &text)
{
    static const QStringList roman{QStringLiteral("i"), QStringLiteral("ii"), QStringLiteral("iii"),
                                   QStringLiteral("iv")};
    static const QStringList words{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"),
                                   QStringLiteral("fourth")};
    static const QString chinese = QStringLiteral("一二三四");
    const QString t = text.toLower();
    if (roman.contains(t))
        return static_cast<int>(roman.indexOf(t)) + 1;
    if (words.contains(t))
        return static_cast<int>(words.indexOf(t)) + 1;
    if (chinese.contains(t))
        return static_cast<int>(chinese.indexOf(t)) + 1;
    return t.left(1).toInt();
}

// The months one match stands for (two for a range of years).
QList<YearMonth> monthsOf(const QRegularExpressionMatch &m, Form form)
{
    const auto cap = [&](int i) {
        return m.captured(i);
    };
    switch (form) {
    case Form::YearMonthNumbers:
        return {YearMonth(cap(1).toInt(), cap(2).toInt())};
    case Form::RocYearMonth:
        return {YearMonth(yearOf(cap(1)), (cap(2).isEmpty() ? cap(3) : cap(2)).toInt())};
    case Form::MonthNameYear:
    case Form::DayMonthNameYear:
        return {YearMonth(cap(2).toInt(), monthOfName(cap(1)))};
    case Form::NumericDate: {
        // Day first when the first number cannot be a month; month first otherwise (the
        // OGP export writes 6/30/2016).
        const int a = cap(1).toInt();
        const int b = cap(2).toInt();
        return {YearMonth(cap(3).toInt(), a > 12 ? b : a)};
    }
    case Form::Quarter:
        return {YearMonth(cap(3).toInt(), 3 * quarterOf(cap(1).isEmpty() ? cap(2) : cap(1)))};
    case Form::YearQuarter:
        return cap(1).isEmpty() ? QList<YearMonth>{YearMonth(yearOf(cap(3)), 3 * quarterOf(cap(4)))}
                                : QList<YearMonth>{YearMonth(cap(1).toInt(), 3 * quarterOf(cap(2)))};
    case Form::Half: {
        const QString h = (cap(1).isEmpty() ? cap(2) : cap(1)).toLower();
        const bool first =
            h == QLatin1String("first") || h == QLatin1String("1st") || h == QLatin1String("h1");
        return {YearMonth(cap(3).toInt(), first ? 6 : 12)};
    }
    case Form::YearHalf:
        return {YearMonth(yearOf(cap(1)), cap(2) == QStringLiteral("上") ? 6 : 12)};
    case Form::YearEnd:
        return {YearMonth(yearOf(cap(1).isEmpty() ? cap(2) : cap(1)), 12)};
    case Form::YearRange:
        return {YearMonth(cap(1).toInt(), 1), YearMonth(cap(2).toInt(), 12)};
    }
    return {};
}

} // namespace

QList<PastedDates::Mention> PastedDates::find(const QString &text)
{
    struct Hit
    {
        qsizetype from;
        qsizetype length;
        QList<YearMonth> months;
    };
    QList<Hit> hits;
    for (const DatePattern &p : patterns()) {
        QRegularExpressionMatchIterator it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QList<YearMonth> months = monthsOf(m, p.form);
            const bool valid = std::all_of(months.cbegin(), months.cend(), [](const YearMonth &ym) {
                return ym.isValid() && ym.year() >= 1990 && ym.year() <= 2100;
            });
            if (valid)
                hits.append({m.capturedStart(), m.capturedLength(), months});
        }
    }
    // Earlier first; of two at one place the longer ("30 June 2015" over "June 2015").
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.from != b.from ? a.from < b.from : a.length > b.length;
    });
    QList<Mention> out;
    qsizetype taken = 0;
    for (const Hit &h : std::as_const(hits)) {
        if (h.from < taken)
            continue; // overlaps a mention already kept
        for (const YearMonth &ym : h.months)
            out.append({ym, h.from, h.length});
        taken = h.from + h.length;
    }
    return out;
}

PastedDates::Range PastedDates::range(const QString &text)
{
    const QList<Mention> mentions = find(text);
    Range r;
    if (mentions.isEmpty())
        return r;
    const Mention &first = mentions.first();
    const Mention &last = mentions.last();
    r.end = last.month;
    if (mentions.size() > 1)
        r.start = first.month;
    r.from = first.from;
    r.length = last.from + last.length - first.from;
    return r;
}

bool PastedDates::isDateOnly(const QString &text)
{
    const QList<Mention> mentions = find(text);
    if (mentions.isEmpty())
        return false;
    QString rest = text;
    for (auto it = mentions.crbegin(); it != mentions.crend(); ++it)
        rest.remove(it->from, it->length);
    static const QRegularExpression filler(
        QStringLiteral("\\b(?:start(?:ing)?|end(?:ing)?|dates?|from|to|until|by|completion|expected|"
                       "in\\s+progress|ongoing)\\b|起|迄|至|到|開始|結束|日期|時間|完成|預計|年|月|底|前|止|"
                       "[\\s\\p{P}\\p{S}]"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    rest.remove(filler);
    return rest.size() <= 2;
}

} // namespace nap
