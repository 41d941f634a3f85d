#include "RowReader.h"

#include "SqliteHandle.h"
#include "TextRows.h"

#include <QSqlError>
#include <QVariant>

#ifdef NAPDESK_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace nap {
namespace {

bool isUtf8(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA encoding")) && q.next() &&
           q.value(0).toString().compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
}

// Through Qt SQL, text columns are read as blobs (the UTF-8 the file holds) when the file is
// UTF-8: SQLite's own conversion to UTF-16 cost more than Qt's fromUtf8().
QString blobColumns(const QString &columns, const QStringList &numeric)
{
    QStringList out;
    for (const QString &column : columns.split(QLatin1Char(','))) {
        const QString name = column.trimmed();
        out.append(numeric.contains(name) ? name : QStringLiteral("CAST(%1 AS BLOB)").arg(name));
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

RowReader::RowReader(QSqlDatabase &db, const QString &columns, const QString &tail,
                     const QStringList &numeric, const QStringList &binds)
{
    const QString sql = QStringLiteral("SELECT %1 %2").arg(columns, tail);
    if (sqlite3 *handle = SqliteHandle::of(db); handle && prepareDirect(handle, sql, binds))
        return;
    m_query.emplace(db);
    m_query->setForwardOnly(true);
    const QString select =
        isUtf8(db) ? QStringLiteral("SELECT %1 %2").arg(blobColumns(columns, numeric), tail) : sql;
    if (!m_query->prepare(select))
        return; // lastError() says why: exec() would replace it with "No query"
    for (const QString &value : binds)
        m_query->addBindValue(value);
    m_query->exec();
}

bool RowReader::prepareDirect(sqlite3 *handle, const QString &sql, const QStringList &binds)
{
#ifdef NAPDESK_HAVE_SQLITE3
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false; // Qt SQL prepares it again and reports what is wrong
    }
    m_handle = handle;
    for (int i = 0; i < binds.size(); ++i) {
        const QByteArray value = binds.at(i).toUtf8();
        sqlite3_bind_text(m_statement, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    return true;
#else
    Q_UNUSED(handle);
    Q_UNUSED(sql);
    Q_UNUSED(binds);
    return false;
#endif
}

RowReader::~RowReader()
{
#ifdef NAPDESK_HAVE_SQLITE3
    sqlite3_finalize(m_statement);
#endif
}

bool RowReader::next()
{
    if (m_query)
        return m_query->next();
#ifdef NAPDESK_HAVE_SQLITE3
    if (m_code != 0 && m_code != SQLITE_ROW) // done, or failed: SQLite would start over
        return false;
    m_code = sqlite3_step(m_statement);
    if (m_code != SQLITE_ROW && m_code != SQLITE_DONE)
        m_failure = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return m_code == SQLITE_ROW;
#else
    return false;
#endif
}

QString RowReader::text(int column) const
{
    if (m_query) {
        const QVariant v = m_query->value(column);
        if (v.typeId() != QMetaType::QByteArray)
            return v.toString();
        return decode(v.toByteArray());
    }
#ifdef NAPDESK_HAVE_SQLITE3
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? decode(QByteArrayView(data, sqlite3_column_bytes(m_statement, column))) : QString();
#else
    return {};
#endif
}

QDateTime RowReader::stamp(int column) const
{
    if (m_query)
        return TextRows::parseStamp(text(column));
#ifdef NAPDESK_HAVE_SQLITE3
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (data)
        return TextRows::parseStamp(QByteArrayView(data, sqlite3_column_bytes(m_statement, column)));
#endif
    return {};
}

qint64 RowReader::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
#ifdef NAPDESK_HAVE_SQLITE3
    return sqlite3_column_int64(m_statement, column);
#else
    return 0;
#endif
}

QString RowReader::decode(QByteArrayView utf8) const
{
    // Decoded into a buffer that fits any text of this size (a unit per byte at most), then
    // copied into a string of its exact size: fromUtf8() keeps the unit per byte (three times
    // what Chinese text needs), and shrinking its result costs a second allocation.
    if (qsizetype(m_scratch.size()) < utf8.size())
        m_scratch.resize(utf8.size());
    const QChar *end = m_decoder.appendToBuffer(m_scratch.data(), utf8);
    return QString(m_scratch.data(), end - m_scratch.data());
}

bool RowReader::succeeded(Error *error) const
{
    const QString failure =
        m_query ? (m_query->lastError().isValid() ? m_query->lastError().text() : QString()) : m_failure;
    if (failure.isEmpty())
        return true;
    if (error && !error->isError())
        *error = Error::make(Error::DatabaseError, failure);
    return false;
}

} // namespace nap
