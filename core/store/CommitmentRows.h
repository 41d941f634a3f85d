#pragma once

#include "Error.h"
#include "model/Commitment.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace nap {

// Maps commitments and their milestones to rows. Callers own the transaction.
class CommitmentRows
{
public:
    // A failed read (a damaged or altered file) sets *error when given.
    static QList<Commitment> loadAll(QSqlDatabase &db, Error *error = nullptr);
    static std::optional<Commitment> load(QSqlDatabase &db, const QString &uuid, Error *error = nullptr);
    // Upserts the commitment with its milestones and texts. When before (the state last
    // written) is given, only the rows that differ from it are touched.
    static bool write(QSqlDatabase &db, const Commitment &c, const Commitment *before, Error *error);
    // Inserts commitments the file does not hold yet (fails on one it holds), with their
    // milestones and texts, through statements prepared once.
    static bool insertNew(QSqlDatabase &db, const QList<Commitment> &commitments, Error *error);
    static bool remove(QSqlDatabase &db, const QString &uuid, Error *error);
};

} // namespace nap
