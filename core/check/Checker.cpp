#include "Checker.h"

#include "CommitmentSignals.h"
#include "Rule.h"
#include "RuleSettings.h"

namespace nap {
namespace {

const RuleList &allRules()
{
    // Built once per process, immutable afterwards (thread-safe static initialisation).
    static const RuleList rules = [] {
        RuleList r;
        addCompletenessRules(r);
        addVerifiabilityRules(r);
        addAmbitionRules(r);
        addLogicRules(r);
        return r;
    }();
    return rules;
}

} // namespace

Checker::Checker(CheckOptions options) : m_options(std::move(options))
{
    selectRules();
}

Checker Checker::forWorkspace(const Workspace &workspace, bool englishExport)
{
    CheckOptions options;
    options.disabledRules = RuleSettings::load(workspace).disabledIds();
    options.englishExport = englishExport;
    return Checker(options);
}

Checker::~Checker() = default;
Checker::Checker(const Checker &other) = default;
Checker &Checker::operator=(const Checker &other) = default;

void Checker::selectRules()
{
    m_active.clear();
    for (const auto &rule : allRules()) {
        const RuleInfo &info = rule->info();
        if (m_options.disabledRules.contains(info.ruleId()))
            continue;
        if (info.englishExportOnly && !m_options.englishExport)
            continue;
        if (m_options.freeText && !info.freeText)
            continue;
        m_active.push_back(rule.get());
    }
}

CheckResult Checker::check(const Commitment &commitment, const Plan *plan) const
{
    const TextAnalysis &text = TextAnalysis::instance();
    const CommitmentSignals facts = CommitmentSignals::of(commitment, text);
    const RuleContext context{commitment, plan, m_options, text, facts};
    CheckResult result;
    for (const Rule *rule : m_active)
        rule->check(context, result.findings);
    result.estimate = Estimate::of(facts);
    return result;
}

QList<Finding> Checker::findings(const Commitment &commitment, const Plan *plan) const
{
    return check(commitment, plan).findings;
}

Estimate Checker::estimate(const Commitment &commitment)
{
    return Estimate::of(commitment);
}

QList<const RuleInfo *> Checker::rules()
{
    QList<const RuleInfo *> out;
    for (const auto &rule : allRules())
        out.append(&rule->info());
    return out;
}

const RuleInfo *Checker::rule(const QString &id)
{
    for (const auto &rule : allRules()) {
        if (rule->info().ruleId() == id)
            return &rule->info();
    }
    return nullptr;
}

} // namespace nap
