#include "ExportTarget.h"

#include "io/FileReplace.h"
#include "store/WorkspaceFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace nap {
namespace {

bool syncToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

} // namespace

bool ExportTarget::isWorkspaceFile(const QString &path, const QString &workspace)
{
    if (workspace.isEmpty())
        return false;
    const QFileInfo ws(workspace);
    const QString canonical =
        ws.canonicalFilePath().isEmpty() ? ws.absoluteFilePath() : ws.canonicalFilePath();
    const QFileInfo target(path);
    // Through links and "..": the real folder plus the name (the file may not exist yet).
    const QString folder = QFileInfo(target.absolutePath()).canonicalFilePath();
    const QString real =
        target.exists() ? target.canonicalFilePath() : folder + QLatin1Char('/') + target.fileName();
    const Qt::CaseSensitivity cs = FileReplace::caseSensitivity();
    for (const QString &own : QStringList{canonical} + WorkspaceFile::companions(canonical)) {
        if (real.compare(own, cs) == 0)
            return true;
    }
    // A hard link or another mount of the same file has another name but the same identity.
    std::error_code ec;
    return target.exists() && ws.exists() &&
           std::filesystem::equivalent(std::filesystem::path(real.toStdU16String()),
                                       std::filesystem::path(canonical.toStdU16String()), ec);
}

bool ExportTarget::check(const QString &target, const QString &workspace, Error *error, QString *resolved)
{
    const QFileInfo info(target);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir()) {
        *error = Error::make(Error::FolderNotFound, QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (!WorkspaceFile::nameFits(info.fileName(), FileReplace::kTemporaryReserve)) {
        *error = Error::make(Error::NameTooLong, info.fileName());
        return false;
    }
    if (isWorkspaceFile(target, workspace)) {
        *error = Error::make(Error::TargetIsWorkspace, QDir::toNativeSeparators(target));
        return false;
    }
    if (info.isDir()) {
        *error =
            Error::make(Error::WriteFailed,
                        QCoreApplication::translate("nap::ExportTarget", "a folder already has the name %1")
                            .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    // A link to nothing, or to a device or pipe: renaming over it would replace a special
    // file or leave the link dangling.
    if ((info.isSymLink() && !info.exists()) || (info.exists() && !info.isFile())) {
        *error = Error::make(Error::NotRegularFile, QDir::toNativeSeparators(target));
        return false;
    }
    const QFileInfo real(info.isSymLink() ? info.canonicalFilePath() : info.absoluteFilePath());
    // LibreOffice keeps ".~lock.NAME#", Word and Excel "~$NAME" (long names lose two
    // characters) beside a file they have open. On Windows the rename would fail anyway;
    // elsewhere it would pull the file from under the other program.
    const QDir dir = real.absoluteDir();
    const QString name = real.fileName();
    const QStringList locks{QStringLiteral(".~lock.") + name + QLatin1Char('#'), QStringLiteral("~$") + name,
                            QStringLiteral("~$") + name.mid(2)};
    for (const QString &lock : locks) {
        if (name.size() > 2 && QFileInfo::exists(dir.filePath(lock))) {
            *error = Error::make(Error::TargetInUse, target);
            return false;
        }
    }
    if (resolved)
        *resolved = real.absoluteFilePath();
    return true;
}

Error ExportTarget::writeFailure(const QString &path, int errorNumber, const QString &detail,
                                 qint64 bytesNeeded)
{
    const QFileInfo info(path);
    const QStorageInfo storage(info.absolutePath());
    const QString where = path + QStringLiteral(": ") + detail;
    bool full = errorNumber == ENOSPC;
#ifdef EDQUOT
    full = full || errorNumber == EDQUOT;
#endif
    if (full)
        return Error::make(Error::DiskFull, where);
    if (errorNumber == EACCES || errorNumber == EPERM || errorNumber == EROFS || errorNumber == ENOENT ||
        storage.isReadOnly() || !QFileInfo(info.absolutePath()).isWritable())
        return Error::make(Error::ReadOnlyLocation, where);
    // The error number may be lost inside a library: judge by the free space left.
    if (storage.isValid() && storage.bytesTotal() > 0 && storage.bytesAvailable() < bytesNeeded)
        return Error::make(Error::DiskFull, where);
    return Error::make(Error::WriteFailed, where);
}

bool ExportTarget::write(const QString &target, const QByteArray &bytes, Error *error)
{
    const QString temporary = FileReplace::temporaryNameFor(target);
    QFile file(temporary);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        *error = writeFailure(temporary, errno, file.errorString(), bytes.size());
        return false;
    }
    errno = 0;
    const qint64 written = file.write(bytes);
    const int writeErrno = errno;
    if (written != bytes.size() || !syncToDisk(file)) {
        const int code = writeErrno ? writeErrno : errno;
        const QString detail = file.errorString();
        file.close();
        QFile::remove(temporary);
        *error = writeFailure(temporary, code, detail, bytes.size());
        return false;
    }
    file.close();
    return FileReplace::replace(temporary, target, error);
}

bool ExportTarget::commit(const QString &temporary, const QString &target, Error *error)
{
    QFile file(temporary);
    if (!file.open(QIODevice::ReadWrite) || !syncToDisk(file)) {
        const int code = errno;
        const QString detail = file.errorString();
        file.close();
        QFile::remove(temporary);
        *error = writeFailure(temporary, code, detail, 0);
        return false;
    }
    file.close();
    return FileReplace::replace(temporary, target, error);
}

} // namespace nap
