// libFuzzer target: any bytes as a workspace file. Opening must either refuse the file with an
// error or give a workspace whose content can be read, checked and exported without a crash,
// since officers open files that came by e-mail or from a damaged disk.
#include "check/Checker.h"
#include "export/Exporter.h"
#include "export/OdsWriter.h"
#include "export/OdtWriter.h"
#include "export/WorkbookModel.h"
#include "export/XlsxWriter.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <clocale>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

QTemporaryDir *g_dir = nullptr;

QString tempPath(const char *name)
{
    return g_dir->filePath(QLatin1String(name));
}

void removeFiles(const QString &workspace)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(workspace + QLatin1String(suffix));
    QFile::remove(tempPath("export.xlsx"));
}

// The three export paths of Exporter::run, into memory where the writer allows it.
void exportAll(const nap::ExportRequest &request, const nap::ExportInput &data)
{
    nap::Error error;
    QList<nap::Commitment> selection;
    if (!nap::Exporter::select(request, data, &selection, &error))
        return;
    QByteArray bytes;
    if (request.format == nap::ExportRequest::Format::Xlsx) {
        const nap::Workbook workbook = nap::Workbook::build(request, data, selection);
        nap::OdsWriter ods(workbook);
        ods.build(&bytes, &error, {});
        nap::XlsxWriter::write(workbook, tempPath("export.xlsx"), &error, {});
    } else {
        nap::OdtWriter odt(request, data);
        odt.build(selection, &bytes, &error, {});
    }
}

void exercise(const nap::Workspace &ws, std::size_t size)
{
    nap::ExportInput data{ws.plan(), ws.areas(), ws.commitments(), {}};
    const nap::Checker checker = nap::Checker::forWorkspace(ws, true);
    const nap::Plan plan = data.plan;
    for (const nap::Commitment &c : data.commitments)
        checker.check(c, &plan);
    data.openFindings = [checker, plan](const nap::Commitment &c) {
        const nap::FindingCounts counts = checker.check(c, &plan).counts();
        return nap::ExportInput::OpenFindings{counts.errors, counts.warnings};
    };

    // The language mode follows the input, so each mode is reached without tripling the cost.
    nap::ExportRequest request;
    request.mode = static_cast<nap::ExportRequest::Mode>(size % 3);
    request.calendar = nap::ExportRequest::defaultCalendar(request.mode);
    request.exportingAgency = ws.setting(QStringLiteral("exporting_agency"));
    for (const auto format : {nap::ExportRequest::Format::OdtForm, nap::ExportRequest::Format::OdtPlan,
                              nap::ExportRequest::Format::Xlsx}) {
        request.format = format;
        exportAll(request, data);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The SQLite driver is a Qt plugin, found through the application object.
    static int argc = 1;
    static char name[] = "fuzz_workspace";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // libxlsxwriter writes numbers with the C library, as napdesk-cli sets it up.
    std::setlocale(LC_NUMERIC, "C");
    g_dir = new QTemporaryDir;
    return g_dir->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QString path = tempPath("input.napdesk");
    removeFiles(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(bytes), static_cast<qint64>(size));
    }
    {
        nap::Error error;
        const std::unique_ptr<nap::Workspace> ws =
            nap::Workspace::open(path, nap::Workspace::Mode::ReadOnly, &error);
        if (ws)
            exercise(*ws, size);
    }
    removeFiles(path);
    return 0;
}
