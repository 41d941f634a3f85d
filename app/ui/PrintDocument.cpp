#include "PrintDocument.h"

#include "ExportJob.h"
#include "MessageBox.h"
#include "WorkspaceDocument.h"
#include "export/ExportText.h"
#include "export/PdfExport.h"

#include <QPainter>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QTemporaryDir>

#include <optional>

namespace nap::ui {
namespace {

std::optional<QString> g_nextOutput;
constexpr double kMaxDpi = 300;

bool inRange(const QPrinter &printer, int page)
{
    return printer.printRange() != QPrinter::PageRange || printer.pageRanges().isEmpty() ||
           printer.pageRanges().contains(page);
}

} // namespace

PrintDocument::PrintDocument(QWidget *window) : QObject(window), m_window(window), m_job(new ExportJob(this))
{
    connect(m_job, &ExportJob::finished, this, &PrintDocument::pagesReady);
}

PrintDocument::~PrintDocument() = default;

void PrintDocument::setNextOutputFile(const QString &path)
{
    g_nextOutput = path;
}

bool PrintDocument::isRunning() const
{
    return m_job->isRunning();
}

void PrintDocument::start(WorkspaceDocument *document, const QString &currentUuid, ExportRequest::Mode mode)
{
    if (!document || m_job->isRunning())
        return;
    if (!PdfExport::available()) {
        MessageBox::warning(m_window, tr("Print"), Error::make(Error::OfficeMissing).message());
        emit finished(false);
        return;
    }
    const Commitment *current = document->commitment(currentUuid);
    ExportRequest request;
    request.format = current ? ExportRequest::Format::PdfForm : ExportRequest::Format::PdfPlan;
    request.mode = mode;
    request.calendar = ExportRequest::defaultCalendar(mode);
    request.workspacePath = document->path();
    if (current)
        request.commitmentUuids = QStringList{current->uuid};
    // The job's name in the print queue, in the language printed.
    const Language language = ExportText::primary(mode);
    const LocalizedText &title = current ? current->text(Field::Title) : document->plan().title;
    const QString name = title.text(language).isEmpty() ? title.zh : title.text(language);
    m_title = current ? (current->code + QLatin1Char(' ') + name).trimmed() : name;
    m_dir = std::make_unique<QTemporaryDir>();
    m_pdf = m_dir->filePath(QStringLiteral("print.pdf"));
    request.targetPath = m_pdf;
    const ExportInput data{document->plan(), document->areas(), document->commitments(), {}};
    m_progress = new QProgressDialog(tr("Preparing the pages for printing…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Print"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ExportJob::cancel);
    m_job->start({request}, data);
}

void PrintDocument::pagesReady(bool ok)
{
    if (m_progress)
        m_progress->deleteLater();
    const Error error = m_job->result().error;
    bool printed = false;
    if (ok)
        printed = showPreview(m_pdf);
    else if (error.code != Error::Cancelled)
        MessageBox::warning(m_window, tr("Print"), error.message());
    m_dir.reset();
    emit finished(printed);
}

bool PrintDocument::showPreview(const QString &pdf)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(m_title);
    QString problem;
    bool painted = false;
    if (g_nextOutput) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(*g_nextOutput);
        g_nextOutput.reset();
        painted = paint(pdf, &printer, &problem);
    } else {
        QPrintPreviewDialog preview(&printer, m_window);
        preview.setWindowTitle(tr("Print Preview — %1").arg(m_title));
        connect(&preview, &QPrintPreviewDialog::paintRequested, this,
                [&](QPrinter *p) { painted = paint(pdf, p, &problem); });
        painted = preview.exec() == QDialog::Accepted && painted;
    }
    if (!problem.isEmpty())
        MessageBox::warning(m_window, tr("Print"), problem);
    return painted && problem.isEmpty();
}

bool PrintDocument::paint(const QString &pdfPath, QPrinter *printer, QString *problem)
{
    QPdfDocument pdf;
    if (pdf.load(pdfPath) != QPdfDocument::Error::None || pdf.pageCount() == 0) {
        *problem = tr("The pages could not be prepared for printing.");
        return false;
    }
    printer->setFullPage(true); // the PDF already holds the form's margins
    QPainter painter;
    if (!painter.begin(printer)) {
        *problem = tr("The printer could not be started.");
        return false;
    }
    bool first = true;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        if (!inRange(*printer, page + 1))
            continue;
        if (!first)
            printer->newPage();
        first = false;
        const QSizeF points = pdf.pagePointSize(page);
        const double dpi = qMin(kMaxDpi, double(printer->resolution()));
        const QImage image = pdf.render(page, (points * dpi / 72.0).toSize());
        painter.drawImage(QRect(QPoint(0, 0), printer->paperRect(QPrinter::DevicePixel).size().toSize()),
                          image);
    }
    painter.end();
    return !first;
}

} // namespace nap::ui
