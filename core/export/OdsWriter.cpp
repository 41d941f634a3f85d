#include "OdsWriter.h"

#include "ExportText.h"
#include "Exporter.h"
#include "OdfNames.h"
#include "OdfPackage.h"
#include "text/XmlText.h"

#include <QFile>
#include <QXmlStreamWriter>

namespace nap {
namespace {

using Style = WorkbookColumn::Style;

QString columnLetters(int column)
{
    QString out;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        out.prepend(QChar(u'A' + (c - 1) % 26));
    return out;
}

// "$'承諾事項'.$B$2"; single quotes inside a name are doubled.
QString sheetRef(const QString &sheet)
{
    QString quoted = sheet;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("$'") + quoted + QLatin1Char('\'');
}

QString cellStyle(Style style)
{
    switch (style) {
    case Style::Text:
    case Style::LongText:
        return QStringLiteral("ce_text");
    case Style::Code:
        return QStringLiteral("ce_code");
    case Style::Number:
        return QStringLiteral("ce_number");
    case Style::Month:
        return QStringLiteral("ce_month");
    case Style::DateTime:
        return QStringLiteral("ce_datetime");
    }
    return QStringLiteral("ce_text");
}

} // namespace

QString OdsWriter::validationName(const WorkbookColumn &column) const
{
    return QStringLiteral("val_") + column.listName +
           (column.strictList ? QStringLiteral("_stop") : QString());
}

bool OdsWriter::build(QByteArray *package, Error *error, const ExportProgress &progress)
{
    if (!contentXml(error, progress))
        return false;
    OdfMeta meta;
    meta.title = m_wb.properties.title;
    meta.creator = m_wb.properties.exportingAgency.isEmpty() ? QStringLiteral("NAP Desk")
                                                             : m_wb.properties.exportingAgency;
    meta.language = m_wb.properties.language;
    meta.created = m_wb.properties.exportTime;
    meta.userDefined = {
        {QStringLiteral("nap_schema_version"), QString::number(Exporter::schemaVersion())},
        {QStringLiteral("nap_app_version"), QStringLiteral(NAP_VERSION)},
        {QStringLiteral("nap_language"), m_wb.properties.language},
        {QStringLiteral("nap_export_time"), m_wb.properties.exportTime.toUTC().toString(Qt::ISODate)}};
    if (!m_wb.properties.exportingAgency.isEmpty())
        meta.userDefined.append({QStringLiteral("nap_exporting_agency"), m_wb.properties.exportingAgency});
    OdfPackage pkg(QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"));
    pkg.addDeflated(QStringLiteral("content.xml"), m_content);
    pkg.add(QStringLiteral("styles.xml"), stylesXml());
    pkg.add(QStringLiteral("meta.xml"), OdfPackage::metaXml(meta));
    pkg.add(QStringLiteral("settings.xml"), settingsXml());
    return pkg.build(package, error);
}

QByteArray OdsWriter::stylesXml() const
{
    QFile f(QStringLiteral(":/core/data/odf/ods-styles.xml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("NAP Desk: the ODF spreadsheet styles template is missing from the build");
    QString xml = QString::fromUtf8(f.readAll());
    const bool en = m_wb.properties.mode == ExportRequest::Mode::English;
    xml.replace(QLatin1String("@LANG@"), en ? QStringLiteral("en") : QStringLiteral("zh"));
    xml.replace(QLatin1String("@COUNTRY@"), en ? QStringLiteral("US") : QStringLiteral("TW"));
    xml.replace(QLatin1String("@HEADER@"), ExportText::xmlEscaped(m_wb.properties.title.simplified()));
    xml.replace(QLatin1String("@AGENCY@"),
                ExportText::xmlEscaped(m_wb.properties.exportingAgency.simplified()));
    const QString number = QStringLiteral("<text:page-number>1</text:page-number>");
    const QString count = QStringLiteral("<text:page-count>1</text:page-count>");
    xml.replace(QLatin1String("@FOOTER@"),
                ExportText::pageOf(en ? Language::English : Language::Chinese, number, count));
    return xml.toUtf8();
}

QByteArray OdsWriter::settingsXml() const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    const QString c = OdfNs::config();
    auto item = [&](const char *name, const char *type, const QString &value) {
        w.writeStartElement(c, QStringLiteral("config-item"));
        w.writeAttribute(c, QStringLiteral("name"), QLatin1String(name));
        w.writeAttribute(c, QStringLiteral("type"), QLatin1String(type));
        w.writeCharacters(value);
        w.writeEndElement();
    };
    w.writeStartDocument();
    w.writeNamespace(OdfNs::office(), QStringLiteral("office"));
    w.writeNamespace(c, QStringLiteral("config"));
    w.writeStartElement(OdfNs::office(), QStringLiteral("document-settings"));
    w.writeAttribute(OdfNs::office(), QStringLiteral("version"), QStringLiteral("1.2"));
    w.writeStartElement(OdfNs::office(), QStringLiteral("settings"));
    w.writeStartElement(c, QStringLiteral("config-item-set"));
    w.writeAttribute(c, QStringLiteral("name"), QStringLiteral("ooo:view-settings"));
    w.writeStartElement(c, QStringLiteral("config-item-map-indexed"));
    w.writeAttribute(c, QStringLiteral("name"), QStringLiteral("Views"));
    w.writeStartElement(c, QStringLiteral("config-item-map-entry"));
    item("ViewId", "string", QStringLiteral("view1"));
    w.writeStartElement(c, QStringLiteral("config-item-map-named"));
    w.writeAttribute(c, QStringLiteral("name"), QStringLiteral("Tables"));
    for (const WorkbookSheet &s : m_wb.sheets) {
        if (s.hidden)
            continue;
        // Freeze the header row: a row split at 1, the lower pane active.
        w.writeStartElement(c, QStringLiteral("config-item-map-entry"));
        w.writeAttribute(c, QStringLiteral("name"), XmlText::sanitized(s.name));
        item("HorizontalSplitMode", "short", QStringLiteral("0"));
        item("VerticalSplitMode", "short", QStringLiteral("2"));
        item("VerticalSplitPosition", "int", QStringLiteral("1"));
        item("ActiveSplitRange", "short", QStringLiteral("2"));
        item("PositionTop", "int", QStringLiteral("0"));
        item("PositionBottom", "int", QStringLiteral("1"));
        w.writeEndElement();
    }
    w.writeEndElement();
    item("ActiveTable", "string", XmlText::sanitized(m_wb.sheets.first().name));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

bool OdsWriter::contentXml(Error *error, const ExportProgress &progress)
{
    m_content.restart();
    m_chunk.clear();
    bool written = m_content.writeXmlDeclaration();
    for (const auto &[prefix, uri] :
         {std::pair{"office", OdfNs::office()}, std::pair{"style", OdfNs::style()},
          std::pair{"text", OdfNs::text()}, std::pair{"table", OdfNs::table()}, std::pair{"fo", OdfNs::fo()},
          std::pair{"svg", OdfNs::svg()}, std::pair{"number", OdfNs::number()}, std::pair{"of", OdfNs::of()}})
        m_w.writeNamespace(uri, QLatin1String(prefix));
    m_w.writeStartElement(OdfNs::office(), QStringLiteral("document-content"));
    m_w.writeAttribute(OdfNs::office(), QStringLiteral("version"), QStringLiteral("1.2"));
    m_w.writeStartElement(OdfNs::office(), QStringLiteral("font-face-decls"));
    m_w.writeEmptyElement(OdfNs::style(), QStringLiteral("font-face"));
    m_w.writeAttribute(OdfNs::style(), QStringLiteral("name"), QStringLiteral("標楷體"));
    m_w.writeAttribute(OdfNs::svg(), QStringLiteral("font-family"), QStringLiteral("標楷體"));
    m_w.writeEndElement();
    automaticStyles();
    m_w.writeStartElement(OdfNs::office(), QStringLiteral("body"));
    m_w.writeStartElement(OdfNs::office(), QStringLiteral("spreadsheet"));
    validations();
    const int total = m_wb.rowCount();
    int done = 0;
    auto step = [&] {
        written = m_content.take(m_chunk) && written; // a row at a time into the deflated stream
        return !progress || progress(++done, total);
    };
    for (int i = 0; i < m_wb.sheets.size(); ++i) {
        if (!table(m_wb.sheets[i], i, step)) {
            *error = Error::make(Error::Cancelled);
            return false;
        }
    }
    functions();
    m_w.writeEndElement();
    m_w.writeEndElement();
    m_w.writeEndElement();
    m_w.writeEndDocument();
    if (m_w.hasError() || !m_content.take(m_chunk) || !written || !m_content.finish()) {
        *error = Error::make(Error::WriteFailed, QStringLiteral("content.xml"));
        return false;
    }
    return true;
}

void OdsWriter::automaticStyles()
{
    auto &w = m_w;
    const QString st = OdfNs::style(), nu = OdfNs::number(), fo = OdfNs::fo(), ta = OdfNs::table();
    w.writeStartElement(OdfNs::office(), QStringLiteral("automatic-styles"));
    auto dateStyle = [&](const QString &name, bool withTime) {
        w.writeStartElement(nu, QStringLiteral("date-style"));
        w.writeAttribute(st, QStringLiteral("name"), name);
        auto part = [&](const char *element, bool isLong) {
            w.writeEmptyElement(nu, QLatin1String(element));
            if (isLong)
                w.writeAttribute(nu, QStringLiteral("style"), QStringLiteral("long"));
        };
        auto literal = [&](const QString &t) {
            w.writeTextElement(nu, QStringLiteral("text"), t);
        };
        part("year", true);
        literal(withTime ? QStringLiteral("-") : QStringLiteral("/"));
        part("month", true);
        if (withTime) {
            literal(QStringLiteral("-"));
            part("day", true);
            literal(QStringLiteral(" "));
            part("hours", true);
            literal(QStringLiteral(":"));
            part("minutes", true);
        }
        w.writeEndElement();
    };
    dateStyle(QStringLiteral("N_Month"), false);
    dateStyle(QStringLiteral("N_DateTime"), true);
    for (int s = 0; s < m_wb.sheets.size(); ++s) {
        const WorkbookSheet &sheet = m_wb.sheets.at(s);
        for (int i = 0; i < sheet.columns.size(); ++i) {
            w.writeStartElement(st, QStringLiteral("style"));
            w.writeAttribute(st, QStringLiteral("name"), QStringLiteral("co%1_%2").arg(s).arg(i));
            w.writeAttribute(st, QStringLiteral("family"), QStringLiteral("table-column"));
            w.writeEmptyElement(st, QStringLiteral("table-column-properties"));
            w.writeAttribute(st, QStringLiteral("column-width"),
                             QString::number(sheet.columns.at(i).width * 0.2 + 0.2, 'f', 2) +
                                 QStringLiteral("cm"));
            w.writeEndElement();
        }
    }
    for (const char *name : {"ta_shown", "ta_hidden"}) {
        w.writeStartElement(st, QStringLiteral("style"));
        w.writeAttribute(st, QStringLiteral("name"), QLatin1String(name));
        w.writeAttribute(st, QStringLiteral("family"), QStringLiteral("table"));
        w.writeAttribute(st, QStringLiteral("master-page-name"), QStringLiteral("Default"));
        w.writeEmptyElement(st, QStringLiteral("table-properties"));
        w.writeAttribute(ta, QStringLiteral("display"),
                         qstrcmp(name, "ta_shown") == 0 ? QStringLiteral("true") : QStringLiteral("false"));
        w.writeEndElement();
    }
    struct CellSpec
    {
        const char *name;
        const char *dataStyle;
        bool wrap;
        bool header;
    };
    for (const CellSpec &c :
         {CellSpec{"ce_header", nullptr, true, true}, CellSpec{"ce_text", nullptr, true, false},
          CellSpec{"ce_code", nullptr, false, false}, CellSpec{"ce_number", nullptr, false, false},
          CellSpec{"ce_month", "N_Month", false, false},
          CellSpec{"ce_datetime", "N_DateTime", false, false}}) {
        w.writeStartElement(st, QStringLiteral("style"));
        w.writeAttribute(st, QStringLiteral("name"), QLatin1String(c.name));
        w.writeAttribute(st, QStringLiteral("family"), QStringLiteral("table-cell"));
        w.writeAttribute(st, QStringLiteral("parent-style-name"), QStringLiteral("Default"));
        if (c.dataStyle)
            w.writeAttribute(st, QStringLiteral("data-style-name"), QLatin1String(c.dataStyle));
        w.writeEmptyElement(st, QStringLiteral("table-cell-properties"));
        w.writeAttribute(st, QStringLiteral("vertical-align"), QStringLiteral("top"));
        if (c.wrap)
            w.writeAttribute(fo, QStringLiteral("wrap-option"), QStringLiteral("wrap"));
        if (c.header) {
            w.writeAttribute(fo, QStringLiteral("background-color"), QStringLiteral("#dde5f0"));
            w.writeAttribute(fo, QStringLiteral("border"), QStringLiteral("0.5pt solid #000000"));
            w.writeEmptyElement(st, QStringLiteral("text-properties"));
            w.writeAttribute(fo, QStringLiteral("font-weight"), QStringLiteral("bold"));
            w.writeAttribute(st, QStringLiteral("font-weight-asian"), QStringLiteral("bold"));
        }
        w.writeEndElement();
    }
    w.writeEndElement();
}

void OdsWriter::validations()
{
    const QString ta = OdfNs::table();
    const WorkbookSheet &lists = m_wb.sheets.last();
    QSet<QString> written;
    m_w.writeStartElement(ta, QStringLiteral("content-validations"));
    for (const WorkbookSheet &sheet : m_wb.sheets) {
        for (const WorkbookColumn &col : sheet.columns) {
            if (col.listName.isEmpty() || written.contains(validationName(col)))
                continue;
            written.insert(validationName(col));
            const WorkbookList *list = nullptr;
            for (const WorkbookList &l : m_wb.lists)
                list = l.name == col.listName ? &l : list;
            if (!list)
                continue;
            const QString letters = columnLetters(list->column);
            const QString range =
                sheetRef(lists.name) + QStringLiteral(".$%1$2:.$%1$%2").arg(letters).arg(list->count + 1);
            m_w.writeStartElement(ta, QStringLiteral("content-validation"));
            m_w.writeAttribute(ta, QStringLiteral("name"), validationName(col));
            m_w.writeAttribute(ta, QStringLiteral("condition"),
                               QStringLiteral("of:cell-content-is-in-list(%1)").arg(range));
            m_w.writeAttribute(ta, QStringLiteral("allow-empty-cell"), QStringLiteral("true"));
            m_w.writeAttribute(ta, QStringLiteral("display-list"), QStringLiteral("unsorted"));
            m_w.writeAttribute(ta, QStringLiteral("base-cell-address"),
                               sheetRef(sheet.name) + QStringLiteral(".A1"));
            m_w.writeEmptyElement(ta, QStringLiteral("error-message"));
            m_w.writeAttribute(ta, QStringLiteral("display"), QStringLiteral("true"));
            m_w.writeAttribute(ta, QStringLiteral("message-type"),
                               col.strictList ? QStringLiteral("stop") : QStringLiteral("information"));
            m_w.writeEndElement();
        }
    }
    m_w.writeEndElement();
}

bool OdsWriter::table(WorkbookSheet &sheet, int index, const std::function<bool()> &step)
{
    const QString ta = OdfNs::table();
    m_w.writeStartElement(ta, QStringLiteral("table"));
    m_w.writeAttribute(ta, QStringLiteral("name"), XmlText::sanitized(sheet.name));
    m_w.writeAttribute(ta, QStringLiteral("style-name"),
                       sheet.hidden ? QStringLiteral("ta_hidden") : QStringLiteral("ta_shown"));
    for (int i = 0; i < sheet.columns.size(); ++i) {
        m_w.writeEmptyElement(ta, QStringLiteral("table-column"));
        m_w.writeAttribute(ta, QStringLiteral("style-name"), QStringLiteral("co%1_%2").arg(index).arg(i));
        m_w.writeAttribute(ta, QStringLiteral("default-cell-style-name"),
                           cellStyle(sheet.columns.at(i).style));
    }
    m_w.writeStartElement(ta, QStringLiteral("table-header-rows"));
    m_w.writeStartElement(ta, QStringLiteral("table-row"));
    for (const WorkbookColumn &col : sheet.columns) {
        m_w.writeStartElement(ta, QStringLiteral("table-cell"));
        m_w.writeAttribute(ta, QStringLiteral("style-name"), QStringLiteral("ce_header"));
        m_w.writeAttribute(OdfNs::office(), QStringLiteral("value-type"), QStringLiteral("string"));
        m_w.writeStartElement(OdfNs::text(), QStringLiteral("p"));
        XmlText::writeOdfText(m_w, col.header);
        m_w.writeEndElement();
        m_w.writeEndElement();
    }
    m_w.writeEndElement();
    m_w.writeEndElement();
    for (QVector<WorkbookCell> &kept : sheet.rows) {
        const QVector<WorkbookCell> row = std::exchange(kept, {}); // the sheet keeps its row count
        m_w.writeStartElement(ta, QStringLiteral("table-row"));
        for (int c = 0; c < row.size() && c < sheet.columns.size(); ++c)
            cell(row.at(c), sheet.columns.at(c), c);
        m_w.writeEndElement();
        if (!sheet.hidden && !step())
            return false;
    }
    m_w.writeEndElement();
    return true;
}

void OdsWriter::cell(const WorkbookCell &cell, const WorkbookColumn &column, int)
{
    const QString ta = OdfNs::table(), of = OdfNs::office();
    m_w.writeStartElement(ta, QStringLiteral("table-cell"));
    m_w.writeAttribute(ta, QStringLiteral("style-name"), cellStyle(column.style));
    if (!column.listName.isEmpty())
        m_w.writeAttribute(ta, QStringLiteral("content-validation-name"), validationName(column));
    QString shown;
    switch (cell.kind) {
    case WorkbookCell::Kind::Empty:
        m_w.writeEndElement();
        return;
    case WorkbookCell::Kind::Text:
        if (cell.text.isEmpty()) { // as in the .xlsx: no value at all
            m_w.writeEndElement();
            return;
        }
        m_w.writeAttribute(of, QStringLiteral("value-type"), QStringLiteral("string"));
        m_w.writeStartElement(OdfNs::text(), QStringLiteral("p"));
        XmlText::writeOdfText(m_w, cell.text);
        m_w.writeEndElement();
        m_w.writeEndElement();
        return;
    case WorkbookCell::Kind::Number:
        shown = QString::number(cell.number, 'g', 15);
        m_w.writeAttribute(of, QStringLiteral("value-type"), QStringLiteral("float"));
        m_w.writeAttribute(of, QStringLiteral("value"), shown);
        break;
    case WorkbookCell::Kind::Date:
        m_w.writeAttribute(of, QStringLiteral("value-type"), QStringLiteral("date"));
        m_w.writeAttribute(of, QStringLiteral("date-value"), cell.date.toString(Qt::ISODate));
        shown = cell.date.toString(QStringLiteral("yyyy/MM"));
        break;
    case WorkbookCell::Kind::DateTime:
        m_w.writeAttribute(of, QStringLiteral("value-type"), QStringLiteral("date"));
        m_w.writeAttribute(of, QStringLiteral("date-value"),
                           cell.dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        shown = cell.dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        break;
    }
    m_w.writeTextElement(OdfNs::text(), QStringLiteral("p"), shown);
    m_w.writeEndElement();
}

void OdsWriter::functions()
{
    const QString ta = OdfNs::table();
    const WorkbookSheet &lists = m_wb.sheets.last();
    m_w.writeStartElement(ta, QStringLiteral("named-expressions"));
    for (const WorkbookList &l : m_wb.lists) {
        const QString letters = columnLetters(l.column);
        m_w.writeEmptyElement(ta, QStringLiteral("named-range"));
        m_w.writeAttribute(ta, QStringLiteral("name"), l.name);
        m_w.writeAttribute(ta, QStringLiteral("base-cell-address"),
                           sheetRef(lists.name) + QStringLiteral(".$A$1"));
        m_w.writeAttribute(ta, QStringLiteral("cell-range-address"),
                           sheetRef(lists.name) +
                               QStringLiteral(".$%1$2:.$%1$%2").arg(letters).arg(l.count + 1));
    }
    m_w.writeEndElement();
    m_w.writeStartElement(ta, QStringLiteral("database-ranges"));
    for (int i = 0; i < m_wb.sheets.size(); ++i) {
        const WorkbookSheet &s = m_wb.sheets.at(i);
        if (s.hidden)
            continue;
        const QString ref = sheetRef(s.name).mid(1); // no leading '$' in a range address
        m_w.writeEmptyElement(ta, QStringLiteral("database-range"));
        m_w.writeAttribute(ta, QStringLiteral("name"), QStringLiteral("__Anonymous_Sheet_DB__%1").arg(i));
        m_w.writeAttribute(ta, QStringLiteral("target-range-address"),
                           QStringLiteral("%1.A1:%1.%2%3")
                               .arg(ref, columnLetters(static_cast<int>(s.columns.size()) - 1))
                               .arg(std::max<qsizetype>(s.rows.size(), 1) + 1));
        m_w.writeAttribute(ta, QStringLiteral("display-filter-buttons"), QStringLiteral("true"));
    }
    m_w.writeEndElement();
}

} // namespace nap
