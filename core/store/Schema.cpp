#include "Schema.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace nap {

int Schema::version(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

int Schema::applicationId(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA application_id")) && q.next() ? q.value(0).toInt() : -1;
}

bool Schema::exec(QSqlDatabase &db, const QStringList &statements, Error *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = Error::make(Error::DatabaseError, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool Schema::createVersion1(QSqlDatabase &db, Error *error)
{
    // Free text lives in one table keyed by owner and field code, so every text field
    // carries both languages and their edit times the same way.
    return exec(
        db,
        {
            QStringLiteral("CREATE TABLE plan(uuid TEXT PRIMARY KEY, start TEXT NOT NULL DEFAULT '',"
                           " end_month TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE area(uuid TEXT PRIMARY KEY, number INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE commitment(uuid TEXT PRIMARY KEY,"
                " area_uuid TEXT NOT NULL REFERENCES area(uuid) ON DELETE RESTRICT,"
                " code TEXT NOT NULL DEFAULT '', sort INTEGER NOT NULL DEFAULT 0,"
                " lead_agency TEXT NOT NULL DEFAULT '', co_agencies TEXT NOT NULL DEFAULT '',"
                " start TEXT NOT NULL DEFAULT '', end_month TEXT NOT NULL DEFAULT '',"
                " claims TEXT NOT NULL DEFAULT '', policy_tags TEXT NOT NULL DEFAULT '',"
                " contact_phone TEXT NOT NULL DEFAULT '', contact_email TEXT NOT NULL DEFAULT '',"
                " status TEXT NOT NULL DEFAULT 'draft', created TEXT NOT NULL, modified TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE milestone(uuid TEXT PRIMARY KEY,"
                " commitment_uuid TEXT NOT NULL REFERENCES commitment(uuid) ON DELETE CASCADE,"
                " sort INTEGER NOT NULL, start TEXT NOT NULL DEFAULT '',"
                " end_month TEXT NOT NULL DEFAULT '', responsible_agency TEXT NOT NULL DEFAULT '',"
                " is_new INTEGER NOT NULL DEFAULT 1, completion TEXT NOT NULL DEFAULT 'not_started')"),
            QStringLiteral("CREATE INDEX milestone_by_commitment ON milestone(commitment_uuid, sort)"),
            QStringLiteral("CREATE TABLE text(owner TEXT NOT NULL, field TEXT NOT NULL,"
                           " zh TEXT NOT NULL DEFAULT '', en TEXT NOT NULL DEFAULT '',"
                           " zh_edited TEXT NOT NULL DEFAULT '', en_edited TEXT NOT NULL DEFAULT '',"
                           " reviewed TEXT NOT NULL DEFAULT '', PRIMARY KEY(owner, field)) WITHOUT ROWID"),
            QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
            QStringLiteral("PRAGMA user_version = 1"),
        },
        error);
}

bool Schema::upgradeTo2(QSqlDatabase &db, Error *error)
{
    // Version 2: workspace settings (exporting agency, checker rule switches) and the
    // reasons officers give when they export a commitment that still has errors.
    return exec(
        db,
        {
            QStringLiteral("CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE export_override(id INTEGER PRIMARY KEY,"
                " commitment_uuid TEXT NOT NULL REFERENCES commitment(uuid) ON DELETE CASCADE,"
                " reason TEXT NOT NULL, findings TEXT NOT NULL DEFAULT '', created TEXT NOT NULL)"),
            QStringLiteral("PRAGMA user_version = 2"),
        },
        error);
}

bool Schema::upgradeTo3(QSqlDatabase &db, Error *error)
{
    // Version 3: where consolidated content came from. One event per imported file; one
    // history row per field an import or a restore changed, with the value before; and per
    // file and commitment what that file said last time, so a re-import can tell a change in
    // the file from a change made here since.
    return exec(
        db,
        {
            QStringLiteral("CREATE TABLE import_event(id INTEGER PRIMARY KEY, file_name TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL, agency TEXT NOT NULL DEFAULT '',"
                           " imported_at TEXT NOT NULL, imported_by TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE field_history(id INTEGER PRIMARY KEY, commitment_uuid TEXT NOT NULL,"
                           " field TEXT NOT NULL, old_zh TEXT NOT NULL DEFAULT '',"
                           " old_en TEXT NOT NULL DEFAULT '', new_zh TEXT NOT NULL DEFAULT '',"
                           " new_en TEXT NOT NULL DEFAULT '', event_id INTEGER REFERENCES import_event(id),"
                           " changed_at TEXT NOT NULL, changed_by TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE INDEX field_history_by_field ON field_history(commitment_uuid, field, id)"),
            QStringLiteral(
                "CREATE TABLE import_baseline(file_name TEXT NOT NULL, commitment_uuid TEXT NOT NULL,"
                " event_id INTEGER NOT NULL REFERENCES import_event(id), fields TEXT NOT NULL,"
                " PRIMARY KEY(file_name, commitment_uuid)) WITHOUT ROWID"),
            QStringLiteral("PRAGMA user_version = 3"),
        },
        error);
}

QStringList Schema::columns(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT m.name || '.' || p.name FROM sqlite_master AS m,"
                               " pragma_table_info(m.name) AS p WHERE m.type = 'table'")))
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList Schema::expectedColumns(int version)
{
    // Built once per version from the same statements that create a workspace, so the
    // check can never drift from the schema.
    static QMutex mutex;
    static QHash<int, QStringList> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.cend())
        return *it;
    const QString name = QStringLiteral("napdesk-schema-%1").arg(version);
    QStringList out;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        Error ignored;
        if (memory.open() && createVersion1(memory, &ignored) &&
            (version < 2 || upgradeTo2(memory, &ignored)) && (version < 3 || upgradeTo3(memory, &ignored)))
            out = columns(memory);
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    cache.insert(version, out);
    return out;
}

bool Schema::validate(QSqlDatabase &db, Error *error)
{
    const int v = version(db);
    const QStringList expected = expectedColumns(v);
    if (expected.isEmpty()) {
        *error = Error::make(Error::SchemaMismatch, QStringLiteral("version %1").arg(v));
        return false;
    }
    const QStringList present = columns(db);
    for (const QString &column : expected) {
        if (!present.contains(column)) {
            *error = Error::make(Error::SchemaMismatch, QStringLiteral("version %1: %2").arg(v).arg(column));
            return false;
        }
    }
    return true;
}

bool Schema::migrate(QSqlDatabase &db, Error *error)
{
    const int from = version(db);
    if (from == kCurrentVersion)
        return true;
    if (!db.transaction()) {
        *error = Error::make(Error::DatabaseError, db.lastError().text());
        return false;
    }
    bool ok = true;
    if (from == 0)
        ok = createVersion1(db, error);
    if (ok && from <= 1)
        ok = upgradeTo2(db, error);
    if (ok && from <= 2)
        ok = upgradeTo3(db, error);
    if (ok && !db.commit()) {
        *error = Error::make(Error::DatabaseError, db.lastError().text());
        ok = false;
    }
    if (!ok)
        db.rollback();
    return ok;
}

} // namespace nap
