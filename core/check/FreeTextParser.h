#pragma once

#include "model/Commitment.h"

#include <QList>
#include <QString>

namespace nap {

// Turns a commitment pasted as plain text (for example last cycle's commitment copied from a
// PDF) into a Commitment the checker can read. Recognises the headings of NDC's form, the first
// national action plan and the OGP templates of 2016–2021 and 2022+ in Chinese and English,
// plain, as markdown or run into the text (PastedHeadings); milestone tables, also flattened
// into one line (MilestoneRows); and dates in the common English and Chinese forms, ROC years
// included (PastedDates). Without headings, a short first line is the title, list items and
// lines with dates become milestones and everything else the content. Each line goes to the
// Chinese or English version by its script.
class FreeTextParser
{
public:
    struct Result
    {
        Commitment commitment;
        QList<Field> recognised; // fields that received text, in form order
        bool usedHeadings = false;
    };

    static Result parse(const QString &text);
};

} // namespace nap
