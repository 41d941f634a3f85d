// C. Ambition: the independent review's "potential for results".
#include "Rule.h"
#include "text/BilingualText.h"

namespace nap {
namespace {

QString milestoneName(Language language)
{
    return BilingualText::of(language, "nap::check", QT_TRANSLATE_NOOP("nap::check", "Milestone %1"));
}

// ---- C1 ------------------------------------------------------------------------------------
constexpr RuleInfo kC1{
    "C1",
    Severity::Hint,
    Field::Content,
    QT_TRANSLATE_NOOP3("nap::check", "Business as usual", "C1"),
    QT_TRANSLATE_NOOP3("nap::check",
                       "The commitment adds a new openness mechanism instead of continuing existing work "
                       "(“continue to”, “in line with existing”…).",
                       "C1.about"),
    true,
    false};
constexpr MessageText kC1Bau =
    QT_TRANSLATE_NOOP3("nap::check",
                       "“%1” says “%2”, which reads as existing work continued; reviewers would likely rate "
                       "it Unclear. Say what new openness mechanism or change in rules the commitment adds.",
                       "C1.bau");
constexpr MessageText kC1Ongoing =
    QT_TRANSLATE_NOOP3("nap::check",
                       "Every milestone is marked as continuing ongoing work. Say what the commitment adds "
                       "beyond it, or reviewers would likely rate it Unclear.",
                       "C1.ongoing");

class BusinessAsUsual : public Rule
{
public:
    BusinessAsUsual() : Rule(kC1) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const CommitmentSignals &s = ctx.facts;
        if (s.businessAsUsual) {
            const FindingArg where =
                s.bauMilestone >= 0 ? FindingArg{milestoneName(Language::Chinese).arg(s.bauMilestone + 1),
                                                 milestoneName(Language::English).arg(s.bauMilestone + 1)}
                                    : FindingArg::field(s.bauField);
            Finding f = s.bauMilestone >= 0
                            ? milestoneFinding(kC1Bau, ctx.commitment, s.bauMilestone, {where, s.bauWords})
                            : finding(kC1Bau, s.bauField, {where, s.bauWords});
            out.append(f);
        } else if (s.allMilestonesOngoing) {
            out.append(finding(kC1Ongoing, Field::Milestones));
        }
    }
};

// ---- C2 ------------------------------------------------------------------------------------
constexpr RuleInfo kC2{
    "C2",
    Severity::Hint,
    Field::Milestones,
    QT_TRANSLATE_NOOP3("nap::check", "Standalone outputs", "C2"),
    QT_TRANSLATE_NOOP3(
        "nap::check",
        "Not every milestone is a website, platform, dataset, training, workshop, campaign or pilot; "
        "such standalone outputs are usually rated Modest.",
        "C2.about"),
    true,
    false};
constexpr MessageText kC2Modest =
    QT_TRANSLATE_NOOP3("nap::check",
                       "Every milestone is a website, platform, dataset, training, workshop, campaign or "
                       "pilot; reviewers would likely rate the potential Modest. Consider a binding change, "
                       "such as amending a law, issuing rules or mandatory disclosure.",
                       "C2.modest");

class StandaloneOutputs : public Rule
{
public:
    StandaloneOutputs() : Rule(kC2) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.facts.allModest && !ctx.facts.legalOutput)
            out.append(finding(kC2Modest, Field::Milestones));
    }
};

// ---- C3 ------------------------------------------------------------------------------------
constexpr RuleInfo kC3{
    "C3",
    Severity::Hint,
    Field::Content,
    QT_TRANSLATE_NOOP3("nap::check", "Binding change", "C3"),
    QT_TRANSLATE_NOOP3("nap::check",
                       "A legal or regulatory output (law, regulation, rules, mandatory disclosure) with a "
                       "mechanism the public can use may be rated Substantial.",
                       "C3.about"),
    true,
    false};
constexpr MessageText kC3Substantial =
    QT_TRANSLATE_NOOP3("nap::check",
                       "Strength: the commitment includes a legal or regulatory output with a mechanism "
                       "the public can use; reviewers may rate the potential Substantial. Keep it, and "
                       "make clear how the public uses it.",
                       "C3.substantial");

class BindingChange : public Rule
{
public:
    BindingChange() : Rule(kC3) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const CommitmentSignals &s = ctx.facts;
        if (!s.legalOutput || !s.publicFacing)
            return;
        Finding f = s.legalMilestone >= 0 ? milestoneFinding(kC3Substantial, ctx.commitment, s.legalMilestone)
                                          : finding(kC3Substantial, s.legalField);
        f.positive = true;
        out.append(f);
    }
};

// ---- C4 ------------------------------------------------------------------------------------
constexpr RuleInfo kC4{
    "C4",
    Severity::Hint,
    Field::ValueAccountability,
    QT_TRANSLATE_NOOP3("nap::check", "Public accountability", "C4"),
    QT_TRANSLATE_NOOP3(
        "nap::check",
        "Claimed accountability names a mechanism the public can trigger, not only internal audit or "
        "reporting upward.",
        "C4.about"),
    true,
    false};
constexpr MessageText kC4Internal =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The accountability explanation describes only internal audit or reporting upward. "
                       "Reviewers look for a mechanism the public can trigger: complaints, requests for "
                       "reasons, published decisions.",
                       "C4.internal");
constexpr MessageText kC4NoPublic =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The accountability explanation names no mechanism the public can trigger. Say how "
                       "people can ask for reasons, complain, or learn the outcome.",
                       "C4.nopublic");

class PublicAccountability : public Rule
{
public:
    PublicAccountability() : Rule(kC4) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        const LocalizedText &text = c.text(Field::ValueAccountability);
        if (!c.isClaimed(CoreValue::Accountability) || TextAnalysis::isBlank(text))
            return;
        // Each language version must name a mechanism the public can trigger.
        const LanguageHits missing =
            hits(text, [&](const QString &t, Language l) { return !ctx.text.hasPublicTrigger(t, l); });
        if (!missing.any())
            return;
        const LanguageHits internal =
            hits(text, [&](const QString &t, Language l) { return ctx.text.hasInternalOversight(t, l); });
        Finding f = finding(internal.any() ? kC4Internal : kC4NoPublic, Field::ValueAccountability);
        missing.applyTo(f);
        out.append(f);
    }
};

// ---- C5 ------------------------------------------------------------------------------------
constexpr RuleInfo kC5{
    "C5",
    Severity::Warning,
    Field::Milestones,
    QT_TRANSLATE_NOOP3("nap::check", "Scope", "C5"),
    QT_TRANSLATE_NOOP3("nap::check",
                       "No more than 8 milestones, and not several unrelated components in one commitment.",
                       "C5.about"),
    true,
    false};
constexpr MessageText kC5Many =
    QT_TRANSLATE_NOOP3("nap::check",
                       "This commitment has %1 milestones (more than 8). Consider splitting it into several "
                       "commitments, each with one focus.",
                       "C5.many");
constexpr MessageText kC5Components =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The content lists %1 separate parts. If they are independent, split them into "
                       "separate commitments so each can be assessed on its own.",
                       "C5.components");

constexpr int kMaxMilestones = 8;
constexpr int kMaxComponents = 4;

class Scope : public Rule
{
public:
    Scope() : Rule(kC5) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        if (c.milestones.size() > kMaxMilestones)
            out.append(finding(kC5Many, Field::Milestones, {FindingArg::number(c.milestones.size())}));
        const LocalizedText &content = c.text(Field::Content);
        const int parts =
            std::max(ctx.text.enumeratedComponents(content.zh), ctx.text.enumeratedComponents(content.en));
        if (parts > kMaxComponents)
            out.append(finding(kC5Components, Field::Content, {FindingArg::number(parts)}));
    }
};

} // namespace

void addAmbitionRules(RuleList &rules)
{
    rules.push_back(std::make_unique<BusinessAsUsual>());
    rules.push_back(std::make_unique<StandaloneOutputs>());
    rules.push_back(std::make_unique<BindingChange>());
    rules.push_back(std::make_unique<PublicAccountability>());
    rules.push_back(std::make_unique<Scope>());
}

} // namespace nap
