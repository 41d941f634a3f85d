#pragma once

#include "LocalizedText.h"
#include "YearMonth.h"

#include <QString>

namespace nap {

// IRM completion scale, stored by code.
enum class Completion
{
    NoEvidence,
    NotStarted,
    Limited,
    Substantial,
    Complete
};

// A verifiable deliverable of a commitment.
struct Milestone
{
    QString uuid;
    LocalizedText description;
    LocalizedText expectedOutput;
    YearMonth start;
    YearMonth end;
    QString responsibleAgency; // agency code from the catalogue, or a free name
    LocalizedText stakeholders;
    bool isNew = true; // new activity, or continuing an ongoing one
    Completion completion = Completion::NotStarted;
    LocalizedText progressNote;

    friend bool operator==(const Milestone &a, const Milestone &b)
    {
        return a.uuid == b.uuid && a.description == b.description && a.expectedOutput == b.expectedOutput &&
               a.start == b.start && a.end == b.end && a.responsibleAgency == b.responsibleAgency &&
               a.stakeholders == b.stakeholders && a.isNew == b.isNew && a.completion == b.completion &&
               a.progressNote == b.progressNote;
    }
    friend bool operator!=(const Milestone &a, const Milestone &b) { return !(a == b); }
};

namespace Completions {
QString code(Completion completion);
Completion fromCode(const QString &code);
QList<Completion> all();
} // namespace Completions

} // namespace nap
