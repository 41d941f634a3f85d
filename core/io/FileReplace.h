#pragma once

#include "Error.h"

#include <QDateTime>
#include <QString>

namespace nap {

// Moves a finished temporary file over its target in one step, so readers see either the
// old file or the new one, never a half-written file. Platform details stay in the .cpp.
class FileReplace
{
public:
    static bool replace(const QString &temporary, const QString &target, Error *error);
    // A temporary name in the target's own folder (rename is atomic only within a volume):
    // ".NAME.napdesk-XXXXXXXX.part", hidden and recognisably ours.
    static QString temporaryNameFor(const QString &target);
    // Removes the temporary files an interrupted earlier run left for this target (same
    // name, last written before `before`); returns how many it removed.
    static int removeStaleTemporaries(const QString &target, const QDateTime &before);
    // How this platform's file systems compare names (Windows and macOS ignore case).
    static Qt::CaseSensitivity caseSensitivity();
    // Bytes temporaryNameFor adds to a file name, at most (nested once).
    static constexpr int kTemporaryReserve = 2 * 23;
};

} // namespace nap
