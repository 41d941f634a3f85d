#include "OfficeLocator.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

namespace nap {

QString OfficeLocator::find()
{
    if (qEnvironmentVariableIsSet("NAPDESK_SOFFICE")) {
        const QFileInfo chosen(qEnvironmentVariable("NAPDESK_SOFFICE"));
        return chosen.isFile() && chosen.isExecutable() ? chosen.absoluteFilePath() : QString();
    }
    for (const char *name : {"soffice", "libreoffice"}) {
        const QString onPath = QStandardPaths::findExecutable(QLatin1String(name));
        if (!onPath.isEmpty())
            return onPath;
    }
    QStringList candidates;
#if defined(Q_OS_WIN)
    for (const char *variable : {"ProgramFiles", "ProgramFiles(x86)", "ProgramW6432"}) {
        const QString root = qEnvironmentVariable(variable);
        if (!root.isEmpty())
            candidates << root + QStringLiteral("/LibreOffice/program/soffice.exe");
    }
#elif defined(Q_OS_MACOS)
    candidates << QStringLiteral("/Applications/LibreOffice.app/Contents/MacOS/soffice");
#else
    candidates << QStringLiteral("/usr/lib/libreoffice/program/soffice")
               << QStringLiteral("/opt/libreoffice/program/soffice");
#endif
    for (const QString &path : std::as_const(candidates)) {
        const QFileInfo info(path);
        if (info.isFile() && info.isExecutable())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return {};
}

} // namespace nap
