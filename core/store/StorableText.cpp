#include "StorableText.h"

#include "text/UnicodeText.h"

#include <utility>

namespace nap {

QString StorableText::of(const QString &text, int *removed)
{
    return UnicodeText::storable(text, removed);
}

QStringList StorableText::of(QStringList list, int *removed)
{
    for (QString &s : list)
        s = of(s, removed);
    return list;
}

LocalizedText StorableText::of(LocalizedText text, int *removed)
{
    text.zh = of(text.zh, removed);
    text.en = of(text.en, removed);
    return text;
}

Plan StorableText::of(Plan plan, int *removed)
{
    plan.title = of(plan.title, removed);
    plan.issuer = of(plan.issuer, removed);
    return plan;
}

Area StorableText::of(Area area, int *removed)
{
    area.title = of(area.title, removed);
    area.preface = of(area.preface, removed);
    return area;
}

Milestone StorableText::of(Milestone m, int *removed)
{
    m.description = of(m.description, removed);
    m.expectedOutput = of(m.expectedOutput, removed);
    m.stakeholders = of(m.stakeholders, removed);
    m.progressNote = of(m.progressNote, removed);
    m.responsibleAgency = of(m.responsibleAgency, removed);
    return m;
}

Commitment StorableText::of(Commitment c, int *removed)
{
    c.code = of(c.code, removed);
    c.leadAgency = of(c.leadAgency, removed);
    c.coAgencies = of(c.coAgencies, removed);
    c.policyTags = of(c.policyTags, removed);
    c.contactPhone = of(c.contactPhone, removed);
    c.contactEmail = of(c.contactEmail, removed);
    const QList<Field> fields = c.texts().keys(); // only the texts present: adds no empty ones
    for (Field f : fields)
        c.text(f) = of(std::as_const(c).text(f), removed);
    for (Milestone &m : c.milestones)
        m = of(m, removed);
    return c;
}

} // namespace nap
