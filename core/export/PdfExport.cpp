#include "PdfExport.h"

#include "ExportTarget.h"
#include "Exporter.h"
#include "io/OfficeLocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace nap {
namespace {

// fontconfig (Linux, BSD): the system's set-up plus NAP Desk's Kai aliases, so a machine
// without 標楷體 prints a Kai face, not a sans one. Windows and macOS match the name themselves.
QString fontConfigIn(const QDir &dir)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    Q_UNUSED(dir);
    return {};
#else
    const QString aliases = dir.filePath(QStringLiteral("kai-aliases.conf"));
    if (!QFile::copy(QStringLiteral(":/core/data/fonts/kai-aliases.conf"), aliases))
        return {};
    const QString base = qEnvironmentVariableIsSet("FONTCONFIG_FILE")
                             ? qEnvironmentVariable("FONTCONFIG_FILE")
                             : QStringLiteral("/etc/fonts/fonts.conf");
    const QString config = dir.filePath(QStringLiteral("fonts.conf"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(
        QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n"
                       "<fontconfig>\n<include ignore_missing=\"yes\">%1</include>\n"
                       "<include ignore_missing=\"yes\">%2</include>\n</fontconfig>\n")
            .arg(base.toHtmlEscaped(), aliases.toHtmlEscaped())
            .toUtf8());
    return config;
#endif
}

} // namespace

bool PdfExport::available()
{
    return !OfficeLocator::find().isEmpty();
}

bool PdfExport::convert(const QString &document, QByteArray *pdf, Error *error, int timeoutMs)
{
    const QString office = OfficeLocator::find();
    if (office.isEmpty()) {
        *error = Error::make(Error::OfficeMissing);
        return false;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = Error::make(Error::WriteFailed, work.errorString());
        return false;
    }
    const QDir dir(work.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString fonts = fontConfigIn(dir);
    if (!fonts.isEmpty())
        env.insert(QStringLiteral("FONTCONFIG_FILE"), fonts);
    QProcess lo;
    lo.setProcessEnvironment(env);
    lo.setProcessChannelMode(QProcess::MergedChannels);
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    lo.start(office, {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                      QStringLiteral("--norestore"), QStringLiteral("--nologo"),
                      QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                      dir.filePath(QStringLiteral("out")), QDir::toNativeSeparators(document)});
    if (!lo.waitForStarted(30000)) {
        *error = Error::make(Error::OfficeMissing, office + QStringLiteral(": ") + lo.errorString());
        return false;
    }
    if (!lo.waitForFinished(timeoutMs)) {
        lo.kill();
        lo.waitForFinished(5000);
        *error = Error::make(Error::OfficeFailed, QStringLiteral("no answer in %1 s").arg(timeoutMs / 1000));
        return false;
    }
    const QString output = QString::fromLocal8Bit(lo.readAll()).trimmed();
    QFile result(dir.filePath(QStringLiteral("out/") + QFileInfo(document).completeBaseName() +
                              QStringLiteral(".pdf")));
    // LibreOffice exits with 0 even when it could not load the file: the PDF itself tells.
    if (!result.open(QIODevice::ReadOnly)) {
        *error = Error::make(Error::OfficeFailed, output.right(400));
        return false;
    }
    *pdf = result.readAll();
    if (!pdf->startsWith("%PDF-")) {
        *error = Error::make(Error::OfficeFailed, output.right(400));
        return false;
    }
    return true;
}

bool PdfExport::run(const ExportRequest &request, const ExportInput &data, Error *error,
                    const ExportProgress &progress)
{
    Error local;
    Error *e = error ? error : &local;
    *e = Error();
    QString target;
    if (!ExportTarget::check(request.targetPath, request.workspacePath, e, &target))
        return false;
    if (!available()) {
        *e = Error::make(Error::OfficeMissing);
        return false;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        *e = Error::make(Error::WriteFailed, work.errorString());
        return false;
    }
    ExportRequest document = request;
    document.format = ExportRequest::documentOf(request.format);
    // The file name becomes the PDF's title in some viewers: keep the target's.
    document.targetPath = work.filePath(QFileInfo(target).completeBaseName() + QStringLiteral(".odt"));
    QByteArray pdf;
    return Exporter::run(document, data, e, progress) && convert(document.targetPath, &pdf, e) &&
           ExportTarget::write(target, pdf, e);
}

} // namespace nap
