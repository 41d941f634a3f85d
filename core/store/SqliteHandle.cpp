#include "SqliteHandle.h"

#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QVariant>

#ifdef NAPDESK_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace nap {

#ifdef NAPDESK_HAVE_SQLITE3
namespace {

// Connections our copy of SQLite opened. Qt's driver may carry a copy of its own: handing
// one of its connections to ours would mix two libraries' state, so only a connection our
// copy announced (through its auto-extension hook) is read directly.
struct Opened
{
    QMutex mutex;
    QSet<sqlite3 *> connections;
};

Opened &opened()
{
    static Opened instance;
    return instance;
}

int remember(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    Opened &o = opened();
    const QMutexLocker lock(&o.mutex);
    o.connections.insert(db);
    return SQLITE_OK;
}

} // namespace

void SqliteHandle::watchConnections()
{
    static const bool once = [] {
        // SQLite declares the hook as void(*)(void) and calls it with the three arguments.
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(&remember));
        return true;
    }();
    Q_UNUSED(once);
}

sqlite3 *SqliteHandle::of(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *handle = *static_cast<sqlite3 *const *>(v.constData());
    Opened &o = opened();
    const QMutexLocker lock(&o.mutex);
    return o.connections.contains(handle) ? handle : nullptr;
}

bool SqliteHandle::isLinked()
{
    return true;
}

#else

void SqliteHandle::watchConnections() {}

bool SqliteHandle::isLinked()
{
    return false;
}

sqlite3 *SqliteHandle::of(const QSqlDatabase &)
{
    return nullptr;
}

#endif

} // namespace nap
