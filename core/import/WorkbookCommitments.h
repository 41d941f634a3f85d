#pragma once

#include "Error.h"
#include "import/SheetGrid.h"
#include "model/Commitment.h"

#include <QHash>

namespace nap {

// The two data sheets of a schema-2 or schema-3 workbook (docs/xlsx-schema.md) as commitments with their
// milestones, by column position. The area stays a number (areaNumbers, by commitment uuid):
// the workspace imported into decides which of its areas that is.
class WorkbookCommitments
{
public:
    static bool read(const SheetGrid &grid, const QString &file, QList<Commitment> *out,
                     QHash<QString, int> *areaNumbers, Error *error);

private:
    static Commitment commitment(const QVector<WorkbookCell> &row, int schema);
    static Milestone milestone(const QVector<WorkbookCell> &row);
};

} // namespace nap
