#pragma once

#include "Error.h"
#include "import/SheetGrid.h"

namespace nap {

class SafeZip;

// Reads the cells of an .xlsx through SafeZip/SafeXml: only what NAP Desk's own workbooks use
// (shared and inline strings, numbers, booleans as numbers).
class XlsxGridReader
{
public:
    static bool read(const QString &path, SheetGrid *grid, Error *error);
    // Undoes Excel's _xHHHH_ escapes (_x005F_ keeps what follows literal).
    static QString unescape(const QString &text);
    static int columnIndex(QStringView ref); // "BC12" -> 54 (0-based), -1 when not a cell reference

private:
    static bool readSharedStrings(SafeZip &zip, QStringList *strings, Error *error);
    static bool readSheetTargets(SafeZip &zip, QList<QPair<QString, QString>> *sheets, Error *error);
    static bool readSheet(SafeZip &zip, const QString &entry, const QStringList &strings,
                          QList<QVector<WorkbookCell>> *rows, Error *error);
    static bool readProperties(SafeZip &zip, QHash<QString, QString> *properties, Error *error);
};

} // namespace nap
