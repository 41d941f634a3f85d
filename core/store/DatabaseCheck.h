#pragma once

#include "Error.h"

#include <QString>

class QSqlDatabase;
class QSqlError;

namespace nap {

// What an opened SQLite connection says about the file: a NAP Desk workspace of a schema this
// version reads, intact (quick_check, tables and columns), or why it cannot be read.
class DatabaseCheck
{
public:
    // The first read of an opened workspace (or of one being created, which skips the checks
    // an empty file cannot pass).
    static bool verify(QSqlDatabase &db, const QString &path, bool creating, Error *error);
    // Why a workspace that looks like SQLite could not be read. Only SQLite's own verdict
    // makes it "damaged": in a folder the user cannot write to, an intact WAL-mode file fails
    // too, because even reading needs a -shm file beside it.
    static Error readFailure(const QSqlError &sqlError, const QString &path);
};

} // namespace nap
