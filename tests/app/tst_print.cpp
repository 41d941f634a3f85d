// PDF and printing: the forms and the plan as PDF through LibreOffice (GUI and CLI), File →
// Print through Qt's print support, and a clear word when LibreOffice is missing.
#include "AppTestHelper.h"

#include "ExportDialog.h"
#include "ExportJob.h"
#include "MainActions.h"
#include "MessageBox.h"
#include "PrintDocument.h"
#include "export/Exporter.h"
#include "export/PdfExport.h"

#include <QAction>
#include <QCheckBox>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>

using namespace nap;
using namespace nap::ui;
using nap::test::AppFixture;

namespace {

QString tool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return 0;
}

// The share of dark pixels on the first page: a blank page has none.
double inkOnFirstPage(const QString &pdf, const QString &dir)
{
    tool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-f"),
                                      QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                      QStringLiteral("-png"), pdf, dir + QStringLiteral("/page")});
    QImage image(dir + QStringLiteral("/page-1.png"));
    if (image.isNull())
        image.load(dir + QStringLiteral("/page-01.png"));
    if (image.isNull())
        return 0;
    qint64 dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128;
    return double(dark) / (image.width() * image.height());
}

// napdesk-cli with this process's environment (NAPDESK_SOFFICE included): what it said, both streams.
QString runCli(const QStringList &arguments, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(NAP_CLI), arguments);
    if (!p.waitForFinished(PdfExport::kTimeoutMs))
        return {};
    *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAll());
}

} // namespace

class TestPrint : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { qunsetenv("NAPDESK_SOFFICE"); }

    void withoutLibreOfficeNothingIsWrittenAndItSaysSo()
    {
        qputenv("NAPDESK_SOFFICE", "/nonexistent/soffice");
        QVERIFY(!PdfExport::available());
        AppFixture app;
        const QString target = app.dir.filePath(QStringLiteral("form.pdf"));
        // The CLI: exit 1, the reason, no file.
        int code = -1;
        const QString said = runCli({QStringLiteral("export"), QStringLiteral("--workspace"), app.sample,
                                     QStringLiteral("--format"), QStringLiteral("pdf"),
                                     QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"),
                                     target, QStringLiteral("--commitment"), QStringLiteral("1-1")},
                                    &code);
        QCOMPARE(code, 1);
        QVERIFY2(said.contains(QStringLiteral("LibreOffice")), qPrintable(said));
        QVERIFY(!QFileInfo::exists(target));
        // The window: the PDF choices are off, with the reason beside them; Print says why.
        auto w = app.window(app.sample);
        QVERIFY(w->select(w->document()->commitments().constFirst().uuid));
        const int before = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        w->actions()->printDocument->trigger();
        QCOMPARE(MessageBox::count(), before + 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("LibreOffice")));
        ExportDialog dialog(w->document(), *app.settings, QString(), w.get());
        auto *pdfForms = dialog.findChild<QCheckBox *>(QStringLiteral("pdfFormFormat"));
        QVERIFY(pdfForms && !pdfForms->isEnabled());
    }

    void pdfIsTheFormLaidOutByLibreOffice()
    {
        if (!PdfExport::available())
            QSKIP("LibreOffice is not installed");
        AppFixture app;
        const QString target = app.dir.filePath(QStringLiteral("1-1.pdf"));
        int code = -1;
        runCli({QStringLiteral("export"), QStringLiteral("--workspace"), app.sample,
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"),
                QStringLiteral("zh"), QStringLiteral("--out"), target, QStringLiteral("--commitment"),
                QStringLiteral("1-1"), QStringLiteral("--reason"), QStringLiteral("test")},
               &code);
        QCOMPARE(code, 0);
        QFile pdf(target);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QString text = tool(QStringLiteral("pdftotext"), {target, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("政府資料開放與運用法制化")), qPrintable(text.left(400)));
        QVERIFY(tool(QStringLiteral("pdfinfo"), {target}).contains(QStringLiteral("(A4)")));
        // Only the PDF is left in the folder: the .odt it was made from was temporary.
        QCOMPARE(QDir(app.dir.path()).entryList({QStringLiteral("1-1*")}, QDir::Files),
                 QStringList{QStringLiteral("1-1.pdf")});
    }

    void exportDialogJobWritesThePlanPdf()
    {
        if (!PdfExport::available())
            QSKIP("LibreOffice is not installed");
        AppFixture app;
        auto w = app.window(app.sample);
        ExportRequest request;
        request.format = ExportRequest::Format::PdfPlan;
        request.mode = ExportRequest::Mode::Bilingual;
        request.targetPath = app.dir.filePath(QStringLiteral("plan.pdf"));
        request.workspacePath = w->document()->path();
        // As the export dialog runs it: built under a temporary name, then renamed.
        const ExportJob::Result result = ExportJob::run(
            {request}, {w->document()->plan(), w->document()->areas(), w->document()->commitments(), {}},
            [] { return false; }, [](int, int) {});
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(result.written, QStringList{request.targetPath});
        QVERIFY(pageCount(request.targetPath) > 10);
        const QString text = tool(QStringLiteral("pdftotext"), {request.targetPath, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Open Government National Action Plan")));
        QCOMPARE(
            QDir(app.dir.path())
                .entryList({QStringLiteral("*.part"), QStringLiteral(".*.odt")}, QDir::Files | QDir::Hidden),
            QStringList());
    }

    void printSendsTheFormsPagesToThePrinter()
    {
        if (!PdfExport::available())
            QSKIP("LibreOffice is not installed");
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w->select(w->document()->commitments().constFirst().uuid));
        const QString printed = app.dir.filePath(QStringLiteral("printed.pdf"));
        PrintDocument::setNextOutputFile(printed);
        QSignalSpy done(w->printer(), &PrintDocument::finished);
        w->actions()->printDocument->trigger();
        QVERIFY(done.wait(PdfExport::kTimeoutMs));
        QCOMPARE(done.constFirst().constFirst().toBool(), true);
        // The same pages as the form's PDF, with ink on them.
        ExportRequest request;
        request.format = ExportRequest::Format::PdfForm;
        request.targetPath = app.dir.filePath(QStringLiteral("form.pdf"));
        request.commitmentUuids = QStringList{w->document()->commitments().constFirst().uuid};
        Error error;
        QVERIFY2(
            Exporter::run(request,
                          {w->document()->plan(), w->document()->areas(), w->document()->commitments(), {}},
                          &error),
            qPrintable(error.message()));
        QVERIFY(pageCount(printed) > 0);
        QCOMPARE(pageCount(printed), pageCount(request.targetPath));
        QVERIFY(inkOnFirstPage(printed, app.dir.path()) > 0.005);
    }
};

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
