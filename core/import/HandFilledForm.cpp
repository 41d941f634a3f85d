#include "HandFilledForm.h"

#include "check/FreeTextParser.h"
#include "check/PastedDates.h"
#include "check/TextAnalysis.h"
#include "import/AgencyNames.h"
#include "import/FormDocument.h"
#include "text/Catalog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace nap {

namespace {

using Section = PastedHeadings::Section;

// The form's own title and notes to the filler: neither answers nor worth reporting.
bool isFormChrome(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("附件\\s*\\d*|承諾事項格式|填表說明|國家行動方案|commitment (?:form|template)|"
                       "national action plan|^\\(?\\s*(?:page|第)\\s*\\d+"),
        QRegularExpression::CaseInsensitiveOption);
    return line.size() <= 80 && re.match(line).hasMatch();
}

// "（尚無里程碑）", "(transparency, participation, accountability)": a note or a label's
// hint in parentheses, not an answer.
bool isPlaceholder(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*[（(][^）)]*[）)]\\s*$"));
    return re.match(text).hasMatch();
}

bool isContactSection(const std::optional<PastedHeadings::Match> &s)
{
    return s && s->section == Section::Ignore && s->field == Field::ContactName;
}

// A heading, and its answer on the same line; "建議主政機關／主（協）辦機關" is one label
// written two ways, not a label and its answer.
bool heading(const QString &text, PastedHeadings::Match *m)
{
    static const QRegularExpression joiner(QStringLiteral("^[／/、|\\s]+"));
    if (!PastedHeadings::match(text, m))
        return false;
    PastedHeadings::Match again;
    QString rest = m->answer;
    rest.remove(joiner);
    if (!rest.isEmpty() && PastedHeadings::match(rest, &again) && again.section == m->section)
        m->answer = again.answer;
    return true;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

bool HandFilledForm::read(const QString &path, Result *out, Error *error)
{
    QList<FormBlock> blocks;
    if (!FormDocument::read(path, &blocks, error))
        return false;
    *out = parse(blocks);
    if (out->commitments.isEmpty()) {
        *error = Error::about(path, Error::NotAForm);
        return false;
    }
    return true;
}

HandFilledForm::Result HandFilledForm::parse(const QList<FormBlock> &blocks)
{
    HandFilledForm f;
    for (const FormBlock &b : blocks)
        f.block(b);
    f.finish();
    return f.m_result;
}

void HandFilledForm::block(const FormBlock &b)
{
    if (b.tableRow) {
        row(b);
        return;
    }
    for (const QString &l : b.cells.value(0).split(QLatin1Char('\n')))
        line(l, b.heading);
}

void HandFilledForm::row(const FormBlock &b)
{
    QStringList cells;
    for (const QString &c : b.cells)
        cells.append(c.trimmed());
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    if (cells.isEmpty())
        return; // a blank row
    if (MilestoneColumns::isHeader(cells)) {
        m_columns = MilestoneColumns(cells);
        open({Section::Milestones, Field::Milestones, {}});
        return;
    }
    if (labelRow(cells))
        return;
    if (m_section && m_section->section == Section::Milestones && m_columns.isValid() && cells.size() > 1) {
        bool dated = false;
        const Milestone m = m_columns.milestone(cells, &dated);
        if (isPlaceholder(cells.join(QLatin1Char(' '))))
            return; // "（尚無里程碑）"
        if (m.description.zh.isEmpty() && m.description.en.isEmpty()) {
            m_result.unplaced.append(cells.join(QStringLiteral(" | ")));
            return;
        }
        if (!dated)
            m_result.unplaced.append(
                QCoreApplication::translate("nap::HandFilledForm", "Milestone without dates: %1")
                    .arg(cells.join(QStringLiteral(" | "))));
        m_current.milestones.append(m);
        note(Field::Milestones);
        return;
    }
    for (const QString &cell : std::as_const(cells)) {
        for (const QString &l : cell.split(QLatin1Char('\n')))
            line(l, false);
    }
}

// "label | answer…": the first cell is a heading alone, the others its answer.
bool HandFilledForm::labelRow(const QStringList &cells)
{
    if (cells.size() < 2)
        return false;
    const QStringList lines = cells.constFirst().split(QLatin1Char('\n'));
    PastedHeadings::Match label;
    const QString first = TextAnalysis::stripLeadingMarkers(lines.constFirst()).trimmed();
    // A hint to the filler after the label ("（請說明現況與基準資料）") is part of the label.
    if (!heading(first, &label) || (!label.answer.isEmpty() && !isPlaceholder(label.answer)))
        return false;
    open(label);
    // Further lines of the label cell: its English label, or a hint to the filler.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        PastedHeadings::Match again;
        if (!PastedHeadings::match(TextAnalysis::stripLeadingMarkers(lines.at(i)).trimmed(), &again))
            line(lines.at(i), false);
    }
    for (qsizetype c = 1; c < cells.size(); ++c) {
        bool chinese = false;
        for (const QString &l : cells.at(c).split(QLatin1Char('\n'))) {
            // A cell holds the answer in Chinese, then in English: each language's text starts
            // under the cell's label again, whatever inline label ("問題成因：") came before.
            const bool cjk = TextAnalysis::hasCjk(l);
            if (chinese && !cjk && !l.trimmed().isEmpty())
                reopen(label);
            chinese = cjk || (chinese && l.trimmed().isEmpty());
            line(l, false);
        }
    }
    return true;
}

void HandFilledForm::reopen(const PastedHeadings::Match &label)
{
    m_section = label;
    m_unknownHeading = false;
    m_valueTarget = label.section == Section::Values ? Field::Relevance : label.field;
}

void HandFilledForm::line(const QString &raw, bool headingStyle)
{
    // Headings are found without their numbering ("一、", "(1)"); answers keep what was typed.
    const QString plain = raw.trimmed();
    const QString unnumbered = TextAnalysis::stripLeadingMarkers(plain).trimmed();
    if (unnumbered.isEmpty() || plainLabel(unnumbered) || chrome(unnumbered, headingStyle) ||
        ((headingStyle || !m_section) && codeHeading(plain)))
        return;
    PastedHeadings::Match found;
    const bool inValues = m_section && m_section->section == Section::Values;
    QString rest;
    if (heading(unnumbered, &found) && !(inValues && PastedHeadings::valueLabel(unnumbered, &rest))) {
        // The same heading again (its English label after the Chinese one) opens nothing new.
        if (!(m_section && m_section->section == found.section && m_section->field == found.field))
            open(found);
        if (!found.answer.isEmpty())
            place(found.answer);
        return;
    }
    if (headingStyle && !isFormChrome(plain)) {
        m_unknownHeading = true; // a heading NAP Desk does not know: its text is reported
        m_result.unplaced.append(plain);
        return;
    }
    if (m_unknownHeading || (!m_section && !isFormChrome(plain))) {
        m_result.unplaced.append(plain);
        return;
    }
    if (m_section)
        place(plain);
}

// The form's own title between two forms, or a note to the filler: not an answer.
bool HandFilledForm::chrome(const QString &line, bool headingStyle)
{
    const bool answering = m_section && !m_unknownHeading && m_section->section != Section::Ignore;
    if (!isFormChrome(line) || (answering && !headingStyle))
        return false;
    m_section.reset();
    m_unknownHeading = false;
    return true;
}

// "1-1 政府資料開放與運用法制化": a form headed by the commitment's code and name, as NAP Desk
// prints it. Another code starts another commitment.
bool HandFilledForm::codeHeading(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})\\s*-\\s*(\\d{1,3})\\s+(\\S.*)$"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return false;
    const QString code = m.captured(1) + QLatin1Char('-') + m.captured(2);
    if ((!m_current.code.isEmpty() && m_current.code != code) ||
        (m_current.code.isEmpty() && !m_found.isEmpty()))
        finish();
    m_current.code = code;
    note(Field::Code);
    (TextAnalysis::hasCjk(m.captured(3)) ? m_headingTitle.zh : m_headingTitle.en) = m.captured(3).trimmed();
    m_section.reset();
    m_unknownHeading = false;
    return true;
}

// Labels with their answer on the same line: the contact block and the commitment's number.
bool HandFilledForm::plainLabel(const QString &line)
{
    static const QRegularExpression anywhere(
        QStringLiteral("^(電話|聯絡電話|phone|tel(?:ephone)?|電子(?:郵件|信箱)|e-?mail|(?:承諾事項)?編號|"
                       "commitment (?:no\\.?|number|code))\\s*[：:]\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inContact(
        QStringLiteral("^(姓名|聯絡人|name|職稱(?:[／/及、]?單位)?|單位|title(?: and department)?|department)"
                       "\\s*[：:]\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = anywhere.match(line);
    if (!m.hasMatch() && isContactSection(m_section))
        m = inContact.match(line);
    if (!m.hasMatch())
        return false;
    const QString label = m.captured(1).toLower();
    const QString value = m.captured(2).trimmed();
    if (value.isEmpty())
        return true; // a label left blank answers nothing
    if (label.contains(QStringLiteral("電話")) || label.startsWith(QLatin1String("phone")) ||
        label.startsWith(QLatin1String("tel"))) {
        // An extension written out ("分機 123", "ext. 123") is stored as NAP Desk keeps it: "#123".
        static const QRegularExpression extension(
            QStringLiteral("\\s*(?:分機|轉|ext\\.?|extension|x)\\s*(\\d+)\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        m_current.contactPhone = QString(value).replace(extension, QStringLiteral("#\\1"));
        note(Field::ContactPhone);
    } else if (label.contains(QStringLiteral("電子")) || label.contains(QLatin1String("mail"))) {
        m_current.contactEmail = value;
        note(Field::ContactEmail);
    } else if (label.contains(QStringLiteral("編號")) || label.startsWith(QLatin1String("commitment"))) {
        m_current.code = value;
        note(Field::Code);
    } else if (label == QStringLiteral("姓名") || label == QStringLiteral("聯絡人") ||
               label == QLatin1String("name")) {
        addText(Field::ContactName, value);
    } else {
        addText(Field::ContactTitle, value);
    }
    return true;
}

void HandFilledForm::open(const PastedHeadings::Match &heading)
{
    // A second commitment name after the first commitment's answers starts another form.
    if (heading.field == Field::Title && heading.section == Section::Text && m_found.size() > 1)
        finish();
    if (heading.section != Section::Milestones)
        m_columns = MilestoneColumns();
    reopen(heading);
}

void HandFilledForm::place(const QString &line)
{
    if (isPlaceholder(line))
        return;
    switch (m_section->section) {
    case Section::Text:
        addText(m_section->field, line);
        break;
    case Section::Values:
        placeValues(line);
        break;
    case Section::Milestones:
        m_milestoneLines.append(line);
        break;
    case Section::Period: {
        const PastedDates::Range r = PastedDates::range(line);
        if (!r.isValid()) {
            m_result.unplaced.append(line);
            break;
        }
        m_current.start = r.start.isValid() ? r.start : m_current.start;
        m_current.end = r.end;
        note(Field::Period);
        break;
    }
    case Section::LeadAgency: {
        const AgencyNames::List names = AgencyNames::parse(line);
        if (m_current.leadAgency.isEmpty() && !names.lead.isEmpty()) {
            m_current.leadAgency = names.lead;
            m_current.coAgencies = names.co;
            note(Field::LeadAgency);
            note(Field::CoAgencies);
        }
        break;
    }
    case Section::Ignore:
        if (m_section->field == Field::ActorsGovernment)
            addText(Field::ActorsGovernment, line);
        else if (m_section->field != Field::PolicyTags || !addPolicyAreas(line))
            m_result.unplaced.append(line);
        break;
    }
}

// Policy areas by their names in either language; false when one is not in the catalogue.
bool HandFilledForm::addPolicyAreas(const QString &line)
{
    QStringList codes;
    for (const QString &name :
         line.split(QRegularExpression(QStringLiteral("[、，,;；/]")), Qt::SkipEmptyParts)) {
        const QString code = Catalog::policyAreas().codeFor(name);
        if (code.isEmpty())
            return false;
        codes.append(code);
    }
    for (const QString &code : std::as_const(codes)) {
        if (!m_current.policyTags.contains(code))
            m_current.policyTags.append(code);
    }
    note(Field::PolicyTags);
    return true;
}

void HandFilledForm::placeValues(const QString &line)
{
    // "涉及核心價值：透明、課責" names the values claimed.
    static const QRegularExpression claims(
        QStringLiteral("^(?:涉及(?:之|的)?核心價值|core values concerned)\\s*[：:]"),
        QRegularExpression::CaseInsensitiveOption);
    if (claims.match(line).hasMatch()) {
        for (const QString &name :
             line.mid(line.indexOf(QRegularExpression(QStringLiteral("[：:]"))) + 1)
                 .split(QRegularExpression(QStringLiteral("[、，,;；/\\s]+")), Qt::SkipEmptyParts)) {
            QString none;
            if (const std::optional<Field> f = PastedHeadings::valueLabel(name, &none)) {
                for (CoreValue v : CoreValues::all())
                    m_current.claimed[int(v)] |= Commitment::explanationField(v) == *f;
            }
        }
        note(Field::ValueClaims);
        return;
    }
    QString rest;
    if (const std::optional<Field> f = PastedHeadings::valueLabel(line, &rest)) {
        m_valueTarget = *f;
        addText(*f, rest);
        return;
    }
    addText(m_valueTarget, line);
}

void HandFilledForm::addText(Field field, const QString &line)
{
    if (line.isEmpty())
        return;
    LocalizedText &t = m_current.text(field);
    QString &target = TextAnalysis::hasCjk(line) ? t.zh : t.en;
    if (!target.isEmpty())
        target += QLatin1Char('\n');
    target += line;
    note(field);
}

void HandFilledForm::note(Field field)
{
    if (!m_found.contains(field))
        m_found.append(field);
}

void HandFilledForm::finish()
{
    if (!m_milestoneLines.isEmpty()) {
        // Milestones written as paragraphs: the pasted-text reader knows their many shapes.
        const FreeTextParser::Result parsed =
            FreeTextParser::parse(QStringLiteral("衡量指標\n") + m_milestoneLines.join(QLatin1Char('\n')));
        for (Milestone m : parsed.commitment.milestones) {
            m.uuid = newUuid();
            m_current.milestones.append(m);
        }
        note(Field::Milestones);
        m_milestoneLines.clear();
    }
    if (!m_found.isEmpty()) {
        // The name in the form's heading, where no name label answered it.
        LocalizedText &title = m_current.text(Field::Title);
        if (title.zh.isEmpty() && title.en.isEmpty() &&
            (!m_headingTitle.zh.isEmpty() || !m_headingTitle.en.isEmpty()))
            note(Field::Title);
        if (title.zh.isEmpty())
            title.zh = m_headingTitle.zh;
        if (title.en.isEmpty())
            title.en = m_headingTitle.en;
        for (CoreValue v : CoreValues::all()) {
            if (!m_current.text(Commitment::explanationField(v)).isEmpty())
                m_current.setClaimed(v, true);
        }
        m_current.uuid = newUuid();
        m_result.commitments.append(m_current);
        m_result.found.append(m_found);
    }
    m_current = Commitment();
    m_headingTitle = LocalizedText();
    m_found.clear();
    m_section.reset();
    m_columns = MilestoneColumns();
    m_unknownHeading = false;
}

} // namespace nap
