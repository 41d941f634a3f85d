#include "CommitmentSignals.h"

#include "Rule.h"

namespace nap {
namespace {

template <typename Test> bool anyVersion(const LocalizedText &text, Test test)
{
    return Rule::hits(text, test).any();
}

} // namespace

CommitmentSignals CommitmentSignals::of(const Commitment &c, const TextAnalysis &ta)
{
    CommitmentSignals s;
    s.milestones = static_cast<int>(c.milestones.size());

    // Business as usual, unless something new is added anywhere.
    const auto bauIn = [&](const LocalizedText &t, Field field, int milestone) {
        if (!s.bauWords.zh.isEmpty() || !s.bauWords.en.isEmpty())
            return;
        const QString zh = t.zh.isEmpty() ? QString() : ta.businessAsUsual(t.zh, Rule::languageOf(t.zh));
        const QString en = t.en.isEmpty() ? QString() : ta.businessAsUsual(t.en, Rule::languageOf(t.en));
        if (zh.isEmpty() && en.isEmpty())
            return;
        s.bauWords = {zh.isEmpty() ? en : zh, en.isEmpty() ? zh : en};
        s.bauField = field;
        s.bauMilestone = milestone;
    };
    const auto isNew = [&](const LocalizedText &t) {
        return anyVersion(t, [&](const QString &x, Language l) { return ta.hasNewMechanism(x, l); });
    };
    const auto isLegal = [&](const LocalizedText &t) {
        return anyVersion(t, [&](const QString &x, Language l) { return ta.hasLegalOutput(x, l); });
    };
    const auto isPublic = [&](const LocalizedText &t) {
        return anyVersion(t, [&](const QString &x, Language l) { return ta.isPublicFacing(x, l); });
    };

    bauIn(c.text(Field::Content), Field::Content, -1);
    bauIn(c.text(Field::ExpectedResults), Field::ExpectedResults, -1);
    bool somethingNew = isNew(c.text(Field::Content)) || isNew(c.text(Field::ExpectedResults));
    // Outputs are in the content and the milestones; results and values only mention laws.
    if (isLegal(c.text(Field::Content))) {
        s.legalOutput = true;
        s.legalField = Field::Content;
    }
    for (const Field f :
         {Field::Content, Field::ExpectedResults, Field::Contribution, Field::ValueTransparency,
          Field::ValueParticipation, Field::ValueAccountability, Field::ValueInclusion})
        s.publicFacing = s.publicFacing || isPublic(c.text(f));

    bool allModest = !c.milestones.isEmpty();
    bool allOngoing = !c.milestones.isEmpty();
    for (int i = 0; i < c.milestones.size(); ++i) {
        const Milestone &m = c.milestones.at(i);
        bauIn(m.description, Field::Milestones, i);
        somethingNew = somethingNew || isNew(m.description) || isNew(m.expectedOutput);
        const bool legal = isLegal(m.description) || isLegal(m.expectedOutput);
        if (legal && !s.legalOutput) {
            s.legalOutput = true;
            s.legalField = Field::Milestones;
            s.legalMilestone = i;
        }
        const bool modest = anyVersion(m.description, [&](const QString &x,
                                                          Language l) { return ta.isModestOutput(x, l); }) ||
                            anyVersion(m.expectedOutput,
                                       [&](const QString &x, Language l) { return ta.isModestOutput(x, l); });
        allModest = allModest && modest && !legal;
        allOngoing = allOngoing && !m.isNew;
        s.publicFacing = s.publicFacing || isPublic(m.description) || isPublic(m.expectedOutput);

        if (TextAnalysis::isBlank(m.description) || !m.end.isValid()) {
            ++s.incompleteMilestones;
            continue;
        }
        // Judge the milestone in its main language: Chinese when written, else English.
        const QString &desc = m.description.zh.trimmed().isEmpty() ? m.description.en : m.description.zh;
        const Language l = Rule::languageOf(desc);
        const QString &output = l == Language::Chinese ? m.expectedOutput.zh : m.expectedOutput.en;
        if (ta.isVagueMilestone(desc, output, l))
            ++s.vagueMilestones;
    }
    // A legal or regulatory output is a change in itself, never business as usual.
    somethingNew = somethingNew || s.legalOutput;
    s.businessAsUsual = (!s.bauWords.zh.isEmpty() || !s.bauWords.en.isEmpty()) && !somethingNew;
    s.allMilestonesOngoing = allOngoing;
    s.allModest = allModest;
    for (const CoreValue v : {CoreValue::Transparency, CoreValue::Participation, CoreValue::Accountability})
        s.valueExplained =
            s.valueExplained || !TextAnalysis::isBlank(c.text(Commitment::explanationField(v)));
    return s;
}

} // namespace nap
