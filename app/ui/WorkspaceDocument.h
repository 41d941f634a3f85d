#pragma once

#include "Error.h"
#include "import/ImportApply.h"
#include "import/ImportChoices.h"
#include "import/ImportPlan.h"
#include "model/Area.h"
#include "model/Commitment.h"
#include "model/Plan.h"
#include "store/Provenance.h"
#include "store/Workspace.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace nap::ui {

class DocumentCommand;

// The open workspace as the editor sees it: the plan, its areas and commitments in memory,
// the undo stack every edit goes through, and a debounced autosave that writes each change
// to the SQLite file within a fraction of a second. Widgets never touch the store.
class WorkspaceDocument : public QObject
{
    Q_OBJECT
public:
    enum class SaveState
    {
        Saved,
        Pending,
        Saving,
        ReadOnly,
        Failed
    };
    static constexpr int kAutosaveDelayMs = 250;   // after the last edit
    static constexpr int kAutosaveMaxWaitMs = 900; // after the first unsaved edit, at most

    // Opens the file; returns nullptr and fills error (Locked, Corrupt, NewerSchema, ...).
    static std::unique_ptr<WorkspaceDocument> open(const QString &path, Workspace::Mode mode, Error *error);
    explicit WorkspaceDocument(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~WorkspaceDocument() override; // writes what is still pending

    QString path() const { return m_workspace->path(); }
    bool isReadOnly() const { return m_workspace->isReadOnly(); }
    const Workspace &workspace() const { return *m_workspace; }
    QUndoStack *undoStack() { return &m_undo; }

    const Plan &plan() const { return m_plan; }
    const QList<Area> &areas() const { return m_areas; }                   // by number
    const QList<Commitment> &commitments() const { return m_commitments; } // by area, then order
    const Area *area(const QString &uuid) const;
    const Commitment *commitment(const QString &uuid) const;
    QList<const Commitment *> commitmentsInArea(const QString &areaUuid) const;

    // Edits; each pushes one undoable command and returns false when nothing changed or the
    // workspace is read-only. Consecutive edits with the same non-empty mergeKey (typing in
    // one field) merge into one undo step until closeMergeWindow().
    bool editCommitment(const QString &uuid, const QString &mergeKey, const QString &text,
                        const std::function<void(Commitment &)> &change);
    bool editArea(const QString &uuid, const QString &mergeKey, const QString &text,
                  const std::function<void(Area &)> &change);
    bool editPlan(const QString &mergeKey, const QString &text, const std::function<void(Plan &)> &change);
    void closeMergeWindow() { ++m_mergeGeneration; }

    QString addCommitment(const QString &areaUuid); // returns the new uuid
    QString duplicateCommitment(const QString &uuid);
    bool removeCommitment(const QString &uuid);
    bool moveCommitment(const QString &uuid, const QString &targetAreaUuid);
    bool renumber(); // areas 1..n, commitments area-1..area-n in their current order
    QString addArea();
    bool removeArea(const QString &uuid); // with its commitments, as one undo step

    // The quality checker's records, written at once and not undoable: they are decisions
    // kept with their reasons. Both fail on a read-only workspace or a blank reason.
    bool setRuleEnabled(const QString &ruleId, bool enabled, const QString &reason, Error *error);
    bool addExportOverride(const QString &commitmentUuid, const QString &reason,
                           const QString &findingsSummary, Error *error);

    // Consolidation: the preview of importing agency files (nothing changes), then the import
    // itself, written with its provenance in one transaction and undone as one step.
    bool previewImport(const QStringList &files, ImportPlan *plan, Error *error);
    bool applyImport(const ImportPlan &plan, const ImportChoices &choices, ImportApply::Result *result,
                     Error *error);
    // Where the commitment's fields came from (newest first) and the import that brought them.
    QList<Provenance::Change> fieldHistory(const QString &commitmentUuid) const;
    std::optional<Provenance::Event> importEvent(qint64 id) const;
    std::optional<Provenance::Event> lastImport(const QString &commitmentUuid) const;
    // Puts back the value a recorded change replaced; recorded too, and one undo step.
    bool restoreValue(qint64 changeId, Error *error);

    SaveState saveState() const { return m_saveState; }
    QString lastSaveError() const { return m_lastError; }
    QString saveStateText() const; // for the status bar: "Saved", "Not saved: …"
    bool hasPendingChanges() const;
    bool flush(); // writes pending changes now

    // Used by DocumentCommand only.
    void putCommitment(const Commitment &commitment);
    void dropCommitment(const QString &uuid);
    void putArea(const Area &area);
    void dropArea(const QString &uuid);
    void putPlan(const Plan &plan);
    void beginBatch();
    void endBatch();

    static QDateTime now();
    static QString newUuid();

signals:
    void commitmentChanged(const QString &uuid);
    void areaChanged(const QString &uuid);
    void planChanged();
    void structureChanged();    // commitments or areas added, removed, moved or renumbered
    void ruleSettingsChanged(); // a checker rule switched off or on
    void saveStateChanged(nap::ui::WorkspaceDocument::SaveState state);
    // Undo or redo changed this commitment: the window may show it.
    void historyTouched(const QString &commitmentUuid);
    // An edit (named as on the undo stack) brought control characters no file can hold;
    // they were removed.
    void charactersRemoved(const QString &edit, int count);

private:
    void push(DocumentCommand *command);
    bool writeBeforeDirectChange(Error *error);
    // After a change written straight to the file (an import, a restore): one command that
    // shows it in memory and takes it back on undo.
    void adoptWritten(const QString &text);
    void reindex();
    void sortCommitments();
    void scheduleSave();
    void setSaveState(SaveState state);
    void reportRemoved(const QString &edit, int count);
    QString nextCode(const Area &area, int *sortOrder) const;

    std::unique_ptr<Workspace> m_workspace;
    Plan m_plan;
    QList<Area> m_areas;
    QList<Commitment> m_commitments;
    QHash<QString, qsizetype> m_commitmentIndex;
    QUndoStack m_undo;
    QTimer m_saveTimer;
    QTimer m_maxWaitTimer;
    int m_mergeGeneration = 0;
    int m_batchDepth = 0;
    bool m_structureDirty = false;

    QSet<QString> m_dirtyCommitments;
    QSet<QString> m_removedCommitments;
    QSet<QString> m_dirtyAreas;
    QSet<QString> m_removedAreas;
    bool m_planDirty = false;
    SaveState m_saveState = SaveState::Saved;
    QString m_lastError;

    friend class DocumentCommand;
};

} // namespace nap::ui
