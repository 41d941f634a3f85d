#pragma once

#include "Estimate.h"
#include "Finding.h"
#include "RuleInfo.h"
#include "model/Commitment.h"
#include "model/Plan.h"

#include <QList>
#include <QSet>

#include <vector>

namespace nap {

class Workspace;

class Rule;

struct CheckOptions
{
    QSet<QString> disabledRules; // rule ids switched off (see RuleSettings)
    bool englishExport = false;  // an English or bilingual export is asked for: run E3
    bool freeText = false;       // pasted plain text: only the rules that apply to free text
};

struct CheckResult
{
    QList<Finding> findings; // in rule order (A1 … E3), then field order within a rule
    Estimate estimate;
    FindingCounts counts() const { return FindingCounts::of(findings); }
};

// Runs the enabled rules of quality-rules.md over one commitment. Construction is cheap (the
// rules and their patterns are built once per process); check() is const and thread-safe, so
// the editor can run it off the UI thread after every edit.
class Checker
{
public:
    explicit Checker(CheckOptions options = {});
    // The checker as a workspace runs it: its rule switches, and the English rules for an
    // English or bilingual export.
    static Checker forWorkspace(const Workspace &workspace, bool englishExport);
    ~Checker();
    Checker(const Checker &other);
    Checker &operator=(const Checker &other);

    const CheckOptions &options() const { return m_options; }

    // plan may be null (no plan period to check against).
    CheckResult check(const Commitment &commitment, const Plan *plan = nullptr) const;
    QList<Finding> findings(const Commitment &commitment, const Plan *plan = nullptr) const;
    // The estimate alone; it does not depend on which rules are switched off.
    static Estimate estimate(const Commitment &commitment);

    // Every rule, in order, whatever the options.
    static QList<const RuleInfo *> rules();
    static const RuleInfo *rule(const QString &id);

private:
    void selectRules();
    CheckOptions m_options;
    std::vector<const Rule *> m_active;
};

} // namespace nap
