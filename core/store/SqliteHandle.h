#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace nap {

// The SQLite connection under a Qt SQL one, when it belongs to the SQLite library this program
// links: rows can then be read without Qt SQL's copy of every value into a QVariant (most of
// the time it took to load a large plan). A Qt whose driver carries its own SQLite (Qt's
// builds for Windows and macOS), or a build without SQLite's header, gets null: callers then
// read through Qt SQL, as they always can.
class SqliteHandle
{
public:
    // Recognises the connections our SQLite opens from now on: call before opening them.
    static void watchConnections();
    static sqlite3 *of(const QSqlDatabase &db);
    // Whether this build links SQLite at all (else of() is always null).
    static bool isLinked();
};

} // namespace nap
