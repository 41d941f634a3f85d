#pragma once

#include "ExportRequest.h"
#include "check/Checker.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace nap {

// The checker's open findings per commitment, computed once per export however often they
// are read: by the export gate, by the forms' draft mark and by the workbook's count columns,
// and for each file of a multi-format export. Thread-safe: the files are written on a worker.
class OpenFindingCounts
{
public:
    OpenFindingCounts(const Checker &checker, const Plan &plan);

    // The findings of c (the checker runs here; the counts are remembered for counts()).
    QList<Finding> findings(const Commitment &c);
    // The remembered counts of c, or the checker's when c was not checked yet.
    ExportInput::OpenFindings counts(const Commitment &c);

    // An ExportInput::openFindings that reads (and fills) the shared counts.
    static std::function<ExportInput::OpenFindings(const Commitment &)>
    reader(const std::shared_ptr<OpenFindingCounts> &counts);

private:
    void remember(const QString &uuid, const FindingCounts &counts);

    const Checker m_checker;
    const Plan m_plan;
    QMutex m_mutex;
    QHash<QString, ExportInput::OpenFindings> m_counts;
};

} // namespace nap
