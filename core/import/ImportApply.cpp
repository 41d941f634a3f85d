#include "ImportApply.h"

#include "io/AccountName.h"
#include "store/Provenance.h"
#include "store/Workspace.h"

#include <QUuid>

namespace nap {
namespace {

// Everything one import writes, gathered first so it can go to the file in one transaction.
struct Batch
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString by = AccountName::current();
    QList<Area> newAreas;
    QHash<int, QString> areaUuid;       // number -> uuid
    QHash<QString, int> areaNumber;     // uuid -> number
    QHash<QString, int> nextSort;       // area uuid -> the next free position
    QHash<QString, Commitment> current; // the workspace's commitments, then as changed so far
    QStringList inserted;               // uuids new to the workspace, in file order
    QStringList touched;                // uuids of changed ones, in the order first changed
    struct File
    {
        Provenance::Event event;
        Provenance::Import import;
    };
    QList<File> files;

    void touch(const Commitment &c)
    {
        if (!touched.contains(c.uuid) && !inserted.contains(c.uuid))
            touched.append(c.uuid);
        current.insert(c.uuid, c);
    }
    void record(File *file, const QString &uuid, Field f, const FieldValues::Value &before,
                const FieldValues::Value &after) const
    {
        file->import.changes.append({0, uuid, f, before, after, 0, now, by});
    }
};

void loadWorkspace(Workspace &ws, const ImportPlan &plan, Batch *b)
{
    for (const Area &a : ws.areas()) {
        b->areaUuid.insert(a.number, a.uuid);
        b->areaNumber.insert(a.uuid, a.number);
    }
    for (int number : plan.newAreas) {
        Area a;
        a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.number = number;
        b->newAreas.append(a);
        b->areaUuid.insert(number, a.uuid);
        b->areaNumber.insert(a.uuid, number);
    }
    for (const Commitment &c : ws.commitments()) {
        b->current.insert(c.uuid, c);
        b->nextSort[c.areaUuid] = qMax(b->nextSort.value(c.areaUuid), c.sortOrder + 1);
    }
}

void insert(Batch *b, Batch::File *file, const ImportPlan::Item &item, ImportApply::Result *result)
{
    Commitment c = item.theirs;
    c.areaUuid = b->areaUuid.value(item.areaNumber);
    if (!b->nextSort.contains(c.areaUuid))
        b->nextSort.insert(c.areaUuid, 1); // positions count from 1, as renumbering does
    c.sortOrder = b->nextSort[c.areaUuid]++;
    if (c.code.isEmpty()) // a hand-filled form's new commitment: numbered at the end of its area
        c.code = QStringLiteral("%1-%2").arg(item.areaNumber).arg(c.sortOrder);
    if (!c.created.isValid())
        c.created = b->now;
    if (!c.modified.isValid())
        c.modified = b->now;
    file->import.created.append({c.uuid, item.values}); // a history row per field not empty
    b->inserted.append(c.uuid);
    b->current.insert(c.uuid, c);
    ++result->inserted;
}

void update(Batch *b, Batch::File *file, const ImportPlan::Item &item, const ImportChoices &choices,
            const QString &path, ImportApply::Result *result)
{
    Commitment c = b->current.value(item.theirs.uuid);
    int taken = 0;
    for (const ImportPlan::FieldChange &change : item.changes) {
        if (choices.take(path, item.theirs.uuid, change.field, change.conflict) !=
            ImportChoices::Take::Theirs)
            continue;
        const FieldValues::Value before = FieldValues::get(c, change.field, b->areaNumber.value(c.areaUuid));
        if (change.field == Field::Area)
            c.areaUuid = b->areaUuid.value(item.areaNumber);
        else
            FieldValues::set(&c, change.field, change.theirs, b->now);
        b->record(file, c.uuid, change.field, before, change.theirs);
        ++taken;
    }
    if (taken == 0)
        return;
    c.modified = b->now;
    b->touch(c);
    ++result->updated;
    result->fieldsTaken += taken;
}

bool writeProvenance(QSqlDatabase &db, QList<Batch::File> &files, Error *error)
{
    for (Batch::File &file : files) {
        if (!Provenance::addEvent(db, &file.event, error))
            return false;
        for (Provenance::Change &c : file.import.changes)
            c.eventId = file.event.id;
        if (!Provenance::addImport(db, file.event, file.import, error))
            return false;
    }
    return true;
}

} // namespace

bool ImportApply::run(Workspace &ws, const ImportPlan &plan, const ImportChoices &choices, Result *result,
                      Error *error)
{
    Batch b;
    loadWorkspace(ws, plan, &b);
    bool anything = !b.newAreas.isEmpty();
    for (const ImportPlan::FilePlan &fp : plan.files) {
        Batch::File file;
        file.event = {0, fp.source.fileName, fp.source.sha256, fp.source.agency, b.now, b.by};
        for (const ImportPlan::Item &item : fp.items) {
            if (item.kind == ImportPlan::Kind::New && !b.current.contains(item.theirs.uuid))
                insert(&b, &file, item, result);
            else if (!item.changes.isEmpty())
                update(&b, &file, item, choices, fp.source.path, result);
            if (item.baselineStale)
                file.import.baselines.append({item.theirs.uuid, item.values});
        }
        anything = anything || !file.import.changes.isEmpty() || !file.import.created.isEmpty() ||
                   !file.import.baselines.isEmpty();
        b.files.append(file);
    }
    for (const Area &a : std::as_const(b.newAreas))
        result->areasCreated.append(a.number);
    if (!anything)
        return true; // a file imported again unchanged: nothing to write
    Workspace::Batch batch;
    batch.areas = b.newAreas;
    for (const QString &uuid : std::as_const(b.inserted))
        batch.inserted.append(b.current.value(uuid));
    for (const QString &uuid : std::as_const(b.touched))
        batch.changed.append(b.current.value(uuid));
    batch.more = [&](QSqlDatabase &db, Error *e) {
        return writeProvenance(db, b.files, e);
    };
    result->written = ws.saveTogether(batch, error);
    return result->written;
}

} // namespace nap
