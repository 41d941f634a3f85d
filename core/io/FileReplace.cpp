#include "FileReplace.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace nap {

bool FileReplace::replace(const QString &temporary, const QString &target, Error *error)
{
    // std::filesystem::rename replaces an existing target atomically on POSIX and uses
    // MoveFileEx(MOVEFILE_REPLACE_EXISTING) on Windows.
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), ec);
    if (ec) {
        QFile::remove(temporary);
        *error = Error::make(Error::WriteFailed,
                             target + QStringLiteral(": ") + QString::fromStdString(ec.message()));
        return false;
    }
    return true;
}

QString FileReplace::temporaryNameFor(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".") +
           QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".part");
}

} // namespace nap
