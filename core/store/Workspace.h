#pragma once

#include "Error.h"
#include "model/Area.h"
#include "model/Commitment.h"
#include "model/Plan.h"
#include "store/Provenance.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

class QSqlDatabase;

namespace nap {

// One workspace = one SQLite file holding one plan. All writes are transactions on a
// named connection in WAL mode with synchronous=FULL, so a committed edit survives a
// crash. A lock file keeps a second NAP Desk from writing the same file.
class Workspace
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    // Creates a new, empty workspace; fails when the file already exists.
    static std::unique_ptr<Workspace> create(const QString &path, Error *error);
    // Opens an existing workspace, migrating an older schema in one transaction.
    // ReadWrite fails with Error::Locked when another instance holds the file.
    static std::unique_ptr<Workspace> open(const QString &path, Mode mode, Error *error);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    static int currentSchemaVersion();
    int schemaVersion() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    Plan plan() const;
    bool savePlan(const Plan &plan, Error *error);

    QList<Area> areas() const; // by number
    bool saveArea(const Area &area, Error *error);
    // Refuses (Error::InvalidInput) while the area still holds commitments.
    bool removeArea(const QString &uuid, Error *error);

    QList<Commitment> commitments() const; // by area number, then sort order; with milestones
    std::optional<Commitment> commitment(const QString &uuid) const;
    bool saveCommitment(const Commitment &commitment, Error *error);
    bool saveCommitments(const QList<Commitment> &commitments, Error *error); // one transaction
    // Areas, new commitments (`inserted`: not in the file yet), changed commitments and `more`
    // (rows beside them, such as an import's provenance) in one transaction: all of it is
    // written, or nothing.
    struct Batch
    {
        QList<Area> areas;
        QList<Commitment> inserted;
        QList<Commitment> changed;
        std::function<bool(QSqlDatabase &, Error *)> more;
        // Every field of a changed commitment that differs from what the file held goes into the
        // field history as an edit by editedBy (an officer's typing, kept as one change per field
        // while it goes on).
        bool recordEdits = false;
        QString editedBy;
    };
    bool saveTogether(const Batch &batch, Error *error);
    bool removeCommitment(const QString &uuid, Error *error);

    // The first read that failed since the workspace was opened (a query on a damaged or
    // altered file): what plan(), areas() and commitments() returned then is incomplete.
    Error readError() const { return m_readError; }

    // Workspace-wide key/value settings (exporting agency, rule switches, ...).
    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value, Error *error);

    // A consistent single-file copy (for e-mail or backup), written atomically.
    bool saveCopyAs(const QString &target, Error *error) const;

    // The connection name, for code in core/store that needs raw SQL (migrations, tests).
    QString connectionName() const { return m_connection; }

private:
    Workspace() = default;
    // Opens and verifies; a -wal beside the file must keep it the same plan.
    static std::unique_ptr<Workspace> openChecked(const QString &path, Mode mode, Error *error);
    bool openConnection(const QString &path, Mode mode, bool creating, Error *error);
    bool openDatabase(const QString &path, Mode mode, Error *error); // lock, options, open
    bool writeCommitment(const Commitment &c, Error *error);

    QString m_path;
    QString m_connection;
    Mode m_mode = Mode::ReadWrite;
    bool m_verified = false; // only a verified connection may checkpoint the -wal into the file
    std::unique_ptr<QLockFile> m_lock;
    // The state of each commitment as last read from or written to the file, so a save
    // writes only the rows that changed.
    mutable QHash<QString, Commitment> m_saved;
    QHash<QString, Provenance::OpenEdit> m_openEdits; // by commitment uuid/field code
    mutable Error m_readError;

public:
    // The export gate: why an officer exported a commitment that still had errors.
    struct ExportOverride
    {
        qint64 id = 0;
        QString commitmentUuid;
        QString reason;
        QString findings;  // what was overridden, as Findings::summaryJson() wrote it
        QDateTime created; // UTC
    };
    // Records an override. Fails with Error::InvalidInput for a blank reason and with
    // Error::NotFound when the commitment does not exist.
    bool addExportOverride(const QString &commitmentUuid, const QString &reason,
                           const QString &findingsSummary, Error *error);
    // Newest first; every commitment's when commitmentUuid is empty.
    QList<ExportOverride> exportOverrides(const QString &commitmentUuid = {}) const;
};

} // namespace nap
