#include "Workspace.h"

#include "CommitmentRows.h"
#include "DatabaseCheck.h"
#include "Schema.h"
#include "SqliteHandle.h"
#include "StorableText.h"
#include "TextRows.h"
#include "WorkspaceFile.h"
#include "io/FileReplace.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>
#include <QUuid>

namespace nap {
namespace {

QAtomicInt g_connectionCounter;

bool dbFail(const QSqlDatabase &db, Error *error)
{
    *error = Error::make(Error::DatabaseError, db.lastError().text());
    return false;
}

bool queryFail(const QSqlQuery &q, Error *error)
{
    *error = Error::make(Error::DatabaseError, q.lastError().text());
    return false;
}

// Runs body inside one transaction; rolls back when it fails.
template <typename Body> bool inTransaction(QSqlDatabase db, Error *error, Body body)
{
    if (!db.transaction())
        return dbFail(db, error);
    if (!body()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        const bool failed = dbFail(db, error);
        db.rollback();
        return failed;
    }
    return true;
}

// Only a lock held by another process means another NAP Desk; anything else is the folder's.
Error lockFailure(const QLockFile &lock, const QString &path)
{
    switch (lock.error()) {
    case QLockFile::LockFailedError:
        return Error::make(Error::Locked, path);
    case QLockFile::PermissionError:
        return Error::make(Error::ReadOnlyLocation, QFileInfo(path).absolutePath());
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return Error::make(Error::WriteFailed, path + QStringLiteral(".lock"));
}

bool writeArea(QSqlDatabase &db, const Area &area, Error *error)
{
    const Area stored = StorableText::of(area);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO area(uuid, number) VALUES(?, ?) ON CONFLICT(uuid)"
                             " DO UPDATE SET number = excluded.number"));
    q.addBindValue(area.uuid);
    q.addBindValue(area.number);
    return (q.exec() || queryFail(q, error)) &&
           TextRows::write(db, area.uuid, QStringLiteral("area_title"), stored.title, error) &&
           TextRows::write(db, area.uuid, QStringLiteral("area_preface"), stored.preface, error);
}

Error readOnlyError(const Workspace &ws)
{
    return Error::make(Error::ReadOnlyLocation, ws.path());
}

} // namespace

int Workspace::currentSchemaVersion()
{
    return Schema::kCurrentVersion;
}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen() && !isReadOnly() && m_verified) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, Error *error)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        *error = Error::make(Error::AlreadyExists, path);
        return nullptr;
    }
    if (!WorkspaceFile::checkNewName(path, error))
        return nullptr;
    if (!WorkspaceFile::canWriteIn(QFileInfo(path).absolutePath())) {
        *error = Error::make(Error::ReadOnlyLocation, QFileInfo(path).absolutePath());
        return nullptr;
    }
    std::unique_ptr<Workspace> ws(new Workspace);
    if (!ws->openConnection(path, Mode::ReadWrite, true, error)) {
        ws.reset();
        QFile::remove(path);
        return nullptr;
    }
    Plan plan;
    plan.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!ws->savePlan(plan, error))
        return nullptr;
    return ws;
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, Mode mode, Error *error)
{
    if (!WorkspaceFile::checkExisting(path, error))
        return nullptr;
    const QFileInfo info(path);
    if (mode == Mode::ReadWrite && !WorkspaceFile::canWriteIn(info.absolutePath())) {
        *error = Error::make(Error::ReadOnlyLocation, QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }
    if (mode == Mode::ReadWrite && !info.isWritable()) {
        *error = Error::make(Error::ReadOnlyFile, QDir::toNativeSeparators(path));
        return nullptr;
    }
    const QString shm = path + QStringLiteral("-shm");
    const bool hadShm = QFileInfo::exists(shm);
    const bool hasJournal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    // A -wal left beside the file is applied when SQLite opens it and folded into the file
    // when a writer closes. Read it through a connection that cannot write first, so one
    // that does not belong is refused before anything is written.
    const bool fits = !hasJournal || mode == Mode::ReadOnly || openChecked(path, Mode::ReadOnly, error);
    std::unique_ptr<Workspace> ws = fits ? openChecked(path, mode, error) : nullptr;
    if (!ws && !hadShm)
        QFile::remove(shm); // ours, from the refused attempt
    return ws;
}

std::unique_ptr<Workspace> Workspace::openChecked(const QString &path, Mode mode, Error *error)
{
    const bool hasJournal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const QString planAlone = hasJournal ? WorkspaceFile::planWithoutJournal(path) : QString();
    std::unique_ptr<Workspace> ws(new Workspace);
    const bool opened = ws->openConnection(path, mode, false, error);
    if (planAlone.isEmpty())
        return opened ? std::move(ws) : nullptr;
    // The file by itself is a workspace: with its -wal it must stay the same plan.
    if (opened && ws->plan().uuid == planAlone)
        return ws;
    if (opened || error->code != Error::Locked)
        *error = Error::make(Error::ForeignJournal, QDir::toNativeSeparators(path + QStringLiteral("-wal")));
    return nullptr;
}

bool Workspace::openDatabase(const QString &path, Mode mode, Error *error)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_mode = mode;
    if (mode == Mode::ReadWrite) {
        m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // a crashed instance leaves a stale lock: reclaim it by PID
        if (!m_lock->tryLock(0)) {
            *error = lockFailure(*m_lock, m_path);
            m_lock.reset();
            return false;
        }
    }
    SqliteHandle::watchConnections();
    m_connection = QStringLiteral("napdesk-workspace-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (mode == Mode::ReadOnly) {
        // Reading a WAL-mode file needs a -shm file beside it, which SQLite cannot create in
        // a folder we cannot write to (a read-only share). Without a -wal file nobody has the
        // workspace open for writing (every writer keeps one), and we cannot start to: the
        // file may then be read as immutable, which needs no -shm.
        if (!QFileInfo::exists(m_path + QStringLiteral("-wal")) &&
            !WorkspaceFile::canWriteIn(QFileInfo(m_path).absolutePath())) {
            db.setDatabaseName(WorkspaceFile::immutableUri(m_path));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        } else if (!QFileInfo(m_path).isWritable() || QFileInfo(m_path + QStringLiteral("-wal")).size() > 0) {
            // A -wal is there already: read it without ever folding it into the file, which
            // only a connection that can write does when it closes.
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        // Otherwise the connection itself may write, and query_only (below) stops every
        // change: only such a connection can fold the -wal back into the file and remove the
        // -wal and -shm when it closes last, so a file that was only read stays one file.
    }
    if (!db.open()) {
        *error = DatabaseCheck::readFailure(db.lastError(), m_path);
        return false;
    }
    return true;
}

bool Workspace::openConnection(const QString &path, Mode mode, bool creating, Error *error)
{
    if (!openDatabase(path, mode, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!DatabaseCheck::verify(db, m_path, creating, error))
        return false;
    m_verified = true;
    QSqlQuery q(db);
    // A read-only file cannot be migrated. Versions 1 to 3 share the tables that hold the
    // plan (2 only added settings and export overrides, 3 the import provenance, which then
    // read as empty), so an older file is read as it is.
    if (mode == Mode::ReadOnly)
        return q.exec(QStringLiteral("PRAGMA query_only=ON")) || queryFail(q, error);
    // WAL + FULL: every commit is on disk when it returns. A 64 MB cache: a large import (~26 MB)
    // spilled pages mid-way with 2 MB. The WAL goes into the file past 64 MB and at close, so
    // the officer does not wait for that copy after an import (docs/import.md, Speed).
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
          "PRAGMA busy_timeout=2000", "PRAGMA cache_size=-65536", "PRAGMA wal_autocheckpoint=16384"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return queryFail(q, error);
    }
    return Schema::migrate(db, error);
}

int Workspace::schemaVersion() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    return Schema::version(db);
}

Plan Workspace::plan() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Plan plan;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT uuid, start, end_month FROM plan LIMIT 1"))) {
        TextRows::readFailed(q, &m_readError);
        return plan;
    }
    if (!q.next())
        return plan;
    plan.uuid = q.value(0).toString();
    plan.start = YearMonth::fromIso(q.value(1).toString());
    plan.end = YearMonth::fromIso(q.value(2).toString());
    const TextRows::FieldMap texts = TextRows::loadOwner(db, plan.uuid, &m_readError);
    plan.title = texts.value(QStringLiteral("plan_title"));
    plan.issuer = texts.value(QStringLiteral("plan_issuer"));
    return plan;
}

bool Workspace::savePlan(const Plan &plan, Error *error)
{
    if (isReadOnly()) {
        *error = readOnlyError(*this);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const Plan stored = StorableText::of(plan);
    return inTransaction(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO plan(uuid, start, end_month) VALUES(?, ?, ?) ON CONFLICT(uuid)"
                                 " DO UPDATE SET start = excluded.start, end_month = excluded.end_month"));
        q.addBindValue(plan.uuid);
        q.addBindValue(TextRows::sqlText(plan.start.toIso()));
        q.addBindValue(TextRows::sqlText(plan.end.toIso()));
        return (q.exec() || queryFail(q, error)) &&
               TextRows::write(db, plan.uuid, QStringLiteral("plan_title"), stored.title, error) &&
               TextRows::write(db, plan.uuid, QStringLiteral("plan_issuer"), stored.issuer, error);
    });
}

QList<Area> Workspace::areas() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QList<Area> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT uuid, number FROM area ORDER BY number, uuid")))
        TextRows::readFailed(q, &m_readError);
    while (q.next()) {
        Area a;
        a.uuid = q.value(0).toString();
        a.number = q.value(1).toInt();
        out.append(a);
    }
    q.finish();
    for (Area &a : out) {
        const TextRows::FieldMap texts = TextRows::loadOwner(db, a.uuid, &m_readError);
        a.title = texts.value(QStringLiteral("area_title"));
        a.preface = texts.value(QStringLiteral("area_preface"));
    }
    return out;
}

bool Workspace::saveArea(const Area &area, Error *error)
{
    if (isReadOnly()) {
        *error = readOnlyError(*this);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    return inTransaction(db, error, [&] { return writeArea(db, area, error); });
}

bool Workspace::removeArea(const QString &uuid, Error *error)
{
    if (isReadOnly()) {
        *error = readOnlyError(*this);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    return inTransaction(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM commitment WHERE area_uuid = ?"));
        q.addBindValue(uuid);
        if (!q.exec() || !q.next())
            return queryFail(q, error);
        if (q.value(0).toInt() > 0) {
            *error = Error::make(Error::InvalidInput, uuid);
            return false;
        }
        q.prepare(QStringLiteral("DELETE FROM area WHERE uuid = ?"));
        q.addBindValue(uuid);
        return (q.exec() || queryFail(q, error)) && TextRows::removeOwner(db, uuid, error);
    });
}

QList<Commitment> Workspace::commitments() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QList<Commitment> all = CommitmentRows::loadAll(db, &m_readError);
    m_saved.clear();
    if (m_mode == Mode::ReadOnly)
        return all; // nothing will be saved: no last saved state to keep
    m_saved.reserve(all.size());
    for (const Commitment &c : all)
        m_saved.insert(c.uuid, c);
    return all;
}

std::optional<Commitment> Workspace::commitment(const QString &uuid) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    std::optional<Commitment> c = CommitmentRows::load(db, uuid, &m_readError);
    if (c)
        m_saved.insert(c->uuid, *c);
    return c;
}

bool Workspace::saveCommitment(const Commitment &commitment, Error *error)
{
    return saveCommitments({commitment}, error);
}

bool Workspace::saveCommitments(const QList<Commitment> &commitments, Error *error)
{
    return saveTogether(Batch{{}, {}, commitments, nullptr, false, QString()}, error);
}

bool Workspace::saveTogether(const Batch &batch, Error *error)
{
    if (isReadOnly()) {
        *error = readOnlyError(*this);
        return false;
    }
    QList<Commitment> inserted, changed;
    inserted.reserve(batch.inserted.size());
    changed.reserve(batch.changed.size());
    for (const Commitment &c : batch.inserted)
        inserted.append(StorableText::of(c));
    for (const Commitment &c : batch.changed)
        changed.append(StorableText::of(c));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const bool ok = inTransaction(db, error, [&] {
        for (const Area &a : batch.areas) {
            if (!writeArea(db, a, error))
                return false;
        }
        if (!CommitmentRows::insertNew(db, inserted, error))
            return false;
        for (const Commitment &c : std::as_const(changed)) {
            const auto it = m_saved.constFind(c.uuid); // none for a new one
            const Commitment *saved = it == m_saved.cend() ? nullptr : &*it;
            if (!CommitmentRows::write(db, c, saved, error))
                return false;
            if (batch.recordEdits && saved &&
                !Provenance::recordEdits(db, *saved, c, batch.editedBy, &m_openEdits, error))
                return false;
        }
        return !batch.more || batch.more(db, error);
    });
    // An import or a restore writes its own history: typing after it starts new edit rows.
    if (ok && batch.more)
        m_openEdits.clear();
    // The cache must mirror the file: refresh it only for a committed transaction.
    for (const QList<Commitment> *list : {&inserted, &changed}) {
        for (const Commitment &c : *list) {
            if (ok)
                m_saved.insert(c.uuid, c);
            else
                m_saved.remove(c.uuid);
        }
    }
    return ok;
}

bool Workspace::removeCommitment(const QString &uuid, Error *error)
{
    if (isReadOnly()) {
        *error = readOnlyError(*this);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    m_saved.remove(uuid);
    return inTransaction(db, error, [&] { return CommitmentRows::remove(db, uuid, error); });
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : fallback;
}

bool Workspace::setSetting(const QString &key, const QString &value, Error *error)
{
    if (isReadOnly()) {
        *error = readOnlyError(*this);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES(?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(TextRows::sqlText(StorableText::of(value)));
    return q.exec() || queryFail(q, error);
}

bool Workspace::saveCopyAs(const QString &target, Error *error) const
{
    // VACUUM INTO writes a compact, consistent copy; write beside the target and rename
    // so an interrupted copy never leaves a half file under the real name.
    const QFileInfo info(target);
    if (!WorkspaceFile::canWriteIn(info.absolutePath())) {
        *error = Error::make(Error::ReadOnlyLocation, info.absolutePath());
        return false;
    }
    const QString temp = FileReplace::temporaryNameFor(target);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    if (!q.exec()) {
        QFile::remove(temp);
        *error = Error::make(Error::WriteFailed, q.lastError().text());
        return false;
    }
    return FileReplace::replace(temp, info.absoluteFilePath(), error);
}

bool Workspace::addExportOverride(const QString &commitmentUuid, const QString &reason,
                                  const QString &findingsSummary, Error *error)
{
    if (isReadOnly()) {
        *error = readOnlyError(*this);
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        *error = Error::make(Error::InvalidInput, QStringLiteral("reason"));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    return inTransaction(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM commitment WHERE uuid = ?"));
        q.addBindValue(commitmentUuid);
        if (!q.exec() || !q.next())
            return queryFail(q, error);
        if (q.value(0).toInt() == 0) {
            *error = Error::make(Error::NotFound, commitmentUuid);
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO export_override(commitment_uuid, reason, findings, created)"
                                 " VALUES(?, ?, ?, ?)"));
        q.addBindValue(commitmentUuid);
        q.addBindValue(StorableText::of(reason.trimmed()));
        q.addBindValue(TextRows::sqlText(StorableText::of(findingsSummary)));
        q.addBindValue(TextRows::stamp(QDateTime::currentDateTimeUtc()));
        return q.exec() || queryFail(q, error);
    });
}

QList<Workspace::ExportOverride> Workspace::exportOverrides(const QString &commitmentUuid) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString select =
        QStringLiteral("SELECT id, commitment_uuid, reason, findings, created FROM export_override");
    if (commitmentUuid.isEmpty()) {
        q.prepare(select + QStringLiteral(" ORDER BY created DESC, id DESC"));
    } else {
        q.prepare(select + QStringLiteral(" WHERE commitment_uuid = ? ORDER BY created DESC, id DESC"));
        q.addBindValue(commitmentUuid);
    }
    QList<ExportOverride> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        ExportOverride o;
        o.id = q.value(0).toLongLong();
        o.commitmentUuid = q.value(1).toString();
        o.reason = q.value(2).toString();
        o.findings = q.value(3).toString();
        o.created = TextRows::parseStamp(q.value(4).toString());
        out.append(o);
    }
    return out;
}

} // namespace nap
