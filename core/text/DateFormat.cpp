#include "DateFormat.h"

#include <array>

namespace nap {
namespace {

// Years before the ROC era (1912) have no ROC number here: fall back to Gregorian.
bool usesRoc(int year, Calendar calendar)
{
    return calendar == Calendar::Roc && year > 1911;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

QString DateFormat::monthName(int month)
{
    static constexpr std::array<const char *, 12> kNames{"January",   "February", "March",    "April",
                                                         "May",       "June",     "July",     "August",
                                                         "September", "October",  "November", "December"};
    if (month < 1 || month > 12)
        return {};
    return QString::fromLatin1(kNames.at(static_cast<size_t>(month - 1)));
}

QString DateFormat::numeric(const YearMonth &month, Calendar calendar)
{
    if (!month.isValid())
        return {};
    const int year = usesRoc(month.year(), calendar) ? rocYear(month.year()) : month.year();
    return QString::number(year) + QLatin1Char('/') + twoDigits(month.month());
}

QString DateFormat::cell(const YearMonth &month, Calendar calendar, Language language)
{
    const QString text = numeric(month, calendar);
    const bool marked = language == Language::English && month.isValid() && usesRoc(month.year(), calendar);
    return marked ? QStringLiteral("ROC ") + text : text;
}

QString DateFormat::written(const YearMonth &month, Calendar calendar, Language language)
{
    if (!month.isValid())
        return {};
    const bool roc = usesRoc(month.year(), calendar);
    if (language == Language::Chinese) {
        const int year = roc ? rocYear(month.year()) : month.year();
        return QStringLiteral("%1年%2月").arg(year).arg(month.month());
    }
    if (roc)
        return QStringLiteral("ROC ") + numeric(month, calendar);
    return monthName(month.month()) + QLatin1Char(' ') + QString::number(month.year());
}

QString DateFormat::period(const YearMonth &start, const YearMonth &end, Calendar calendar, Language language)
{
    const QString from = written(start, calendar, language);
    const QString to = written(end, calendar, language);
    if (from.isEmpty() && to.isEmpty())
        return {};
    if (language == Language::Chinese)
        return from + QStringLiteral("至") + to;
    return from + QStringLiteral(" to ") + to;
}

QString DateFormat::date(const QDate &date, Calendar calendar, Language language)
{
    if (!date.isValid())
        return {};
    const bool roc = usesRoc(date.year(), calendar);
    if (language == Language::Chinese) {
        const int year = roc ? rocYear(date.year()) : date.year();
        return QStringLiteral("%1年%2月%3日").arg(year).arg(date.month()).arg(date.day());
    }
    if (roc)
        return QStringLiteral("ROC %1/%2/%3")
            .arg(rocYear(date.year()))
            .arg(twoDigits(date.month()), twoDigits(date.day()));
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthName(date.month())).arg(date.year());
}

} // namespace nap
