#include "ExportCommand.h"

#include "CliOptions.h"
#include "KeptUntilExit.h"
#include "check/Checker.h"
#include "check/Guidance.h"
#include "export/ExportTarget.h"
#include "export/Exporter.h"
#include "export/OpenFindingCounts.h"
#include "export/TranslationGaps.h"
#include "store/Workspace.h"
#include "text/UnicodeText.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <functional>

namespace nap::cli {
namespace {

// --format, --lang, --calendar and --out; false (with a message) on a wrong value.
bool parseRequest(const CliOptions &options, ExportRequest *request, QTextStream &err)
{
    if (!ExportRequest::formatFromCode(options.value(QStringLiteral("format")), &request->format)) {
        err << QCoreApplication::translate("nap::cli", "Unknown format: %1")
                   .arg(options.value(QStringLiteral("format")))
            << "\n";
        return false;
    }
    if (!ExportRequest::modeFromCode(options.value(QStringLiteral("lang")), &request->mode)) {
        err << QCoreApplication::translate("nap::cli", "Unknown language: %1")
                   .arg(options.value(QStringLiteral("lang")))
            << "\n";
        return false;
    }
    request->calendar = ExportRequest::defaultCalendar(request->mode);
    const QString calendar = options.value(QStringLiteral("calendar"));
    if (calendar == QLatin1String("roc")) {
        request->calendar = Calendar::Roc;
    } else if (calendar == QLatin1String("gregorian")) {
        request->calendar = Calendar::Gregorian;
    } else if (!calendar.isEmpty()) {
        err << QCoreApplication::translate("nap::cli", "Unknown calendar: %1").arg(calendar) << "\n";
        return false;
    }
    request->targetPath =
        QDir::cleanPath(QDir::current().absoluteFilePath(options.value(QStringLiteral("out"))));
    return true;
}

// --commitment CODE...: codes are typed by hand and may repeat, so every commitment with the
// code goes out. False (with a message) for a code no commitment has.
bool chooseCommitments(const QStringList &codes, const QList<Commitment> &all, ExportRequest *request,
                       QTextStream &err)
{
    for (const QString &code : codes) {
        bool found = false;
        for (const Commitment &c : all) {
            if (c.code != code)
                continue;
            found = true;
            if (!request->commitmentUuids.contains(c.uuid))
                request->commitmentUuids.append(c.uuid);
        }
        if (!found) {
            err << QCoreApplication::translate("nap::cli", "No commitment has the code %1.").arg(code)
                << "\n";
            return false;
        }
    }
    return true;
}

// The commitments the request covers, in plan order.
QList<Commitment> selection(const ExportRequest &request, const QList<Commitment> &all)
{
    if (request.commitmentUuids.isEmpty())
        return all;
    QList<Commitment> chosen;
    for (const Commitment &c : all) {
        if (request.commitmentUuids.contains(c.uuid))
            chosen.append(c);
    }
    return chosen;
}

// The export gate, as in the window: commitments with open errors go out only with a
// reason, which is recorded in the workspace beside the findings it overrode.
// The checker runs here, once per commitment: the counts the forms and workbooks show are
// remembered in `checks`.
bool passGate(Workspace &ws, OpenFindingCounts &checks, const QList<Commitment> &chosen,
              const QString &reason, QTextStream &err)
{
    QList<std::pair<const Commitment *, QList<Finding>>> open;
    QStringList codes;
    for (const Commitment &c : chosen) {
        QList<Finding> findings = checks.findings(c);
        const int errors = FindingCounts::of(findings).errors;
        if (errors > 0) {
            open.append({&c, findings});
            codes.append(
                QCoreApplication::translate("nap::cli", "%1 (%n error(s))", nullptr, errors).arg(c.code));
        }
    }
    if (open.isEmpty())
        return true;
    if (reason.trimmed().isEmpty()) {
        err << QCoreApplication::translate("nap::cli", "%n commitment(s) still have errors: %1.", nullptr,
                                           int(open.size()))
                   .arg(codes.join(QLatin1String(", ")))
            << "\n"
            << QCoreApplication::translate(
                   "nap::cli",
                   "Fix them (napdesk-cli check lists them), or export anyway with --reason TEXT; the "
                   "reason is recorded in the workspace.")
            << "\n";
        return false;
    }
    for (const auto &[c, findings] : std::as_const(open)) {
        Error error;
        if (!ws.addExportOverride(c->uuid, reason.trimmed(), Findings::summaryJson(findings), &error)) {
            err << QCoreApplication::translate(
                       "nap::cli", "The reason could not be recorded, so nothing was exported: %1")
                       .arg(error.message())
                << "\n";
            return false;
        }
    }
    err << QCoreApplication::translate(
               "nap::cli", "Exporting %n commitment(s) with open errors; the reason was recorded.", nullptr,
               int(open.size()))
        << "\n";
    return true;
}

void warnAboutEnglish(const ExportRequest &request, const QList<Commitment> &chosen, QTextStream &err)
{
    if (request.mode == ExportRequest::Mode::Chinese)
        return;
    const TranslationGaps gaps = TranslationGaps::of(chosen);
    if (gaps.isEmpty())
        return;
    QStringList parts;
    if (gaps.missing > 0)
        parts.append(QCoreApplication::translate("nap::cli", "%n field(s) have no English text", nullptr,
                                                 gaps.missing));
    if (gaps.stale > 0)
        parts.append(QCoreApplication::translate(
            "nap::cli", "%n English text(s) are older than the Chinese they translate", nullptr, gaps.stale));
    err << QCoreApplication::translate("nap::cli",
                                       "Warning: English check for %n commitment(s): %1. The export goes "
                                       "ahead with the text as it is.",
                                       nullptr, gaps.commitments)
               .arg(parts.join(QLatin1String("; ")))
        << "\n";
}

// Control characters in the workspace (written by an older version or another tool) cannot
// go into any XML file: the export leaves them out, and says where.
void warnAboutControlCharacters(const QList<Commitment> &chosen, QTextStream &err)
{
    const Language language =
        QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English;
    // The name is made only for a text with something to report: translating a label for every
    // field and milestone of a large plan was a few per cent of its export.
    const auto report = [&](const Commitment &c, const std::function<QString()> &name,
                            const LocalizedText &t) {
        for (const Language l : {Language::Chinese, Language::English}) {
            int removed = 0;
            UnicodeText::storable(t.text(l), &removed);
            if (removed == 0)
                continue;
            err << QCoreApplication::translate(
                       "nap::cli",
                       "Warning: %1 %2 (%3): %n control character(s) left out; no export file can "
                       "hold them.",
                       nullptr, removed)
                       .arg(c.code, name(),
                            l == Language::Chinese ? QCoreApplication::translate("nap::cli", "Chinese")
                                                   : QCoreApplication::translate("nap::cli", "English"))
                << "\n";
        }
    };
    for (const Commitment &c : chosen) {
        for (Field f : Fields::textFields())
            report(
                c, [&] { return Guidance::fieldLabel(f, language); }, c.text(f));
        for (qsizetype i = 0; i < c.milestones.size(); ++i) {
            const auto name = [i] {
                return QCoreApplication::translate("nap::cli", "milestone %1").arg(i + 1);
            };
            report(c, name, c.milestones.at(i).description);
            report(c, name, c.milestones.at(i).expectedOutput);
        }
    }
}

} // namespace

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("nap::cli", "Write NDC forms, the plan document or a workbook.");
}

QString ExportCommand::usage() const
{
    return QCoreApplication::translate(
        "nap::cli", "Usage: napdesk-cli export --workspace FILE --format odt|odt-plan|xlsx|ods|pdf|pdf-plan\n"
                    "                          --lang zh|en|both [--calendar roc|gregorian] --out PATH\n"
                    "                          [--commitment CODE]... [--agency AGENCY] [--reason TEXT]\n"
                    "  odt       NDC commitment forms (all commitments, or those given by --commitment)\n"
                    "  odt-plan  the whole plan: cover, areas and every commitment\n"
                    "  xlsx/ods  the consolidation workbook\n"
                    "  pdf, pdf-plan  the forms or the plan as PDF (needs LibreOffice installed)\n"
                    "The calendar defaults to roc for zh and both, gregorian for en. --agency names the\n"
                    "exporting agency (default: the workspace's exporting agency setting).\n"
                    "Commitments with open errors are exported only with --reason, which is recorded in\n"
                    "the workspace. English and bilingual exports warn about missing or outdated English.\n"
                    "Exit codes: 0 written, 1 the export failed or was held back, 2 wrong usage or an\n"
                    "unreadable workspace.");
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("workspace"), QStringLiteral("format"), QStringLiteral("lang"),
                        QStringLiteral("calendar"), QStringLiteral("out"), QStringLiteral("commitment"),
                        QStringLiteral("agency"), QStringLiteral("reason")},
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
    if (!parseRequest(options, &request, err))
        return ExitUsage;

    // Recording a reason writes to the workspace; anything else only reads it.
    const QString reason = options.value(QStringLiteral("reason"));
    Error error;
    const auto ws =
        Workspace::open(options.value(QStringLiteral("workspace")),
                        reason.isEmpty() ? Workspace::Mode::ReadOnly : Workspace::Mode::ReadWrite, &error);
    if (!ws) {
        err << error.message() << "\n";
        return ExitUsage;
    }
    ExportInput data{ws->plan(), ws->areas(), ws->commitments(), {}};
    if (ws->readError()) { // never an empty or partial file from a workspace that reads wrong
        err << ws->readError().message() << "\n";
        return ExitUsage;
    }
    // The open finding counts (the gate, the forms' draft mark, the workbook's columns), under
    // the workspace's rule switches.
    const auto checks = std::make_shared<OpenFindingCounts>(
        Checker::forWorkspace(*ws, request.mode != ExportRequest::Mode::Chinese), data.plan);
    data.openFindings = OpenFindingCounts::reader(checks);
    request.workspacePath = ws->path();
    // The target is judged before anything is recorded in the workspace.
    if (!ExportTarget::check(request.targetPath, request.workspacePath, &error)) {
        err << error.message() << "\n";
        return ExitFailure;
    }
    request.exportingAgency =
        options.value(QStringLiteral("agency"), ws->setting(QStringLiteral("exporting_agency")));
    if (!chooseCommitments(options.values(QStringLiteral("commitment")), data.commitments, &request, err))
        return ExitFailure;
    QList<Commitment> chosen = selection(request, data.commitments);
    if (!passGate(*ws, *checks, chosen, reason, err))
        return ExitFailure;
    warnAboutEnglish(request, chosen, err);
    warnAboutControlCharacters(chosen, err);
    if (!Exporter::run(request, data, &error)) {
        err << error.message() << "\n";
        return ExitFailure;
    }
    keepUntilExit(std::move(data));
    keepUntilExit(std::move(chosen));
    out << QCoreApplication::translate("nap::cli", "Wrote %1")
               .arg(QDir::toNativeSeparators(request.targetPath))
        << "\n";
    return ExitOk;
}

} // namespace nap::cli
