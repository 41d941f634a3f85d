#include "XmlText.h"

#include "XmlStringWriter.h"

#include <QXmlStreamWriter>

namespace nap {
namespace {

const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

bool isForbiddenBmp(char16_t c)
{
    if (c < 0x20)
        return c != 0x09 && c != 0x0A && c != 0x0D;
    return c == 0xFFFE || c == 0xFFFF;
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

template <typename Writer> void writeSpaces(Writer &w, qsizetype count)
{
    w.writeEmptyElement(kTextNs, QStringLiteral("s"));
    if (count > 1)
        w.writeAttribute(kTextNs, QStringLiteral("c"), QString::number(count));
}

void characters(QXmlStreamWriter &w, QStringView text)
{
    w.writeCharacters(text.toString());
}

void characters(XmlStringWriter &w, QStringView text)
{
    w.writeCharacters(text);
}

// XmlText::writeOdfText() for either writer. Plain text goes out in whole runs (a word and
// the single spaces inside it), not a character at a time.
template <typename Writer> void writeOdf(Writer &w, const QString &text)
{
    const QString clean = XmlText::exportable(text);
    const QStringView view(clean);
    const qsizetype n = clean.size();
    qsizetype runStart = 0; // the text not written yet: [runStart, i)
    bool atLineStart = true;
    qsizetype i = 0;
    const auto flush = [&] {
        if (i > runStart)
            characters(w, view.mid(runStart, i - runStart));
    };
    while (i < n) {
        const char16_t c = view[i].unicode();
        if (c == u' ') {
            qsizetype j = i;
            while (j < n && view[j] == QLatin1Char(' '))
                ++j;
            const qsizetype count = j - i;
            const bool atLineEnd = j == n || view[j] == QLatin1Char('\n') || view[j] == QLatin1Char('\t');
            if (count == 1 && !atLineStart && !atLineEnd) { // one space between words: part of the run
                i = j;
                atLineStart = false;
                continue;
            }
            flush();
            if (atLineStart || atLineEnd) {
                writeSpaces(w, count);
            } else {
                characters(w, u" ");
                writeSpaces(w, count - 1);
            }
            atLineStart = false;
            i = runStart = j;
            continue;
        }
        if (c == u'\n' || c == u'\t') {
            flush();
            w.writeEmptyElement(kTextNs, c == u'\n' ? QStringLiteral("line-break") : QStringLiteral("tab"));
            atLineStart = true;
            i = runStart = i + 1;
            continue;
        }
        atLineStart = false;
        ++i;
    }
    flush();
}

} // namespace

QString XmlText::sanitized(const QString &text)
{
    if (isXmlSafe(text))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < n && text.at(i + 1).isLowSurrogate()) {
                out.append(c);
                out.append(text.at(++i));
            }
            continue;
        }
        if (c.isLowSurrogate() || isForbiddenBmp(c.unicode()))
            continue;
        out.append(c);
    }
    return out;
}

bool XmlText::isXmlSafe(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= n || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate() || isForbiddenBmp(c.unicode())) {
            return false;
        }
    }
    return true;
}

QString XmlText::normalizedNewlines(const QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return out;
}

QString XmlText::escapedForXlsx(const QString &text)
{
    const qsizetype first = text.indexOf(QLatin1String("_x"));
    if (first < 0)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    out.append(QStringView(text).left(first));
    for (qsizetype i = first; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x') &&
            isHex(text.at(i + 2)) && isHex(text.at(i + 3)) && isHex(text.at(i + 4)) &&
            isHex(text.at(i + 5)) && text.at(i + 6) == QLatin1Char('_')) {
            out.append(QLatin1String("_x005F_")); // the '_' itself, spelled out; "xHHHH_" follows
            continue;
        }
        out.append(text.at(i));
    }
    return out;
}

void XmlText::writeOdfText(QXmlStreamWriter &writer, const QString &text)
{
    writeOdf(writer, text);
}

void XmlText::writeOdfText(XmlStringWriter &writer, const QString &text)
{
    writeOdf(writer, text);
}

} // namespace nap
