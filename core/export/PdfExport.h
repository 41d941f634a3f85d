#pragma once

#include "Error.h"
#include "ExportRequest.h"

#include <QByteArray>
#include <QString>

namespace nap {

// A form or the plan document as PDF, for officers who send or sign it as it is. NAP Desk
// writes the .odt itself and has LibreOffice (headless, with a private profile, so an open
// LibreOffice window is not disturbed) lay it out; no PDF is written without LibreOffice.
class PdfExport
{
public:
    static bool available();
    // request.format is PdfForm or PdfPlan; request.targetPath is the PDF, replaced atomically.
    static bool run(const ExportRequest &request, const ExportInput &data, Error *error,
                    const ExportProgress &progress = {});
    // Converts a document LibreOffice can open; *pdf holds the PDF's bytes.
    static bool convert(const QString &document, QByteArray *pdf, Error *error, int timeoutMs = kTimeoutMs);

    static constexpr int kTimeoutMs = 180000; // LibreOffice's first start on a slow machine
};

} // namespace nap
