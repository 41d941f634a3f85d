#pragma once

#include "Error.h"
#include "import/SheetGrid.h"

namespace nap {

class SafeXml;
class SafeZip;

// Reads the cells of an .ods (content.xml) and its meta:user-defined properties through
// SafeZip/SafeXml. Repeated rows and columns are expanded only up to what holds a value.
class OdsGridReader
{
public:
    static bool read(const QString &path, SheetGrid *grid, Error *error);

private:
    static bool readContent(SafeZip &zip, SheetGrid *grid, Error *error);
    static bool readRow(SafeXml &xml, QVector<WorkbookCell> *cells, Error *error);
    static WorkbookCell readCell(SafeXml &xml);
    static QString readParagraph(SafeXml &xml);
    static bool readProperties(SafeZip &zip, QHash<QString, QString> *properties, Error *error);
};

} // namespace nap
