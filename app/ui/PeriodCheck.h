#pragma once

#include "model/YearMonth.h"

#include <QCoreApplication>
#include <QString>

namespace nap::ui {

// The date problems shown on a field at once (never corrected silently): an end before the
// start, or a month outside the enclosing period (the plan's, or the commitment's for a
// milestone). An empty string means no problem.
class PeriodCheck
{
    Q_DECLARE_TR_FUNCTIONS(nap::ui::PeriodCheck)
public:
    enum class Scope
    {
        Plan,
        Commitment
    };

    static QString startProblem(const YearMonth &start, const YearMonth &outerStart,
                                const YearMonth &outerEnd, Scope scope);
    static QString endProblem(const YearMonth &start, const YearMonth &end, const YearMonth &outerStart,
                              const YearMonth &outerEnd, Scope scope);
};

} // namespace nap::ui
