#include "SampleCommand.h"

#include "CliOptions.h"
#include "sample/SamplePlan.h"

#include <QCoreApplication>

namespace nap::cli {

QString SampleCommand::summary() const
{
    return QCoreApplication::translate("nap::cli", "Write the sample workspace (the 2020 draft plan).");
}

QString SampleCommand::usage() const
{
    return QCoreApplication::translate("nap::cli", "Usage: napdesk-cli sample --out FILE\n"
                                                   "Writes a new workspace with the bilingual sample plan. "
                                                   "FILE must not exist yet.");
}

int SampleCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("out")}, {});
    QString problem;
    if (!options.parse(arguments, &problem) || !options.has(QStringLiteral("out"))) {
        err << (problem.isEmpty() ? usage() : problem) << "\n";
        return ExitUsage;
    }
    Error error;
    const QString path = options.value(QStringLiteral("out"));
    if (!SamplePlan::writeWorkspace(path, &error)) {
        err << error.message() << "\n";
        return ExitFailure;
    }
    out << QCoreApplication::translate("nap::cli", "Sample workspace written to %1").arg(path) << "\n";
    return ExitOk;
}

} // namespace nap::cli
