#include "FormDocument.h"

#include "export/OdfNames.h"
#include "import/FormBlockBuilder.h"
#include "import/SafeXml.h"
#include "import/SafeZip.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace nap {

namespace {

QString wordNs()
{
    return QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
}

bool is(const QXmlStreamReader &r, const QString &ns, const char *name)
{
    return r.namespaceUri() == ns && r.name() == QLatin1String(name);
}

bool isOneOf(const QXmlStreamReader &r, const QString &ns, std::initializer_list<const char *> names)
{
    if (r.namespaceUri() != ns)
        return false;
    for (const char *n : names) {
        if (r.name() == QLatin1String(n))
            return true;
    }
    return false;
}

// Runs the reader over a whole part; `element` sees every start and end, text goes to the
// builder unless inside something skipped (and, given a text element, only inside it).
template <typename Element>
bool walk(const QByteArray &xml, const QString &path, FormBlockBuilder &b, Error *error, Element element,
          const QString &textElement = {})
{
    SafeXml x(xml, path);
    int skip = 0;
    bool inText = textElement.isEmpty();
    while (x.next()) {
        QXmlStreamReader &r = x.reader();
        if (r.isStartElement() || r.isEndElement()) {
            element(r, r.isStartElement(), &skip);
            if (!textElement.isEmpty() && r.name() == textElement)
                inText = r.isStartElement();
        } else if (r.isCharacters() && skip == 0 && inText) {
            b.text(r.text().toString());
        }
    }
    if (x.error()) {
        *error = x.error();
        return false;
    }
    return true;
}

} // namespace

bool FormDocument::read(const QString &path, QList<FormBlock> *out, Error *error)
{
    SafeZip zip;
    if (!zip.open(path, error))
        return false;
    const bool docx = QFileInfo(path).suffix().compare(QLatin1String("docx"), Qt::CaseInsensitive) == 0;
    const QString part = docx ? QStringLiteral("word/document.xml") : QStringLiteral("content.xml");
    if (!zip.contains(part)) {
        *error = Error::about(path, Error::PackageUnreadable, part);
        return false;
    }
    // Read, not readXml: each part is checked by SafeXml in the one pass that reads it.
    QByteArray xml;
    if (!zip.read(part, &xml, error))
        return false;
    FormBlockBuilder b;
    bool ok = false;
    if (docx) {
        QByteArray styles;
        QHash<QString, bool> headings;
        if (zip.contains(QStringLiteral("word/styles.xml")) &&
            (!zip.read(QStringLiteral("word/styles.xml"), &styles, error) ||
             !docxHeadingStyles(styles, path, &headings, error)))
            return false;
        ok = readDocx(xml, headings, path, b, error);
    } else {
        ok = readOdt(xml, path, b, error);
    }
    if (ok)
        *out = b.take();
    return ok;
}

bool FormDocument::readOdt(const QByteArray &content, const QString &path, FormBlockBuilder &b, Error *error)
{
    return walk(content, path, b, error,
                [&b](QXmlStreamReader &r, bool start, int *skip) { odtElement(r, start, b, skip); });
}

void FormDocument::odtElement(QXmlStreamReader &r, bool start, FormBlockBuilder &b, int *skip)
{
    const QString text = OdfNs::text();
    // Deleted text of tracked changes, notes, comments and drawings are not the form's text.
    if (isOneOf(r, text, {"tracked-changes", "note", "note-citation"}) ||
        is(r, OdfNs::office(), "annotation") || r.namespaceUri().contains(QLatin1String(":drawing:"))) {
        *skip += start ? 1 : -1;
        return;
    }
    if (*skip > 0)
        return;
    if (isOneOf(r, text, {"p", "h"})) {
        if (start)
            b.beginParagraph(r.name() == QLatin1String("h"));
        else
            b.endParagraph();
    } else if (start && is(r, text, "s")) {
        const int count = r.attributes().value(text, QLatin1String("c")).toInt();
        b.text(QString(qBound(1, count, 100), QLatin1Char(' ')));
    } else if (start && is(r, text, "tab")) {
        b.text(QStringLiteral("\t"));
    } else if (start && is(r, text, "line-break")) {
        b.lineBreak();
    } else if (is(r, OdfNs::table(), "table")) {
        start ? b.beginTable() : b.endTable();
    } else if (is(r, OdfNs::table(), "table-row")) {
        start ? b.beginRow() : b.endRow();
    } else if (isOneOf(r, OdfNs::table(), {"table-cell", "covered-table-cell"})) {
        start ? b.beginCell() : b.endCell();
    }
}

bool FormDocument::docxHeadingStyles(const QByteArray &styles, const QString &path, QHash<QString, bool> *out,
                                     Error *error)
{
    // Style ids are localised ("Heading1", "1", "標題1"): a style is a heading by its name or
    // its outline level.
    static const QRegularExpression name(QStringLiteral("^(heading|標題|title)"),
                                         QRegularExpression::CaseInsensitiveOption);
    SafeXml x(styles, path);
    QString id;
    while (x.next()) {
        QXmlStreamReader &r = x.reader();
        if (!r.isStartElement() || r.namespaceUri() != wordNs())
            continue;
        const QString val = r.attributes().value(wordNs(), QLatin1String("val")).toString();
        if (r.name() == QLatin1String("style"))
            id = r.attributes().value(wordNs(), QLatin1String("styleId")).toString();
        else if ((r.name() == QLatin1String("name") && name.match(val).hasMatch()) ||
                 r.name() == QLatin1String("outlineLvl"))
            out->insert(id, true);
    }
    if (x.error()) {
        *error = x.error();
        return false;
    }
    return true;
}

bool FormDocument::readDocx(const QByteArray &document, const QHash<QString, bool> &headingStyles,
                            const QString &path, FormBlockBuilder &b, Error *error)
{
    return walk(
        document, path, b, error,
        [&](QXmlStreamReader &r, bool start, int *skip) { docxElement(r, start, headingStyles, b, skip); },
        QStringLiteral("t"));
}

void FormDocument::docxElement(QXmlStreamReader &r, bool start, const QHash<QString, bool> &headingStyles,
                               FormBlockBuilder &b, int *skip)
{
    const QString w = wordNs();
    // Deleted runs, field codes, drawings and text boxes (with their fallback copies), tab stops.
    if (isOneOf(r, w,
                {"del", "instrText", "drawing", "pict", "tabs", "footnoteReference", "commentReference"}) ||
        r.name() == QLatin1String("AlternateContent")) {
        *skip += start ? 1 : -1;
        return;
    }
    if (*skip > 0)
        return;
    if (is(r, w, "p")) {
        // The heading style comes after the paragraph starts: a paragraph becomes a heading
        // when its properties say so (below).
        start ? b.beginParagraph(false) : b.endParagraph();
    } else if (start && (is(r, w, "pStyle") || is(r, w, "outlineLvl"))) {
        const QString val = r.attributes().value(w, QLatin1String("val")).toString();
        if (is(r, w, "outlineLvl") || headingStyles.value(val))
            b.markHeading();
    } else if (start && is(r, w, "tab")) {
        b.text(QStringLiteral("\t"));
    } else if (start && isOneOf(r, w, {"br", "cr"})) {
        b.lineBreak();
    } else if (is(r, w, "tbl")) {
        start ? b.beginTable() : b.endTable();
    } else if (is(r, w, "tr")) {
        start ? b.beginRow() : b.endRow();
    } else if (is(r, w, "tc")) {
        start ? b.beginCell() : b.endCell();
    }
}

} // namespace nap
