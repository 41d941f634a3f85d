#pragma once

#include <QString>

class QXmlStreamWriter;

namespace nap {

class XmlStringWriter;

// User text on its way into XML. Text pasted from Word or PDF carries characters XML 1.0
// forbids; QXmlStreamWriter drops some silently and one lone surrogate corrupts the rest
// of a document, so every user string passes through sanitized() before it is written.
class XmlText
{
public:
    // Removes what XML 1.0 cannot hold: U+0000-U+0008, U+000B, U+000C, U+000E-U+001F,
    // U+FFFE, U+FFFF and unpaired surrogates. Valid surrogate pairs (emoji) are kept.
    static QString sanitized(const QString &text);
    static bool isXmlSafe(const QString &text);
    // CRLF and lone CR become LF (XML parsers normalise them anyway).
    static QString normalizedNewlines(const QString &text);
    // What a reader gets back from any export of `text`: sanitized, newlines normalised.
    static QString exportable(const QString &text) { return normalizedNewlines(sanitized(text)); }

    // Excel reads a literal "_x0041_" in a cell as "A". Escapes every "_xHHHH_" pattern as
    // "_x005F_xHHHH_" so the text reads back as typed. Expects sanitized text.
    static QString escapedForXlsx(const QString &text);

    // Writes text as ODF paragraph content: runs of spaces (and leading/trailing spaces)
    // as <text:s/>, tabs as <text:tab/>, line breaks as <text:line-break/>. Sanitizes.
    // The writer must have the ODF text namespace declared as "text".
    static void writeOdfText(QXmlStreamWriter &writer, const QString &text);
    static void writeOdfText(XmlStringWriter &writer, const QString &text);
};

} // namespace nap
