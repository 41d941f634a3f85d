#pragma once

#include "export/ExportRequest.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QPrinter;
class QProgressDialog;
class QTemporaryDir;
class QWidget;

namespace nap::ui {

class ExportJob;
class WorkspaceDocument;

// File → Print: the form of the commitment in the editor, or the whole plan, printed exactly as
// its PDF looks (laid out by LibreOffice, like File → Export), through Qt's print preview and
// print dialog: printer, pages and copies as the officer chooses.
class PrintDocument : public QObject
{
    Q_OBJECT
public:
    explicit PrintDocument(QWidget *window);
    ~PrintDocument() override;

    // Builds the pages in the background (with a progress dialog that can cancel), then shows the
    // preview. Says so clearly when LibreOffice is missing.
    void start(WorkspaceDocument *document, const QString &currentUuid, ExportRequest::Mode mode);
    bool isRunning() const;

    // Paints the pages of a PDF on a printer, in its page range, rendered at most at 300 dpi
    // (a printer's 1200 dpi would need half a gigabyte a page). False with *problem set when the
    // PDF cannot be read.
    static bool paint(const QString &pdfPath, QPrinter *printer, QString *problem);

    // Test seam: the next print goes to this PDF file without showing the preview.
    static void setNextOutputFile(const QString &path);

signals:
    void finished(bool printed);

private:
    void pagesReady(bool ok);
    bool showPreview(const QString &pdf);

    QWidget *m_window;
    ExportJob *m_job;
    std::unique_ptr<QTemporaryDir> m_dir;
    QPointer<QProgressDialog> m_progress;
    QString m_pdf;
    QString m_title;
};

} // namespace nap::ui
