#pragma once

#include "export/WorkbookModel.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

namespace nap {

// The cells of a workbook as read back from a file: sheets by name, rows from row 1 (the
// header), plus the document's custom properties (nap_schema_version, ...). xlsx numbers stay
// numbers (dates are serials): the schema's column styles decide what they mean.
struct SheetGrid
{
    QHash<QString, QList<QVector<WorkbookCell>>> sheets;
    QHash<QString, QString> properties;
};

} // namespace nap
