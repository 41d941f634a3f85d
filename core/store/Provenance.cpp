#include "Provenance.h"

#include "TextRows.h"
#include "Workspace.h"
#include "io/AccountName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace nap {
namespace {

bool fail(const QSqlQuery &q, Error *error)
{
    *error = Error::make(Error::DatabaseError, q.lastError().text());
    return false;
}

QSqlDatabase connectionOf(const Workspace &ws)
{
    return QSqlDatabase::database(ws.connectionName());
}

Provenance::Baseline baselineFrom(const QString &json)
{
    Provenance::Baseline out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        Field f;
        if (Fields::fromCode(it.key(), &f))
            out.insert(f, {it.value()[0].toString(), it.value()[1].toString()});
    }
    return out;
}

} // namespace

bool Provenance::addEvent(QSqlDatabase &db, Event *event, Error *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO import_event(file_name, sha256, agency, imported_at, imported_by)"
                             " VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(TextRows::sqlText(event->fileName));
    q.addBindValue(TextRows::sqlText(event->sha256));
    q.addBindValue(TextRows::sqlText(event->agency));
    q.addBindValue(TextRows::stamp(event->importedAt));
    q.addBindValue(TextRows::sqlText(event->importedBy));
    if (!q.exec())
        return fail(q, error);
    event->id = q.lastInsertId().toLongLong();
    return true;
}

bool Provenance::addChanges(QSqlDatabase &db, const QList<Change> &changes, Error *error)
{
    if (changes.isEmpty())
        return true;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO field_history(commitment_uuid, field, old_zh, old_en, new_zh, new_en,"
                       " event_id, changed_at, changed_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // An import's rows share one time: formatting it once per row was a sixth of the writing.
    QDateTime stampedAt;
    QString stamp;
    for (const Change &c : changes) {
        if (c.changedAt != stampedAt || stamp.isEmpty()) {
            stampedAt = c.changedAt;
            stamp = TextRows::stamp(c.changedAt);
        }
        q.addBindValue(c.commitmentUuid);
        q.addBindValue(Fields::code(c.field));
        q.addBindValue(TextRows::sqlText(c.before.zh));
        q.addBindValue(TextRows::sqlText(c.before.en));
        q.addBindValue(TextRows::sqlText(c.after.zh));
        q.addBindValue(TextRows::sqlText(c.after.en));
        q.addBindValue(c.eventId > 0 ? QVariant(c.eventId) : QVariant());
        q.addBindValue(stamp);
        q.addBindValue(TextRows::sqlText(c.changedBy));
        if (!q.exec())
            return fail(q, error);
    }
    return true;
}

bool Provenance::addImport(QSqlDatabase &db, const Event &event, const Import &import, Error *error)
{
    // Each JSON text once: a created commitment's values are, as a rule, also its baseline.
    QHash<QString, QString> json;
    json.reserve(import.baselines.size());
    QHash<QString, const Baseline *> baselineOf;
    for (const auto &[uuid, fields] : import.baselines) {
        json.insert(uuid, FieldValues::toJson(fields));
        baselineOf.insert(uuid, &fields);
    }
    if (!import.created.isEmpty()) {
        // A created commitment's ~25 history rows come from one statement: SQLite splits the
        // same JSON the baseline holds. Binding each row's nine values one by one through
        // QSqlQuery was a third of writing an import of new commitments.
        QSqlQuery q(db);
        const bool split =
            q.prepare(QStringLiteral("INSERT INTO field_history(commitment_uuid, field, new_zh, new_en, "
                                     "event_id, changed_at, changed_by)"
                                     " SELECT ?, key, ifnull(json_extract(value, '$[0]'), ''), "
                                     "ifnull(json_extract(value, '$[1]'), ''),"
                                     " ?, ?, ? FROM json_each(?) WHERE json_extract(value, '$[0]') <> ''"
                                     " OR json_extract(value, '$[1]') <> ''"));
        QList<Change> rows; // without JSON in this SQLite: the same rows one by one
        const QString at = TextRows::stamp(event.importedAt);
        for (const auto &[uuid, fields] : import.created) {
            if (!split) {
                for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                    if (*it != FieldValues::Value{})
                        rows.append(
                            {0, uuid, it.key(), {}, *it, event.id, event.importedAt, event.importedBy});
                }
                continue;
            }
            const Baseline *same = baselineOf.value(uuid);
            q.addBindValue(uuid);
            q.addBindValue(event.id);
            q.addBindValue(at);
            q.addBindValue(TextRows::sqlText(event.importedBy));
            q.addBindValue(same && *same == fields ? json.value(uuid) : FieldValues::toJson(fields));
            if (!q.exec())
                return fail(q, error);
        }
        if (!addChanges(db, rows, error))
            return false;
    }
    // After the creations: a commitment a file lists twice is created, then changed.
    if (!addChanges(db, import.changes, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO import_baseline(file_name, commitment_uuid, event_id, fields)"
                             " VALUES(?, ?, ?, ?) ON CONFLICT(file_name, commitment_uuid) DO UPDATE"
                             " SET event_id = excluded.event_id, fields = excluded.fields"));
    for (const auto &[uuid, fields] : import.baselines) {
        q.addBindValue(event.fileName);
        q.addBindValue(uuid);
        q.addBindValue(event.id);
        q.addBindValue(json.value(uuid));
        if (!q.exec())
            return fail(q, error);
    }
    return true;
}

bool Provenance::recordEdits(QSqlDatabase &db, const Commitment &before, const Commitment &after,
                             const QString &by, QHash<QString, OpenEdit> *open, Error *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Field field : FieldValues::compared()) {
        if (field == Field::Area)
            continue; // a move, not an answer
        const FieldValues::Value was = FieldValues::get(before, field, 0);
        const FieldValues::Value is = FieldValues::get(after, field, 0);
        if (was != is && !recordEdit(db, Change{0, after.uuid, field, was, is, 0, now, by}, open, error))
            return false;
    }
    return true;
}

bool Provenance::recordEdit(QSqlDatabase &db, const Change &edit, QHash<QString, OpenEdit> *open,
                            Error *error)
{
    const QString key = edit.commitmentUuid + QLatin1Char('/') + Fields::code(edit.field);
    const auto it = open->find(key);
    if (it != open->end() && it->lastChange.secsTo(edit.changedAt) < kEditPauseSeconds) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE field_history SET new_zh = ?, new_en = ?, changed_at = ? WHERE id = ?"
                           " AND commitment_uuid = ? AND field = ? AND event_id IS NULL"));
        q.addBindValue(TextRows::sqlText(edit.after.zh));
        q.addBindValue(TextRows::sqlText(edit.after.en));
        q.addBindValue(TextRows::stamp(edit.changedAt));
        q.addBindValue(it->id);
        q.addBindValue(edit.commitmentUuid);
        q.addBindValue(Fields::code(edit.field));
        if (!q.exec())
            return fail(q, error);
        if (q.numRowsAffected() == 1) {
            it->lastChange = edit.changedAt;
            return true;
        }
        // The row went with a transaction that did not commit: start another.
    }
    if (!addChanges(db, {edit}, error))
        return false;
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT last_insert_rowid()")) || !last.next())
        return fail(last, error);
    open->insert(key, OpenEdit{last.value(0).toLongLong(), edit.changedAt});
    return true;
}

QHash<QString, Provenance::Baseline> Provenance::baselines(Workspace &ws, const QString &fileName)
{
    QHash<QString, Baseline> out;
    QSqlQuery q(connectionOf(ws));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT commitment_uuid, fields FROM import_baseline WHERE file_name = ?"));
    q.addBindValue(fileName);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), baselineFrom(q.value(1).toString()));
    return out;
}

QList<Provenance::Change> Provenance::changes(Workspace &ws, const QString &where, const QVariantList &binds)
{
    QList<Change> out;
    QSqlQuery q(connectionOf(ws));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, commitment_uuid, field, old_zh, old_en, new_zh, new_en, event_id,"
                             " changed_at, changed_by FROM field_history WHERE %1 ORDER BY id DESC")
                  .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next()) {
        Change c;
        c.id = q.value(0).toLongLong();
        c.commitmentUuid = q.value(1).toString();
        if (!Fields::fromCode(q.value(2).toString(), &c.field))
            continue;
        c.before = {q.value(3).toString(), q.value(4).toString()};
        c.after = {q.value(5).toString(), q.value(6).toString()};
        c.eventId = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
        c.changedAt = TextRows::parseStamp(q.value(8).toString());
        c.changedBy = q.value(9).toString();
        out.append(c);
    }
    return out;
}

QList<Provenance::Change> Provenance::history(Workspace &ws, const QString &commitmentUuid,
                                              std::optional<Field> field)
{
    if (!field)
        return changes(ws, QStringLiteral("commitment_uuid = ?"), {commitmentUuid});
    return changes(ws, QStringLiteral("commitment_uuid = ? AND field = ?"),
                   {commitmentUuid, Fields::code(*field)});
}

QList<Provenance::Change> Provenance::latest(Workspace &ws, const QString &commitmentUuid)
{
    const QList<Change> all = history(ws, commitmentUuid);
    QList<Change> out;
    for (Field f : FieldValues::compared()) {
        for (const Change &c : all) {
            if (c.field == f) {
                out.append(c); // newest first: the first one is the last change
                break;
            }
        }
    }
    return out;
}

QList<Provenance::Event> Provenance::events(Workspace &ws)
{
    return eventsWhere(ws, QStringLiteral("1"), {});
}

QList<Provenance::Event> Provenance::eventsWhere(Workspace &ws, const QString &where,
                                                 const QVariantList &binds)
{
    QList<Event> out;
    QSqlQuery q(connectionOf(ws));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, file_name, sha256, agency, imported_at, imported_by"
                             " FROM import_event WHERE %1 ORDER BY id DESC")
                  .arg(where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.fileName = q.value(1).toString();
        e.sha256 = q.value(2).toString();
        e.agency = q.value(3).toString();
        e.importedAt = TextRows::parseStamp(q.value(4).toString());
        e.importedBy = q.value(5).toString();
        out.append(e);
    }
    return out;
}

std::optional<Provenance::Event> Provenance::event(Workspace &ws, qint64 id)
{
    const QList<Event> found = eventsWhere(ws, QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Event>(found.constFirst());
}

std::optional<Provenance::Event> Provenance::lastImport(Workspace &ws, const QString &commitmentUuid)
{
    const QList<Event> found =
        eventsWhere(ws,
                    QStringLiteral("id = (SELECT MAX(event_id) FROM field_history WHERE commitment_uuid = ?"
                                   " AND event_id IS NOT NULL)"),
                    {commitmentUuid});
    return found.isEmpty() ? std::nullopt : std::optional<Event>(found.constFirst());
}

bool Provenance::restore(Workspace &ws, qint64 changeId, Error *error)
{
    const QList<Change> found = changes(ws, QStringLiteral("id = ?"), {changeId});
    if (found.isEmpty()) {
        *error = Error::make(Error::NotFound, QString::number(changeId));
        return false;
    }
    const Change &old = found.constFirst();
    std::optional<Commitment> c = ws.commitment(old.commitmentUuid);
    if (!c || old.field == Field::Area) { // an area is moved in the editor, not restored
        *error = Error::make(c ? Error::InvalidInput : Error::NotFound, old.commitmentUuid);
        return false;
    }
    Change edit;
    edit.commitmentUuid = c->uuid;
    edit.field = old.field;
    edit.before = FieldValues::get(*c, old.field, 0);
    edit.after = old.before;
    edit.changedAt = QDateTime::currentDateTimeUtc();
    edit.changedBy = AccountName::current();
    FieldValues::set(&*c, old.field, old.before, edit.changedAt);
    c->modified = edit.changedAt;
    return ws.saveTogether(
        Workspace::Batch{{},
                         {},
                         {*c},
                         [&](QSqlDatabase &db, Error *e) { return addChanges(db, {edit}, e); },
                         false,
                         QString()},
        error);
}

} // namespace nap
