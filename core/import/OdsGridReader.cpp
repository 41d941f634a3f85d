#include "OdsGridReader.h"

#include "import/SafeXml.h"
#include "import/SafeZip.h"

namespace nap {

namespace {

constexpr int MaxRows = 100000;
constexpr int MaxColumns = 256;

const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString MetaNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");

bool isStart(QXmlStreamReader &r, const QString &ns, const char *name)
{
    return r.isStartElement() && r.namespaceUri() == ns && r.name() == QLatin1String(name);
}

int repeated(QXmlStreamReader &r, const char *name)
{
    const int n = r.attributes().value(TableNs, QLatin1String(name)).toInt();
    return n > 0 ? n : 1;
}

} // namespace

bool OdsGridReader::read(const QString &path, SheetGrid *grid, Error *error)
{
    SafeZip zip;
    return zip.open(path, error) && readContent(zip, grid, error) &&
           readProperties(zip, &grid->properties, error);
}

bool OdsGridReader::readContent(SafeZip &zip, SheetGrid *grid, Error *error)
{
    QByteArray data;
    if (!zip.readXml(QStringLiteral("content.xml"), &data, error))
        return false;
    SafeXml xml(data, zip.path());
    QList<QVector<WorkbookCell>> *rows = nullptr;
    while (xml.next()) {
        QXmlStreamReader &r = xml.reader();
        if (isStart(r, TableNs, "table")) {
            rows = &grid->sheets[r.attributes().value(TableNs, QLatin1String("name")).toString()];
        } else if (rows && isStart(r, TableNs, "table-row")) {
            const int times = repeated(r, "number-rows-repeated");
            QVector<WorkbookCell> cells;
            if (!readRow(xml, &cells, error))
                return false;
            // Trailing empty rows are repeated many times by spreadsheets: keep only rows with values.
            for (int i = 0; i < times && !cells.isEmpty(); ++i) {
                if (rows->size() >= MaxRows) {
                    *error = Error::about(zip.path(), Error::InvalidInput, QStringLiteral("rows"));
                    return false;
                }
                rows->append(cells);
            }
            if (cells.isEmpty())
                rows->append(cells);
        }
    }
    return !xml.error() || (*error = xml.error(), false);
}

bool OdsGridReader::readRow(SafeXml &xml, QVector<WorkbookCell> *cells, Error *error)
{
    const int depth = xml.depth();
    int filled = 0; // cells up to the last one holding a value
    QVector<WorkbookCell> all;
    while (xml.next() && xml.depth() >= depth) {
        QXmlStreamReader &r = xml.reader();
        if (!isStart(r, TableNs, "table-cell") && !isStart(r, TableNs, "covered-table-cell"))
            continue;
        const int times = repeated(r, "number-columns-repeated");
        const WorkbookCell cell = readCell(xml);
        if (cell.kind == WorkbookCell::Kind::Empty) {
            if (all.size() + qint64(times) <= MaxColumns)
                all.resize(all.size() + times);
            continue;
        }
        for (int i = 0; i < times; ++i) {
            if (all.size() >= MaxColumns) {
                *error = Error::about(QString(), Error::InvalidInput, QStringLiteral("columns"));
                return false;
            }
            all.append(cell);
        }
        filled = all.size();
    }
    if (xml.error()) {
        *error = xml.error();
        return false;
    }
    all.resize(filled);
    *cells = all;
    return true;
}

WorkbookCell OdsGridReader::readCell(SafeXml &xml)
{
    QXmlStreamReader &r = xml.reader();
    const QString type = r.attributes().value(OfficeNs, QLatin1String("value-type")).toString();
    const QString value = r.attributes().value(OfficeNs, QLatin1String("value")).toString();
    const QString date = r.attributes().value(OfficeNs, QLatin1String("date-value")).toString();
    const int depth = xml.depth();
    QStringList paragraphs;
    while (xml.next() && xml.depth() >= depth) {
        if (isStart(xml.reader(), TextNs, "p"))
            paragraphs.append(readParagraph(xml));
    }
    if (type == QLatin1String("float") || type == QLatin1String("percentage") ||
        type == QLatin1String("currency"))
        return WorkbookCell::ofNumber(value.toDouble());
    if (type == QLatin1String("date") && date.contains(QLatin1Char('T')))
        return {WorkbookCell::Kind::DateTime,
                {},
                0,
                {},
                QDateTime::fromString(date + QStringLiteral("Z"), Qt::ISODate)};
    if (type == QLatin1String("date"))
        return {WorkbookCell::Kind::Date, {}, 0, QDate::fromString(date, Qt::ISODate), {}};
    if (type.isEmpty())
        return {};
    return WorkbookCell::ofText(paragraphs.join(QLatin1Char('\n')));
}

// A text:p's text: text:s (spaces), text:tab and text:line-break spelled out, spans flattened.
QString OdsGridReader::readParagraph(SafeXml &xml)
{
    const int depth = xml.depth();
    QString text;
    while (xml.next() && xml.depth() >= depth) {
        QXmlStreamReader &r = xml.reader();
        if (r.isCharacters())
            text += r.text();
        else if (isStart(r, TextNs, "s"))
            text += QString(qBound(1, r.attributes().value(TextNs, QLatin1String("c")).toInt(), 10000),
                            QLatin1Char(' '));
        else if (isStart(r, TextNs, "tab"))
            text += QLatin1Char('\t');
        else if (isStart(r, TextNs, "line-break"))
            text += QLatin1Char('\n');
    }
    return text;
}

bool OdsGridReader::readProperties(SafeZip &zip, QHash<QString, QString> *properties, Error *error)
{
    const QString entry = QStringLiteral("meta.xml");
    QByteArray data;
    if (!zip.contains(entry))
        return true;
    if (!zip.readXml(entry, &data, error))
        return false;
    for (SafeXml xml(data, zip.path()); xml.next();) {
        if (isStart(xml.reader(), MetaNs, "user-defined")) {
            const QString name = xml.reader().attributes().value(MetaNs, QLatin1String("name")).toString();
            properties->insert(name, xml.readElementText());
        }
    }
    return true;
}

} // namespace nap
