#include "SampleCommand.h"

#include "CliOptions.h"
#include "sample/SampleGenerator.h"
#include "sample/SamplePlan.h"

#include <QCoreApplication>

namespace nap::cli {
namespace {

// A count option: absent gives fallback; anything but a whole number in [0, limit] is an error.
bool countOption(const CliOptions &options, const QString &name, int fallback, int limit, int *count)
{
    if (!options.has(name)) {
        *count = fallback;
        return true;
    }
    bool ok = false;
    *count = options.value(name).toInt(&ok);
    return ok && *count >= 0 && *count <= limit;
}

} // namespace

QString SampleCommand::summary() const
{
    return QCoreApplication::translate("nap::cli", "Write the sample workspace (the 2020 draft plan).");
}

QString SampleCommand::usage() const
{
    return QCoreApplication::translate(
        "nap::cli", "Usage: napdesk-cli sample --out FILE [--commitments N [--milestones M]]\n"
                    "Writes a new workspace with the bilingual sample plan. FILE must not exist yet.\n"
                    "With --commitments, the plan holds N full-length bilingual commitments (varied from\n"
                    "the sample's most complete one) of M milestones each (default 10), for trying\n"
                    "NAP Desk on a large plan and for measuring it.");
}

int SampleCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString commitmentsOption = QStringLiteral("commitments");
    const QString milestonesOption = QStringLiteral("milestones");
    CliOptions options({QStringLiteral("out"), commitmentsOption, milestonesOption}, {});
    QString problem;
    if (!options.parse(arguments, &problem) || !options.has(QStringLiteral("out")) ||
        (options.has(milestonesOption) && !options.has(commitmentsOption))) {
        err << (problem.isEmpty() ? usage() : problem) << "\n";
        return ExitUsage;
    }
    int commitments = 0;
    int milestones = 0;
    if (!countOption(options, commitmentsOption, 0, 100000, &commitments) ||
        !countOption(options, milestonesOption, 10, 100, &milestones)) {
        err << QCoreApplication::translate(
                   "nap::cli", "--commitments takes a number up to 100000, --milestones up to 100.")
            << "\n";
        return ExitUsage;
    }
    Error error;
    const QString path = options.value(QStringLiteral("out"));
    const bool written = options.has(commitmentsOption)
                             ? SampleGenerator::writeWorkspace(path, commitments, milestones, &error)
                             : SamplePlan::writeWorkspace(path, &error);
    if (!written) {
        err << error.message() << "\n";
        return ExitFailure;
    }
    out << QCoreApplication::translate("nap::cli", "Sample workspace written to %1").arg(path) << "\n";
    return ExitOk;
}

} // namespace nap::cli
