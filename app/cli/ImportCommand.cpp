#include "ImportCommand.h"

#include "CliOptions.h"
#include "ImportReport.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace nap::cli {
namespace {

// --format and --take; false (with a message) on a wrong value.
bool parseChoices(const CliOptions &options, bool *json, ImportChoices *choices, QTextStream &err)
{
    const QString format = options.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << QCoreApplication::translate("nap::cli", "Unknown format: %1").arg(format) << "\n";
        return false;
    }
    *json = format == QLatin1String("json");
    const QString take = options.value(QStringLiteral("take"));
    if (take == QLatin1String("theirs"))
        choices->all = ImportChoices::Take::Theirs;
    else if (take == QLatin1String("mine"))
        choices->all = ImportChoices::Take::Mine;
    else if (!take.isEmpty()) {
        err << QCoreApplication::translate("nap::cli", "Unknown choice for --take: %1 (use theirs or mine).")
                   .arg(take)
            << "\n";
        return false;
    }
    return true;
}

// --match FILE=CODE (FILE#N=CODE for the Nth form of a file holding several; CODE "new" for
// none): the officer's match for a hand-filled form. False (with a message) for a file that is
// not imported, a form that is not there or a code no commitment has.
bool applyMatches(const CliOptions &options, Workspace &ws, ImportPlan *plan, QTextStream &err)
{
    static const QRegularExpression spec(QStringLiteral("^(.+?)(?:#(\\d+))?=(.+)$"));
    for (const QString &value : options.values(QStringLiteral("match"))) {
        const QRegularExpressionMatch m = spec.match(value);
        int file = -1;
        for (int i = 0; m.hasMatch() && i < plan->files.size(); ++i) {
            const ImportSource &s = plan->files.at(i).source;
            if (s.fileName == m.captured(1) || s.path == QFileInfo(m.captured(1)).absoluteFilePath())
                file = i;
        }
        const int form = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt() - 1;
        QString uuid;
        if (m.hasMatch() && m.captured(3) != QLatin1String("new")) {
            for (const Commitment &c : ws.commitments()) {
                if (c.code == m.captured(3))
                    uuid = c.uuid;
            }
        }
        const bool known = m.hasMatch() && (m.captured(3) == QLatin1String("new") || !uuid.isEmpty());
        if (file < 0 || !known || !plan->rematch(file, form, uuid)) {
            err << QCoreApplication::translate(
                       "nap::cli", "Cannot apply --match %1: name a hand-filled form being imported "
                                   "(FILE=CODE, FILE#N=CODE for its Nth form) and a commitment code "
                                   "of the workspace, or new.")
                       .arg(value)
                << "\n";
            return false;
        }
    }
    return true;
}

// The workspace imported into: created when it does not exist yet (a new consolidated plan);
// a preview only reads it, so an older workspace is not upgraded by looking.
std::unique_ptr<Workspace> openTarget(const QString &path, bool dryRun, Error *error)
{
    if (!QFileInfo::exists(path) && !dryRun)
        return Workspace::create(path, error);
    return Workspace::open(path, dryRun ? Workspace::Mode::ReadOnly : Workspace::Mode::ReadWrite, error);
}

} // namespace

QString ImportCommand::summary() const
{
    return QCoreApplication::translate("nap::cli", "Consolidate agency workbooks and workspaces into one.");
}

QString ImportCommand::usage() const
{
    return QCoreApplication::translate(
        "nap::cli",
        "Usage: napdesk-cli import --workspace FILE [--dry-run] [--format text|json]\n"
        "                          [--take theirs|mine] [--match FILE=CODE|new]... FILE...\n"
        "Imports NAP Desk workbooks (.xlsx, .ods), its documents (.odt forms and plans, as edited\n"
        "in a word processor), forms filled by hand from NDC's template (.odt, .docx) and other\n"
        "workspaces (.napdesk, read only) into the workspace, which is created when it does not\n"
        "exist. NAP Desk's files are matched by uuid; a hand-filled form by the same file's last\n"
        "import, else by its lead agency and code or title. --match names the commitment a form\n"
        "is about (FILE#N=CODE for the Nth form of a file), or new. New commitments are added;\n"
        "for a changed one the file's values are taken, except where the workspace\n"
        "changed the same field since the last import of that file (a conflict: the workspace's\n"
        "value is kept). --take theirs takes every change from the files, --take mine keeps every\n"
        "value of the workspace. --dry-run only shows what would change. Everything is written in\n"
        "one step, with where each field came from; a refused file leaves the workspace as it was.\n"
        "Exit codes: 0 imported or previewed, 1 a file was refused or the import failed, 2 wrong\n"
        "usage or an unreadable workspace.");
}

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("workspace"), QStringLiteral("format"), QStringLiteral("take"),
                        QStringLiteral("match")},
                       {QStringLiteral("dry-run")});
    options.acceptPositional();
    QString problem;
    if (!options.parse(arguments, &problem) || !options.has(QStringLiteral("workspace")) ||
        options.positional().isEmpty()) {
        err << (problem.isEmpty() ? usage() : problem) << "\n";
        return ExitUsage;
    }
    bool json = false;
    ImportChoices choices;
    if (!parseChoices(options, &json, &choices, err))
        return ExitUsage;
    const bool dryRun = options.has(QStringLiteral("dry-run"));
    Error error;
    const auto ws = openTarget(options.value(QStringLiteral("workspace")), dryRun, &error);
    if (!ws) {
        err << error.message() << "\n";
        return ExitUsage;
    }
    ImportPlan plan;
    if (!ImportPlan::build(*ws, options.positional(), &plan, &error)) {
        err << error.message() << "\n"
            << QCoreApplication::translate("nap::cli", "Nothing was imported.") << "\n";
        return ExitFailure;
    }
    if (!applyMatches(options, *ws, &plan, err))
        return ExitUsage;
    const ImportReport report(plan, choices);
    ImportApply::Result result;
    if (!dryRun && !ImportApply::run(*ws, plan, choices, &result, &error)) {
        err << error.message() << "\n"
            << QCoreApplication::translate("nap::cli", "Nothing was imported.") << "\n";
        return ExitFailure;
    }
    if (json) {
        out << QJsonDocument(report.json(dryRun ? nullptr : &result)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    report.printText(out);
    if (dryRun)
        out << QCoreApplication::translate("nap::cli", "Dry run: nothing was changed.") << "\n";
    else
        report.printResult(result, out);
    return ExitOk;
}

} // namespace nap::cli
