#include "ImportFlow.h"

#include "FileDialog.h"
#include "ImportDialog.h"
#include "MessageBox.h"
#include "WorkspaceDocument.h"

#include <QApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QStatusBar>

namespace nap::ui {
namespace {

bool g_acceptNext = false;

// A wait cursor while files are read and compared (dozens of files take about a second).
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

bool changesAnything(const ImportPlan &plan)
{
    if (!plan.newAreas.isEmpty())
        return true;
    for (const ImportPlan::FilePlan &file : plan.files) {
        // A hand-filled form is shown even unchanged: its match may need correcting.
        if (file.source.handFilled)
            return true;
        if (file.count(ImportPlan::Kind::New) + file.count(ImportPlan::Kind::Changed) +
                file.count(ImportPlan::Kind::Conflict) >
            0)
            return true;
    }
    return false;
}

} // namespace

void ImportFlow::acceptNextPreview()
{
    g_acceptNext = true;
}

void ImportFlow::run(QMainWindow *window, WorkspaceDocument *document, bool folder)
{
    QWidget *parent = window;
    if (!document || document->isReadOnly())
        return;
    const QString title = tr("Import Agency Files");
    const QString start = QFileInfo(document->path()).absolutePath();
    QStringList files;
    if (folder) {
        const QString dir = FileDialog::getExistingDirectory(parent, tr("Import Agency Folder"), start);
        if (!dir.isEmpty())
            files.append(dir);
    } else {
        files = FileDialog::getOpenFileNames(
            parent, title, start, tr("Agency files (*.xlsx *.ods *.odt *.docx *.napdesk);;All files (*)"));
    }
    if (files.isEmpty())
        return;
    ImportPlan plan;
    Error error;
    bool read = false;
    {
        const BusyCursor busy;
        read = document->previewImport(files, &plan, &error);
    }
    if (!read) {
        MessageBox::warning(parent, title, tr("Nothing was imported.") + QLatin1Char('\n') + error.message());
        return;
    }
    if (!changesAnything(plan)) {
        MessageBox::information(parent, title,
                                tr("Nothing to import: this workspace already holds every commitment of "
                                   "these files as they are."));
        return;
    }
    ImportDialog preview(plan, parent);
    const bool accepted = std::exchange(g_acceptNext, false) || preview.exec() == QDialog::Accepted;
    if (!accepted)
        return;
    ImportApply::Result result;
    bool done = false;
    {
        const BusyCursor busy;
        done = document->applyImport(plan, preview.choices(), &result, &error);
    }
    if (!done) {
        MessageBox::critical(parent, title,
                             tr("Nothing was imported.") + QLatin1Char('\n') + error.message());
        return;
    }
    const QString report =
        tr("Imported %n file(s). Commitments added: %1, changed: %2. Edit → Undo takes the import back.",
           nullptr, int(plan.files.size()))
            .arg(result.inserted)
            .arg(result.updated);
    window->statusBar()->showMessage(report, 10000);
}

} // namespace nap::ui
