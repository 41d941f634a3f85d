#include "SampleGenerator.h"

#include "store/Workspace.h"

#include <QRegularExpression>
#include <QUuid>

#include <array>

namespace nap {
namespace {

struct Topic
{
    const char *zh;
    const char *en;
};

// What the varied commitments are about: policy domains an action plan spans.
constexpr std::array<Topic, 12> kTopics{{
    {"交通運輸", "transport"},
    {"環境品質", "environmental quality"},
    {"公共工程", "public works"},
    {"政府採購", "public procurement"},
    {"醫療衛生", "health care"},
    {"教育文化", "education and culture"},
    {"勞動就業", "labour and employment"},
    {"農業糧食", "agriculture and food"},
    {"社會福利", "social welfare"},
    {"地方財政", "local government finance"},
    {"災害防救", "disaster prevention"},
    {"能源轉型", "the energy transition"},
}};

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int answeredFields(const Commitment &c)
{
    int n = 0;
    for (const LocalizedText &t : c.texts())
        n += t.isEmpty() ? 0 : 1;
    return n;
}

qsizetype textLength(const Commitment &c)
{
    qsizetype n = 0;
    for (const LocalizedText &t : c.texts())
        n += t.zh.size() + t.en.size();
    return n;
}

// Shifts every free-standing figure of one to three digits by `shift` (years, counts and
// percentages change; "45,000" keeps its thousands), so figures differ between commitments.
QString shiftFigures(const QString &text, int shift)
{
    static const QRegularExpression figure(QStringLiteral("(?<![\\d,.])[1-9]\\d{0,2}(?![\\d])"));
    QString out;
    out.reserve(text.size() + 8);
    qsizetype from = 0;
    for (auto it = figure.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += QString::number(m.captured().toInt() + shift);
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

LocalizedText varied(const LocalizedText &base, int shift, const QString &zhLead, const QString &enLead)
{
    LocalizedText t = base;
    t.zh = zhLead + shiftFigures(base.zh, shift);
    t.en = enLead + shiftFigures(base.en, shift);
    return t;
}

// Milestone k of n: the sample's milestones in turn, as numbered phases spread evenly over
// the commitment's period.
Milestone phase(const Commitment &base, const Commitment &c, int k, int n)
{
    Milestone m = base.milestones.at(k % base.milestones.size());
    m.uuid = newUuid();
    const QString zhLead = QStringLiteral("第%1階段：").arg(k + 1);
    const QString enLead = QStringLiteral("Phase %1: ").arg(k + 1);
    m.description = varied(m.description, k, zhLead, enLead);
    m.expectedOutput = varied(m.expectedOutput, k, QString(), QString());
    const int first = c.start.year() * 12 + c.start.month() - 1;
    const int months = c.end.year() * 12 + c.end.month() - first;
    const int from = first + months * k / n;
    const int to = std::max(from, first + months * (k + 1) / n - 1);
    m.start = YearMonth(from / 12, from % 12 + 1);
    m.end = YearMonth(to / 12, to % 12 + 1);
    return m;
}

Commitment variant(const Commitment &base, const Area &area, int position, int index, int milestones)
{
    const Topic &topic = kTopics.at(index % kTopics.size());
    const QString zhTopic = QString::fromUtf8(topic.zh);
    const QString enTopic = QString::fromLatin1(topic.en);
    const int shift = index / int(kTopics.size()) % 9;
    Commitment c = base;
    c.uuid = newUuid();
    c.areaUuid = area.uuid;
    c.sortOrder = position;
    c.code = QStringLiteral("%1-%2").arg(area.number).arg(position);
    for (Field f : Fields::textFields()) {
        if (!c.text(f).isEmpty())
            c.text(f) = varied(base.text(f), shift, QString(), QString());
    }
    LocalizedText &title = c.text(Field::Title);
    title.zh = zhTopic + QStringLiteral("領域") + title.zh;
    title.en = title.en + QStringLiteral(" in ") + enTopic;
    LocalizedText &problem = c.text(Field::Problem);
    problem.zh = QStringLiteral("在%1領域，").arg(zhTopic) + problem.zh;
    problem.en = QStringLiteral("In %1: ").arg(enTopic) + problem.en;
    c.milestones.clear();
    c.milestones.reserve(milestones);
    for (int k = 0; k < milestones; ++k)
        c.milestones.append(phase(base, c, k, milestones));
    return c;
}

} // namespace

Commitment SampleGenerator::strongest(const SamplePlan &sample)
{
    Commitment best = sample.commitments.value(0);
    for (const Commitment &c : sample.commitments) {
        const int fields = answeredFields(c);
        const int bestFields = answeredFields(best);
        if (fields > bestFields || (fields == bestFields && textLength(c) > textLength(best)))
            best = c;
    }
    return best;
}

SamplePlan SampleGenerator::build(int commitments, int milestones)
{
    SamplePlan out = SamplePlan::build();
    const Commitment base = strongest(out);
    out.commitments.clear();
    out.commitments.reserve(std::max(commitments, 0));
    const int areas = int(out.areas.size());
    for (int i = 0; i < commitments; ++i)
        out.commitments.append(variant(base, out.areas.at(i % areas), i / areas + 1, i, milestones));
    return out;
}

bool SampleGenerator::writeWorkspace(const QString &path, int commitments, int milestones, Error *error)
{
    const SamplePlan sample = build(commitments, milestones);
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
