#include "OdtCommitments.h"

#include "export/Exporter.h"
#include "export/OdfNames.h"
#include "export/OdtMarks.h"
#include "import/SafeXml.h"
#include "import/SafeZip.h"
#include "model/FieldValues.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nap {

namespace {

bool is(const QXmlStreamReader &r, const QString &ns, const char *name)
{
    return r.namespaceUri() == ns && r.name() == QLatin1String(name);
}

QString attribute(const QXmlStreamReader &r, const QString &ns, const char *name)
{
    return r.attributes().value(ns, QLatin1String(name)).toString();
}

bool isParagraph(const QXmlStreamReader &r)
{
    return is(r, OdfNs::text(), "p") || is(r, OdfNs::text(), "h");
}

// The plain fields the writer keeps as user fields (OdtWriter::writeUserFields), but the area.
constexpr Field kPlainFields[] = {Field::Code,         Field::LeadAgency,   Field::CoAgencies,
                                  Field::Period,       Field::ValueClaims,  Field::PolicyTags,
                                  Field::ContactPhone, Field::ContactEmail, Field::Status};

} // namespace

bool OdtCommitments::read(const QString &path, QList<Commitment> *out, QHash<QString, int> *areaNumbers,
                          QString *agency, Error *error)
{
    SafeZip zip;
    if (!zip.open(path, error))
        return false;
    OdtCommitments doc(path);
    QByteArray meta;
    QByteArray content;
    if (!zip.contains(QStringLiteral("meta.xml")) || !zip.contains(QStringLiteral("content.xml"))) {
        *error = doc.unmarked();
        return false;
    }
    if (!zip.readXml(QStringLiteral("meta.xml"), &meta, error) || !doc.readMeta(meta, error) ||
        !zip.readXml(QStringLiteral("content.xml"), &content, error) || !doc.readContent(content, error))
        return false;
    if (!doc.m_fields.contains(OdtMarks::commitments())) {
        *error = doc.unmarked();
        return false;
    }
    const QString sep = OdtMarks::listSeparator();
    for (const QString &uuid : doc.m_fields.value(OdtMarks::commitments()).split(sep, Qt::SkipEmptyParts)) {
        int number = 0;
        out->append(doc.commitment(uuid, &number));
        if (number > 0)
            areaNumbers->insert(uuid, number);
    }
    *agency = doc.m_meta.value(QStringLiteral("nap-exporting-agency"));
    return true;
}

bool OdtCommitments::readMeta(const QByteArray &xml, Error *error)
{
    SafeXml x(xml, m_path);
    while (x.next()) {
        QXmlStreamReader &r = x.reader();
        if (r.isStartElement() && is(r, OdfNs::meta(), "user-defined")) {
            const QString name = attribute(r, OdfNs::meta(), "name");
            m_meta.insert(name, x.readElementText());
        }
    }
    if (x.error()) {
        *error = x.error();
        return false;
    }
    const QString document = m_meta.value(QStringLiteral("nap-document"));
    const QString schema = m_meta.value(QStringLiteral("nap-form-schema"));
    if (schema.isEmpty() || (document != QLatin1String("odt") && document != QLatin1String("odt-plan"))) {
        *error = unmarked();
        return false;
    }
    if (schema.toInt() > Exporter::schemaVersion()) {
        *error = Error::about(m_path, Error::NewerSchema, QStringLiteral("nap-form-schema %1").arg(schema));
        return false;
    }
    return true;
}

bool OdtCommitments::readContent(const QByteArray &xml, Error *error)
{
    SafeXml x(xml, m_path);
    while (x.next()) {
        QXmlStreamReader &r = x.reader();
        if (r.isStartElement())
            startElement(r);
        else if (r.isEndElement())
            endElement(r);
        else if (r.isCharacters())
            characters(r);
    }
    if (x.error()) {
        *error = x.error();
        return false;
    }
    return true;
}

void OdtCommitments::startElement(QXmlStreamReader &r)
{
    if (m_skip > 0 || is(r, OdfNs::office(), "annotation") || is(r, OdfNs::text(), "note")) {
        ++m_skip; // a comment or footnote the officer added is not part of the answer
        return;
    }
    if (isParagraph(r)) {
        ++m_paragraphs;
    } else if (is(r, OdfNs::text(), "user-field-decl")) {
        m_fields.insert(attribute(r, OdfNs::text(), "name"), attribute(r, OdfNs::office(), "string-value"));
    } else if (is(r, OdfNs::text(), "bookmark-start")) {
        const QString name = attribute(r, OdfNs::text(), "name");
        m_open.append(name);
        m_bookmarks.insert(name, QString());
    } else if (is(r, OdfNs::text(), "bookmark")) { // an empty answer, as a word processor saves it
        m_bookmarks.insert(attribute(r, OdfNs::text(), "name"), QString());
    } else if (is(r, OdfNs::text(), "bookmark-end")) {
        const QString name = attribute(r, OdfNs::text(), "name");
        m_open.removeAll(name);
        m_breaks.remove(name);
    } else if (is(r, OdfNs::text(), "s")) {
        append(QString(qBound(1, attribute(r, OdfNs::text(), "c").toInt(), 10000), QLatin1Char(' ')));
    } else if (is(r, OdfNs::text(), "tab")) {
        append(QStringLiteral("\t"));
    } else if (is(r, OdfNs::text(), "line-break")) {
        append(QStringLiteral("\n"));
    }
}

void OdtCommitments::endElement(QXmlStreamReader &r)
{
    if (m_skip > 0) {
        --m_skip;
        return;
    }
    if (!isParagraph(r))
        return;
    --m_paragraphs;
    // A paragraph the officer added inside an answer: a new line, once more text follows.
    for (const QString &name : std::as_const(m_open))
        ++m_breaks[name];
}

void OdtCommitments::characters(QXmlStreamReader &r)
{
    if (m_skip > 0 || m_paragraphs <= 0 || m_open.isEmpty())
        return;
    // ODF collapses white space in text; spaces that count are written as text:s.
    static const QRegularExpression space(QStringLiteral("[ \\t\\r\\n]+"));
    append(r.text().toString().replace(space, QStringLiteral(" ")));
}

void OdtCommitments::append(const QString &text)
{
    if (m_skip > 0 || m_paragraphs <= 0)
        return;
    for (const QString &name : std::as_const(m_open)) {
        QString &value = m_bookmarks[name];
        const int breaks = m_breaks.take(name);
        if (breaks > 0 && !value.isEmpty())
            value += QString(breaks, QLatin1Char('\n'));
        value += text;
    }
}

QString OdtCommitments::field(const QString &uuid, const QString &code) const
{
    return m_fields.value(OdtMarks::key(uuid, code));
}

LocalizedText OdtCommitments::texts(const QString &key) const
{
    LocalizedText t;
    t.zh = m_bookmarks.value(OdtMarks::bookmark(key, Language::Chinese));
    t.en = m_bookmarks.value(OdtMarks::bookmark(key, Language::English));
    return t;
}

Commitment OdtCommitments::commitment(const QString &uuid, int *areaNumber) const
{
    Commitment c;
    c.uuid = uuid;
    for (Field f : kPlainFields)
        FieldValues::set(&c, f, {field(uuid, Fields::code(f)), {}}, {});
    *areaNumber = field(uuid, Fields::code(Field::Area)).toInt();
    c.modified = QDateTime::fromString(field(uuid, OdtMarks::modified()), Qt::ISODateWithMs);
    for (Field f : Fields::textFields())
        c.text(f) = texts(OdtMarks::key(uuid, Fields::code(f)));
    const QString sep = OdtMarks::listSeparator();
    for (const QString &m : field(uuid, OdtMarks::milestones()).split(sep, Qt::SkipEmptyParts))
        c.milestones.append(milestone(m));
    return c;
}

Milestone OdtCommitments::milestone(const QString &uuid) const
{
    Milestone m;
    m.uuid = uuid;
    m.description = texts(OdtMarks::key(uuid, QStringLiteral("description")));
    m.expectedOutput = texts(OdtMarks::key(uuid, QStringLiteral("expected_output")));
    m.start = YearMonth::fromIso(field(uuid, QStringLiteral("start")));
    m.end = YearMonth::fromIso(field(uuid, QStringLiteral("end")));
    m.responsibleAgency = field(uuid, QStringLiteral("responsible_agency"));
    m.isNew = field(uuid, QStringLiteral("new")) != QLatin1String("no");
    m.completion = Completions::fromCode(field(uuid, QStringLiteral("completion")));
    return m;
}

Error OdtCommitments::unmarked() const
{
    // Said in words, with the file's name: an officer may well pick a hand-filled form.
    return Error::about(
        m_path, Error::UnsupportedFormat,
        QCoreApplication::translate(
            "nap::OdtCommitments",
            "this document was not exported by NAP Desk: it lacks the marks NAP Desk "
            "writes for re-import. Import the document NAP Desk exported, even if edited since"));
}

} // namespace nap
