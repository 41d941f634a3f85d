#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

namespace nap {

// The file an export writes, handled so a reader sees the old file or the complete new
// one, never a partial file: write a temporary file in the same folder, flush it to disk,
// rename it over the target (core/io/FileReplace).
class ExportTarget
{
public:
    // Refuses early, before any work: missing folder; a name too long; the workspace itself
    // or one of its files (by path, through a link or as the same file); a folder, device or
    // pipe; a link to nothing; a target open in LibreOffice or Microsoft Office (their lock
    // files sit beside it). A symbolic link to a file is followed: the file it points to is
    // replaced and the link kept. `resolved` receives the path to write.
    static bool check(const QString &target, const QString &workspace, Error *error,
                      QString *resolved = nullptr);
    // Writes bytes atomically.
    static bool write(const QString &target, const QByteArray &bytes, Error *error);
    // Flushes an already written temporary file to disk and renames it over the target.
    // Removes the temporary file on failure.
    static bool commit(const QString &temporary, const QString &target, Error *error);
    // True when path names the workspace or one of the files SQLite and NAP Desk keep beside it.
    static bool isWorkspaceFile(const QString &path, const QString &workspace);
    // Turns a failed write into the error the user needs (full disk, read-only folder).
    static Error writeFailure(const QString &path, int errorNumber, const QString &detail,
                              qint64 bytesNeeded);
};

} // namespace nap
