#pragma once

#include "model/Commitment.h"

#include <QList>
#include <QString>

namespace nap {

// Turns a commitment pasted as plain text (for example last cycle's commitment copied from a
// PDF) into a Commitment the checker can read. Recognises the headings of the NDC form and
// the OGP templates in Chinese and English (承諾事項名稱, 公共問題, 承諾事項內容, 里程碑,
// "What is the commitment?", "Milestone activity" …). Without headings, list items and lines
// with a date range become milestones and everything else the content. Each line goes to the
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
