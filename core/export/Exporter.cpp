#include "Exporter.h"
#include "PdfExport.h"

#include "ExportTarget.h"
#include "OdsWriter.h"
#include "OdtWriter.h"
#include "WorkbookModel.h"
#include "XlsxWriter.h"
#include "io/FileReplace.h"

#include <QFile>
#include <QSet>

#include <cerrno>

namespace nap {

int Exporter::schemaVersion()
{
    return 3; // 3: relevance to the core values as one answer; 2: the summary sheet 彙整表 first
}

bool Exporter::select(const ExportRequest &request, const ExportInput &data, QList<Commitment> *out,
                      Error *error)
{
    out->clear();
    if (ExportRequest::coversWholePlan(request.format) || request.commitmentUuids.isEmpty()) {
        *out = data.commitments;
    } else {
        const QSet<QString> wanted(request.commitmentUuids.cbegin(), request.commitmentUuids.cend());
        QSet<QString> found;
        for (const Commitment &c : data.commitments) {
            if (wanted.contains(c.uuid)) {
                out->append(c);
                found.insert(c.uuid);
            }
        }
        for (const QString &uuid : request.commitmentUuids) {
            if (!found.contains(uuid)) {
                *error = Error::make(Error::NotFound, uuid);
                return false;
            }
        }
    }
    if (out->isEmpty() && ExportRequest::documentOf(request.format) == ExportRequest::Format::OdtForm) {
        *error = Error::make(Error::InvalidInput, QStringLiteral("no commitment to export"));
        return false;
    }
    return true;
}

bool Exporter::run(const ExportRequest &request, const ExportInput &data, Error *error,
                   const ExportProgress &progress)
{
    Error local;
    Error *e = error ? error : &local;
    *e = Error();
    if (request.targetPath.isEmpty()) {
        *e = Error::make(Error::InvalidInput, QStringLiteral("no target file"));
        return false;
    }
    if (ExportRequest::isPdf(request.format))
        return PdfExport::run(request, data, e, progress);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QList<Commitment> selection;
    QString target;
    if (!select(request, data, &selection, e) ||
        !ExportTarget::check(request.targetPath, request.workspacePath, e, &target))
        return false;
    FileReplace::removeStaleTemporaries(target, started);
    QByteArray bytes;
    switch (request.format) {
    case ExportRequest::Format::OdtForm:
    case ExportRequest::Format::OdtPlan: {
        OdtWriter writer(request, data);
        if (!writer.build(selection, &bytes, e, progress))
            return false;
        break;
    }
    case ExportRequest::Format::Ods: {
        OdsWriter writer(Workbook::build(request, data, selection));
        if (!writer.build(&bytes, e, progress))
            return false;
        break;
    }
    case ExportRequest::Format::Xlsx: {
        // libxlsxwriter 1.1.4 writes only to a file: a temporary one beside the target.
        const QString temporary = FileReplace::temporaryNameFor(target);
        errno = 0;
        if (!XlsxWriter::write(Workbook::build(request, data, selection), temporary, e, progress)) {
            const int code = errno;
            QFile::remove(temporary);
            if (e->code == Error::WriteFailed)
                *e = ExportTarget::writeFailure(temporary, code, e->detail, 1024 * 1024);
            return false;
        }
        return ExportTarget::commit(temporary, target, e);
    }
    case ExportRequest::Format::PdfForm:
    case ExportRequest::Format::PdfPlan:
        break; // handled above
    }
    return ExportTarget::write(target, bytes, e);
}

} // namespace nap
