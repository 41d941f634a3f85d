#pragma once

#include "Error.h"
#include "model/Commitment.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QXmlStreamReader;

namespace nap {

// The commitments of an .odt NAP Desk wrote (forms or the plan document): the texts from the
// bookmarks around the printed answers, as an officer may have edited them in a word
// processor; the structured values from the hidden user fields (docs/import.md). An .odt
// without those marks is refused: reading hand-filled forms is another matter.
class OdtCommitments
{
public:
    static bool read(const QString &path, QList<Commitment> *out, QHash<QString, int> *areaNumbers,
                     QString *agency, Error *error);

private:
    explicit OdtCommitments(const QString &path) : m_path(path) {}
    bool readMeta(const QByteArray &xml, Error *error);
    bool readContent(const QByteArray &xml, Error *error);
    void startElement(QXmlStreamReader &r);
    void endElement(QXmlStreamReader &r);
    void characters(QXmlStreamReader &r);
    void append(const QString &text);
    Commitment commitment(const QString &uuid, int *areaNumber) const;
    Milestone milestone(const QString &uuid) const;
    LocalizedText texts(const QString &key) const;
    QString field(const QString &uuid, const QString &code) const;
    Error unmarked() const;

    QString m_path;
    QHash<QString, QString> m_meta;      // meta:user-defined by name
    QHash<QString, QString> m_fields;    // text:user-field-decl string values by name
    QHash<QString, QString> m_bookmarks; // bookmarked text by name
    QStringList m_open;                  // bookmarks started and not yet ended
    QHash<QString, int> m_breaks;        // paragraph ends inside an open bookmark not yet written
    int m_paragraphs = 0;                // depth of text:p / text:h
    int m_skip = 0;                      // inside an annotation or a note: not the answer's text
};

} // namespace nap
