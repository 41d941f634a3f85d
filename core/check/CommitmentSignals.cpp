#include "CommitmentSignals.h"

#include "FrameworkAim.h"
#include "HighStakesArea.h"
#include "OpenScope.h"
#include "Rule.h"

namespace nap {
namespace {

template <typename Test> bool anyVersion(const LocalizedText &text, Test test)
{
    return Rule::hits(text, test).any();
}

// The first phrase `find` returns in the given fields, per language (each falls back on the other).
template <typename Find>
FindingArg firstFound(const Commitment &c, std::initializer_list<Field> fields, Find find)
{
    QString zh;
    QString en;
    for (const Field f : fields) {
        const LocalizedText &t = c.text(f);
        if (zh.isEmpty() && !t.zh.isEmpty())
            zh = find(t.zh, Rule::languageOf(t.zh));
        if (en.isEmpty() && !t.en.isEmpty())
            en = find(t.en, Rule::languageOf(t.en));
    }
    return {zh.isEmpty() ? en : zh, en.isEmpty() ? zh : en};
}

// Walks a commitment's texts and milestones once, filling the signals as it goes.
class Collector
{
public:
    Collector(const TextAnalysis &ta, CommitmentSignals &s) : m_ta(ta), m_s(s) {}

    // The first business-as-usual wording met, in either language.
    void bauIn(const LocalizedText &t, Field field, int milestone)
    {
        if (!m_s.bauWords.zh.isEmpty() || !m_s.bauWords.en.isEmpty())
            return;
        const QString zh = t.zh.isEmpty() ? QString() : m_ta.businessAsUsual(t.zh, Rule::languageOf(t.zh));
        const QString en = t.en.isEmpty() ? QString() : m_ta.businessAsUsual(t.en, Rule::languageOf(t.en));
        if (zh.isEmpty() && en.isEmpty())
            return;
        m_s.bauWords = {zh.isEmpty() ? en : zh, en.isEmpty() ? zh : en};
        m_s.bauField = field;
        m_s.bauMilestone = milestone;
    }
    bool isNew(const LocalizedText &t) const
    {
        return anyVersion(t, [&](const QString &x, Language l) { return m_ta.hasNewMechanism(x, l); });
    }
    bool isLegal(const LocalizedText &t) const
    {
        return anyVersion(t, [&](const QString &x, Language l) { return m_ta.hasLegalAction(x, l); });
    }
    bool isPublic(const LocalizedText &t) const
    {
        return anyVersion(t, [&](const QString &x, Language l) { return m_ta.isPublicFacing(x, l); });
    }
    bool isModest(const LocalizedText &t) const
    {
        return anyVersion(t, [&](const QString &x, Language l) { return m_ta.isModestOutput(x, l); });
    }

    void milestone(const Milestone &m, int i)
    {
        bauIn(m.description, Field::Milestones, i);
        somethingNew = somethingNew || isNew(m.description) || isNew(m.expectedOutput);
        const bool legal = isLegal(m.description) || isLegal(m.expectedOutput);
        if (legal && !m_s.legalOutput) {
            m_s.legalOutput = true;
            m_s.legalField = Field::Milestones;
            m_s.legalMilestone = i;
        }
        allModest = allModest && (isModest(m.description) || isModest(m.expectedOutput)) && !legal;
        allOngoing = allOngoing && !m.isNew;
        m_s.publicFacing = m_s.publicFacing || isPublic(m.description) || isPublic(m.expectedOutput);
        if (TextAnalysis::isBlank(m.description) || !m.end.isValid())
            ++m_s.incompleteMilestones;
        if (TextAnalysis::isBlank(m.description))
            return;
        // Judge the milestone in its main language: Chinese when written, else English.
        const QString &desc = m.description.zh.trimmed().isEmpty() ? m.description.en : m.description.zh;
        const Language l = Rule::languageOf(desc);
        const QString &output = l == Language::Chinese ? m.expectedOutput.zh : m.expectedOutput.en;
        if (m_ta.isVagueMilestone(desc, output, l))
            ++m_s.vagueMilestones;
    }

    bool somethingNew = false;
    bool allModest = true;
    bool allOngoing = true;

private:
    const TextAnalysis &m_ta;
    CommitmentSignals &m_s;
};

// Without milestones the title, summary and content are all that says what will be done: a
// pledge of weak verbs with no output anywhere is what reviewers cannot verify.
void pledge(const Commitment &c, const TextAnalysis &ta, CommitmentSignals &s)
{
    LocalizedText all;
    for (const Field f : {Field::Title, Field::Brief, Field::Content}) {
        const LocalizedText &t = c.text(f);
        all.zh += t.zh + QLatin1Char('\n');
        all.en += t.en + QLatin1Char('\n');
    }
    all.zh = all.zh.trimmed();
    all.en = all.en.trimmed();
    QString verbZh;
    QString verbEn;
    // Every language version present must be vague, so both versions agree.
    const LanguageHits vague = Rule::hits(all, [&](const QString &t, Language l) {
        const QString verb = ta.vaguePledge(t, l);
        (l == Language::Chinese ? verbZh : verbEn) = verb;
        return !verb.isEmpty();
    });
    const bool zhVague = TextAnalysis::isBlank(all.zh) || vague.zh;
    const bool enVague = TextAnalysis::isBlank(all.en) || vague.en;
    s.vaguePledge = vague.any() && zhVague && enVague;
    s.pledgeWords = {verbZh.isEmpty() ? verbEn : verbZh, verbEn.isEmpty() ? verbZh : verbEn};
}

} // namespace

CommitmentSignals CommitmentSignals::of(const Commitment &c, const TextAnalysis &ta)
{
    CommitmentSignals s;
    s.milestones = static_cast<int>(c.milestones.size());
    Collector walk(ta, s);
    // Business as usual, unless something new is added anywhere.
    walk.bauIn(c.text(Field::Content), Field::Content, -1);
    walk.bauIn(c.text(Field::ExpectedResults), Field::ExpectedResults, -1);
    walk.somethingNew = walk.isNew(c.text(Field::Content)) || walk.isNew(c.text(Field::ExpectedResults));
    // Outputs are in the content and the milestones; results and values only mention laws.
    if (walk.isLegal(c.text(Field::Content))) {
        s.legalOutput = true;
        s.legalField = Field::Content;
    }
    s.weakAim = anyVersion(c.text(Field::Title),
                           [&](const QString &x, Language l) { return !ta.weakVerbAtStart(x, l).isEmpty(); });
    s.bindingAim =
        walk.isLegal(c.text(Field::Title)) ||
        (!s.weakAim && (walk.isLegal(c.text(Field::Brief)) || walk.isLegal(c.text(Field::Content))));
    s.stakesWords = firstFound(c, {Field::Title, Field::Brief}, HighStakesArea::found);
    s.highStakes = !s.stakesWords.zh.isEmpty();
    s.frameworkWords = firstFound(c, {Field::Title}, FrameworkAim::found);
    s.frameworkAim = !s.frameworkWords.zh.isEmpty();
    for (const Field f : {Field::Content, Field::ExpectedResults, Field::Contribution, Field::Relevance,
                          Field::ValueTransparency, Field::ValueParticipation, Field::ValueAccountability,
                          Field::ValueInclusion})
        s.publicFacing = s.publicFacing || walk.isPublic(c.text(f));
    walk.allModest = walk.allOngoing = !c.milestones.isEmpty();
    for (int i = 0; i < c.milestones.size(); ++i)
        walk.milestone(c.milestones.at(i), i);
    // A legal or regulatory output is a change in itself, never business as usual.
    const bool somethingNew = walk.somethingNew || s.legalOutput;
    s.businessAsUsual = (!s.bauWords.zh.isEmpty() || !s.bauWords.en.isEmpty()) && !somethingNew;
    s.allMilestonesOngoing = walk.allOngoing;
    s.allModest = walk.allModest;
    if (c.milestones.isEmpty()) {
        pledge(c, ta, s);
        s.scopeWords = firstFound(c, {Field::Brief, Field::Content}, OpenScope::found);
        s.openScope = !s.scopeWords.zh.isEmpty();
    }
    s.valueExplained = !TextAnalysis::isBlank(c.text(Field::Relevance));
    for (const CoreValue v : {CoreValue::Transparency, CoreValue::Participation, CoreValue::Accountability})
        s.valueExplained =
            s.valueExplained || !TextAnalysis::isBlank(c.text(Commitment::explanationField(v)));
    return s;
}

} // namespace nap
