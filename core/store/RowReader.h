#pragma once

#include "Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace nap {

// Reads the rows of one SELECT, forward only, straight from SQLite when the connection is
// ours (SqliteHandle), else through Qt SQL. Loading a large plan reads ~50,000 rows of seven
// values: through Qt SQL each value is first copied into a QVariant, then converted.
class RowReader
{
public:
    // SELECT <columns> <tail>, with binds as the text of its ? placeholders. The columns
    // named in numeric hold numbers; the others text.
    RowReader(QSqlDatabase &db, const QString &columns, const QString &tail, const QStringList &numeric = {},
              const QStringList &binds = {});
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    bool next();
    QString text(int column) const;
    // A stamp as TextRows::stamp() writes it; null when empty or unreadable.
    QDateTime stamp(int column) const;
    qint64 integer(int column) const;
    // After the rows: false, and *error set (when given and not set yet), when a read failed.
    bool succeeded(Error *error) const;

private:
    bool prepareDirect(sqlite3 *handle, const QString &sql, const QStringList &binds);
    QString decode(QByteArrayView utf8) const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_code = 0; // SQLite's last result: SQLITE_DONE at a clean end
    QString m_failure;
    std::optional<QSqlQuery> m_query;
    mutable QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    mutable std::vector<QChar> m_scratch;
};

} // namespace nap
