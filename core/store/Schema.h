#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QStringList>

namespace nap {

// The workspace schema: its version lives in PRAGMA user_version, its identity in
// PRAGMA application_id. Each step upgrades one version inside the caller's transaction.
class Schema
{
public:
    static constexpr int kApplicationId = 0x4E415044; // "NAPD"
    static constexpr int kCurrentVersion = 3;

    static int version(QSqlDatabase &db);
    static int applicationId(QSqlDatabase &db);
    // Brings an empty or older database to kCurrentVersion in one transaction;
    // rolls back and reports on any failure.
    static bool migrate(QSqlDatabase &db, Error *error);
    // The tables and columns a file of its version must have (as this code creates them);
    // Error::SchemaMismatch names the first one missing.
    static bool validate(QSqlDatabase &db, Error *error);
    // Creates version 1 exactly as the first release wrote it (fixtures and tests).
    static bool createVersion1(QSqlDatabase &db, Error *error);

private:
    static bool exec(QSqlDatabase &db, const QStringList &statements, Error *error);
    static bool upgradeTo2(QSqlDatabase &db, Error *error);
    static bool upgradeTo3(QSqlDatabase &db, Error *error);
    static QStringList columns(QSqlDatabase &db); // "table.column" for every table
    static QStringList expectedColumns(int version);
};

} // namespace nap
