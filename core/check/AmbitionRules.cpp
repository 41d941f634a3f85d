// C. Ambition: the independent review's "potential for results".
#include "Rule.h"

namespace nap {
namespace {

// ---- C1 ------------------------------------------------------------------------------------
constexpr RuleInfo kC1{"C1",
                       Severity::Hint,
                       Field::Content,
                       {"C1", "例行業務", "Business as usual"},
                       {"C1.about",
                        "內容不只是延續現有業務（依現行規定辦理、持續辦理、賡續…），而有新增的開放機制。",
                        "The commitment adds a new openness mechanism instead of continuing existing work "
                        "(“continue to”, “in line with existing”…)."},
                       true,
                       false};
constexpr MessageText kC1Bau{
    "C1.bau",
    "「%1」寫有「%2」，看來是延續現有業務，審查者可能評為「不明確」。請說明本承諾新增的開放機制"
    "或制度改變。",
    "“%1” says “%2”, which reads as existing work continued; reviewers would likely rate "
    "it Unclear. Say what new openness mechanism or change in rules the commitment adds."};
constexpr MessageText kC1Ongoing{
    "C1.ongoing",
    "所有里程碑都標示為延續既有工作。請說明本承諾在既有工作之外新增了什麼，否則審查者可能評為"
    "「不明確」。",
    "Every milestone is marked as continuing ongoing work. Say what the commitment adds "
    "beyond it, or reviewers would likely rate it Unclear."};

class BusinessAsUsual : public Rule
{
public:
    BusinessAsUsual() : Rule(kC1) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const CommitmentSignals &s = ctx.facts;
        if (s.businessAsUsual) {
            const FindingArg where = s.bauMilestone >= 0
                                         ? FindingArg{QStringLiteral("第%1項里程碑").arg(s.bauMilestone + 1),
                                                      QStringLiteral("Milestone %1").arg(s.bauMilestone + 1)}
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
    {"C2", "單項產出", "Standalone outputs"},
    {"C2.about", "里程碑不全是網站、平臺、資料集、訓練、工作坊、宣導或試辦；這類單項成果通常只評為「有限」。",
     "Not every milestone is a website, platform, dataset, training, workshop, campaign or pilot; "
     "such standalone outputs are usually rated Modest."},
    true,
    false};
constexpr MessageText kC2Modest{
    "C2.modest",
    "所有里程碑都是網站、平臺、資料集、訓練、工作坊、宣導或試辦，審查者可能評為「有限」。可考慮"
    "加入具約束力的改變，例如修法、訂定作業要點或強制揭露。",
    "Every milestone is a website, platform, dataset, training, workshop, campaign or "
    "pilot; reviewers would likely rate the potential Modest. Consider a binding change, "
    "such as amending a law, issuing rules or mandatory disclosure."};

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
    {"C3", "具約束力的改變", "Binding change"},
    {"C3.about",
     "法規或制度性產出（修法、條例、辦法、作業要點、強制揭露）加上民眾可使用的機制，可能評為「重大」。",
     "A legal or regulatory output (law, regulation, rules, mandatory disclosure) with a "
     "mechanism the public can use may be rated Substantial."},
    true,
    false};
constexpr MessageText kC3Substantial{
    "C3.substantial",
    "優點：本承諾包含法規或制度性產出，並有民眾可使用的機制，審查者可能評為「重大」。請保留，"
    "並寫清楚民眾如何使用。",
    "Strength: the commitment includes a legal or regulatory output with a mechanism "
    "the public can use; reviewers may rate the potential Substantial. Keep it, and "
    "make clear how the public uses it."};

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
    {"C4", "對外課責", "Public accountability"},
    {"C4.about", "主張課責時，說明民眾能啟動的機制，而不只是內部稽核或向上級報告。",
     "Claimed accountability names a mechanism the public can trigger, not only internal audit or "
     "reporting upward."},
    true,
    false};
constexpr MessageText kC4Internal{
    "C4.internal",
    "課責說明只提到內部稽核或向上級報告。審查者要看的是民眾能啟動的機制，例如申訴、請求說明、"
    "公開審議結果。",
    "The accountability explanation describes only internal audit or reporting upward. "
    "Reviewers look for a mechanism the public can trigger: complaints, requests for "
    "reasons, published decisions."};
constexpr MessageText kC4NoPublic{
    "C4.nopublic", "課責說明沒有寫出民眾可以啟動的機制。請說明民眾如何要求說明、提出申訴或得知處理結果。",
    "The accountability explanation names no mechanism the public can trigger. Say how "
    "people can ask for reasons, complain, or learn the outcome."};

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
constexpr RuleInfo kC5{"C5",
                       Severity::Warning,
                       Field::Milestones,
                       {"C5", "承諾範圍", "Scope"},
                       {"C5.about", "里程碑不超過8項，內容不是幾個互不相關的分項拼在一起。",
                        "No more than 8 milestones, and not several unrelated components in one commitment."},
                       true,
                       false};
constexpr MessageText kC5Many{
    "C5.many", "本承諾有%1項里程碑（超過8項）。請考慮拆成幾個承諾事項，每項聚焦一個成果。",
    "This commitment has %1 milestones (more than 8). Consider splitting it into several "
    "commitments, each with one focus."};
constexpr MessageText kC5Components{
    "C5.components", "承諾內容列出%1個分項。若它們彼此獨立，請拆成不同的承諾事項，讓每項都能單獨評估。",
    "The content lists %1 separate parts. If they are independent, split them into "
    "separate commitments so each can be assessed on its own."};

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
