#include "ExportCommand.h"

#include "CliOptions.h"
#include "check/Checker.h"
#include "check/RuleSettings.h"
#include "export/Exporter.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>

namespace nap::cli {

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("nap::cli", "Write NDC forms, the plan document or a workbook.");
}

QString ExportCommand::usage() const
{
    return QCoreApplication::translate(
        "nap::cli",
        "Usage: napdesk-cli export --workspace FILE --format odt|odt-plan|xlsx|ods --lang zh|en|both\n"
        "                          [--calendar roc|gregorian] --out PATH [--commitment CODE]...\n"
        "                          [--agency AGENCY]\n"
        "  odt       NDC commitment forms (all commitments, or those given by --commitment)\n"
        "  odt-plan  the whole plan: cover, areas and every commitment\n"
        "  xlsx/ods  the consolidation workbook\n"
        "The calendar defaults to roc for zh and both, gregorian for en. --agency names the\n"
        "exporting agency (default: the workspace's exporting agency setting).\n"
        "Exit codes: 0 written, 1 the export failed, 2 wrong usage.");
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("workspace"), QStringLiteral("format"), QStringLiteral("lang"),
                        QStringLiteral("calendar"), QStringLiteral("out"), QStringLiteral("commitment"),
                        QStringLiteral("agency")},
                       {});
    QString problem;
    if (!options.parse(arguments, &problem)) {
        err << problem << "\n";
        return ExitUsage;
    }
    for (const char *required : {"workspace", "format", "lang", "out"}) {
        if (!options.has(QLatin1String(required))) {
            err << QCoreApplication::translate("nap::cli", "Missing option --%1.")
                       .arg(QLatin1String(required))
                << "\n"
                << usage() << "\n";
            return ExitUsage;
        }
    }
    ExportRequest request;
    if (!ExportRequest::formatFromCode(options.value(QStringLiteral("format")), &request.format)) {
        err << QCoreApplication::translate("nap::cli", "Unknown format: %1")
                   .arg(options.value(QStringLiteral("format")))
            << "\n";
        return ExitUsage;
    }
    if (!ExportRequest::modeFromCode(options.value(QStringLiteral("lang")), &request.mode)) {
        err << QCoreApplication::translate("nap::cli", "Unknown language: %1")
                   .arg(options.value(QStringLiteral("lang")))
            << "\n";
        return ExitUsage;
    }
    request.calendar = ExportRequest::defaultCalendar(request.mode);
    const QString calendar = options.value(QStringLiteral("calendar"));
    if (calendar == QLatin1String("roc")) {
        request.calendar = Calendar::Roc;
    } else if (calendar == QLatin1String("gregorian")) {
        request.calendar = Calendar::Gregorian;
    } else if (!calendar.isEmpty()) {
        err << QCoreApplication::translate("nap::cli", "Unknown calendar: %1").arg(calendar) << "\n";
        return ExitUsage;
    }
    request.targetPath =
        QDir::cleanPath(QDir::current().absoluteFilePath(options.value(QStringLiteral("out"))));

    Error error;
    const auto ws =
        Workspace::open(options.value(QStringLiteral("workspace")), Workspace::Mode::ReadOnly, &error);
    if (!ws) {
        err << error.message() << "\n";
        return ExitFailure;
    }
    ExportInput data{ws->plan(), ws->areas(), ws->commitments(), {}};
    // The workbook's open_findings column: errors and warnings under the workspace's rule switches.
    CheckOptions checks;
    checks.disabledRules = RuleSettings::load(*ws).disabledIds();
    checks.englishExport = request.mode != ExportRequest::Mode::Chinese;
    const Checker checker(checks);
    const Plan plan = data.plan;
    data.openFindings = [checker, plan](const Commitment &c) {
        const FindingCounts counts = checker.check(c, &plan).counts();
        return counts.errors + counts.warnings;
    };
    request.exportingAgency =
        options.value(QStringLiteral("agency"), ws->setting(QStringLiteral("exporting_agency")));
    for (const QString &code : options.values(QStringLiteral("commitment"))) {
        QString uuid;
        for (const Commitment &c : data.commitments)
            uuid = c.code == code ? c.uuid : uuid;
        if (uuid.isEmpty()) {
            err << QCoreApplication::translate("nap::cli", "No commitment has the code %1.").arg(code)
                << "\n";
            return ExitFailure;
        }
        request.commitmentUuids.append(uuid);
    }
    if (!Exporter::run(request, data, &error)) {
        err << error.message() << "\n";
        return ExitFailure;
    }
    out << QCoreApplication::translate("nap::cli", "Wrote %1")
               .arg(QDir::toNativeSeparators(request.targetPath))
        << "\n";
    return ExitOk;
}

} // namespace nap::cli
