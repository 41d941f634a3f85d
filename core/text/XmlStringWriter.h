#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringView>

namespace nap {

// Appends XML to a QString exactly as QXmlStreamWriter does for what the ODF writers use
// (namespaced elements and attributes, character data, empty elements; no auto-formatting),
// at a fraction of its cost per call: QXmlStreamWriter looks each namespace up by comparing
// URIs, copies every name into its own storage and escapes every value into a temporary
// string, which was most of the time a large content.xml took to write.
// Names are QStrings or QLatin1String literals (kept, not copied, until the element ends).
class XmlStringWriter
{
public:
    explicit XmlStringWriter(QString *out) : m_out(out) {}
    XmlStringWriter(const XmlStringWriter &) = delete;
    XmlStringWriter &operator=(const XmlStringWriter &) = delete;

    // Declared on the next start element; prefix must not be empty.
    void writeNamespace(const QString &uri, const QString &prefix);

    void writeStartElement(const QString &ns, QLatin1String name) { start(ns, name, {}, false); }
    void writeStartElement(const QString &ns, const QString &name) { start(ns, {}, name, false); }
    void writeEmptyElement(const QString &ns, QLatin1String name) { start(ns, name, {}, true); }
    void writeEmptyElement(const QString &ns, const QString &name) { start(ns, {}, name, true); }
    template <typename Name> void writeAttribute(const QString &ns, const Name &name, QStringView value)
    {
        m_out->append(QLatin1Char(' '));
        appendPrefix(lookup(ns));
        m_out->append(name);
        m_out->append(QLatin1String("=\""));
        appendEscaped(value, true);
        m_out->append(QLatin1Char('"'));
    }
    template <typename Name> void writeAttribute(const QString &ns, const Name &name, QLatin1String value)
    {
        writeAttribute(ns, name, QStringView(QString(value)));
    }
    void writeCharacters(QStringView text);
    template <typename Name> void writeTextElement(const QString &ns, const Name &name, QStringView text)
    {
        writeStartElement(ns, name);
        writeCharacters(text);
        writeEndElement();
    }
    void writeEndElement();
    // Closes every open element and ends with a line break, as QXmlStreamWriter does.
    void writeEndDocument();
    // A character XML cannot hold was left out (where QXmlStreamWriter sets its error too).
    bool hasError() const { return m_error; }

private:
    struct Namespace
    {
        QString uri;
        QString prefix;
    };
    struct Tag
    {
        qsizetype ns = -1; // index in m_namespaces
        QLatin1String latin;
        QString name; // when latin is empty
    };

    void start(const QString &ns, QLatin1String latin, const QString &name, bool empty);
    void finishStartTag();
    void appendPrefix(qsizetype ns);
    void appendName(const Tag &tag);
    qsizetype lookup(const QString &ns);
    void appendEscaped(QStringView text, bool attribute);

    QString *m_out;
    QList<Namespace> m_namespaces;
    qsizetype m_declared = 0; // m_namespaces before this index are declared
    qsizetype m_last = -1;    // the namespace looked up last, most often the next one too
    QList<Tag> m_tags;
    bool m_inStartTag = false;
    bool m_inEmptyElement = false;
    bool m_error = false;
};

} // namespace nap
