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
    // Refuses early, before any work: missing folder, target is a folder, target open in
    // LibreOffice or Microsoft Office (their lock files sit beside it).
    static bool check(const QString &target, Error *error);
    // Writes bytes atomically.
    static bool write(const QString &target, const QByteArray &bytes, Error *error);
    // Flushes an already written temporary file to disk and renames it over the target.
    // Removes the temporary file on failure.
    static bool commit(const QString &temporary, const QString &target, Error *error);
    // Turns a failed write into the error the user needs (full disk, read-only folder).
    static Error writeFailure(const QString &path, int errorNumber, const QString &detail,
                              qint64 bytesNeeded);
};

} // namespace nap
