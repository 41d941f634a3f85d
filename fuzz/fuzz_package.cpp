// libFuzzer target: any bytes as an agency's file. The hardened readers must either refuse
// the file with an error or read it into commitments without a crash, a leak or a hang, since
// consolidating officers open whatever agencies send. The first byte picks the reader (0 .xlsx,
// 1 .ods, 2 .odt as NAP Desk's document or a hand-filled form, 3 .docx); the rest is the file.
#include "import/HandFilledForm.h"
#include "import/OdsGridReader.h"
#include "import/OdtCommitments.h"
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
    static const char *const suffixes[] = {"input.xlsx", "input.ods", "input.odt", "input.docx"};
    const int reader = bytes[0] & 3;
    const QString path = g_dir->filePath(QString::fromLatin1(suffixes[reader]));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(bytes + 1), static_cast<qint64>(size - 1));
    }
    nap::Error error;
    QList<nap::Commitment> commitments;
    QHash<QString, int> areas;
    if (reader < 2) {
        nap::SheetGrid grid;
        const bool read = reader == 0 ? nap::XlsxGridReader::read(path, &grid, &error)
                                      : nap::OdsGridReader::read(path, &grid, &error);
        if (read)
            nap::WorkbookCommitments::read(grid, path, &commitments, &areas, &error);
    } else {
        QString agency;
        nap::HandFilledForm::Result form;
        if (reader == 3 || !nap::OdtCommitments::read(path, &commitments, &areas, &agency, &error))
            nap::HandFilledForm::read(path, &form, &error);
    }
    QFile::remove(path);
    return 0;
}
