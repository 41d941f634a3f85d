#include "ExportTarget.h"

#include "io/FileReplace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

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

bool ExportTarget::check(const QString &target, Error *error)
{
    const QFileInfo info(target);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir()) {
        *error = Error::make(Error::FolderNotFound, QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (info.isDir()) {
        *error =
            Error::make(Error::WriteFailed,
                        QCoreApplication::translate("nap::ExportTarget", "a folder already has the name %1")
                            .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    // LibreOffice keeps ".~lock.NAME#", Word and Excel "~$NAME" (long names lose two
    // characters) beside a file they have open. On Windows the rename would fail anyway;
    // elsewhere it would pull the file from under the other program.
    const QDir dir = info.absoluteDir();
    const QString name = info.fileName();
    const QStringList locks{QStringLiteral(".~lock.") + name + QLatin1Char('#'), QStringLiteral("~$") + name,
                            QStringLiteral("~$") + name.mid(2)};
    for (const QString &lock : locks) {
        if (name.size() > 2 && QFileInfo::exists(dir.filePath(lock))) {
            *error = Error::make(Error::TargetInUse, target);
            return false;
        }
    }
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
