#include "TextRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace nap {
namespace {

LocalizedText readText(const QSqlQuery &q, int first)
{
    LocalizedText t;
    t.zh = q.value(first).toString();
    t.en = q.value(first + 1).toString();
    t.zhEdited = TextRows::parseStamp(q.value(first + 2).toString());
    t.enEdited = TextRows::parseStamp(q.value(first + 3).toString());
    t.reviewed = TextRows::parseStamp(q.value(first + 4).toString());
    return t;
}

bool fail(const QSqlQuery &q, Error *error)
{
    *error = Error::make(Error::DatabaseError, q.lastError().text());
    return false;
}

} // namespace

QString TextRows::stamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime TextRows::parseStamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

bool TextRows::readFailed(const QSqlQuery &q, Error *error)
{
    if (error && !error->isError())
        *error = Error::make(Error::DatabaseError, q.lastError().text());
    return false;
}

TextRows::OwnerMap TextRows::loadAll(QSqlDatabase &db, Error *error)
{
    OwnerMap out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT owner, field, zh, en, zh_edited, en_edited, reviewed FROM text")))
        readFailed(q, error);
    while (q.next())
        out[q.value(0).toString()].insert(q.value(1).toString(), readText(q, 2));
    if (q.lastError().isValid())
        readFailed(q, error);
    return out;
}

TextRows::FieldMap TextRows::loadOwner(QSqlDatabase &db, const QString &owner, Error *error)
{
    FieldMap out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT field, zh, en, zh_edited, en_edited, reviewed FROM text WHERE owner = ?"));
    q.addBindValue(owner);
    if (!q.exec())
        readFailed(q, error);
    while (q.next())
        out.insert(q.value(0).toString(), readText(q, 1));
    return out;
}

bool TextRows::removeOwner(QSqlDatabase &db, const QString &owner, Error *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM text WHERE owner = ?"));
    q.addBindValue(owner);
    return q.exec() || fail(q, error);
}

bool TextRows::write(QSqlDatabase &db, const QString &owner, const QString &field, const LocalizedText &text,
                     Error *error)
{
    QSqlQuery q(db);
    if (text.zh.isEmpty() && text.en.isEmpty() && !text.zhEdited.isValid() && !text.enEdited.isValid()) {
        q.prepare(QStringLiteral("DELETE FROM text WHERE owner = ? AND field = ?"));
        q.addBindValue(owner);
        q.addBindValue(field);
        return q.exec() || fail(q, error);
    }
    q.prepare(QStringLiteral("INSERT INTO text(owner, field, zh, en, zh_edited, en_edited, reviewed)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(owner, field) DO UPDATE SET"
                             " zh = excluded.zh, en = excluded.en, zh_edited = excluded.zh_edited,"
                             " en_edited = excluded.en_edited, reviewed = excluded.reviewed"));
    q.addBindValue(owner);
    q.addBindValue(field);
    q.addBindValue(sqlText(text.zh));
    q.addBindValue(sqlText(text.en));
    q.addBindValue(stamp(text.zhEdited));
    q.addBindValue(stamp(text.enEdited));
    q.addBindValue(stamp(text.reviewed));
    return q.exec() || fail(q, error);
}

} // namespace nap
