#pragma once

#include "model/LocalizedText.h"
#include "model/YearMonth.h"

#include <QDate>
#include <QString>

namespace nap {

// ROC (民國, year - 1911) or Gregorian; each export picks one for all its dates.
enum class Calendar
{
    Roc,
    Gregorian
};

// Month-precision dates as Taiwan's government documents write them. Locale-independent
// on purpose: the output must not change with the machine's language settings.
class DateFormat
{
public:
    static int rocYear(int gregorianYear) { return gregorianYear - 1911; }

    // "114/03" (ROC) or "2025/03"; the null month is "".
    static QString numeric(const YearMonth &month, Calendar calendar);
    // A table cell: numeric(), and in English "ROC 114/03" so an English reader knows the era.
    static QString cell(const YearMonth &month, Calendar calendar, Language language);
    // zh: "114年3月" or "2025年3月"; en: "March 2025", or "ROC 114/03" for the ROC calendar.
    static QString written(const YearMonth &month, Calendar calendar, Language language);
    // zh: "114年3月至117年12月"; en: "March 2025 to December 2028". Open ends stay empty.
    static QString period(const YearMonth &start, const YearMonth &end, Calendar calendar, Language language);
    // zh: "114年3月20日"; en: "20 March 2025" (ROC: "ROC 114/03/20").
    static QString date(const QDate &date, Calendar calendar, Language language);
    // English month name, 1-12.
    static QString monthName(int month);
};

} // namespace nap
