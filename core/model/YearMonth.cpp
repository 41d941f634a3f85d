#include "YearMonth.h"

namespace nap {

YearMonth::YearMonth(int year, int month) : m_year(year), m_month(month) {}

YearMonth YearMonth::addMonths(int months) const
{
    if (!isValid())
        return {};
    const int i = index() + months;
    return YearMonth(i / 12, i % 12 + 1);
}

QString YearMonth::toIso() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

YearMonth YearMonth::fromIso(const QString &text)
{
    // Accepts "2025-03" and "2025-03-20" (the day is ignored).
    if (text.size() < 7 || text.at(4) != QLatin1Char('-'))
        return {};
    bool okYear = false;
    bool okMonth = false;
    const int year = text.left(4).toInt(&okYear);
    const int month = text.mid(5, 2).toInt(&okMonth);
    const YearMonth ym(year, month);
    return okYear && okMonth && ym.isValid() ? ym : YearMonth();
}

} // namespace nap
