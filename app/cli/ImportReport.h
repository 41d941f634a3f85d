#pragma once

#include "import/ImportApply.h"
#include "import/ImportChoices.h"
#include "import/ImportPlan.h"

#include <QJsonObject>
#include <QTextStream>

namespace nap::cli {

// What napdesk-cli import prints: the preview per file (new / unchanged / changed / conflict,
// the fields of each changed commitment) and, after an import, what was written.
class ImportReport
{
public:
    ImportReport(const ImportPlan &plan, const ImportChoices &choices) : m_plan(plan), m_choices(choices) {}

    void printText(QTextStream &out) const;
    void printResult(const ImportApply::Result &result, QTextStream &out) const;
    QJsonObject json(const ImportApply::Result *result) const; // result: null for a dry run

private:
    void printForm(const ImportPlan::FilePlan &file, QTextStream &out) const;
    QJsonObject fileJson(const ImportPlan::FilePlan &file) const;
    QJsonObject itemJson(const ImportPlan::FilePlan &file, const ImportPlan::Item &item) const;

    const ImportPlan &m_plan;
    const ImportChoices &m_choices;
};

} // namespace nap::cli
