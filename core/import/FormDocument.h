#pragma once

#include "Error.h"
#include "import/FormBlock.h"

#include <QHash>
#include <QList>

class QXmlStreamReader;

namespace nap {

class FormBlockBuilder;
class SafeXml;

// The paragraphs and table rows of a form an officer filled in a word processor: an .odt
// (content.xml) or a .docx (word/document.xml), read through the hardened package and XML
// readers. Deleted tracked changes, comments, notes, fields' codes and drawings are left out:
// only what the page shows as the form's text is read.
class FormDocument
{
public:
    static bool read(const QString &path, QList<FormBlock> *out, Error *error);

private:
    static bool readOdt(const QByteArray &content, const QString &path, FormBlockBuilder &b, Error *error);
    static bool readDocx(const QByteArray &document, const QHash<QString, bool> &headingStyles,
                         const QString &path, FormBlockBuilder &b, Error *error);
    static bool docxHeadingStyles(const QByteArray &styles, const QString &path, QHash<QString, bool> *out,
                                  Error *error);
    static void odtElement(QXmlStreamReader &r, bool start, FormBlockBuilder &b, int *skip);
    static void docxElement(QXmlStreamReader &r, bool start, const QHash<QString, bool> &headingStyles,
                            FormBlockBuilder &b, int *skip);
};

} // namespace nap
