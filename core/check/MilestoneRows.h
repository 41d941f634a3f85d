#pragma once

#include "PastedDates.h"

#include <QList>
#include <QString>

namespace nap {

// Splits the text under a milestone heading into rows. A milestone table pasted from a PDF or
// exported to one cell arrives run together ("• Publish the register Nov. 2021 June 2023 •
// Adopt the bylaw Jan. 2022 June 2023", "1. … 2022.03.01 2022.12.31 2. …"): rows start at a
// bullet, at a numbered item when there are several, or after a row's dates when a new
// description follows them.
class MilestoneRows
{
public:
    struct Row
    {
        QString text;   // the description, dates and table remnants removed
        QString output; // the expected output, when a table row has its own cell for it
        PastedDates::Range dates;
        bool dateOnly = false; // only dates: they belong to the row before ("next-line date")
    };

    static QList<Row> split(const QString &line);

private:
    static QStringList splitAtMarkers(const QString &line);
    static QStringList splitAfterDates(const QString &item);
    static Row toRow(const QString &item);
    // "| milestone | expected output | date | stakeholders |": cells, not run-on text.
    static Row tableRow(const QString &item);
};

} // namespace nap
