#pragma once

#include "Error.h"
#include "import/FormMatcher.h"
#include "import/ImportSource.h"
#include "model/FieldValues.h"
#include "store/Provenance.h"

#include <QList>
#include <QStringList>

namespace nap {

class Workspace;

// The preview of an import: each file's commitments compared with the workspace, before
// anything changes. A commitment is new (its uuid is not in the workspace), unchanged, changed
// (the fields that differ, mine and theirs) or a conflict: a field that both the workspace and
// the file changed since the last import of a file of that name. A field only the workspace
// changed since then (the file still says what it said) is not a change: the officer's edit stays.
class ImportPlan
{
public:
    enum class Kind
    {
        New,
        Unchanged,
        Changed,
        Conflict
    };
    struct FieldChange
    {
        Field field = Field::Title;
        FieldValues::Value mine;
        FieldValues::Value theirs;
        bool conflict = false;
    };
    struct Item
    {
        Commitment theirs;
        int areaNumber = 0;
        Kind kind = Kind::Unchanged;
        QList<FieldChange> changes;
        Provenance::Baseline values; // every compared field as the file has it
        bool baselineStale = true;   // what the file said differs from what was recorded last time
        // A hand-filled form: how it was matched to a workspace commitment (None: new).
        FormMatcher::How match = FormMatcher::How::None;
    };
    struct FilePlan
    {
        ImportSource source;
        QList<Item> items;                              // one per source commitment, in the same order
        QHash<QString, Provenance::Baseline> baselines; // what the file said at its last import
        int count(Kind kind) const;
    };

    // Reads every file (a folder: the files in it NAP Desk imports; the first file refused fails
    // the whole plan) and compares.
    static bool build(Workspace &ws, const QStringList &files, ImportPlan *plan, Error *error);

    QList<FilePlan> files;
    QList<int> newAreas; // area numbers the workspace does not have yet, to be created

    static QString kindCode(Kind kind); // "new", "unchanged", "changed", "conflict"

    // The officer's correction of a hand-filled form's match: the workspace commitment it is
    // about, or none (a new commitment). False when the item is no hand-filled form or the
    // uuid is not in the workspace.
    bool rematch(int file, int item, const QString &uuid);
    // The workspace's commitments the plan compares with, by uuid.
    const QHash<QString, Commitment> &workspaceCommitments() const { return m_mine; }

    // The file's commitment with the languages it does not carry taken from the workspace's.
    static Commitment keepUncarried(const Commitment &theirs, const Commitment &mine,
                                    const ImportSource &source);

private:
    Item formItem(const FilePlan &file, int index, const QString &uuid, FormMatcher::How how) const;
    Item item(const FilePlan &file, const Commitment &theirs) const;
    int newFormArea(const Commitment &form) const;
    void findNewAreas();

    QHash<QString, Commitment> m_mine; // the workspace's commitments by uuid
    QHash<QString, int> m_areaNumber;  // the workspace's areas: uuid -> number
    static Item compare(const Commitment &theirs, int theirArea, const Commitment *mine, int myArea,
                        const Provenance::Baseline *baseline);
};

} // namespace nap
