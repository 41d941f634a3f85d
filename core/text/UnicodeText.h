#pragma once

#include <QString>

namespace nap {

// User text on its way into the workspace file. A QString may hold an unpaired UTF-16
// surrogate (a paste cut inside an emoji): UTF-8 cannot represent it, and SQLite's UTF-16
// conversion pairs it with whatever follows, swallowing that character (a CR, a letter).
class UnicodeText
{
public:
    // Replaces each unpaired surrogate with U+FFFD, and U+FFFE / U+FFFF too, which SQLite
    // reads back as U+FFFD anyway. Everything else is kept exactly: valid pairs (emoji),
    // CR, LF, tabs and other control characters. The result has the length of `text`.
    static QString storable(const QString &text);
};

} // namespace nap
