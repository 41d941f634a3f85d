#include "FileReplace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".napdesk-") +
           QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".part");
}

Qt::CaseSensitivity FileReplace::caseSensitivity()
{
#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
    return Qt::CaseInsensitive;
#else
    return Qt::CaseSensitive;
#endif
}

int FileReplace::removeStaleTemporaries(const QString &target, const QDateTime &before)
{
    const QFileInfo info(target);
    // An export may write through a temporary of a temporary: any number of leading dots
    // and ".napdesk-XXXXXXXX.part" suffixes around the target's own name.
    const QRegularExpression ours(QStringLiteral("^\\.+") + QRegularExpression::escape(info.fileName()) +
                                  QStringLiteral("(?:\\.napdesk-[0-9a-f]{8}\\.part)+$"));
    const QDir dir = info.absoluteDir();
    int removed = 0;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() || !ours.match(entry.fileName()).hasMatch() || entry.lastModified() >= before)
            continue;
        removed += QFile::remove(entry.absoluteFilePath()) ? 1 : 0;
    }
    return removed;
}

} // namespace nap
