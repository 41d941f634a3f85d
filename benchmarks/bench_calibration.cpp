// Measures how well the checker's estimate of pasted text agrees with independent reviewers.
// Each row of the calibration set (published commitments with review labels) is pasted the way
// an officer would paste it into `napdesk-cli check --text`: the title on the first line, then the
// full text. Prints the agreement table with n for every cell, the confusion matrices and the
// majority baseline. It prints figures only: a further labelled set judges the checker, so
// nothing here forces a number.
//
//   bench_calibration [--rows] [CSV] [ZH-FOLDER]
// CSV defaults to ../shared/calibration/ogp-irm-dev.csv beside the source tree, ZH-FOLDER to
// benchmarks/data/calibration-zh (Chinese texts translated for the same-estimate row). --rows
// first lists each commitment: id, reviewers' labels, the estimate, milestones found, reasons.
#include "check/Checker.h"
#include "check/FreeTextParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QTextStream>

using namespace nap;

namespace {

struct Row
{
    QString id; // the commitment's OGP id, the last part of its URL ("al0002")
    QString title;
    QString text;
    QString verifiable; // "Yes", "No"; anything else is not rated
    QString potential;  // "Unclear", "Modest", "Substantial"; anything else is not rated
};

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &data)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QChar c = data.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < data.size() && data.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

bool readRows(const QString &path, QList<Row> *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QList<QStringList> table = parseCsv(QString::fromUtf8(f.readAll()));
    if (table.isEmpty())
        return false;
    const QStringList header = table.first();
    const auto col = [&](const char *name) {
        return header.indexOf(QLatin1String(name));
    };
    const qsizetype title = col("Commitment Title"), text = col("Full Text"), ver = col("Verifiable"),
                    pot = col("Potential for Results"), url = col("URL");
    for (qsizetype i = 1; i < table.size(); ++i) {
        const QStringList &r = table.at(i);
        if (r.size() < header.size())
            continue;
        out->append({r.at(url).section(QLatin1Char('/'), -1).trimmed(), r.at(title).trimmed(), r.at(text),
                     r.at(ver).trimmed(), r.at(pot).trimmed()});
    }
    return true;
}

// What the checker says about verifiability: verifiable, not verifiable, or cannot tell.
enum Verdict
{
    Verifiable,
    NotVerifiable,
    CannotEstimate,
    VerdictCount
};

const char *verdictName(Verdict v)
{
    return v == Verifiable ? "verifiable" : v == NotVerifiable ? "not verifiable" : "cannot estimate";
}

struct Outcome
{
    Verdict verdict = CannotEstimate;
    QString potential; // "unclear", "modest", "substantial"
    int milestones = 0;
    QStringList reasons;       // the estimate's reasons, in English
    QStringList milestoneList; // each milestone found: its end month and the start of its text
};

Outcome checkPasted(const QString &text)
{
    const FreeTextParser::Result parsed = FreeTextParser::parse(text);
    CheckOptions options;
    options.freeText = true; // as `napdesk-cli check --text` runs it
    const CheckResult result = Checker(options).check(parsed.commitment);
    const Estimate &e = result.estimate;
    Outcome o;
    o.milestones = static_cast<int>(parsed.commitment.milestones.size());
    o.verdict = e.verifiability == Estimate::Verifiability::Yes  ? Verifiable
                : e.verifiability == Estimate::Verifiability::No ? NotVerifiable
                                                                 : CannotEstimate;
    o.potential = Estimate::potentialCode(e.potential);
    for (const Estimate::Reason &r : e.reasons)
        o.reasons.append(r.text(Language::English));
    for (const Milestone &m : parsed.commitment.milestones) {
        const QString d = m.description.zh.isEmpty() ? m.description.en : m.description.zh;
        o.milestoneList.append(m.end.toIso() + QLatin1Char(' ') + d.left(140));
    }
    return o;
}

QString pasted(const Row &r)
{
    return r.title + QStringLiteral("\n\n") + r.text;
}

QString percent(int part, int whole)
{
    if (whole == 0)
        return QStringLiteral("—");
    return QStringLiteral("%1 % (%2 of %3)").arg(qRound(100.0 * part / whole)).arg(part).arg(whole);
}

const QStringList kPotentials{QStringLiteral("unclear"), QStringLiteral("modest"),
                              QStringLiteral("substantial")};

// Chinese texts translated from calibration rows, one file per commitment id ("al0002.txt").
QMap<QString, QString> readChinese(const QString &folder)
{
    QMap<QString, QString> out;
    const QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.txt")}, QDir::Files)) {
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly))
            out.insert(info.completeBaseName(), QString::fromUtf8(f.readAll()));
    }
    return out;
}

void printVerifiability(const QList<Row> &rows, const QList<Outcome> &outcomes, QTextStream &out)
{
    // [label yes/no][verdict]
    int m[2][VerdictCount] = {};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString &v = rows.at(i).verifiable;
        if (v == QLatin1String("Yes") || v == QLatin1String("No"))
            ++m[v == QLatin1String("Yes") ? 0 : 1][outcomes.at(i).verdict];
    }
    const int yes = m[0][0] + m[0][1] + m[0][2];
    const int no = m[1][0] + m[1][1] + m[1][2];
    out << "Verifiability (reviewers' label × checker's estimate)\n"
        << "                      verifiable  not verifiable  cannot estimate     n\n";
    const auto line = [&](const char *name, const int *cells, int n) {
        out << QStringLiteral("  %1%2%3%4%5\n")
                   .arg(QLatin1String(name), -20)
                   .arg(cells[0], 10)
                   .arg(cells[1], 16)
                   .arg(cells[2], 17)
                   .arg(n, 6);
    };
    line("reviewers: yes", m[0], yes);
    line("reviewers: no", m[1], no);
    out << "\n| | measured | goal |\n|---|---|---|\n"
        << "| reviewers' not-verifiable commitments flagged | " << percent(m[1][1], no) << " | ≥ 90 % |\n"
        << "| reviewers' verifiable commitments falsely flagged | " << percent(m[0][1], yes)
        << " | ≤ 15 % |\n"
        << "| verifiable ones the checker cannot estimate | " << percent(m[0][2], yes) << " | |\n"
        << "| not-verifiable ones the checker cannot estimate | " << percent(m[1][2], no) << " | |\n";
    out << "Majority baseline (always \"verifiable\"): flags 0 of " << no << " not-verifiable, agrees on "
        << percent(yes, yes + no) << ".\n\n";
}

int printPotential(const QList<Row> &rows, const QList<Outcome> &outcomes, QTextStream &out)
{
    QHash<QString, QHash<QString, int>> m; // label → estimate → count
    QHash<QString, int> labels;
    int n = 0;
    int agree = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString label = rows.at(i).potential.toLower();
        if (!kPotentials.contains(label))
            continue;
        ++n;
        ++labels[label];
        ++m[label][outcomes.at(i).potential];
        agree += outcomes.at(i).potential == label ? 1 : 0;
    }
    QString majority = kPotentials.first();
    for (const QString &p : kPotentials)
        majority = labels.value(p) > labels.value(majority) ? p : majority;
    out << "Potential for results (reviewers' label × checker's estimate)\n"
        << "                      unclear    modest  substantial     n\n";
    for (const QString &label : kPotentials) {
        out << QStringLiteral("  reviewers: %1").arg(label, -10);
        for (const QString &p : kPotentials)
            out << QStringLiteral("%1").arg(m[label][p], p == QLatin1String("substantial") ? 13 : 9);
        out << QStringLiteral("%1\n").arg(labels.value(label), 6);
    }
    out << "\n| potential for results: agreement with the reviewers | " << percent(agree, n)
        << " | ≥ 60 %, above the baseline |\n"
        << "Majority baseline (always \"" << majority << "\"): " << percent(labels.value(majority), n)
        << ".\n\n";
    return agree;
}

void printSameEstimate(const QList<Row> &rows, const QList<Outcome> &outcomes,
                       const QMap<QString, QString> &chinese, QTextStream &out)
{
    int n = 0;
    int same = 0;
    int sameVerdict = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto zh = chinese.constFind(rows.at(i).id);
        if (zh == chinese.cend())
            continue;
        const Outcome z = checkPasted(*zh);
        const Outcome &e = outcomes.at(i);
        ++n;
        sameVerdict += z.verdict == e.verdict ? 1 : 0;
        if (z.verdict == e.verdict && z.potential == e.potential)
            ++same;
        else
            out << "  differs: " << rows.at(i).id << ": en " << verdictName(e.verdict) << ", " << e.potential
                << "; zh " << verdictName(z.verdict) << ", " << z.potential << "\n";
    }
    out << "| same estimate for the Chinese and the English text of one commitment | " << percent(same, n)
        << " | ≥ 95 % |\n"
        << "  (same verifiability verdict alone: " << percent(sameVerdict, n) << ")\n";
}

// One line per labelled commitment, for studying where the checker and the reviewers differ.
void printRows(const QList<Row> &rows, const QList<Outcome> &outcomes, QTextStream &out)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        const Outcome &o = outcomes.at(i);
        out << r.id << "\t" << r.verifiable << "/" << r.potential << "\t" << verdictName(o.verdict) << "/"
            << o.potential << "\t" << o.milestones << "\t" << o.reasons.join(QStringLiteral(" | ")) << "\n";
        for (const QString &m : o.milestoneList)
            out << "    - " << m << "\n";
    }
    out << "\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QDir here = QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir();
    QStringList args = app.arguments();
    const bool listRows = args.removeAll(QStringLiteral("--rows")) > 0;
    const QString csv =
        args.size() > 1 ? args.at(1)
                        : here.absoluteFilePath(QStringLiteral("../../shared/calibration/ogp-irm-dev.csv"));
    const QString zhFolder =
        args.size() > 2 ? args.at(2) : here.absoluteFilePath(QStringLiteral("data/calibration-zh"));
    QList<Row> rows;
    if (!readRows(csv, &rows) || rows.isEmpty()) {
        QTextStream(stderr) << "bench_calibration: cannot read " << csv << "\n";
        return 2;
    }
    QList<Outcome> outcomes;
    int withMilestones = 0;
    for (const Row &r : std::as_const(rows)) {
        outcomes.append(checkPasted(pasted(r)));
        withMilestones += outcomes.last().milestones > 0 ? 1 : 0;
    }
    out << "bench_calibration: " << rows.size() << " commitments from " << QDir::cleanPath(csv) << "\n"
        << "  texts in which milestones were found: " << percent(withMilestones, rows.size()) << "\n\n";
    if (listRows)
        printRows(rows, outcomes, out);
    printVerifiability(rows, outcomes, out);
    printPotential(rows, outcomes, out);
    printSameEstimate(rows, outcomes, readChinese(zhFolder), out);
    return 0;
}
