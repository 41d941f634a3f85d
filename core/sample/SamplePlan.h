#pragma once

#include "Error.h"
#include "model/Area.h"
#include "model/Commitment.h"
#include "model/Plan.h"

#include <QList>

namespace nap {

// A ready, bilingual sample: the October 2020 draft of Taiwan's first action plan
// (5 areas, 12 commitments), so officers can explore NAP Desk before drafting their own.
class SamplePlan
{
public:
    Plan plan;
    QList<Area> areas;
    QList<Commitment> commitments;

    static SamplePlan build();
    // Writes the sample as a new workspace file; fails when the file exists.
    static bool writeWorkspace(const QString &path, Error *error);
};

} // namespace nap
