#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace nap::ui {

// Every file dialog goes through here so that GUI tests can give the answer in advance.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter, const QString &defaultSuffix);
    // Several files at once; a test answers with names joined by line feeds.
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                        const QString &filter);
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir);

    // The next dialog returns this name at once without showing; an empty name after
    // setNextCancel() means "cancelled".
    static void setNextFileName(const QString &fileName);
    static void setNextCancel();

    static QString workspaceFilter();
    // The folder the last dialog was asked to start in (tests check where dialogs open).
    static QString lastDirectory();

private:
    static bool takeNext(QString *fileName);
};

} // namespace nap::ui
