#pragma once

#include "model/YearMonth.h"

#include <QList>
#include <QString>

namespace nap {

// Finds the months a pasted text names, in the forms commitments are written in: 2021/01,
// 2022.03.01, 2021-06, 2021年3月, 民國110年3月, 110/03, "October 2018", "Oct. 2018",
// "June 30, 2022", "30 June 2015", "Q2 2021", "II quarter of 2021", "second half of 2022",
// "end of 2023", and a range of years ("2022-2023"). A quarter or half counts by its last month;
// a lone year of a range by its first or last month.
class PastedDates
{
public:
    struct Mention
    {
        YearMonth month;
        qsizetype from = 0; // where it sits in the text, to cut it out
        qsizetype length = 0;
    };

    struct Range
    {
        YearMonth start; // invalid when only one date is given: a completion date
        YearMonth end;
        qsizetype from = -1; // first to last date mention
        qsizetype length = 0;
        bool isValid() const { return end.isValid(); }
    };

    // Every month mentioned, in text order.
    static QList<Mention> find(const QString &text);
    // The dates of a milestone line: two or more give start and end (first and last), one the
    // end. Invalid when the line names no month.
    static Range range(const QString &text);
    // The line holds dates and little else ("2021/01～2021/12", "Start: Jan 2022 End: June 2023").
    static bool isDateOnly(const QString &text);
};

} // namespace nap
