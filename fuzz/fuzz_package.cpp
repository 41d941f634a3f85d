// libFuzzer target: any bytes as an agency's workbook. The hardened readers must either refuse
// the file with an error or read it into a grid and commitments without a crash, a leak or a
// hang, since consolidating officers open whatever agencies send. The first byte picks the
// reader (.xlsx or .ods); the rest is the file.
#include "import/OdsGridReader.h"
#include "import/WorkbookCommitments.h"
#include "import/XlsxGridReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

QTemporaryDir *g_dir = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_package";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    g_dir = new QTemporaryDir;
    return g_dir->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size < 1)
        return 0;
    const bool xlsx = (bytes[0] & 1) == 0;
    const QString path = g_dir->filePath(xlsx ? QStringLiteral("input.xlsx") : QStringLiteral("input.ods"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(bytes + 1), static_cast<qint64>(size - 1));
    }
    nap::SheetGrid grid;
    nap::Error error;
    const bool read =
        xlsx ? nap::XlsxGridReader::read(path, &grid, &error) : nap::OdsGridReader::read(path, &grid, &error);
    if (read) {
        QList<nap::Commitment> commitments;
        QHash<QString, int> areas;
        nap::WorkbookCommitments::read(grid, path, &commitments, &areas, &error);
    }
    QFile::remove(path);
    return 0;
}
