#include "StorableText.h"

#include "text/UnicodeText.h"

#include <utility>

namespace nap {

QString StorableText::of(const QString &text)
{
    return UnicodeText::storable(text);
}

QStringList StorableText::of(QStringList list)
{
    for (QString &s : list)
        s = of(s);
    return list;
}

LocalizedText StorableText::of(LocalizedText text)
{
    text.zh = of(text.zh);
    text.en = of(text.en);
    return text;
}

Plan StorableText::of(Plan plan)
{
    plan.title = of(plan.title);
    plan.issuer = of(plan.issuer);
    return plan;
}

Area StorableText::of(Area area)
{
    area.title = of(area.title);
    area.preface = of(area.preface);
    return area;
}

Milestone StorableText::of(Milestone m)
{
    m.description = of(m.description);
    m.expectedOutput = of(m.expectedOutput);
    m.stakeholders = of(m.stakeholders);
    m.progressNote = of(m.progressNote);
    m.responsibleAgency = of(m.responsibleAgency);
    return m;
}

Commitment StorableText::of(Commitment c)
{
    c.code = of(c.code);
    c.leadAgency = of(c.leadAgency);
    c.coAgencies = of(c.coAgencies);
    c.policyTags = of(c.policyTags);
    c.contactPhone = of(c.contactPhone);
    c.contactEmail = of(c.contactEmail);
    const QList<Field> fields = c.texts().keys(); // only the texts present: adds no empty ones
    for (Field f : fields)
        c.text(f) = of(std::as_const(c).text(f));
    for (Milestone &m : c.milestones)
        m = of(m);
    return c;
}

} // namespace nap
