#include "SafeXml.h"

namespace nap {

SafeXml::SafeXml(const QByteArray &data, const QString &file, const XmlLimits &limits)
    : m_reader(data), m_file(file), m_limits(limits)
{
    // Undeclared entities stay errors; declared ones never get that far (DTDs are refused).
    m_reader.setNamespaceProcessing(true);
}

bool SafeXml::refuse(Error::Code code, const QString &detail)
{
    m_error = Error::about(m_file, code, detail);
    return false;
}

bool SafeXml::next()
{
    if (m_error || m_reader.atEnd())
        return false;
    m_reader.readNext();
    if (m_reader.hasError()) {
        return refuse(Error::XmlMalformed,
                      QStringLiteral("%1 (line %2)").arg(m_reader.errorString()).arg(m_reader.lineNumber()));
    }
    return checkToken();
}

bool SafeXml::checkToken()
{
    switch (m_reader.tokenType()) {
    case QXmlStreamReader::DTD:
    case QXmlStreamReader::EntityReference:
        return refuse(Error::XmlUnsafe, m_reader.tokenString());
    case QXmlStreamReader::StartElement: {
        if (++m_depth > m_limits.maxDepth)
            return refuse(Error::XmlTooComplex, QStringLiteral("depth %1").arg(m_depth));
        if (m_reader.qualifiedName().size() > m_limits.maxNameLength)
            return refuse(Error::XmlTooComplex, QStringLiteral("name length"));
        const QXmlStreamAttributes attributes = m_reader.attributes();
        if (attributes.size() > m_limits.maxAttributes)
            return refuse(Error::XmlTooComplex, QStringLiteral("%1 attributes").arg(attributes.size()));
        for (const QXmlStreamAttribute &a : attributes) {
            if (a.value().size() > m_limits.maxTextLength ||
                a.qualifiedName().size() > m_limits.maxNameLength)
                return refuse(Error::XmlTooComplex, QStringLiteral("attribute length"));
        }
        return true;
    }
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    case QXmlStreamReader::Characters:
    case QXmlStreamReader::Comment:
    case QXmlStreamReader::ProcessingInstruction:
        if (m_reader.text().size() > m_limits.maxTextLength)
            return refuse(Error::XmlTooComplex,
                          QStringLiteral("text of %1 characters").arg(m_reader.text().size()));
        return true;
    default:
        return true;
    }
}

QString SafeXml::readElementText()
{
    // Token by token through next() rather than QXmlStreamReader::readElementText(), which
    // would skip comments and instructions unchecked: so a reader needs no pre-scan.
    QString text;
    const int depth = m_depth;
    while (next()) {
        switch (m_reader.tokenType()) {
        case QXmlStreamReader::Characters:
            text += m_reader.text();
            if (text.size() > m_limits.maxTextLength) {
                refuse(Error::XmlTooComplex, QStringLiteral("text of %1 characters").arg(text.size()));
                return text;
            }
            break;
        case QXmlStreamReader::StartElement:
            refuse(Error::XmlMalformed,
                   QStringLiteral("expected character data (line %1)").arg(m_reader.lineNumber()));
            return text;
        case QXmlStreamReader::EndElement:
            if (m_depth < depth)
                return text;
            break;
        default:
            break;
        }
    }
    return text;
}

bool SafeXml::check(const QByteArray &data, const QString &file, Error *error, const XmlLimits &limits)
{
    SafeXml xml(data, file, limits);
    while (xml.next()) {
    }
    if (xml.error()) {
        *error = xml.error();
        return false;
    }
    return true;
}

} // namespace nap
