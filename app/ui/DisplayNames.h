#pragma once

#include "model/Commitment.h"
#include "model/Field.h"
#include "model/Milestone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace nap::ui {

// Names of codes in the interface language. The workspace stores codes; these are looked up
// on every display, so a language switch changes them at once.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(nap::ui::DisplayNames)
public:
    static QString field(Field field);
    static QString value(CoreValue value);
    static QString completion(Completion completion);
    static QString status(CommitmentStatus status);
    static QString agency(const QString &codeOrName);
    static QString policyArea(const QString &code);
    // A localized text in the display language, falling back to the other language.
    static QString text(const LocalizedText &text);
    // A recorded UTC time in local time, "2026-12-03 14:50": Qt 6.4 prints the short formats of some
    // locales with a stray "B" (a CLDR day-period pattern it does not know).
    static QString moment(const QDateTime &utc);
    static QString month(const YearMonth &month); // "2025/03" and, in Chinese, the ROC year too
    // For narrow table cells: "2025/03" in English, the ROC form "114年3月" in Chinese.
    static QString shortMonth(const YearMonth &month);
    static QString period(const YearMonth &start, const YearMonth &end);
};

} // namespace nap::ui
