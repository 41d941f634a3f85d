#include "XmlStringWriter.h"

namespace nap {

void XmlStringWriter::writeNamespace(const QString &uri, const QString &prefix)
{
    m_namespaces.append({uri, prefix});
}

qsizetype XmlStringWriter::lookup(const QString &ns)
{
    // The writers pass the same few QStringLiteral URIs: compare the data pointers first.
    if (m_last >= 0 &&
        (m_namespaces.at(m_last).uri.constData() == ns.constData() || m_namespaces.at(m_last).uri == ns))
        return m_last;
    for (qsizetype i = 0; i < m_namespaces.size(); ++i) {
        if (m_namespaces.at(i).uri.constData() == ns.constData() || m_namespaces.at(i).uri == ns) {
            m_last = i;
            return i;
        }
    }
    m_error = true; // never declared: the writers declare every namespace up front
    return -1;
}

void XmlStringWriter::appendPrefix(qsizetype ns)
{
    if (ns < 0)
        return;
    m_out->append(m_namespaces.at(ns).prefix);
    m_out->append(QLatin1Char(':'));
}

void XmlStringWriter::appendName(const Tag &tag)
{
    appendPrefix(tag.ns);
    if (tag.latin.isEmpty())
        m_out->append(tag.name);
    else
        m_out->append(tag.latin);
}

void XmlStringWriter::finishStartTag()
{
    if (!m_inStartTag)
        return;
    if (m_inEmptyElement) {
        m_out->append(QLatin1String("/>"));
        m_tags.removeLast();
    } else {
        m_out->append(QLatin1Char('>'));
    }
    m_inStartTag = m_inEmptyElement = false;
}

void XmlStringWriter::start(const QString &ns, QLatin1String latin, const QString &name, bool empty)
{
    finishStartTag();
    m_tags.append({lookup(ns), latin, name});
    m_out->append(QLatin1Char('<'));
    appendName(m_tags.constLast());
    for (; m_declared < m_namespaces.size(); ++m_declared) {
        const Namespace &n = m_namespaces.at(m_declared);
        m_out->append(QLatin1String(" xmlns:"));
        m_out->append(n.prefix);
        m_out->append(QLatin1String("=\""));
        appendEscaped(n.uri, true);
        m_out->append(QLatin1Char('"'));
    }
    m_inStartTag = true;
    m_inEmptyElement = empty;
}

void XmlStringWriter::writeCharacters(QStringView text)
{
    finishStartTag();
    appendEscaped(text, false);
}

void XmlStringWriter::writeEndElement()
{
    if (m_tags.isEmpty())
        return;
    if (m_inStartTag && !m_inEmptyElement) { // nothing inside: closed as an empty tag
        m_out->append(QLatin1String("/>"));
        m_inStartTag = false;
        m_tags.removeLast();
        return;
    }
    finishStartTag();
    if (m_tags.isEmpty())
        return;
    m_out->append(QLatin1String("</"));
    appendName(m_tags.constLast());
    m_out->append(QLatin1Char('>'));
    m_tags.removeLast();
}

void XmlStringWriter::writeEndDocument()
{
    while (!m_tags.isEmpty())
        writeEndElement();
    m_out->append(QLatin1Char('\n'));
}

void XmlStringWriter::appendEscaped(QStringView text, bool attribute)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    qsizetype from = 0; // the start of the run not yet appended
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c > u'>' && c < 0xFFFE) // almost every character: nothing to do
            continue;
        QLatin1String replacement;
        switch (c) {
        case u'<':
            replacement = QLatin1String("&lt;");
            break;
        case u'>':
            replacement = QLatin1String("&gt;");
            break;
        case u'&':
            replacement = QLatin1String("&amp;");
            break;
        case u'"':
            replacement = QLatin1String("&quot;");
            break;
        case u'\t':
            if (!attribute)
                continue;
            replacement = QLatin1String("&#9;");
            break;
        case u'\n':
            if (!attribute)
                continue;
            replacement = QLatin1String("&#10;");
            break;
        case u'\r':
            if (!attribute)
                continue;
            replacement = QLatin1String("&#13;");
            break;
        default:
            if (c >= 0x20 && c < 0xFFFE)
                continue;
            m_error = true; // a control character, U+FFFE or U+FFFF: left out
            break;
        }
        m_out->append(text.mid(from, i - from));
        m_out->append(replacement);
        from = i + 1;
    }
    m_out->append(text.mid(from));
}

} // namespace nap
