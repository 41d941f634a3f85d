#include "ImportSource.h"

#include "import/HandFilledForm.h"
#include "import/OdsGridReader.h"
#include "import/OdtCommitments.h"
#include "import/WorkbookCommitments.h"
#include "import/XlsxGridReader.h"
#include "store/Workspace.h"
#include "text/Catalog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace nap {

bool ImportSource::read(const QString &path, const QString &workspacePath, ImportSource *out, Error *error)
{
    const QFileInfo info(path);
    out->path = info.absoluteFilePath();
    out->fileName = info.fileName();
    if (!info.exists()) {
        *error = Error::about(path, Error::FileNotFound);
        return false;
    }
    if (!workspacePath.isEmpty() &&
        info.canonicalFilePath() == QFileInfo(workspacePath).canonicalFilePath()) {
        *error = Error::about(path, Error::InvalidInput, QStringLiteral("the target workspace"));
        return false;
    }
    const QString suffix = info.suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods"))
        ok = out->readWorkbook(suffix == QLatin1String("xlsx"), error);
    else if (suffix == QLatin1String("odt"))
        ok = out->readOdt(error);
    else if (suffix == QLatin1String("docx"))
        ok = out->readHandFilled(error);
    else if (suffix == QLatin1String("napdesk"))
        ok = out->readWorkspace(error);
    else
        *error =
            Error::about(path, Error::UnsupportedFormat,
                         QCoreApplication::translate(
                             "nap::ImportSource", "NAP Desk imports .xlsx, .ods, .odt, .docx and .napdesk "
                                                  "files; save a .doc or .xls file in one of these first"));
    if (ok && out->agency.isEmpty() && !out->commitments.isEmpty())
        out->agency = out->commitments.constFirst().leadAgency;
    return ok && out->hash(error);
}

bool ImportSource::isImportable(const QString &fileName)
{
    static const QStringList suffixes{QStringLiteral("xlsx"), QStringLiteral("ods"), QStringLiteral("odt"),
                                      QStringLiteral("docx"), QStringLiteral("napdesk")};
    // "~$form.docx" and ".~lock.form.odt#" are an office program's lock files, not documents.
    if (fileName.startsWith(QLatin1String("~$")) || fileName.startsWith(QLatin1String(".~lock")))
        return false;
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

bool ImportSource::expandFolders(const QStringList &paths, const QString &workspacePath, QStringList *files,
                                 Error *error)
{
    const QString target = QFileInfo(workspacePath).canonicalFilePath();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files->append(path);
            continue;
        }
        int found = 0;
        const QDir dir(path);
        for (const QFileInfo &entry : dir.entryInfoList(QDir::Files, QDir::Name)) {
            if (!isImportable(entry.fileName()) || entry.canonicalFilePath() == target)
                continue;
            files->append(entry.filePath());
            ++found;
        }
        if (found == 0) {
            *error = Error::about(path, Error::EmptyFolder);
            return false;
        }
    }
    return true;
}

void ImportSource::findCarriedLanguages()
{
    bool zh = false;
    bool en = false;
    for (const Commitment &c : std::as_const(commitments)) {
        for (Field f : Fields::textFields()) {
            zh = zh || !c.text(f).zh.isEmpty();
            en = en || !c.text(f).en.isEmpty();
        }
    }
    carriesChinese = zh;
    carriesEnglish = en;
}

bool ImportSource::readOdt(Error *error)
{
    if (OdtCommitments::read(path, &commitments, &areaNumbers, &agency, error)) {
        findCarriedLanguages();
        return true;
    }
    // Without NAP Desk's marks it may be NDC's template filled by hand.
    if (error->code != Error::UnsupportedFormat)
        return false;
    commitments.clear();
    *error = Error();
    return readHandFilled(error);
}

bool ImportSource::readHandFilled(Error *error)
{
    HandFilledForm::Result form;
    if (!HandFilledForm::read(path, &form, error))
        return false;
    handFilled = true;
    commitments = form.commitments;
    unplaced = form.unplaced;
    for (qsizetype i = 0; i < commitments.size(); ++i)
        found.insert(commitments.at(i).uuid, form.found.at(i));
    findCarriedLanguages();
    return true;
}

bool ImportSource::readWorkbook(bool xlsx, Error *error)
{
    SheetGrid grid;
    const bool read =
        xlsx ? XlsxGridReader::read(path, &grid, error) : OdsGridReader::read(path, &grid, error);
    if (!read || !WorkbookCommitments::read(grid, path, &commitments, &areaNumbers, error))
        return false;
    // The workbook names the agency for people; the provenance keeps the catalogue code.
    const QString name = grid.properties.value(QStringLiteral("nap_exporting_agency"));
    agency = name.isEmpty() ? name : Catalog::agencies().codeFor(name);
    return true;
}

bool ImportSource::readWorkspace(Error *error)
{
    // Read-only: the officer's copy of another workspace is never migrated or written.
    const auto ws = Workspace::open(path, Workspace::Mode::ReadOnly, error);
    if (!ws) {
        error->file = path;
        return false;
    }
    QHash<QString, int> numbers;
    for (const Area &a : ws->areas())
        numbers.insert(a.uuid, a.number);
    commitments = ws->commitments();
    if (ws->readError()) {
        *error = ws->readError();
        error->file = path;
        return false;
    }
    for (const Commitment &c : std::as_const(commitments))
        areaNumbers.insert(c.uuid, numbers.value(c.areaUuid));
    agency = ws->setting(QStringLiteral("exporting_agency"));
    return true;
}

bool ImportSource::hash(Error *error)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f)) {
        *error = Error::about(path, Error::FileNotFound);
        return false;
    }
    sha256 = QString::fromLatin1(h.result().toHex());
    return true;
}

} // namespace nap
