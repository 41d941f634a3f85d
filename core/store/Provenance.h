#pragma once

#include "Error.h"
#include "model/FieldValues.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace nap {

class Workspace;

// Where each field of a consolidated plan came from (schema 3): the import events, one per
// file, and the history of every field an import or a restore changed. The write functions
// run inside the caller's transaction (Workspace::saveTogether), so provenance is recorded
// with the change it describes or not at all.
class Provenance
{
public:
    struct Event
    {
        qint64 id = 0;
        QString fileName;     // without its folder
        QString sha256;       // hex
        QString agency;       // the workbook's exporting agency, or its first lead agency
        QDateTime importedAt; // UTC
        QString importedBy;   // the operating-system account
    };
    struct Change
    {
        qint64 id = 0;
        QString commitmentUuid;
        Field field = Field::Title;
        FieldValues::Value before;
        FieldValues::Value after;
        qint64 eventId = 0; // 0: an edit (a restore) rather than an import
        QDateTime changedAt;
        QString changedBy;
    };
    using Baseline = QHash<Field, FieldValues::Value>; // what one file said of one commitment
    // The edit row still growing while an officer types in a field.
    struct OpenEdit
    {
        qint64 id = 0;
        QDateTime lastChange;
    };
    static constexpr int kEditPauseSeconds = 600; // a longer pause starts a new edit row

    static bool addEvent(QSqlDatabase &db, Event *event, Error *error); // sets event->id
    static bool addChanges(QSqlDatabase &db, const QList<Change> &changes, Error *error);
    // What one file's import did, after addEvent(): the changes it made, the commitments it
    // created (each with every field's value: one history row per field that is not empty, as
    // addChanges() would write them, by the event's account at its time) and, by commitment
    // uuid, what it said of each, replacing what the file of this name said before.
    struct Import
    {
        QList<Change> changes;
        QList<QPair<QString, Baseline>> created;
        QList<QPair<QString, Baseline>> baselines;
    };
    static bool addImport(QSqlDatabase &db, const Event &event, const Import &import, Error *error);
    // An officer's edit: extends the field's open edit row (its "before" stays) or starts one.
    // Every field that differs between the two versions, as edits (Area is a move, not recorded).
    static bool recordEdits(QSqlDatabase &db, const Commitment &before, const Commitment &after,
                            const QString &by, QHash<QString, OpenEdit> *open, Error *error);
    static bool recordEdit(QSqlDatabase &db, const Change &edit, QHash<QString, OpenEdit> *open,
                           Error *error);
    // By commitment uuid: what the file of this name said at its last import.
    static QHash<QString, Baseline> baselines(Workspace &ws, const QString &fileName);

    // Newest first; every field's when field is not given.
    static QList<Change> history(Workspace &ws, const QString &commitmentUuid,
                                 std::optional<Field> field = std::nullopt);
    static std::optional<Event> event(Workspace &ws, qint64 id);
    // The import that last changed a field of the commitment (one indexed query).
    static std::optional<Event> lastImport(Workspace &ws, const QString &commitmentUuid);
    static QList<Event> events(Workspace &ws); // newest first
    // The last change of each field of the commitment that has one, in field order.
    static QList<Change> latest(Workspace &ws, const QString &commitmentUuid);
    // Puts back the value a change replaced, as an edit recorded in the history.
    static bool restore(Workspace &ws, qint64 changeId, Error *error);

private:
    static QList<Event> eventsWhere(Workspace &ws, const QString &where, const QVariantList &binds);
    static QList<Change> changes(Workspace &ws, const QString &where, const QVariantList &binds);
};

} // namespace nap
