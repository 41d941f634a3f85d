#pragma once

#include <QString>

namespace nap {

// A calendar month: commitments and milestones are planned with month precision.
class YearMonth
{
public:
    YearMonth() = default;
    YearMonth(int year, int month);

    bool isValid() const { return m_year > 0 && m_month >= 1 && m_month <= 12; }
    bool isNull() const { return m_year == 0 && m_month == 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    // Months since year 0, for comparisons and spans.
    int index() const { return m_year * 12 + (m_month - 1); }
    YearMonth addMonths(int months) const;

    // ISO form "2025-03"; the null month is "".
    QString toIso() const;
    static YearMonth fromIso(const QString &text);

    friend bool operator==(const YearMonth &a, const YearMonth &b)
    {
        return a.m_year == b.m_year && a.m_month == b.m_month;
    }
    friend bool operator!=(const YearMonth &a, const YearMonth &b) { return !(a == b); }
    friend bool operator<(const YearMonth &a, const YearMonth &b) { return a.index() < b.index(); }
    friend bool operator<=(const YearMonth &a, const YearMonth &b) { return !(b < a); }
    friend bool operator>(const YearMonth &a, const YearMonth &b) { return b < a; }
    friend bool operator>=(const YearMonth &a, const YearMonth &b) { return !(a < b); }

private:
    int m_year = 0;
    int m_month = 0;
};

} // namespace nap
