// The tables of one NDC commitment form (part of OdtWriter).
#include "ExportText.h"
#include "OdfNames.h"
#include "OdtMarks.h"
#include "OdtWriter.h"

#include "text/Catalog.h"
#include "text/XmlText.h"
#include <QRegularExpression>

namespace nap {
namespace {

using L = FormLabels;

L::Label valueLabel(CoreValue v)
{
    switch (v) {
    case CoreValue::Transparency:
        return L::Transparency;
    case CoreValue::Participation:
        return L::Participation;
    case CoreValue::Accountability:
        return L::Accountability;
    case CoreValue::Inclusion:
        return L::Inclusion;
    }
    return L::Transparency;
}

QString valueNames(const QList<CoreValue> &values, Language l)
{
    QStringList names;
    for (CoreValue v : values)
        names.append(L::text(valueLabel(v), l));
    return names.join(l == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

QString colon(Language l)
{
    return l == Language::Chinese ? QStringLiteral("：") : QStringLiteral(": ");
}

// The policy-area tags by name, in each language (the workspace keeps codes).
LocalizedText policyAreas(const QStringList &codes)
{
    QStringList zh;
    QStringList en;
    for (const QString &code : codes) {
        zh.append(Catalog::policyAreas().displayName(code, Language::Chinese));
        en.append(Catalog::policyAreas().displayName(code, Language::English));
    }
    LocalizedText t;
    t.zh = zh.join(QStringLiteral("、"));
    t.en = en.join(QStringLiteral(", "));
    return t;
}

} // namespace

void OdtWriter::startTable(const QString &name, const QString &style, const QStringList &columnStyles)
{
    startElement(OdfNs::table(), "table");
    attribute(OdfNs::table(), "name", name);
    attribute(OdfNs::table(), "style-name", style);
    for (const QString &col : columnStyles) {
        startElement(OdfNs::table(), "table-column");
        attribute(OdfNs::table(), "style-name", col);
        m_w.writeEndElement();
    }
}

void OdtWriter::startRow()
{
    startElement(OdfNs::table(), "table-row");
    attribute(OdfNs::table(), "style-name", QStringLiteral("R_Whole"));
}

// Text with no Chinese in it: English answers and labels.
static bool isWestern(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if ((u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF) ||
            ch.isSurrogate())
            return false;
    }
    return !text.isEmpty();
}

void OdtWriter::plainParagraph(const QString &text, const QString &style, const QString &bookmark)
{
    startElement(OdfNs::text(), "p");
    attribute(OdfNs::text(), "style-name", style);
    // English in a Chinese document would break anywhere, mid-word, under the Chinese
    // line-breaking rules and print in the Kai face's wide Latin letters: mark it English
    // and set it in a Latin serif face.
    const bool latin = m_request.mode != ExportRequest::Mode::Chinese && isWestern(text);
    if (latin) {
        startElement(OdfNs::text(), "span");
        attribute(OdfNs::text(), "style-name", QStringLiteral("T_Latin"));
        writeBookmarked(bookmark, [&] { XmlText::writeOdfText(m_w, text); });
        m_w.writeEndElement();
    } else {
        writeBookmarked(bookmark, [&] { writeChineseText(text); });
    }
    m_w.writeEndElement();
}

void OdtWriter::labelledParagraph(const QString &label, const QString &value, const QString &bookmark)
{
    startElement(OdfNs::text(), "p");
    attribute(OdfNs::text(), "style-name", QStringLiteral("Table_20_Contents"));
    const bool latin = m_request.mode != ExportRequest::Mode::Chinese && isWestern(label + value);
    if (latin) {
        startElement(OdfNs::text(), "span");
        attribute(OdfNs::text(), "style-name", QStringLiteral("T_Latin"));
    }
    // "Name: " keeps its space a plain one, as when written in one piece with the value.
    const bool space = label.endsWith(QLatin1Char(' '));
    const QString head = space ? label.chopped(1) : label;
    latin ? XmlText::writeOdfText(m_w, head) : writeChineseText(head);
    if (space)
        m_w.writeCharacters(QStringLiteral(" "));
    writeBookmarked(value.isEmpty() ? QString() : bookmark,
                    [&] { latin ? XmlText::writeOdfText(m_w, value) : writeChineseText(value); });
    if (latin)
        m_w.writeEndElement();
    m_w.writeEndElement();
}

// The bookmark lets re-import find the answer, however an officer edited it (docs/import.md).
void OdtWriter::writeBookmarked(const QString &bookmark, const std::function<void()> &text)
{
    if (!bookmark.isEmpty()) {
        m_w.writeEmptyElement(OdfNs::text(), QStringLiteral("bookmark-start"));
        attribute(OdfNs::text(), "name", bookmark);
    }
    text();
    if (!bookmark.isEmpty()) {
        m_w.writeEmptyElement(OdfNs::text(), QStringLiteral("bookmark-end"));
        attribute(OdfNs::text(), "name", bookmark);
    }
}

// A word the pattern in writeChineseText() can match starts with an ASCII letter.
static bool hasAsciiLetter(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if ((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'))
            return true;
    }
    return false;
}

void OdtWriter::writeChineseText(const QString &text)
{
    // Chinese line breaking may split a Latin word inside Chinese text ("O" / "GP"): mark
    // each such word English, in the surrounding face.
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]"));
    if (!hasAsciiLetter(text)) { // most labels and answers: nothing to look for
        XmlText::writeOdfText(m_w, text);
        return;
    }
    qsizetype done = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        XmlText::writeOdfText(m_w, text.mid(done, m.capturedStart() - done));
        startElement(OdfNs::text(), "span");
        attribute(OdfNs::text(), "style-name", QStringLiteral("T_Word"));
        XmlText::writeOdfText(m_w, m.captured());
        m_w.writeEndElement();
        done = m.capturedEnd();
    }
    XmlText::writeOdfText(m_w, text.mid(done));
}

void OdtWriter::labelParagraphs(FormLabels::Label label, const QString &paragraphStyle)
{
    for (Language l : m_languages)
        plainParagraph(L::text(label, l), paragraphStyle);
}

void OdtWriter::localizedParagraphs(const LocalizedText &text, const QString &key)
{
    bool any = false;
    for (Language l : m_languages) {
        if (text.text(l).isEmpty())
            continue;
        plainParagraph(text.text(l), QStringLiteral("Table_20_Contents"), OdtMarks::bookmark(key, l));
        any = true;
    }
    if (!any)
        plainParagraph(QString());
}

void OdtWriter::textCell(const std::function<void()> &content, const QString &style)
{
    startElement(OdfNs::table(), "table-cell");
    attribute(OdfNs::table(), "style-name", style);
    attribute(OdfNs::office(), "value-type", QStringLiteral("string"));
    content();
    m_w.writeEndElement();
}

void OdtWriter::labelRow(FormLabels::Label label, const std::function<void()> &value)
{
    startRow();
    textCell([&] { labelParagraphs(label, QStringLiteral("Table_20_Label")); }, QStringLiteral("LabelCell"));
    textCell(value);
    m_w.writeEndElement();
}

void OdtWriter::spannedRow(FormLabels::Label label)
{
    startRow();
    startElement(OdfNs::table(), "table-cell");
    attribute(OdfNs::table(), "style-name", QStringLiteral("LabelCell"));
    attribute(OdfNs::table(), "number-columns-spanned", QStringLiteral("2"));
    attribute(OdfNs::office(), "value-type", QStringLiteral("string"));
    labelParagraphs(label, QStringLiteral("Table_20_Label"));
    m_w.writeEndElement();
    m_w.writeEmptyElement(OdfNs::table(), QStringLiteral("covered-table-cell"));
    m_w.writeEndElement();
}

// A main answer followed by optional supplementary parts, each introduced by its label.
void OdtWriter::describedParts(const QList<Part> &parts, Language language)
{
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &text = parts.at(i).text.text(language);
        if (text.isEmpty())
            continue;
        startElement(OdfNs::text(), "p");
        attribute(OdfNs::text(), "style-name", QStringLiteral("Table_20_Contents"));
        const bool latin = language == Language::English && isWestern(text); // see plainParagraph
        if (latin) {
            startElement(OdfNs::text(), "span");
            attribute(OdfNs::text(), "style-name", QStringLiteral("T_Latin"));
        }
        if (i > 0) {
            startElement(OdfNs::text(), "span");
            attribute(OdfNs::text(), "style-name", QStringLiteral("Strong"));
            m_w.writeCharacters(L::text(parts.at(i).label, language) + colon(language));
            m_w.writeEndElement();
        }
        writeBookmarked(OdtMarks::bookmark(parts.at(i).key, language),
                        [&] { XmlText::writeOdfText(m_w, text); });
        if (latin)
            m_w.writeEndElement();
        m_w.writeEndElement();
    }
}

void OdtWriter::writeFormTable(const Commitment &c, int index)
{
    startTable(QStringLiteral("Form%1").arg(index + 1), QStringLiteral("FormTable"),
               {QStringLiteral("Col.Label"), QStringLiteral("Col.Value")});
    const auto key = [&](Field f) {
        return OdtMarks::key(c.uuid, Fields::code(f));
    };
    labelRow(L::CommitmentName, [&] { localizedParagraphs(c.text(Field::Title), key(Field::Title)); });
    labelRow(L::Agencies, [&] {
        for (Language l : m_languages)
            plainParagraph(ExportText::agencyLine(c.leadAgency, c.coAgencies, l));
    });
    labelRow(L::Period, [&] {
        for (Language l : m_languages)
            plainParagraph(DateFormat::period(c.start, c.end, m_request.calendar, l));
    });
    spannedRow(L::Description);
    auto parts = [&](QList<Part> list) {
        return [this, list] {
            bool any = false;
            for (Language l : m_languages) {
                for (const Part &p : list)
                    any = any || !p.text.text(l).isEmpty();
                describedParts(list, l);
            }
            if (!any)
                plainParagraph(QString());
        };
    };
    auto part = [&](L::Label label, Field f) {
        return Part{label, c.text(f), key(f)};
    };
    labelRow(L::Problem, parts({part(L::Problem, Field::Problem), part(L::Causes, Field::Causes),
                                part(L::PriorEfforts, Field::PriorEfforts)}));
    labelRow(L::Content, parts({part(L::Content, Field::Content), part(L::Brief, Field::Brief),
                                part(L::ExpectedResults, Field::ExpectedResults)}));
    labelRow(L::Contribution, parts({part(L::Contribution, Field::Contribution)}));
    // Only the values the officer claimed: an unticked value (its text kept in the workspace
    // in case it is ticked again) never reaches the form, and inclusion shows only when claimed.
    QList<CoreValue> claimed;
    for (CoreValue v : CoreValues::all()) {
        if (c.isClaimed(v))
            claimed.append(v);
    }
    const LocalizedText &oneAnswer = c.text(Field::Relevance);
    if (!oneAnswer.isEmpty()) {
        // Answered in one text: the values it concerns are named under it; a value gets a row
        // of its own only when it has its own answer too.
        labelRow(L::Relevance, [&] {
            localizedParagraphs(oneAnswer, key(Field::Relevance));
            for (Language l : m_languages) {
                if (!claimed.isEmpty())
                    plainParagraph(L::text(L::ValuesConcerned, l).arg(valueNames(claimed, l)));
            }
        });
    } else if (claimed.isEmpty()) {
        labelRow(L::Relevance, [&] { plainParagraph(QString()); });
    } else {
        spannedRow(L::Relevance);
    }
    for (CoreValue v : std::as_const(claimed)) {
        if (!oneAnswer.isEmpty() && c.text(Commitment::explanationField(v)).isEmpty())
            continue;
        labelRow(valueLabel(v), [&, v] {
            const LocalizedText &why = c.text(Commitment::explanationField(v));
            const QString k = key(Commitment::explanationField(v));
            for (Language l : m_languages)
                plainParagraph(why.text(l).isEmpty() ? L::text(L::ValueClaimed, l) : why.text(l),
                               QStringLiteral("Table_20_Contents"),
                               why.text(l).isEmpty() ? QString() : OdtMarks::bookmark(k, l));
        });
    }
    labelRow(L::OtherInfo,
             parts({part(L::OtherInfo, Field::AdditionalInfo), part(L::Budget, Field::Budget),
                    part(L::RelatedProgrammes, Field::RelatedProgrammes), part(L::Sdgs, Field::Sdgs),
                    Part{L::PolicyAreas, policyAreas(c.policyTags), {}},
                    part(L::ActorsGovernment, Field::ActorsGovernment),
                    part(L::ActorsCivil, Field::ActorsCivil)}));
    m_w.writeEndElement();
}

void OdtWriter::writeMilestoneTable(const Commitment &c, int index)
{
    // The milestone text gets the width; the expected-output column only when some
    // milestone has one in the languages printed.
    bool hasOutput = false;
    for (const Milestone &m : c.milestones) {
        for (Language l : m_languages)
            hasOutput = hasOutput || !m.expectedOutput.text(l).trimmed().isEmpty();
    }
    labelParagraphs(L::Milestones, QStringLiteral("P_LabelKeep"));
    QStringList columns{hasOutput ? QStringLiteral("Col.M1") : QStringLiteral("Col.M1w")};
    QList<L::Label> headings{L::MilestoneName};
    if (hasOutput) {
        columns.append(QStringLiteral("Col.M2"));
        headings.append(L::ExpectedOutput);
    }
    columns << QStringLiteral("Col.M3") << QStringLiteral("Col.M4") << QStringLiteral("Col.M5");
    headings << L::Start << L::End << L::ResponsibleAgency;
    // Kept with the contact block that follows, so that block never stands alone on a page.
    startTable(QStringLiteral("Milestones%1").arg(index + 1), QStringLiteral("FormTableKeepNext"), columns);
    startElement(OdfNs::table(), "table-header-rows");
    startRow();
    for (L::Label h : std::as_const(headings))
        textCell([&] { labelParagraphs(h, QStringLiteral("Table_20_Heading")); },
                 QStringLiteral("LabelCell"));
    m_w.writeEndElement();
    m_w.writeEndElement();
    for (const Milestone &m : c.milestones) {
        startRow();
        textCell([&] {
            localizedParagraphs(m.description, OdtMarks::key(m.uuid, QStringLiteral("description")));
        });
        if (hasOutput)
            textCell([&] {
                localizedParagraphs(m.expectedOutput,
                                    OdtMarks::key(m.uuid, QStringLiteral("expected_output")));
            });
        // One calendar throughout the document (E1): the era is named wherever the period is.
        const Language primary = ExportText::primary(m_request.mode);
        textCell([&] { plainParagraph(DateFormat::cell(m.start, m_request.calendar, primary)); });
        textCell([&] { plainParagraph(DateFormat::cell(m.end, m_request.calendar, primary)); });
        textCell([&] {
            for (Language l : m_languages)
                plainParagraph(ExportText::printedAgency(m.responsibleAgency, l));
        });
        m_w.writeEndElement();
    }
    if (c.milestones.isEmpty()) {
        startRow();
        for (qsizetype i = 0; i < columns.size(); ++i)
            textCell([&] {
                i == 0 ? labelParagraphs(L::NoMilestones, QStringLiteral("Table_20_Contents"))
                       : plainParagraph({});
            });
        m_w.writeEndElement();
    }
    m_w.writeEndElement();
}

void OdtWriter::writeContactTable(const Commitment &c, int index)
{
    startTable(QStringLiteral("Contact%1").arg(index + 1), QStringLiteral("FormTableWhole"),
               {QStringLiteral("Col.Label"), QStringLiteral("Col.Value")});
    labelRow(L::FormFiller, [&] {
        localizedParagraphs(c.text(Field::FormFiller),
                            OdtMarks::key(c.uuid, Fields::code(Field::FormFiller)));
    });
    labelRow(L::Contact, [&] {
        const Contact contact = c.contact();
        const Language primary = ExportText::primary(m_request.mode);
        for (Language l : m_languages) {
            const struct
            {
                L::Label label;
                QString value;
                Field field; // bookmarked when a text field (phone and e-mail are user fields)
            } lines[]{{L::ContactName, contact.name.text(l), Field::ContactName},
                      {L::ContactTitle, contact.title.text(l), Field::ContactTitle},
                      {L::Phone, ExportText::phone(contact.phone, l), Field::ContactPhone},
                      {L::Email, contact.email, Field::ContactEmail}};
            for (const auto &line : lines) {
                // The form's own language keeps its blank lines to fill in by hand; the
                // translation prints nothing for what has no translation.
                if (l != primary && line.value.trimmed().isEmpty())
                    continue;
                const QString k = Fields::isText(line.field)
                                      ? OdtMarks::bookmark(OdtMarks::key(c.uuid, Fields::code(line.field)), l)
                                      : QString();
                labelledParagraph(L::text(line.label, l) + colon(l), line.value, k);
            }
        }
    });
    m_w.writeEndElement();
}

} // namespace nap
