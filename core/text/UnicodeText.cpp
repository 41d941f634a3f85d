#include "UnicodeText.h"

namespace nap {

QString UnicodeText::storable(const QString &text, int *removed)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    // Most text needs nothing: share it untouched.
    for (; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF || isDropped(c))
            break;
    }
    if (i == n)
        return text;
    QString out;
    out.reserve(n);
    out.append(QStringView(text).left(i));
    int dropped = 0;
    for (; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out.append(text.at(i));
            out.append(text.at(++i)); // a valid pair
        } else if (isDropped(c)) {
            ++dropped;
        } else if (QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            out.append(QChar(QChar::ReplacementCharacter));
        } else {
            out.append(QChar(c));
        }
    }
    if (removed)
        *removed += dropped;
    return out;
}

} // namespace nap
