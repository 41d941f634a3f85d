#include "OpenFindingCounts.h"

namespace nap {

OpenFindingCounts::OpenFindingCounts(const Checker &checker, const Plan &plan)
    : m_checker(checker), m_plan(plan)
{
}

QList<Finding> OpenFindingCounts::findings(const Commitment &c)
{
    QList<Finding> out = m_checker.findings(c, &m_plan);
    remember(c.uuid, FindingCounts::of(out));
    return out;
}

ExportInput::OpenFindings OpenFindingCounts::counts(const Commitment &c)
{
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_counts.constFind(c.uuid);
        if (it != m_counts.cend())
            return *it;
    }
    // Checked outside the lock, so workers never wait for each other's checks.
    const FindingCounts counts = m_checker.check(c, &m_plan).counts();
    remember(c.uuid, counts);
    return {counts.errors, counts.warnings};
}

void OpenFindingCounts::remember(const QString &uuid, const FindingCounts &counts)
{
    const QMutexLocker lock(&m_mutex);
    m_counts.insert(uuid, {counts.errors, counts.warnings});
}

std::function<ExportInput::OpenFindings(const Commitment &)>
OpenFindingCounts::reader(const std::shared_ptr<OpenFindingCounts> &counts)
{
    return [counts](const Commitment &c) {
        return counts->counts(c);
    };
}

} // namespace nap
