#pragma once

#include "Error.h"

#include <QString>

namespace nap {

// Moves a finished temporary file over its target in one step, so readers see either the
// old file or the new one, never a half-written file. Platform details stay in the .cpp.
class FileReplace
{
public:
    static bool replace(const QString &temporary, const QString &target, Error *error);
    // A temporary name in the target's own folder (rename is atomic only within a volume).
    static QString temporaryNameFor(const QString &target);
};

} // namespace nap
