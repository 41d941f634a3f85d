#pragma once

#include "Error.h"
#include "check/PastedHeadings.h"
#include "import/FormBlock.h"
#include "import/MilestoneColumns.h"
#include "model/Commitment.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace nap {

// Reads commitment forms an officer filled by hand in Writer or Word from NDC's template:
// the labelled fields are found by their headings in either language (paragraphs, headings or
// the label cells of a table), the answers are what follows them, and the milestone table is
// read by its header row. What no heading claims is reported, never guessed into a field.
class HandFilledForm
{
public:
    struct Result
    {
        QList<Commitment> commitments; // fresh uuids: matching to the workspace comes later
        QList<QList<Field>> found;     // per commitment, the fields the form answered
        QStringList unplaced;          // lines no heading claimed, milestones without dates
    };

    // Fails when the document holds no form heading at all.
    static bool read(const QString &path, Result *out, Error *error);
    static Result parse(const QList<FormBlock> &blocks);

private:
    void block(const FormBlock &b);
    void row(const FormBlock &b);
    bool labelRow(const QStringList &cells);
    void line(const QString &raw, bool headingStyle);
    bool plainLabel(const QString &line);
    bool chrome(const QString &line, bool headingStyle);
    bool codeHeading(const QString &line);
    void open(const PastedHeadings::Match &heading);
    void reopen(const PastedHeadings::Match &label);
    void place(const QString &line);
    void placeValues(const QString &line);
    bool addPolicyAreas(const QString &line);
    void addText(Field field, const QString &line);
    void note(Field field);
    void finish();

    Result m_result;
    Commitment m_current;
    QList<Field> m_found;
    LocalizedText m_headingTitle; // the name in a "1-1 name" heading
    QStringList m_milestoneLines; // milestones written as paragraphs, not in a table
    std::optional<PastedHeadings::Match> m_section;
    Field m_valueTarget = Field::Relevance;
    MilestoneColumns m_columns;
    bool m_unknownHeading = false;
};

} // namespace nap
