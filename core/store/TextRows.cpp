#include "TextRows.h"

#include "RowReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace nap {
namespace {

// Every text in the primary key's order: free in a WITHOUT ROWID table, and it keeps an
// owner's rows together.
const QString kTextColumns = QStringLiteral("owner, field, zh, en, zh_edited, en_edited, reviewed");
const QString kAllTexts = QStringLiteral("FROM text ORDER BY owner, field");

// The text of a row of kTextColumns.
LocalizedText readText(const RowReader &rows)
{
    LocalizedText t;
    t.zh = rows.text(2);
    t.en = rows.text(3);
    t.zhEdited = rows.stamp(4);
    t.enEdited = rows.stamp(5);
    t.reviewed = rows.stamp(6);
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

namespace {

int unitAt(const QString &text, qsizetype i)
{
    return text.at(i).unicode();
}

int unitAt(QByteArrayView text, qsizetype i)
{
    return static_cast<unsigned char>(text.at(i));
}

// The value of the digits at [from, from + count), or -1 when one is not a digit.
template <typename Text> int digitsAt(const Text &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const int c = unitAt(text, i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// "yyyy-MM-ddTHH:mm:ss.zzzZ", the form stamp() writes, read by hand: a large workspace holds
// three stamps per text, and QDateTime::fromString() was a tenth of the time it took to load.
template <typename Text> QDateTime parseUtcStamp(const Text &text)
{
    const auto at = [&text](qsizetype i) {
        return unitAt(text, i);
    };
    if (text.size() != 24 || at(4) != '-' || at(7) != '-' || at(10) != 'T' || at(13) != ':' ||
        at(16) != ':' || at(19) != '.' || at(23) != 'Z')
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

QDateTime TextRows::parseStamp(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return {};
    if (const QDateTime fast = parseUtcStamp(utf8); fast.isValid())
        return fast;
    return parseStamp(QString::fromUtf8(utf8));
}

bool TextRows::readFailed(const QSqlQuery &q, Error *error)
{
    if (error && !error->isError())
        *error = Error::make(Error::DatabaseError, q.lastError().text());
    return false;
}

void TextRows::loadEach(QSqlDatabase &db, const Visitor &visit, Error *error)
{
    RowReader rows(db, kTextColumns, kAllTexts);
    while (rows.next()) {
        LocalizedText t = readText(rows);
        visit(rows.text(0), rows.text(1), t);
    }
    rows.succeeded(error);
}

TextRows::FieldMap TextRows::loadOwner(QSqlDatabase &db, const QString &owner, Error *error)
{
    FieldMap out;
    RowReader rows(db, kTextColumns, QStringLiteral("FROM text WHERE owner = ?"), {}, {owner});
    while (rows.next()) {
        out.insert(rows.text(1), readText(rows));
    }
    rows.succeeded(error);
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
