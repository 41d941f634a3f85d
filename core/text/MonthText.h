#pragma once

#include "model/YearMonth.h"

#include <QString>

namespace nap {

// Reads a month the way officers type it, in either calendar: "2021/01", "2021-1", "2021.1",
// "202101", "2021年1月", "110/01", "110年1月", "民國110年1月", "ROC 110/1", "January 2021",
// full-width digits included. A year of one to three digits is an ROC year (民國 + 1911).
class MonthText
{
public:
    // True and *month set for a month; an empty text is the null month ("not set"). False,
    // and *month untouched, for anything else (13th month, year 0, words).
    static bool parse(const QString &text, YearMonth *month);

private:
    static bool fromParts(int year, int month, bool roc, YearMonth *out);
};

} // namespace nap
