#pragma once

#include <QString>

namespace nap {

// User text on its way into the workspace file. A QString may hold an unpaired UTF-16
// surrogate (a paste cut inside an emoji): UTF-8 cannot represent it, and SQLite's UTF-16
// conversion pairs it with whatever follows, swallowing that character (a CR, a letter).
// Text pasted from Word or a PDF may hold control characters that no XML file (.odt,
// .xlsx, .ods) can carry.
class UnicodeText
{
public:
    // Replaces each unpaired surrogate with U+FFFD, and U+FFFE / U+FFFF too, which SQLite
    // reads back as U+FFFD anyway; removes NUL and the control characters U+0001–U+001F
    // except tab, LF and CR, so memory, file and exports hold the same text. Everything else
    // is kept exactly: valid pairs (emoji), CR, LF, tabs. `removed` (optional) grows by the
    // number of characters dropped.
    static QString storable(const QString &text, int *removed = nullptr);
    // The control characters storable() drops.
    static bool isDropped(char16_t c) { return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; }
};

} // namespace nap
