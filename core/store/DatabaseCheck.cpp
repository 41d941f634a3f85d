#include "DatabaseCheck.h"

#include "Schema.h"
#include "WorkspaceFile.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace nap {
namespace {

// SQLite result codes (sqlite3.h) that mean the file itself is bad.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

} // namespace

Error DatabaseCheck::readFailure(const QSqlError &sqlError, const QString &path)
{
    const int code = sqlError.nativeErrorCode().toInt() & 0xff; // primary of an extended code
    if (code == kSqliteCorrupt || code == kSqliteNotADatabase)
        return Error::make(Error::Corrupt, sqlError.text());
    if (!WorkspaceFile::canWriteIn(QFileInfo(path).absolutePath()))
        return Error::make(Error::ReadOnlyLocation, path);
    return Error::make(Error::DatabaseError, sqlError.text());
}

bool DatabaseCheck::verify(QSqlDatabase &db, const QString &path, bool creating, Error *error)
{
    QSqlQuery q(db);
    // The first read of the file: when it fails, SQLite's error code says why.
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !q.next()) {
        *error = readFailure(q.lastError(), path);
        return false;
    }
    q.finish();
    const int appId = Schema::applicationId(db);
    const int version = Schema::version(db);
    if (appId < 0 || version < 0) {
        *error = Error::make(Error::DatabaseError, db.lastError().text());
        return false;
    }
    if (!creating && (appId != Schema::kApplicationId || version == 0)) {
        *error = Error::make(Error::NotAWorkspace, path);
        return false;
    }
    if (version > Schema::kCurrentVersion) {
        *error = Error::make(Error::NewerSchema, QString::number(version));
        return false;
    }
    if (!creating) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
            *error = readFailure(q.lastError(), path);
            return false;
        }
        if (q.value(0).toString() != QLatin1String("ok")) {
            *error = Error::make(Error::Corrupt, q.value(0).toString());
            return false;
        }
        q.finish();
        if (!Schema::validate(db, error))
            return false;
    }
    return true;
}

} // namespace nap
