#include "RowReader.h"

#include "SqliteHandle.h"
#include "TextRows.h"

#include <QSqlError>
#include <QStringDecoder>
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

// UTF-16 units the UTF-8 text decodes to, when it is valid UTF-8; else -1.
qsizetype utf16Size(QByteArrayView utf8)
{
    qsizetype units = 0;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        units += (byte & 0xc0) != 0x80; // not a continuation byte
        units += byte >= 0xf0;          // a four-byte sequence: a surrogate pair
    }
    return utf8.isValidUtf8() ? units : -1;
}

// A string of exactly its size: fromUtf8() allocates a unit per byte (three times what
// Chinese text needs), and shrinking it after costs a second allocation.
QString fromUtf8(const char *data, qsizetype size)
{
    const QByteArrayView utf8(data, size);
    const qsizetype units = utf16Size(utf8);
    if (units < 0) {
        QString s = QString::fromUtf8(utf8);
        s.squeeze();
        return s;
    }
    QString s(units, Qt::Uninitialized);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    decoder.appendToBuffer(s.data(), utf8);
    return s;
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
        const QByteArray bytes = v.toByteArray();
        return fromUtf8(bytes.constData(), bytes.size());
    }
#ifdef NAPDESK_HAVE_SQLITE3
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
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
