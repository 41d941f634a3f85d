#include "OdtWriter.h"

#include <QSet>

#include "ExportText.h"
#include "Exporter.h"
#include "OdfNames.h"
#include "OdfPackage.h"
#include "OdtMarks.h"
#include "model/FieldValues.h"
#include "text/XmlText.h"

#include <QFile>

#include <algorithm>

namespace nap {
namespace {

using L = FormLabels;

QString footerFragment(ExportRequest::Mode mode)
{
    const QString number =
        QStringLiteral("<text:page-number text:select-page=\"current\">1</text:page-number>");
    const QString count = QStringLiteral("<text:page-count>1</text:page-count>");
    return ExportText::pageOf(ExportText::primary(mode), number, count);
}

} // namespace

OdtWriter::OdtWriter(const ExportRequest &request, const ExportInput &data)
    : m_request(request), m_data(data), m_languages(ExportText::languages(request.mode))
{
}

QString OdtWriter::headerAgency(const QList<Commitment> &commitments) const
{
    const Language lang = ExportText::primary(m_request.mode);
    if (!m_request.exportingAgency.isEmpty())
        return ExportText::agency(m_request.exportingAgency, lang);
    if (m_request.format == ExportRequest::Format::OdtPlan)
        return m_data.plan.issuer.text(lang);
    QSet<QString> leads;
    for (const Commitment &c : commitments)
        leads.insert(c.leadAgency);
    return leads.size() == 1 && !leads.begin()->isEmpty() ? ExportText::agency(*leads.begin(), lang)
                                                          : QString();
}

QByteArray OdtWriter::stylesXml(const ExportRequest &request, const Plan &plan, const QString &agency)
{
    QFile f(QStringLiteral(":/core/data/odf/odt-styles.xml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("NAP Desk: the ODF styles template is missing from the build");
    QString xml = QString::fromUtf8(f.readAll());
    const Language lang = ExportText::primary(request.mode);
    const bool en = lang == Language::English;
    QString header = plan.title.text(lang);
    if (header.isEmpty())
        header = plan.title.text(en ? Language::Chinese : Language::English);
    if (!agency.trimmed().isEmpty())
        header += QStringLiteral(" ／ ") + agency;
    xml.replace(QLatin1String("@LANG@"), en ? QStringLiteral("en") : QStringLiteral("zh"));
    xml.replace(QLatin1String("@COUNTRY@"), en ? QStringLiteral("US") : QStringLiteral("TW"));
    xml.replace(QLatin1String("@HEADER@"), ExportText::xmlEscaped(header.simplified()));
    xml.replace(QLatin1String("@FOOTER@"), footerFragment(request.mode));
    return xml.toUtf8();
}

bool OdtWriter::build(const QList<Commitment> &commitments, QByteArray *package, Error *error,
                      const ExportProgress &progress)
{
    if (!contentXml(commitments, error, progress))
        return false;
    const Language lang = ExportText::primary(m_request.mode);
    OdfMeta meta;
    const bool plan = m_request.format == ExportRequest::Format::OdtPlan;
    meta.title = plan || commitments.size() != 1 ? m_data.plan.title.text(lang)
                                                 : commitments.first().code + QLatin1Char(' ') +
                                                       commitments.first().text(Field::Title).text(lang);
    const QString agency = headerAgency(commitments);
    meta.creator = agency.trimmed().isEmpty() ? QStringLiteral("NAP Desk") : agency;
    meta.language = ExportText::languageTag(m_request.mode);
    meta.created = QDateTime::currentDateTimeUtc();
    meta.userDefined = {{QStringLiteral("nap-form-schema"), QString::number(Exporter::schemaVersion())},
                        {QStringLiteral("nap-app-version"), QStringLiteral(NAP_VERSION)},
                        {QStringLiteral("nap-document"), ExportRequest::formatCode(m_request.format)},
                        {QStringLiteral("nap-calendar"), m_request.calendar == Calendar::Roc
                                                             ? QStringLiteral("roc")
                                                             : QStringLiteral("gregorian")}};
    if (!m_request.exportingAgency.isEmpty())
        meta.userDefined.append({QStringLiteral("nap-exporting-agency"), m_request.exportingAgency});
    OdfPackage pkg(QStringLiteral("application/vnd.oasis.opendocument.text"));
    pkg.addDeflated(QStringLiteral("content.xml"), m_content);
    pkg.add(QStringLiteral("styles.xml"), stylesXml(m_request, m_data.plan, agency));
    pkg.add(QStringLiteral("meta.xml"), OdfPackage::metaXml(meta));
    return pkg.build(package, error);
}

bool OdtWriter::contentXml(const QList<Commitment> &commitments, Error *error, const ExportProgress &progress)
{
    m_content.restart();
    m_chunk.clear();
    bool written = m_content.writeXmlDeclaration();
    for (const auto &[prefix, uri] :
         {std::pair{"office", OdfNs::office()}, std::pair{"style", OdfNs::style()},
          std::pair{"text", OdfNs::text()}, std::pair{"table", OdfNs::table()}, std::pair{"fo", OdfNs::fo()},
          std::pair{"svg", OdfNs::svg()}})
        m_w.writeNamespace(uri, QLatin1String(prefix));
    startElement(OdfNs::office(), "document-content");
    attribute(OdfNs::office(), "version", QStringLiteral("1.2"));
    startElement(OdfNs::office(), "font-face-decls");
    startElement(OdfNs::style(), "font-face");
    attribute(OdfNs::style(), "name", QStringLiteral("標楷體"));
    attribute(OdfNs::svg(), "font-family", QStringLiteral("標楷體"));
    m_w.writeEndElement();
    startElement(OdfNs::style(), "font-face");
    attribute(OdfNs::style(), "name", QStringLiteral("Times New Roman"));
    attribute(OdfNs::svg(), "font-family", QStringLiteral("'Times New Roman'"));
    attribute(OdfNs::style(), "font-family-generic", QStringLiteral("roman"));
    attribute(OdfNs::style(), "font-pitch", QStringLiteral("variable"));
    m_w.writeEndElement();
    m_w.writeEndElement();
    writeAutomaticStyles();
    startElement(OdfNs::office(), "body");
    startElement(OdfNs::office(), "text");
    written = writeUserFields(commitments) && written;

    const bool plan = m_request.format == ExportRequest::Format::OdtPlan;
    const int total = static_cast<int>(commitments.size());
    int done = 0;
    auto step = [&]() {
        ++done; // counts with or without a listener: it numbers the tables and breaks the pages
        written = m_content.take(m_chunk) && written;
        return !progress || progress(done, total);
    };
    bool cancelled = false;
    if (plan) {
        writeCover();
        QList<Area> areas = m_data.areas;
        std::sort(areas.begin(), areas.end(),
                  [](const Area &a, const Area &b) { return a.number < b.number; });
        QSet<QString> known;
        for (const Area &area : areas) {
            known.insert(area.uuid);
            writeAreaHeading(area);
            bool first = true; // follows its area's heading on the same page
            for (const Commitment &c : commitments) {
                if (c.areaUuid == area.uuid && !cancelled) {
                    writeCommitment(c, done, !first);
                    first = false;
                    cancelled = !step();
                }
            }
        }
        for (const Commitment &c : commitments) {
            if (!known.contains(c.areaUuid) && !cancelled) {
                writeCommitment(c, done, true);
                cancelled = !step();
            }
        }
    } else {
        for (const Commitment &c : commitments) {
            if (cancelled)
                break;
            writeCommitment(c, done, done > 0);
            cancelled = !step();
        }
    }
    m_w.writeEndElement(); // office:text
    m_w.writeEndElement(); // office:body
    m_w.writeEndElement(); // office:document-content
    m_w.writeEndDocument();
    if (cancelled) {
        *error = Error::make(Error::Cancelled);
        return false;
    }
    if (m_w.hasError() || !m_content.take(m_chunk) || !written || !m_content.finish()) {
        *error = Error::make(Error::WriteFailed, QStringLiteral("content.xml"));
        return false;
    }
    return true;
}

bool OdtWriter::writeUserFields(const QList<Commitment> &commitments)
{
    // The plain fields as the workspace stores them (FieldValues), the milestones field by
    // field: their printed forms (agency names, ROC months, tags by name) do not read back.
    static const Field plain[] = {
        Field::Code,        Field::Area,       Field::LeadAgency,   Field::CoAgencies,   Field::Period,
        Field::ValueClaims, Field::PolicyTags, Field::ContactPhone, Field::ContactEmail, Field::Status};
    QHash<QString, int> areaNumbers;
    for (const Area &a : m_data.areas)
        areaNumbers.insert(a.uuid, a.number);
    startElement(OdfNs::text(), "user-field-decls");
    bool written = true;
    QStringList uuids;
    for (const Commitment &c : commitments)
        uuids.append(c.uuid);
    userField(OdtMarks::commitments(), uuids.join(OdtMarks::listSeparator()));
    for (const Commitment &c : commitments) {
        for (Field f : plain)
            userField(OdtMarks::key(c.uuid, Fields::code(f)),
                      FieldValues::get(c, f, areaNumbers.value(c.areaUuid)).zh);
        userField(OdtMarks::key(c.uuid, OdtMarks::modified()), c.modified.toString(Qt::ISODateWithMs));
        QStringList milestones;
        for (const Milestone &m : c.milestones) {
            milestones.append(m.uuid);
            userField(OdtMarks::key(m.uuid, QStringLiteral("start")), m.start.toIso());
            userField(OdtMarks::key(m.uuid, QStringLiteral("end")), m.end.toIso());
            userField(OdtMarks::key(m.uuid, QStringLiteral("responsible_agency")), m.responsibleAgency);
            userField(OdtMarks::key(m.uuid, QStringLiteral("new")),
                      m.isNew ? QStringLiteral("yes") : QStringLiteral("no"));
            userField(OdtMarks::key(m.uuid, QStringLiteral("completion")), Completions::code(m.completion));
        }
        userField(OdtMarks::key(c.uuid, OdtMarks::milestones()), milestones.join(OdtMarks::listSeparator()));
        // Deflated as it goes: a large plan's fields never sit in memory uncompressed.
        written = m_content.take(m_chunk) && written;
    }
    m_w.writeEndElement();
    return written;
}

void OdtWriter::userField(const QString &name, const QString &value)
{
    m_w.writeEmptyElement(OdfNs::text(), QStringLiteral("user-field-decl"));
    attribute(OdfNs::text(), "name", name);
    attribute(OdfNs::office(), "value-type", QStringLiteral("string"));
    attribute(OdfNs::office(), "string-value", value);
}

void OdtWriter::writeAutomaticStyles()
{
    startElement(OdfNs::office(), "automatic-styles");
    auto paragraphStyle = [&](const char *name, const char *parent, const char *attr, const QString &value) {
        startElement(OdfNs::style(), "style");
        attribute(OdfNs::style(), "name", QLatin1String(name));
        attribute(OdfNs::style(), "family", QStringLiteral("paragraph"));
        attribute(OdfNs::style(), "parent-style-name", QLatin1String(parent));
        startElement(OdfNs::style(), "paragraph-properties");
        attribute(OdfNs::fo(), attr, value);
        m_w.writeEndElement();
        m_w.writeEndElement();
    };
    paragraphStyle("P_Break1", "Heading_20_1", "break-before", QStringLiteral("page"));
    paragraphStyle("P_Break2", "Heading_20_2", "break-before", QStringLiteral("page"));
    paragraphStyle("P_TitleBreak", "Title", "break-before", QStringLiteral("page"));
    paragraphStyle("P_Cover", "Title", "margin-top", QStringLiteral("7cm"));
    // The milestone heading moves to the next page with its table, never stays behind alone.
    paragraphStyle("P_LabelKeep", "Table_20_Label", "keep-with-next", QStringLiteral("always"));
    // English text: English word breaking. T_Latin (English answers) also sets a Latin serif
    // face (Liberation Serif where Times New Roman is missing); T_Word (a Latin word inside
    // Chinese text) keeps the surrounding face.
    auto englishStyle = [&](const char *name, const QString &font) {
        startElement(OdfNs::style(), "style");
        attribute(OdfNs::style(), "name", QLatin1String(name));
        attribute(OdfNs::style(), "family", QStringLiteral("text"));
        startElement(OdfNs::style(), "text-properties");
        if (!font.isEmpty())
            attribute(OdfNs::style(), "font-name", font);
        attribute(OdfNs::fo(), "language", QStringLiteral("en"));
        attribute(OdfNs::fo(), "country", QStringLiteral("US"));
        m_w.writeEndElement();
        m_w.writeEndElement();
    };
    englishStyle("T_Latin", QStringLiteral("Times New Roman"));
    englishStyle("T_Word", QString());
    startElement(OdfNs::style(), "style"); // the draft mark: bold, red, centred
    attribute(OdfNs::style(), "name", QStringLiteral("P_Draft"));
    attribute(OdfNs::style(), "family", QStringLiteral("paragraph"));
    attribute(OdfNs::style(), "parent-style-name", QStringLiteral("Standard"));
    startElement(OdfNs::style(), "paragraph-properties");
    attribute(OdfNs::fo(), "text-align", QStringLiteral("center"));
    m_w.writeEndElement();
    startElement(OdfNs::style(), "text-properties");
    attribute(OdfNs::fo(), "color", QStringLiteral("#c62828"));
    attribute(OdfNs::fo(), "font-weight", QStringLiteral("bold"));
    attribute(OdfNs::style(), "font-weight-asian", QStringLiteral("bold"));
    m_w.writeEndElement();
    m_w.writeEndElement();
    struct Extra
    {
        QString ns, name, value;
    };
    auto tableStyle = [&](const char *name, const char *family, const char *props, const char *attr,
                          const QString &value, const QList<Extra> &extra = {}) {
        startElement(OdfNs::style(), "style");
        attribute(OdfNs::style(), "name", QLatin1String(name));
        attribute(OdfNs::style(), "family", QLatin1String(family));
        startElement(OdfNs::style(), props);
        if (attr)
            attribute(OdfNs::style(), attr, value);
        for (const Extra &e : extra)
            m_w.writeAttribute(e.ns, e.name, e.value);
        if (qstrcmp(family, "table") == 0) {
            attribute(OdfNs::table(), "align", QStringLiteral("margins"));
            attribute(OdfNs::fo(), "margin-bottom", QStringLiteral("0.3cm"));
        }
        m_w.writeEndElement();
        m_w.writeEndElement();
    };
    tableStyle("FormTable", "table", "table-properties", "width", QStringLiteral("16cm"));
    // The last two tables of a form: the milestones stay with the contact block, which is
    // never split, so no page holds only the form's trailing rows.
    tableStyle("FormTableKeepNext", "table", "table-properties", "width", QStringLiteral("16cm"),
               {{OdfNs::fo(), QStringLiteral("keep-with-next"), QStringLiteral("always")}});
    tableStyle("FormTableWhole", "table", "table-properties", "width", QStringLiteral("16cm"),
               {{OdfNs::style(), QStringLiteral("may-break-between-rows"), QStringLiteral("false")}});
    tableStyle("R_Whole", "table-row", "table-row-properties", nullptr, {},
               {{OdfNs::fo(), QStringLiteral("keep-together"), QStringLiteral("always")}});
    const QList<QPair<const char *, const char *>> columns{
        {"Col.Label", "4.4cm"}, {"Col.Value", "11.6cm"}, {"Col.M1", "5.4cm"}, {"Col.M1w", "8.4cm"},
        {"Col.M2", "3.0cm"},    {"Col.M3", "2.1cm"},     {"Col.M4", "2.1cm"}, {"Col.M5", "3.4cm"}};
    for (const auto &[name, width] : columns)
        tableStyle(name, "table-column", "table-column-properties", "column-width", QLatin1String(width));
    for (const char *cell : {"Cell", "LabelCell"}) {
        startElement(OdfNs::style(), "style");
        attribute(OdfNs::style(), "name", QLatin1String(cell));
        attribute(OdfNs::style(), "family", QStringLiteral("table-cell"));
        startElement(OdfNs::style(), "table-cell-properties");
        attribute(OdfNs::fo(), "border", QStringLiteral("0.5pt solid #000000"));
        attribute(OdfNs::fo(), "padding", QStringLiteral("0.1cm"));
        if (qstrcmp(cell, "LabelCell") == 0)
            attribute(OdfNs::fo(), "background-color", QStringLiteral("#eeeeee"));
        m_w.writeEndElement();
        m_w.writeEndElement();
    }
    m_w.writeEndElement();
}

void OdtWriter::headingWithSubtitle(int level, const QString &style, const QString &zh, const QString &en)
{
    // The heading carries the primary language; a bilingual export adds the English line.
    const bool english = m_request.mode == ExportRequest::Mode::English;
    startElement(OdfNs::text(), "h");
    attribute(OdfNs::text(), "style-name", style);
    attribute(OdfNs::text(), "outline-level", QString::number(level));
    XmlText::writeOdfText(m_w, english ? en : zh);
    m_w.writeEndElement();
    if (m_request.mode == ExportRequest::Mode::Bilingual && !en.isEmpty())
        plainParagraph(en, QStringLiteral("Subtitle"));
}

void OdtWriter::writeCover()
{
    const Plan &plan = m_data.plan;
    const Language lang = ExportText::primary(m_request.mode);
    startElement(OdfNs::text(), "p");
    attribute(OdfNs::text(), "style-name", QStringLiteral("P_Cover"));
    XmlText::writeOdfText(m_w, plan.title.text(lang));
    m_w.writeEndElement();
    if (m_request.mode == ExportRequest::Mode::Bilingual)
        plainParagraph(plan.title.en, QStringLiteral("Subtitle"));
    for (Language l : m_languages) {
        const QString sep = l == Language::Chinese ? QStringLiteral("：") : QStringLiteral(": ");
        plainParagraph(L::text(L::PlanPeriod, l) + sep +
                           DateFormat::period(plan.start, plan.end, m_request.calendar, l),
                       QStringLiteral("Subtitle"));
        if (!plan.issuer.text(l).trimmed().isEmpty()) // never a bare "Issued by:"
            plainParagraph(L::text(L::Issuer, l) + sep + plan.issuer.text(l), QStringLiteral("Subtitle"));
        plainParagraph(L::text(L::ExportedOn, l) + sep +
                           DateFormat::date(QDate::currentDate(), m_request.calendar, l),
                       QStringLiteral("Subtitle"));
    }
}

void OdtWriter::writeAreaHeading(const Area &area)
{
    const QString zh = FormLabels::chineseNumeral(area.number) + QStringLiteral("、") + area.title.zh;
    const QString en = QStringLiteral("Area %1: %2").arg(area.number).arg(area.title.en);
    headingWithSubtitle(1, QStringLiteral("P_Break1"), zh, en);
    for (Language l : m_languages) {
        if (!area.preface.text(l).isEmpty())
            plainParagraph(area.preface.text(l), QStringLiteral("Text_20_body"));
    }
}

void OdtWriter::writeCommitment(const Commitment &c, int index, bool breakBefore)
{
    const bool plan = m_request.format == ExportRequest::Format::OdtPlan;
    const LocalizedText &title = c.text(Field::Title);
    const QString prefix = c.code.isEmpty() ? QString() : c.code + QLatin1Char(' ');
    if (plan) {
        headingWithSubtitle(2, breakBefore ? QStringLiteral("P_Break2") : QStringLiteral("Heading_20_2"),
                            prefix + title.zh, prefix + title.en);
    } else {
        const Language lang = ExportText::primary(m_request.mode);
        plainParagraph(L::text(L::FormTitle, lang),
                       breakBefore ? QStringLiteral("P_TitleBreak") : QStringLiteral("Title"));
        headingWithSubtitle(1, QStringLiteral("Heading_20_1"), prefix + title.zh, prefix + title.en);
    }
    // Sent with open errors (the officer gave a reason): the page says it is a draft.
    if (m_data.openFindings && m_data.openFindings(c).errors > 0) {
        for (Language l : m_languages)
            plainParagraph(L::text(L::Draft, l), QStringLiteral("P_Draft"));
    }
    writeFormTable(c, index);
    writeMilestoneTable(c, index);
    writeContactTable(c, index);
}

} // namespace nap
