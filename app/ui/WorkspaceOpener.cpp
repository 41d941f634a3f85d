#include "WorkspaceOpener.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "WorkspaceDocument.h"
#include "sample/SamplePlan.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace nap::ui {

std::unique_ptr<WorkspaceDocument> WorkspaceOpener::open(QWidget *parent, const QString &path)
{
    Error error;
    auto document = WorkspaceDocument::open(path, Workspace::Mode::ReadWrite, &error);
    if (document)
        return document;
    const QString name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (error.code == Error::Locked || error.code == Error::ReadOnlyLocation ||
        error.code == Error::ReadOnlyFile) {
        const QString reason =
            error.code == Error::Locked
                ? tr("%1 is being edited in another NAP Desk window. Changes can only be "
                     "made there.")
                      .arg(name)
            : error.code == Error::ReadOnlyFile
                ? tr("%1 is a read-only file: NAP Desk cannot save changes to it.").arg(name)
                : tr("%1 is in a folder NAP Desk cannot write to.").arg(name);
        const auto answer = MessageBox::question(parent, tr("Open read-only?"),
                                                 reason + QStringLiteral("\n\n") +
                                                     tr("Open it read-only to read "
                                                        "and copy from it?"),
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return nullptr;
        Error readOnlyError;
        document = WorkspaceDocument::open(path, Workspace::Mode::ReadOnly, &readOnlyError);
        if (document)
            return document;
        error = readOnlyError;
    }
    MessageBox::critical(parent, tr("Cannot open workspace"),
                         tr("NAP Desk cannot open %1.").arg(name) + QStringLiteral("\n\n") + error.message());
    return nullptr;
}

std::unique_ptr<WorkspaceDocument> WorkspaceOpener::createEmpty(QWidget *parent, const QString &path)
{
    Error error;
    std::unique_ptr<Workspace> ws = Workspace::create(path, &error);
    if (!ws) {
        MessageBox::critical(parent, tr("Cannot create workspace"),
                             tr("NAP Desk cannot create %1.").arg(QDir::toNativeSeparators(path)) +
                                 QStringLiteral("\n\n") + error.message());
        return nullptr;
    }
    return std::make_unique<WorkspaceDocument>(std::move(ws));
}

std::unique_ptr<WorkspaceDocument> WorkspaceOpener::createInteractive(QWidget *parent, const QString &folder)
{
    const QString path = FileDialog::getSaveFileName(
        parent, tr("New Workspace"), folder, FileDialog::workspaceFilter(), QStringLiteral("napdesk"));
    if (path.isEmpty())
        return nullptr;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(parent, tr("New Workspace"),
                            tr("%1 already exists. Choose a new name; NAP Desk never overwrites a workspace.")
                                .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    return createEmpty(parent, path);
}

QString WorkspaceOpener::saveCopyInteractive(QWidget *parent, WorkspaceDocument &document)
{
    const QString source = QFileInfo(document.path()).absoluteFilePath();
    const QString path =
        FileDialog::getSaveFileName(parent, tr("Save a Copy As"), QFileInfo(source).absolutePath(),
                                    FileDialog::workspaceFilter(), QStringLiteral("napdesk"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).absoluteFilePath() == source) {
        MessageBox::warning(parent, tr("Save a Copy As"), tr("Choose another file than the open workspace."));
        return {};
    }
    Error error;
    if (!document.flush() || !document.workspace().saveCopyAs(path, &error)) {
        const QString reason = error.isError() ? error.message() : document.lastSaveError();
        MessageBox::critical(parent, tr("Save a Copy As"),
                             tr("The copy could not be written to %1.").arg(QDir::toNativeSeparators(path)) +
                                 QStringLiteral("\n\n") + reason);
        return {};
    }
    return path;
}

QString WorkspaceOpener::documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

QString WorkspaceOpener::samplePath()
{
    return documentsFolder() + QStringLiteral("/NAP Desk/範例方案 Sample plan (example).napdesk");
}

bool WorkspaceOpener::ensureSample(QWidget *parent, const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    Error error;
    if (SamplePlan::writeWorkspace(path, &error))
        return true;
    MessageBox::critical(parent, tr("Cannot create the sample plan"),
                         tr("NAP Desk cannot write %1.").arg(QDir::toNativeSeparators(path)) +
                             QStringLiteral("\n\n") + error.message());
    return false;
}

} // namespace nap::ui
