#include "FileDialog.h"

#include <QCoreApplication>
#include <QFileDialog>

#include <optional>

namespace nap::ui {
namespace {

std::optional<QString> g_next;
QString g_lastDirectory;

} // namespace

void FileDialog::setNextFileName(const QString &fileName)
{
    g_next = fileName;
}

void FileDialog::setNextCancel()
{
    g_next = QString();
}

QString FileDialog::lastDirectory()
{
    return g_lastDirectory;
}

bool FileDialog::takeNext(QString *fileName)
{
    if (!g_next)
        return false;
    *fileName = *g_next;
    g_next.reset();
    return true;
}

QString FileDialog::workspaceFilter()
{
    return QCoreApplication::translate("nap::ui::FileDialog",
                                       "NAP Desk workspaces (*.napdesk);;All files (*)");
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    g_lastDirectory = dir;
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter, const QString &defaultSuffix)
{
    g_lastDirectory = dir;
    QString name;
    if (takeNext(&name))
        return name;
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                         const QString &filter)
{
    g_lastDirectory = dir;
    QString names;
    if (takeNext(&names))
        return names.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

} // namespace nap::ui
