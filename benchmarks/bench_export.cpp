// Export speed and memory: the sample plan to all four formats, then 250/500/1,000
// commitments x 10 milestones per format. Prints time and peak RSS (VmHWM); run each
// large size in a fresh child process so the peak belongs to that export alone.
#include "export/Exporter.h"
#include "sample/SamplePlan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <clocale>
#include <cstdio>

using namespace nap;

namespace {

const QList<ExportRequest::Format> kFormats{ExportRequest::Format::OdtForm, ExportRequest::Format::OdtPlan,
                                            ExportRequest::Format::Xlsx, ExportRequest::Format::Ods};

long peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

ExportInput bigPlan(int commitments)
{
    const SamplePlan sample = SamplePlan::build();
    ExportInput input{sample.plan, sample.areas, {}, {}};
    for (int i = 0; i < commitments; ++i) {
        Commitment c = sample.commitments.at(i % sample.commitments.size());
        c.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        c.code = QStringLiteral("%1-%2").arg(i % 5 + 1).arg(i + 1);
        c.areaUuid = sample.areas.at(i % sample.areas.size()).uuid;
        while (c.milestones.size() < 10)
            c.milestones.append(c.milestones.isEmpty() ? Milestone() : c.milestones.first());
        c.milestones.resize(10);
        input.commitments.append(c);
    }
    return input;
}

ExportRequest requestFor(ExportRequest::Format format, const QString &dir)
{
    ExportRequest r;
    r.format = format;
    r.mode = ExportRequest::Mode::Bilingual;
    r.targetPath = dir + QStringLiteral("/bench") + ExportRequest::suffix(format);
    r.exportingAgency = QStringLiteral("ndc");
    return r;
}

// Child mode: one format, one size; prints "ms peakKiB".
int runOne(const QString &format, int size)
{
    QTemporaryDir dir;
    ExportRequest::Format f;
    ExportRequest::formatFromCode(format, &f);
    const ExportInput input = bigPlan(size);
    QElapsedTimer t;
    t.start();
    Error error;
    if (!Exporter::run(requestFor(f, dir.path()), input, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    std::printf("%lld %ld %lld\n", t.elapsed(), peakRssKiB(),
                QFile(requestFor(f, dir.path()).targetPath).size());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setlocale(LC_NUMERIC, "C");
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--one"))
        return runOne(args.at(2), args.at(3).toInt());
    QTextStream out(stdout);
    QTemporaryDir dir;
    const SamplePlan sample = SamplePlan::build();
    const ExportInput input{sample.plan, sample.areas, sample.commitments, {}};
    Exporter::run(requestFor(ExportRequest::Format::Xlsx, dir.path()), input, nullptr); // warm-up
    QElapsedTimer total;
    total.start();
    for (ExportRequest::Format f : kFormats) {
        QElapsedTimer t;
        t.start();
        Error error;
        if (!Exporter::run(requestFor(f, dir.path()), input, &error))
            out << "FAILED " << error.message() << "\n";
        out << "sample plan " << ExportRequest::formatCode(f).leftJustified(9) << t.elapsed() << " ms\n";
    }
    const qint64 sampleMs = total.elapsed();
    bool met = sampleMs < 100;
    out << "sample plan, all four formats: " << sampleMs
        << " ms (target < 100 ms): " << (met ? "met" : "MISSED") << "\n\n";
    out << "commitments x 10 milestones, bilingual (target per format at 1,000: < 2000 ms, < 200 MB)\n";
    out.flush();
    for (ExportRequest::Format f : kFormats) {
        for (int size : {250, 500, 1000}) {
            QProcess child;
            child.start(app.applicationFilePath(),
                        {QStringLiteral("--one"), ExportRequest::formatCode(f), QString::number(size)});
            child.waitForFinished(600000);
            const QList<QByteArray> v = child.readAllStandardOutput().trimmed().split(' ');
            if (v.size() != 3) {
                out << ExportRequest::formatCode(f) << " " << size << " FAILED "
                    << child.readAllStandardError() << "\n";
                met = false;
                continue;
            }
            const bool ok = size < 1000 || (v.at(0).toLong() < 2000 && v.at(1).toLong() / 1024 < 200);
            met = met && ok;
            out << ExportRequest::formatCode(f).leftJustified(9) << QString::number(size).rightJustified(5)
                << ": " << v.at(0).rightJustified(6) << " ms, peak RSS "
                << QString::number(v.at(1).toLong() / 1024).rightJustified(4) << " MB, file "
                << QString::number(v.at(2).toLongLong() / 1024) << " KiB" << (ok ? "" : " MISSED") << "\n";
            out.flush();
        }
    }
    return met ? 0 : 1; // a missed budget fails the benchmarks target
}
