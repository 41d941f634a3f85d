#include "PeriodCheck.h"

#include "DisplayNames.h"

namespace nap::ui {
namespace {

bool outside(const YearMonth &month, const YearMonth &outerStart, const YearMonth &outerEnd)
{
    if (!month.isValid())
        return false;
    return (outerStart.isValid() && month < outerStart) || (outerEnd.isValid() && month > outerEnd);
}

} // namespace

QString PeriodCheck::startProblem(const YearMonth &start, const YearMonth &outerStart,
                                  const YearMonth &outerEnd, Scope scope)
{
    if (!outside(start, outerStart, outerEnd))
        return {};
    const QString period = DisplayNames::period(outerStart, outerEnd);
    return scope == Scope::Plan ? tr("The start lies outside the plan period (%1).").arg(period)
                                : tr("The start lies outside the commitment period (%1).").arg(period);
}

QString PeriodCheck::endProblem(const YearMonth &start, const YearMonth &end, const YearMonth &outerStart,
                                const YearMonth &outerEnd, Scope scope)
{
    if (start.isValid() && end.isValid() && end < start)
        return tr("The end is before the start.");
    if (!outside(end, outerStart, outerEnd))
        return {};
    const QString period = DisplayNames::period(outerStart, outerEnd);
    return scope == Scope::Plan ? tr("The end lies outside the plan period (%1).").arg(period)
                                : tr("The end lies outside the commitment period (%1).").arg(period);
}

} // namespace nap::ui
