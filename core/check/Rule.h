#pragma once

#include "Checker.h"
#include "CommitmentSignals.h"
#include "RuleInfo.h"
#include "TextAnalysis.h"

#include <memory>
#include <vector>

namespace nap {

// What a rule sees: one commitment, the plan it belongs to (may be null) and the options.
struct RuleContext
{
    const Commitment &commitment;
    const Plan *plan;
    const CheckOptions &options;
    const TextAnalysis &text;
    const CommitmentSignals &facts;
};

// Which language versions of a text a test hit.
struct LanguageHits
{
    bool zh = false;
    bool en = false;
    bool any() const { return zh || en; }
    void applyTo(Finding &finding) const
    {
        finding.inChinese = zh;
        finding.inEnglish = en;
    }
};

// One checker rule. Rules are immutable after construction and check() is const, so one
// instance serves every thread.
class Rule
{
public:
    explicit Rule(const RuleInfo &info) : m_info(info), m_id(info.ruleId()) {}
    virtual ~Rule() = default;
    Rule(const Rule &) = delete;
    Rule &operator=(const Rule &) = delete;

    const RuleInfo &info() const { return m_info; }
    virtual void check(const RuleContext &context, QList<Finding> &out) const = 0;

    // The language a text is really written in: an officer sometimes types English into the
    // Chinese box or the reverse.
    static Language languageOf(const QString &text);
    // Runs test(text, language) on each non-empty version of a bilingual text.
    template <typename Test> static LanguageHits hits(const LocalizedText &text, Test test)
    {
        LanguageHits h;
        if (!TextAnalysis::isBlank(text.zh))
            h.zh = test(text.zh, languageOf(text.zh));
        if (!TextAnalysis::isBlank(text.en))
            h.en = test(text.en, languageOf(text.en));
        return h;
    }

protected:
    Finding finding(const MessageText &message, Field field, QList<FindingArg> args = {}) const;
    Finding finding(const MessageText &message, Severity severity, Field field,
                    QList<FindingArg> args = {}) const;
    Finding milestoneFinding(const MessageText &message, const Commitment &commitment, int index,
                             QList<FindingArg> args = {}) const;

private:
    const RuleInfo &m_info;
    const QString m_id; // shared by every finding, so findings do not allocate it
};

using RuleList = std::vector<std::unique_ptr<const Rule>>;

// The rule families, one file each.
void addCompletenessRules(RuleList &rules);  // A1–A7
void addVerifiabilityRules(RuleList &rules); // B1–B7
void addAmbitionRules(RuleList &rules);      // C1–C5
void addLogicRules(RuleList &rules);         // D1, D2, E3

} // namespace nap
