#include "SamplePlan.h"

#include "SampleTexts.h"
#include "store/Workspace.h"

#include <QUuid>

namespace nap {
namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

LocalizedText bilingual(const char *zh, const char *en, const QDateTime &when)
{
    LocalizedText t;
    t.setText(Language::Chinese, QString::fromUtf8(zh), when);
    t.setText(Language::English, QString::fromUtf8(en), when);
    return t;
}

Milestone makeMilestone(const SampleMilestone &s, const QDateTime &when)
{
    Milestone m;
    m.uuid = newUuid();
    m.description = bilingual(s.descriptionZh, s.descriptionEn, when);
    m.expectedOutput = bilingual(s.outputZh, s.outputEn, when);
    m.start = YearMonth::fromIso(QString::fromLatin1(s.start));
    m.end = YearMonth::fromIso(QString::fromLatin1(s.end));
    m.responsibleAgency = QString::fromLatin1(s.agency);
    m.isNew = s.isNew;
    return m;
}

Commitment makeCommitment(const SampleCommitment &s, const Area &area, int position, const QDateTime &when)
{
    Commitment c;
    c.uuid = newUuid();
    c.areaUuid = area.uuid;
    c.sortOrder = position;
    c.code = QStringLiteral("%1-%2").arg(area.number).arg(position);
    c.leadAgency = QString::fromLatin1(s.lead);
    c.coAgencies = QString::fromLatin1(s.coAgencies).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.start = YearMonth::fromIso(QString::fromLatin1(s.start));
    c.end = YearMonth::fromIso(QString::fromLatin1(s.end));
    c.created = when;
    c.modified = when;
    for (const SampleText &t : s.texts) {
        if (t.zh)
            c.text(t.field) = bilingual(t.zh, t.en, when);
    }
    const QStringList claims = QString::fromLatin1(s.claims).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (CoreValue v : CoreValues::all())
        c.setClaimed(v, !c.text(Commitment::explanationField(v)).isEmpty() ||
                            claims.contains(CoreValues::code(v)));
    c.policyTags = QString::fromLatin1(s.tags).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.contactPhone = QString::fromLatin1(s.phone);
    c.contactEmail = QString::fromLatin1(s.email);
    for (const SampleMilestone &m : s.milestones) {
        if (m.descriptionZh)
            c.milestones.append(makeMilestone(m, when));
    }
    return c;
}

} // namespace

SamplePlan SamplePlan::build()
{
    const QDateTime when = QDateTime(QDate(2020, 10, 30), QTime(9, 0), Qt::UTC);
    SamplePlan sample;
    sample.plan.uuid = newUuid();
    sample.plan.title =
        bilingual("開放政府國家行動方案（草案）", "Open Government National Action Plan (draft)", when);
    sample.plan.issuer = bilingual("國家發展委員會", "National Development Council", when);
    sample.plan.start = YearMonth(2020, 5);
    sample.plan.end = YearMonth(2024, 5);
    for (const SampleArea &a : sampleAreas()) {
        Area area;
        area.uuid = newUuid();
        area.number = a.number;
        area.title = bilingual(a.titleZh, a.titleEn, when);
        area.preface = bilingual(a.prefaceZh, a.prefaceEn, when);
        sample.areas.append(area);
        int position = 0;
        for (const SampleCommitment &c : a.commitments) {
            if (c.texts[0].zh)
                sample.commitments.append(makeCommitment(c, area, ++position, when));
        }
    }
    return sample;
}

bool SamplePlan::writeWorkspace(const QString &path, Error *error)
{
    const SamplePlan sample = build();
    std::unique_ptr<Workspace> ws = Workspace::create(path, error);
    if (!ws)
        return false;
    Plan plan = sample.plan;
    plan.uuid = ws->plan().uuid;
    if (!ws->savePlan(plan, error))
        return false;
    for (const Area &a : sample.areas) {
        if (!ws->saveArea(a, error))
            return false;
    }
    return ws->saveCommitments(sample.commitments, error);
}

} // namespace nap
