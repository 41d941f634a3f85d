#include "CheckCommand.h"

#include "CliOptions.h"
#include "KeptUntilExit.h"
#include "check/Checker.h"
#include "check/FreeTextParser.h"
#include "check/Guidance.h"
#include "check/RuleSettings.h"
#include "store/Workspace.h"
#include "text/BilingualText.h"
#include "text/TranslationLoader.h"
#include "text/UnicodeText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>

namespace nap::cli {
namespace {

struct Checked
{
    Commitment commitment;
    CheckResult result;
};

struct Report
{
    QString sourceKind; // "workspace" or "text"
    QString sourcePath;
    QList<Checked> items;
    QList<RuleSettings::Switch> disabled;
    QList<Field> recognised; // free text only
};

// The report speaks the language asked for (--lang), whatever the interface language.
QString say(Language language, const char *source)
{
    return BilingualText::of(language, "nap::cli", source);
}

QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

// --lang is also a global option that main() consumes to pick the interface language, so
// look for it there as well; the report defaults to the interface language (the system
// locale's), like every other message of the tool.
bool resolveLanguage(const CliOptions &options, Language *language)
{
    QString value = options.value(QStringLiteral("lang"));
    if (value.isEmpty()) {
        const QStringList all = QCoreApplication::arguments();
        for (qsizetype i = 1; i < all.size(); ++i) {
            if (all.at(i) == QLatin1String("--lang") && i + 1 < all.size())
                value = all.at(i + 1);
            else if (all.at(i).startsWith(QLatin1String("--lang=")))
                value = all.at(i).mid(7);
        }
    }
    if (value.isEmpty())
        value = TranslationLoader::defaultLanguage(QLocale::system());
    const QString code = TranslationLoader::normalize(value);
    if (code.isEmpty())
        return false;
    *language = code == TranslationLoader::chinese() ? Language::Chinese : Language::English;
    return true;
}

bool readPlainText(const QString &path, QString *text, QString *problem)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *problem = QCoreApplication::translate("nap::cli", "The file does not exist: %1").arg(path);
        return false;
    }
    if (info.isDir()) {
        *problem = QCoreApplication::translate("nap::cli", "This is a folder, not a text file: %1").arg(path);
        return false;
    }
    if (!info.isFile()) { // a device or pipe: reading it may never end
        *problem =
            QCoreApplication::translate("nap::cli", "This is not an ordinary file (a device or pipe): %1")
                .arg(path);
        return false;
    }
    if (info.size() > CheckCommand::kMaxTextBytes) {
        *problem = QCoreApplication::translate("nap::cli",
                                               "The file is too large to be a commitment (over %1 MB): %2")
                       .arg(CheckCommand::kMaxTextBytes / (1024 * 1024))
                       .arg(path);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = QCoreApplication::translate("nap::cli", "The file cannot be read: %1").arg(path);
        return false;
    }
    const QByteArray bytes = f.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    if (bytes.contains('\0') || decoder.hasError()) {
        *problem = QCoreApplication::translate(
                       "nap::cli", "The file is not plain UTF-8 text. Save it as UTF-8 text first: %1")
                       .arg(path);
        return false;
    }
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    if (text->trimmed().isEmpty()) {
        *problem = QCoreApplication::translate("nap::cli", "The file is empty: %1").arg(path);
        return false;
    }
    return true;
}

QString title(const Commitment &c, Language language)
{
    const LocalizedText &t = c.text(Field::Title);
    const QString &preferred = t.text(language);
    return preferred.isEmpty() ? (t.zh.isEmpty() ? t.en : t.zh) : preferred;
}

QString severityName(Severity s, Language language)
{
    switch (s) {
    case Severity::Error:
        return say(language, QT_TRANSLATE_NOOP("nap::cli", "error"));
    case Severity::Warning:
        return say(language, QT_TRANSLATE_NOOP("nap::cli", "warning"));
    case Severity::Hint:
        return say(language, QT_TRANSLATE_NOOP("nap::cli", "hint"));
    }
    return {};
}

QString location(const Finding &f, Language language)
{
    if (f.isMilestoneFinding())
        return say(language, QT_TRANSLATE_NOOP("nap::cli", "Milestone %1")).arg(f.milestoneIndex + 1);
    return Guidance::fieldLabel(f.field, language);
}

QString countsLine(const FindingCounts &c, Language language)
{
    return say(language, QT_TRANSLATE_NOOP("nap::cli", "errors: %1, warnings: %2, hints: %3"))
        .arg(c.errors)
        .arg(c.warnings)
        .arg(c.hints);
}

void printText(const Report &report, Language language, QTextStream &out)
{
    if (!report.recognised.isEmpty()) {
        QStringList names;
        for (Field f : report.recognised)
            names.append(Guidance::fieldLabel(f, language));
        out << say(language, QT_TRANSLATE_NOOP("nap::cli", "Recognised: "))
            << names.join(say(language, QT_TRANSLATE_NOOP("nap::cli", ", "))) << "\n\n";
    }
    for (const RuleSettings::Switch &s : report.disabled)
        out << say(language, QT_TRANSLATE_NOOP("nap::cli", "Rule %1 is switched off: %2"))
                   .arg(s.ruleId, s.reason)
            << "\n";
    FindingCounts total;
    for (const Checked &item : report.items) {
        const Commitment &c = item.commitment;
        out << (c.code.isEmpty() ? QString() : c.code + QLatin1Char(' ')) << title(c, language) << "\n";
        const Estimate &e = item.result.estimate;
        out << "  " << e.summary(language) << "\n";
        for (const Estimate::Reason &r : e.reasons)
            out << "    · " << r.text(language) << "\n";
        for (const Finding &f : item.result.findings) {
            out << "  [" << severityName(f.severity, language) << "] " << f.ruleId << " "
                << location(f, language) << say(language, QT_TRANSLATE_NOOP("nap::cli", ": "))
                << f.message(language) << "\n";
        }
        const FindingCounts counts = item.result.counts();
        out << "  " << countsLine(counts, language) << "\n\n";
        total.errors += counts.errors;
        total.warnings += counts.warnings;
        total.hints += counts.hints;
    }
    out << say(language, QT_TRANSLATE_NOOP("nap::cli", "Commitments checked: %1; ")).arg(report.items.size())
        << countsLine(total, language) << "\n";
}

QJsonObject findingJson(const Finding &f, const Commitment &c, Language language)
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), f.ruleId);
    o.insert(QStringLiteral("severity"), Severities::code(f.severity));
    o.insert(QStringLiteral("field"), Fields::code(f.field));
    o.insert(QStringLiteral("fieldLabel"), Guidance::fieldLabel(f.field, language));
    if (f.isMilestoneFinding()) {
        o.insert(QStringLiteral("milestoneIndex"), f.milestoneIndex);
        o.insert(QStringLiteral("milestoneUuid"), f.milestoneUuid);
    }
    o.insert(QStringLiteral("commitmentUuid"), c.uuid);
    o.insert(QStringLiteral("commitmentCode"), c.code);
    o.insert(QStringLiteral("key"), f.messageKey());
    o.insert(QStringLiteral("message"), f.message(language));
    o.insert(QStringLiteral("messages"), QJsonObject{{QStringLiteral("zh"), f.message(Language::Chinese)},
                                                     {QStringLiteral("en"), f.message(Language::English)}});
    QJsonArray languages;
    if (f.inChinese)
        languages.append(QStringLiteral("zh"));
    if (f.inEnglish)
        languages.append(QStringLiteral("en"));
    o.insert(QStringLiteral("languages"), languages);
    o.insert(QStringLiteral("positive"), f.positive);
    return o;
}

QJsonObject estimateJson(const Estimate &e, Language language)
{
    QJsonArray reasons;
    for (const Estimate::Reason &r : e.reasons)
        reasons.append(
            QJsonObject{{QStringLiteral("key"), r.key()}, {QStringLiteral("text"), r.text(language)}});
    return QJsonObject{{QStringLiteral("label"), Estimate::label(language)},
                       {QStringLiteral("verifiable"), e.verifiable},
                       // "yes", "no" or "unknown" (pasted text that says too little to judge)
                       {QStringLiteral("verifiability"), Estimate::verifiabilityCode(e.verifiability)},
                       {QStringLiteral("potential"), Estimate::potentialCode(e.potential)},
                       {QStringLiteral("potentialName"), Estimate::potentialName(e.potential, language)},
                       {QStringLiteral("reasons"), reasons}};
}

QJsonObject countsJson(const FindingCounts &c)
{
    return QJsonObject{{QStringLiteral("errors"), c.errors},
                       {QStringLiteral("warnings"), c.warnings},
                       {QStringLiteral("hints"), c.hints}};
}

void printJson(const Report &report, Language language, QTextStream &out)
{
    QJsonArray commitments;
    FindingCounts total;
    for (const Checked &item : report.items) {
        QJsonArray findings;
        for (const Finding &f : item.result.findings)
            findings.append(findingJson(f, item.commitment, language));
        const FindingCounts counts = item.result.counts();
        total.errors += counts.errors;
        total.warnings += counts.warnings;
        total.hints += counts.hints;
        commitments.append(
            QJsonObject{{QStringLiteral("uuid"), item.commitment.uuid},
                        {QStringLiteral("code"), item.commitment.code},
                        {QStringLiteral("title"), title(item.commitment, language)},
                        {QStringLiteral("estimate"), estimateJson(item.result.estimate, language)},
                        {QStringLiteral("counts"), countsJson(counts)},
                        {QStringLiteral("findings"), findings}});
    }
    QJsonArray disabled;
    for (const RuleSettings::Switch &s : report.disabled)
        disabled.append(
            QJsonObject{{QStringLiteral("rule"), s.ruleId}, {QStringLiteral("reason"), s.reason}});
    QJsonObject root{{QStringLiteral("language"), languageCode(language)},
                     {QStringLiteral("source"), QJsonObject{{report.sourceKind, report.sourcePath}}},
                     {QStringLiteral("disabledRules"), disabled},
                     {QStringLiteral("commitments"), commitments},
                     {QStringLiteral("totals"), countsJson(total)}};
    if (report.sourceKind == QLatin1String("text")) {
        QJsonArray recognised;
        for (Field f : report.recognised)
            recognised.append(Fields::code(f));
        root.insert(QStringLiteral("recognised"), recognised);
    }
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

int loadWorkspace(const CliOptions &options, bool englishExport, Report *report, QTextStream &err)
{
    Error error;
    const QString path = options.value(QStringLiteral("workspace"));
    const auto ws = Workspace::open(path, Workspace::Mode::ReadOnly, &error);
    if (!ws) {
        err << error.message() << "\n"; // the message names the file
        return ExitUsage;
    }
    CheckOptions checkOptions;
    checkOptions.englishExport = englishExport;
    if (!options.has(QStringLiteral("all-rules"))) {
        const RuleSettings settings = RuleSettings::load(*ws);
        checkOptions.disabledRules = settings.disabledIds();
        report->disabled = settings.disabledRules();
    }
    const QStringList wanted = options.values(QStringLiteral("commitment"));
    QList<Commitment> commitments = ws->commitments();
    if (ws->readError()) {
        err << ws->readError().message() << "\n";
        return ExitUsage;
    }
    for (const QString &code : wanted) {
        const bool known = std::any_of(commitments.cbegin(), commitments.cend(),
                                       [&](const Commitment &c) { return c.code == code || c.uuid == code; });
        if (!known) {
            err << QCoreApplication::translate("nap::cli", "No commitment %1 in this workspace.").arg(code)
                << "\n";
            return ExitUsage;
        }
    }
    const Plan plan = ws->plan();
    const Checker checker(checkOptions);
    for (const Commitment &c : std::as_const(commitments)) {
        if (wanted.isEmpty() || wanted.contains(c.code) || wanted.contains(c.uuid))
            report->items.append({c, checker.check(c, &plan)});
    }
    return ExitOk;
}

} // namespace

QString CheckCommand::summary() const
{
    return QCoreApplication::translate("nap::cli", "Check commitments against the quality rules.");
}

QString CheckCommand::usage() const
{
    return QCoreApplication::translate(
        "nap::cli",
        "Usage: napdesk-cli check --workspace FILE [--commitment CODE]... [--format text|json]\n"
        "                         [--lang zh|en] [--english] [--all-rules]\n"
        "       napdesk-cli check --text FILE [--format text|json] [--lang zh|en]\n"
        "Checks commitments against the quality rules and prints the findings and the reviewer's estimate.\n"
        "--text checks a commitment pasted as plain UTF-8 text, with the rules that apply to free text.\n"
        "--english also checks that the English version is complete and current.\n"
        "--all-rules ignores the workspace's rule switches.\n"
        "Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable input.");
}

int CheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("workspace"), QStringLiteral("text"), QStringLiteral("commitment"),
                        QStringLiteral("format"), QStringLiteral("lang")},
                       {QStringLiteral("english"), QStringLiteral("all-rules")});
    QString problem;
    const bool parsed = options.parse(arguments, &problem);
    const bool oneSource = options.has(QStringLiteral("workspace")) != options.has(QStringLiteral("text"));
    const QString format = options.value(QStringLiteral("format"), QStringLiteral("text"));
    Language language = Language::Chinese;
    if (!parsed || !oneSource) {
        err << (problem.isEmpty() ? usage() : problem) << "\n";
        return ExitUsage;
    }
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << QCoreApplication::translate("nap::cli", "Unknown format: %1. Use text or json.").arg(format)
            << "\n";
        return ExitUsage;
    }
    if (!resolveLanguage(options, &language)) {
        err << QCoreApplication::translate("nap::cli", "Unsupported language. Use --lang zh or --lang en.")
            << "\n";
        return ExitUsage;
    }

    Report report;
    if (options.has(QStringLiteral("workspace"))) {
        report.sourceKind = QStringLiteral("workspace");
        report.sourcePath = options.value(QStringLiteral("workspace"));
        const int status = loadWorkspace(options, options.has(QStringLiteral("english")), &report, err);
        if (status != ExitOk)
            return status;
    } else {
        report.sourceKind = QStringLiteral("text");
        report.sourcePath = options.value(QStringLiteral("text"));
        if (options.has(QStringLiteral("commitment"))) {
            err << usage() << "\n";
            return ExitUsage;
        }
        QString text;
        if (!readPlainText(report.sourcePath, &text, &problem)) {
            err << problem << "\n";
            return ExitUsage;
        }
        int removed = 0;
        text = UnicodeText::storable(text, &removed); // as the editor would keep it
        if (removed > 0)
            err << QCoreApplication::translate(
                       "nap::cli",
                       "Note: %n control character(s) in %1 were removed; no export file can hold them.",
                       nullptr, removed)
                       .arg(report.sourcePath)
                << "\n";
        const FreeTextParser::Result parsedText = FreeTextParser::parse(text);
        report.recognised = parsedText.recognised;
        CheckOptions checkOptions;
        checkOptions.freeText = true;
        report.items.append({parsedText.commitment, Checker(checkOptions).check(parsedText.commitment)});
    }

    if (format == QLatin1String("json"))
        printJson(report, language, out);
    else
        printText(report, language, out);
    const bool errors = std::any_of(report.items.cbegin(), report.items.cend(),
                                    [](const Checked &item) { return item.result.counts().errors > 0; });
    keepUntilExit(std::move(report));
    return errors ? ExitFailure : ExitOk;
}

} // namespace nap::cli
