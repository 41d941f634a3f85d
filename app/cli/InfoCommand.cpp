#include "InfoCommand.h"

#include "CliOptions.h"
#include "KeptUntilExit.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace nap::cli {

QString InfoCommand::summary() const
{
    return QCoreApplication::translate("nap::cli", "Show what a workspace holds.");
}

QString InfoCommand::usage() const
{
    return QCoreApplication::translate("nap::cli",
                                       "Usage: napdesk-cli info --workspace FILE\n"
                                       "Prints the plan and its area, commitment and milestone counts.");
}

int InfoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("workspace")}, {});
    QString problem;
    if (!options.parse(arguments, &problem) || !options.has(QStringLiteral("workspace"))) {
        err << (problem.isEmpty() ? usage() : problem) << "\n";
        return ExitUsage;
    }
    Error error;
    const auto ws =
        Workspace::open(options.value(QStringLiteral("workspace")), Workspace::Mode::ReadOnly, &error);
    if (!ws) {
        err << error.message() << "\n";
        return ExitUsage; // unreadable input
    }
    const Plan plan = ws->plan();
    QList<Commitment> commitments = ws->commitments();
    const qsizetype areas = ws->areas().size();
    if (ws->readError()) {
        err << ws->readError().message() << "\n";
        return ExitUsage;
    }
    qsizetype milestones = 0;
    for (const Commitment &c : commitments)
        milestones += c.milestones.size();
    const Language language =
        QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English;
    const Language other = language == Language::Chinese ? Language::English : Language::Chinese;
    const QString title =
        plan.title.text(language).isEmpty() ? plan.title.text(other) : plan.title.text(language);
    out << QCoreApplication::translate("nap::cli", "Plan: %1").arg(title) << "\n"
        << QCoreApplication::translate("nap::cli", "Period: %1 to %2")
               .arg(plan.start.toIso(), plan.end.toIso())
        << "\n"
        << QCoreApplication::translate("nap::cli", "Plans: %1").arg(1) << "\n"
        << QCoreApplication::translate("nap::cli", "Areas: %1").arg(areas) << "\n"
        << QCoreApplication::translate("nap::cli", "Commitments: %1").arg(commitments.size()) << "\n"
        << QCoreApplication::translate("nap::cli", "Milestones: %1").arg(milestones) << "\n";
    keepUntilExit(std::move(commitments));
    return ExitOk;
}

} // namespace nap::cli
