#pragma once

#include "Error.h"
#include "import/ImportChoices.h"
#include "import/ImportPlan.h"

namespace nap {

class Workspace;

// Carries out an ImportPlan in ONE transaction: new commitments inserted, changed fields
// taken from the file where the choices say theirs, missing areas created, and the
// provenance (an event per file, a history row per field changed, what each file said)
// recorded with them. On any error nothing changes. Nothing is written when the plan
// changes nothing and records nothing new.
class ImportApply
{
public:
    struct Result
    {
        bool written = false;
        int inserted = 0;
        int updated = 0; // commitments with at least one field taken from a file
        int fieldsTaken = 0;
        QList<int> areasCreated;
    };

    static bool run(Workspace &ws, const ImportPlan &plan, const ImportChoices &choices, Result *result,
                    Error *error);
};

} // namespace nap
