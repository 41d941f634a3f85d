#include "XlsxGridReader.h"

#include "import/SafeXml.h"
#include "import/SafeZip.h"

namespace nap {

namespace {

// Rows and columns beyond what a plan can hold: a sheet claiming more is not ours.
constexpr int MaxRows = 100000;
constexpr int MaxColumns = 256;

bool isHex(QChar c)
{
    return c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
}

bool escapeAt(const QString &t, int i)
{
    if (i + 7 > t.size() || t.at(i) != QLatin1Char('_') || t.at(i + 1) != QLatin1Char('x') ||
        t.at(i + 6) != QLatin1Char('_'))
        return false;
    return isHex(t.at(i + 2)) && isHex(t.at(i + 3)) && isHex(t.at(i + 4)) && isHex(t.at(i + 5));
}

// Reads the text of the current element's <t> children (rich text runs joined); phonetic runs skipped.
QString readStringItem(SafeXml &xml)
{
    QString text;
    const int depth = xml.depth();
    bool skip = false;
    while (xml.next()) {
        QXmlStreamReader &r = xml.reader();
        if (r.isStartElement() && r.name() == QLatin1String("rPh"))
            skip = true;
        else if (r.isEndElement() && r.name() == QLatin1String("rPh"))
            skip = false;
        else if (r.isCharacters() && !skip)
            text += r.text();
        if (r.isEndElement() && xml.depth() < depth)
            break;
    }
    return XlsxGridReader::unescape(text);
}

// The parse that reads an entry is the one that checks it (SafeXml refuses a DTD, depth and
// length bombs token by token), not a pre-scan (SafeZip::readXml) that parsed every entry
// twice: so each reader reads to the end, then asks here.
bool finished(const SafeXml &xml, Error *error)
{
    if (!xml.error())
        return true;
    *error = xml.error();
    return false;
}

QString attribute(QXmlStreamReader &r, const char *name)
{
    return r.attributes().value(QLatin1String(name)).toString();
}

} // namespace

QString XlsxGridReader::unescape(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size();) {
        if (escapeAt(text, i)) {
            out += QChar(text.mid(i + 2, 4).toUShort(nullptr, 16));
            i += 7;
        } else {
            out += text.at(i++);
        }
    }
    return out;
}

int XlsxGridReader::columnIndex(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

bool XlsxGridReader::read(const QString &path, SheetGrid *grid, Error *error)
{
    SafeZip zip;
    if (!zip.open(path, error))
        return false;
    QStringList strings;
    QList<QPair<QString, QString>> sheets;
    if (!readSharedStrings(zip, &strings, error) || !readSheetTargets(zip, &sheets, error) ||
        !readProperties(zip, &grid->properties, error))
        return false;
    for (const auto &[name, entry] : sheets) {
        if (!readSheet(zip, entry, strings, &grid->sheets[name], error))
            return false;
    }
    return true;
}

bool XlsxGridReader::readSharedStrings(SafeZip &zip, QStringList *strings, Error *error)
{
    const QString entry = QStringLiteral("xl/sharedStrings.xml");
    QByteArray data;
    if (!zip.contains(entry))
        return true;
    if (!zip.read(entry, &data, error))
        return false;
    SafeXml xml(data, zip.path());
    while (xml.next()) {
        if (xml.reader().isStartElement() && xml.reader().name() == QLatin1String("si"))
            strings->append(readStringItem(xml));
    }
    return finished(xml, error);
}

bool XlsxGridReader::readSheetTargets(SafeZip &zip, QList<QPair<QString, QString>> *sheets, Error *error)
{
    QByteArray book;
    QByteArray rels;
    if (!zip.read(QStringLiteral("xl/workbook.xml"), &book, error) ||
        !zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &rels, error))
        return false;
    QHash<QString, QString> targets;
    SafeXml relsXml(rels, zip.path());
    while (relsXml.next()) {
        if (relsXml.reader().isStartElement() && relsXml.reader().name() == QLatin1String("Relationship"))
            targets.insert(attribute(relsXml.reader(), "Id"), attribute(relsXml.reader(), "Target"));
    }
    if (!finished(relsXml, error))
        return false;
    SafeXml xml(book, zip.path());
    while (xml.next()) {
        QXmlStreamReader &r = xml.reader();
        if (!r.isStartElement() || r.name() != QLatin1String("sheet"))
            continue;
        const QString id =
            r.attributes()
                .value(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                       QStringLiteral("id"))
                .toString();
        QString target = targets.value(id);
        target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
        sheets->append({attribute(r, "name"), target});
    }
    return finished(xml, error);
}

bool XlsxGridReader::readSheet(SafeZip &zip, const QString &entry, const QStringList &strings,
                               QList<QVector<WorkbookCell>> *rows, Error *error)
{
    QByteArray data;
    if (!zip.read(entry, &data, error))
        return false;
    SafeXml xml(data, zip.path());
    int row = -1;
    int column = -1;
    QString type;
    while (xml.next()) {
        QXmlStreamReader &r = xml.reader();
        if (r.isStartElement() && r.name() == QLatin1String("row")) {
            row = attribute(r, "r").toInt() - 1;
            if (row < 0 || row >= MaxRows) {
                *error = Error::about(zip.path(), Error::InvalidInput, QStringLiteral("row %1").arg(row + 1));
                return false;
            }
            while (rows->size() <= row)
                rows->append(QVector<WorkbookCell>());
        } else if (r.isStartElement() && r.name() == QLatin1String("c")) {
            column = columnIndex(attribute(r, "r"));
            type = attribute(r, "t");
            if (row < 0 || column < 0 || column >= MaxColumns) {
                *error = Error::about(zip.path(), Error::InvalidInput, attribute(r, "r"));
                return false;
            }
        } else if (r.isStartElement() &&
                   (r.name() == QLatin1String("v") || r.name() == QLatin1String("is"))) {
            const bool inlineString = r.name() == QLatin1String("is");
            const QString value = inlineString ? readStringItem(xml) : xml.readElementText();
            QVector<WorkbookCell> &cells = (*rows)[row];
            if (cells.size() <= column)
                cells.resize(column + 1);
            if (inlineString || type == QLatin1String("str"))
                cells[column] = WorkbookCell::ofText(inlineString ? value : unescape(value));
            else if (type == QLatin1String("s"))
                cells[column] = WorkbookCell::ofText(strings.value(value.toInt()));
            else
                cells[column] = WorkbookCell::ofNumber(value.toDouble());
        }
    }
    return finished(xml, error);
}

bool XlsxGridReader::readProperties(SafeZip &zip, QHash<QString, QString> *properties, Error *error)
{
    const QString entry = QStringLiteral("docProps/custom.xml");
    QByteArray data;
    if (!zip.contains(entry))
        return true;
    if (!zip.read(entry, &data, error))
        return false;
    QString name;
    SafeXml xml(data, zip.path());
    while (xml.next()) {
        QXmlStreamReader &r = xml.reader();
        if (r.isStartElement() && r.name() == QLatin1String("property"))
            name = attribute(r, "name");
        else if (r.isStartElement() && !name.isEmpty())
            properties->insert(name, xml.readElementText());
    }
    return finished(xml, error);
}

} // namespace nap
