#pragma once

#include "model/Field.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace nap {

// The headings of the commitment forms a pasted text may follow: NDC's form, the first
// national action plan's headings, the OGP templates of 2016–2021 and 2022+, in Chinese and
// English, written plain ("Problem:"), as markdown ("## Problem", "**Problem**") or run into
// the text when a PDF or table was flattened ("… Additional information Milestone Activity
// with a verifiable deliverable Start Date: End Date: …").
class PastedHeadings
{
public:
    // Where the lines under a heading go.
    enum class Section
    {
        Text,
        Values,
        Milestones,
        Period,
        LeadAgency,
        Ignore
    };

    struct Match
    {
        Section section = Section::Ignore;
        Field field = Field::Content;
        QString answer; // what follows the heading on the same line
    };

    // The heading a line starts with, if any.
    static bool match(const QString &line, Match *match);
    // Breaks a line before every template heading run into it, and drops markdown emphasis.
    static QStringList splitLine(const QString &line);
    // A milestone table's header row ("Start Date: End Date:", "Milestone | Expected output |
    // Expected completion date | Stakeholders", "里程碑 起訖時間 主辦機關"), not a milestone.
    static bool isTableHeader(const QString &text);
    // A core value's label starting a line ("透明：…", "Accountability:", or the name alone):
    // the value whose explanation follows, and the rest of the line.
    static std::optional<Field> valueLabel(const QString &line, QString *rest);
};

} // namespace nap
