#include "TextRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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

// Every text in the primary key's order: free in a WITHOUT ROWID table, and it keeps an
// owner's rows together. kSelectUtf8 reads the columns as blobs, the UTF-8 the file holds:
// SQLite's own conversion to UTF-16 (for a text column) was a fifth of loading a large
// workspace, Qt's fromUtf8() costs far less.
const QString kSelectText = QStringLiteral(
    "SELECT owner, field, zh, en, zh_edited, en_edited, reviewed FROM text ORDER BY owner, field");
const QString kSelectUtf8 =
    QStringLiteral("SELECT CAST(owner AS BLOB), CAST(field AS BLOB), CAST(zh AS BLOB), CAST(en AS BLOB),"
                   " CAST(zh_edited AS BLOB), CAST(en_edited AS BLOB), CAST(reviewed AS BLOB)"
                   " FROM text ORDER BY owner, field");

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

namespace {

// The value of the digits at [from, from + count), or -1 when one is not a digit.
int digitsAt(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "yyyy-MM-ddTHH:mm:ss.zzzZ", the form stamp() writes, read by hand: a large workspace holds
// three stamps per text, and QDateTime::fromString() was a tenth of the time it took to load.
QDateTime parseUtcStamp(const QString &text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' ||
        text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    const int ms = digitsAt(text, 20, 3);
    if (std::min({year, month, day, hour, minute, second, ms}) < 0) // not all digits
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime TextRows::parseStamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (const QDateTime fast = parseUtcStamp(text); fast.isValid())
        return fast;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

bool TextRows::isUtf8(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA encoding")) && q.next() &&
           q.value(0).toString().compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
}

QString TextRows::utf8Columns(const QString &columns, const QStringList &numeric)
{
    QStringList out;
    for (const QString &column : columns.split(QLatin1Char(','))) {
        const QString name = column.trimmed();
        out.append(numeric.contains(name) ? name : QStringLiteral("CAST(%1 AS BLOB)").arg(name));
    }
    return out.join(QStringLiteral(", "));
}

QString TextRows::text(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    if (v.typeId() != QMetaType::QByteArray)
        return v.toString();
    // fromUtf8() allocates a unit per byte: three times what Chinese text needs.
    QString s = QString::fromUtf8(v.toByteArray());
    s.squeeze();
    return s;
}

bool TextRows::readFailed(const QSqlQuery &q, Error *error)
{
    if (error && !error->isError())
        *error = Error::make(Error::DatabaseError, q.lastError().text());
    return false;
}

void TextRows::loadEach(QSqlDatabase &db, const Visitor &visit, Error *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(isUtf8(db) ? kSelectUtf8 : kSelectText))
        readFailed(q, error);
    const auto text = [&q](int column) {
        return TextRows::text(q, column);
    };
    while (q.next()) {
        LocalizedText t;
        t.zh = text(2);
        t.en = text(3);
        t.zhEdited = parseStamp(text(4));
        t.enEdited = parseStamp(text(5));
        t.reviewed = parseStamp(text(6));
        visit(text(0), text(1), t);
    }
    if (q.lastError().isValid())
        readFailed(q, error);
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

// Named, not positional: QSqlResult formats a name (":%1") for every positional value it
// binds, a fifth of writing the ~23,000 text rows of a large import.
QString TextRows::upsertSql()
{
    return QStringLiteral("INSERT INTO text(owner, field, zh, en, zh_edited, en_edited, reviewed)"
                          " VALUES(:owner, :field, :zh, :en, :zh_edited, :en_edited, :reviewed)"
                          " ON CONFLICT(owner, field) DO UPDATE SET"
                          " zh = excluded.zh, en = excluded.en, zh_edited = excluded.zh_edited,"
                          " en_edited = excluded.en_edited, reviewed = excluded.reviewed");
}

void TextRows::bind(QSqlQuery &q, const QString &owner, const QString &field, const LocalizedText &text)
{
    static const QString kOwner = QStringLiteral(":owner"), kField = QStringLiteral(":field"),
                         kZh = QStringLiteral(":zh"), kEn = QStringLiteral(":en"),
                         kZhEdited = QStringLiteral(":zh_edited"), kEnEdited = QStringLiteral(":en_edited"),
                         kReviewed = QStringLiteral(":reviewed");
    q.bindValue(kOwner, owner);
    q.bindValue(kField, field);
    q.bindValue(kZh, sqlText(text.zh));
    q.bindValue(kEn, sqlText(text.en));
    q.bindValue(kZhEdited, stamp(text.zhEdited));
    q.bindValue(kEnEdited, stamp(text.enEdited));
    q.bindValue(kReviewed, stamp(text.reviewed));
}

bool TextRows::isAbsent(const LocalizedText &text)
{
    return text.zh.isEmpty() && text.en.isEmpty() && !text.zhEdited.isValid() && !text.enEdited.isValid();
}

bool TextRows::write(QSqlDatabase &db, const QString &owner, const QString &field, const LocalizedText &text,
                     Error *error)
{
    QSqlQuery q(db);
    if (isAbsent(text)) {
        q.prepare(QStringLiteral("DELETE FROM text WHERE owner = ? AND field = ?"));
        q.addBindValue(owner);
        q.addBindValue(field);
        return q.exec() || fail(q, error);
    }
    q.prepare(upsertSql());
    bind(q, owner, field, text);
    return q.exec() || fail(q, error);
}

} // namespace nap
