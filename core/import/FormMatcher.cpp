#include "FormMatcher.h"

#include "model/FieldValues.h"

#include <QRegularExpression>

namespace nap {

namespace {

// A language the form leaves empty is not said: the workspace's text stays, and so does its
// edit time where the text is the same.
void keepUnsaid(LocalizedText *to, const LocalizedText &from)
{
    if (to->zh.isEmpty())
        to->zh = from.zh;
    if (to->en.isEmpty())
        to->en = from.en;
    if (to->zh == from.zh)
        to->zhEdited = from.zhEdited;
    if (to->en == from.en)
        to->enEdited = from.enEdited;
}

} // namespace

FormMatcher::FormMatcher(const QList<Commitment> &mine) : m_mine(mine) {}

QString FormMatcher::find(const Commitment &form, const QStringList &earlier, int formsInFile, How *how) const
{
    *how = How::None;
    // A file with one form, imported before: the same commitment again, even retitled; but not
    // another agency's form that happens to have the same file name ("承諾事項表.docx").
    if (formsInFile == 1 && earlier.size() == 1) {
        for (const Commitment &c : m_mine) {
            if (c.uuid == earlier.constFirst() && sameAgency(form, c)) {
                *how = How::EarlierImport;
                return c.uuid;
            }
        }
    }
    const auto single = [&](const auto &same, How kind) -> QString {
        QString found;
        for (const Commitment &c : m_mine) {
            if (!same(c) || !sameAgency(form, c))
                continue;
            if (!found.isEmpty())
                return {}; // two candidates: the officer decides
            found = c.uuid;
        }
        if (!found.isEmpty())
            *how = kind;
        return found;
    };
    if (!form.code.isEmpty()) {
        const QString byCode = single([&](const Commitment &c) { return c.code == form.code; }, How::Code);
        if (!byCode.isEmpty())
            return byCode;
    }
    const QString zh = normalTitle(form.text(Field::Title).zh);
    const QString en = normalTitle(form.text(Field::Title).en);
    if (zh.isEmpty() && en.isEmpty())
        return {};
    return single(
        [&](const Commitment &c) {
            return (!zh.isEmpty() && normalTitle(c.text(Field::Title).zh) == zh) ||
                   (!en.isEmpty() && normalTitle(c.text(Field::Title).en) == en);
        },
        How::Title);
}

bool FormMatcher::sameAgency(const Commitment &a, const Commitment &b)
{
    return a.leadAgency.isEmpty() || b.leadAgency.isEmpty() || a.leadAgency == b.leadAgency;
}

QString FormMatcher::normalTitle(const QString &title)
{
    static const QRegularExpression noise(QStringLiteral("[\\s\\p{P}\\p{S}]+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QString t = title.toCaseFolded();
    t.remove(noise);
    return t;
}

Commitment FormMatcher::adopt(const Commitment &form, const Commitment &mine, const QList<Field> &found)
{
    Commitment out = form;
    out.uuid = mine.uuid;
    out.areaUuid = mine.areaUuid;
    out.sortOrder = mine.sortOrder;
    out.created = mine.created;
    out.modified = mine.modified;
    if (!found.contains(Field::Code))
        out.code = mine.code;
    for (Field f : FieldValues::compared()) {
        if (found.contains(f) || f == Field::Code || f == Field::Area)
            continue;
        if (Fields::isText(f))
            out.text(f) = mine.text(f);
        else
            FieldValues::set(&out, f, FieldValues::get(mine, f, 0), {});
    }
    for (Field f : Fields::textFields())
        keepUnsaid(&out.text(f), mine.text(f));
    if (found.contains(Field::Milestones))
        adoptMilestones(&out.milestones, mine.milestones);
    return out;
}

void FormMatcher::adoptMilestones(QList<Milestone> *milestones, const QList<Milestone> &mine)
{
    QList<bool> taken(mine.size(), false);
    for (Milestone &m : *milestones) {
        for (qsizetype i = 0; i < mine.size(); ++i) {
            const Milestone &my = mine.at(i);
            const bool same = (!m.description.zh.isEmpty() &&
                               normalTitle(m.description.zh) == normalTitle(my.description.zh)) ||
                              (!m.description.en.isEmpty() &&
                               normalTitle(m.description.en) == normalTitle(my.description.en));
            if (taken.at(i) || !same)
                continue;
            taken[i] = true;
            // What the table has no column or no language for stays as the workspace has it.
            m.uuid = my.uuid;
            keepUnsaid(&m.description, my.description);
            keepUnsaid(&m.expectedOutput, my.expectedOutput);
            keepUnsaid(&m.stakeholders, my.stakeholders);
            keepUnsaid(&m.progressNote, my.progressNote);
            if (!m.start.isValid())
                m.start = my.start;
            if (!m.end.isValid())
                m.end = my.end;
            if (m.responsibleAgency.isEmpty())
                m.responsibleAgency = my.responsibleAgency;
            m.isNew = my.isNew;
            m.completion = my.completion;
            break;
        }
    }
}

QString FormMatcher::howCode(How how)
{
    switch (how) {
    case How::None:
        return QStringLiteral("none");
    case How::EarlierImport:
        return QStringLiteral("earlier_import");
    case How::Code:
        return QStringLiteral("code");
    case How::Title:
        return QStringLiteral("title");
    case How::Officer:
        return QStringLiteral("officer");
    }
    return {};
}

} // namespace nap
