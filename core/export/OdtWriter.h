#pragma once

#include "DeflateDevice.h"
#include "Error.h"
#include "ExportRequest.h"
#include "FormLabels.h"
#include "OdfPackage.h"
#include "text/XmlStringWriter.h"

#include <QByteArray>

namespace nap {

// Builds the .odt package: NDC commitment forms (Format::OdtForm) or the whole plan with
// cover and areas (Format::OdtPlan). Fixed styles.xml from :/core/data/odf, content.xml
// written here.
class OdtWriter
{
public:
    OdtWriter(const ExportRequest &request, const ExportInput &data);
    OdtWriter(const OdtWriter &) = delete;
    OdtWriter &operator=(const OdtWriter &) = delete;
    bool build(const QList<Commitment> &commitments, QByteArray *package, Error *error,
               const ExportProgress &progress);

    // agency: the name printed after the plan title in the page header (may be empty).
    // The exporting agency; else the plan's issuer for the plan document, or the lead agency
    // the exported forms share.
    QString headerAgency(const QList<Commitment> &commitments) const;
    static QByteArray stylesXml(const ExportRequest &request, const Plan &plan, const QString &agency);

private:
    // Streams content.xml into m_content; false (with *error) on cancel or a writer error.
    bool contentXml(const QList<Commitment> &commitments, Error *error, const ExportProgress &progress);
    void writeAutomaticStyles();
    void writeCover();
    void writeAreaHeading(const Area &area);
    void writeCommitment(const Commitment &c, int index, bool breakBefore);
    void writeFormTable(const Commitment &c, int index);
    void writeMilestoneTable(const Commitment &c, int index);
    void writeContactTable(const Commitment &c, int index);
    // What re-import needs, never printed (docs/import.md): the structured values as user fields.
    bool writeUserFields(const QList<Commitment> &commitments); // false when deflating failed
    void userField(const QString &name, const QString &value);

    // Table building blocks.
    void startTable(const QString &name, const QString &style, const QStringList &columnStyles);
    void startRow(); // a row LibreOffice splits across pages only when it is taller than a page
    void labelRow(FormLabels::Label label, const std::function<void()> &value);
    void spannedRow(FormLabels::Label label);
    void textCell(const std::function<void()> &content, const QString &style = QStringLiteral("Cell"));
    void labelParagraphs(FormLabels::Label label, const QString &paragraphStyle);
    // key: "nap/<uuid>/<field code>"; each printed language's text is bookmarked key/<zh|en>.
    void localizedParagraphs(const LocalizedText &text, const QString &key = {});
    void plainParagraph(const QString &text, const QString &style = QStringLiteral("Table_20_Contents"),
                        const QString &bookmark = {});
    // "label: value" with only the value bookmarked.
    void labelledParagraph(const QString &label, const QString &value, const QString &bookmark);
    void writeBookmarked(const QString &bookmark, const std::function<void()> &text);
    void writeChineseText(const QString &text);
    struct Part
    {
        FormLabels::Label label;
        LocalizedText text;
        QString key; // bookmark key, empty for what is printed converted (policy areas)
    };
    void describedParts(const QList<Part> &parts, Language language);
    void headingWithSubtitle(int level, const QString &style, const QString &zh, const QString &en);

    void startElement(const QString &ns, const char *name) { m_w.writeStartElement(ns, QLatin1String(name)); }
    void attribute(const QString &ns, const char *name, const QString &value)
    {
        m_w.writeAttribute(ns, QLatin1String(name), value);
    }

    const ExportRequest &m_request;
    const ExportInput &m_data;
    QList<Language> m_languages;
    // content.xml: the writer appends to m_chunk, moved into m_content after each commitment.
    QString m_chunk;
    DeflateDevice m_content{OdfPackage::kDeflateLevel};
    XmlStringWriter m_w{&m_chunk};
};

} // namespace nap
