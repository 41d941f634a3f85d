// Consolidation speed: 50 agency workbooks (.xlsx, 20 full-length bilingual commitments of
// 5 milestones each, 1,000 commitments in all) imported into a new workspace in one run, and
// the same files read by /usr/bin/python3 with openpyxl (read-only mode, every cell), the
// peer an officer would otherwise script. Target: the 50 in at most 1 s.
#include "export/Exporter.h"
#include "import/ImportApply.h"
#include "import/ImportPlan.h"
#include "sample/SampleGenerator.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <clocale>
#include <cstdio>
#include <ctime>

using namespace nap;

namespace {

constexpr int kFiles = 50;
constexpr int kPerFile = 20;
constexpr int kMilestones = 5;

bool writeWorkbooks(const QString &dir, QStringList *files)
{
    for (int i = 0; i < kFiles; ++i) {
        const SamplePlan plan = SampleGenerator::build(kPerFile, kMilestones);
        ExportRequest r;
        r.format = ExportRequest::Format::Xlsx;
        r.mode = ExportRequest::Mode::Bilingual;
        r.calendar = ExportRequest::defaultCalendar(r.mode);
        r.targetPath = QStringLiteral("%1/agency-%2.xlsx").arg(dir).arg(i + 1, 2, 10, QLatin1Char('0'));
        r.exportingAgency = QStringLiteral("agency-%1").arg(i + 1);
        Error error;
        if (!Exporter::run(r, ExportInput{plan.plan, plan.areas, plan.commitments, {}}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return false;
        }
        files->append(r.targetPath);
    }
    return true;
}

double peerSeconds(const QStringList &files)
{
    const QString script =
        QStringLiteral("import sys, time, openpyxl\n"
                       "t = time.perf_counter()\n"
                       "n = 0\n"
                       "for f in sys.argv[1:]:\n"
                       "    wb = openpyxl.load_workbook(f, read_only=True)\n"
                       "    for name in ('承諾事項', '里程碑'):\n"
                       "        n += sum(1 for _ in wb[name].iter_rows(values_only=True))\n"
                       "    wb.close()\n"
                       "print(time.perf_counter() - t, n)\n");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + files);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "openpyxl: %s\n", p.readAllStandardError().constData());
        return -1;
    }
    return p.readAllStandardOutput().split(' ').first().toDouble();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setlocale(LC_NUMERIC, "C");
    QTemporaryDir dir;
    QStringList files;
    if (!writeWorkbooks(dir.path(), &files))
        return 1;
    Error error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ndc.napdesk")), &error);
    if (!ws)
        return 1;
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu = std::clock();
    ImportPlan plan;
    if (!ImportPlan::build(*ws, files, &plan, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    const qint64 read = t.elapsed();
    ImportApply::Result result;
    if (!ImportApply::run(*ws, plan, {}, &result, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    const qint64 total = t.elapsed();
    const long cpuMs = long((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
    t.restart();
    ImportPlan again;
    ImportApply::Result unchanged;
    if (!ImportPlan::build(*ws, files, &again, &error) ||
        !ImportApply::run(*ws, again, {}, &unchanged, &error))
        return 1;
    const qint64 reimport = t.elapsed();
    std::printf("import %d workbooks, %d commitments x %d milestones: read+compare %lld ms, apply %lld ms, "
                "total %lld ms, %ld ms CPU (target <= 1000 ms)\n",
                kFiles, result.inserted, kMilestones, read, total - read, total, cpuMs);
    std::printf("re-import of the same 50 (all unchanged, nothing written): %lld ms\n", reimport);
    const double peer = peerSeconds(files);
    if (peer >= 0)
        std::printf(
            "openpyxl (read-only, both data sheets) reading the same 50: %.0f ms (%.1fx NAP Desk's import)\n",
            peer * 1000, peer * 1000 / double(qMax<qint64>(total, 1)));
    if (total > 1000)
        std::printf("the 1 s target was missed\n");
    return 0;
}
