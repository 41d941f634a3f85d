#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>

namespace nap {

// What can be told about a workspace file before SQLite opens it, so a pipe never hangs
// the app, a cut-off file is refused instead of read with zeros, and a path that would
// collide with a workspace's own files is recognised.
class WorkspaceFile
{
public:
    // An existing workspace: an ordinary file (a FIFO would block the first read), an SQLite
    // database by its header, no shorter than the header says, and a -wal beside it (if any)
    // of the same page size.
    static bool checkExisting(const QString &path, Error *error);
    // A new workspace: the folder exists and the name leaves room for SQLite's suffixes.
    static bool checkNewName(const QString &path, Error *error);
    // The files SQLite and NAP Desk keep beside a workspace (-wal, -shm, -journal, .lock).
    static QStringList companions(const QString &workspacePath);
    // The plan uuid the file holds by itself, ignoring any -wal beside it; empty when the
    // file alone is not a readable workspace. A -wal that turns it into another plan (or
    // into no workspace at all) came from another file.
    static QString planWithoutJournal(const QString &path);
    // An SQLite URI that reads `path` as immutable: no -shm, no locks, no -wal.
    static QString immutableUri(const QString &path);
    // True when the folder lets us create a file (permission bits lie for root and ACLs).
    static bool canWriteIn(const QString &folder);
    // True when the UTF-8 name plus `reserve` bytes of suffix fits a file system's 255-byte limit.
    static bool nameFits(const QString &fileName, int reserve);

private:
    static bool checkHeader(const QString &path, qint64 size, Error *error);
    static bool checkJournal(const QString &path, int pageSize, Error *error);
};

} // namespace nap
