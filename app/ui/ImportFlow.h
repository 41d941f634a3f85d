#pragma once

#include <QObject>

class QMainWindow;

namespace nap::ui {

class WorkspaceDocument;

// File → Import Agency Files… / Folder…: the officer picks the files agencies sent (or the folder
// they were collected in), sees what each brings before anything changes, then imports them as
// one undo step.
class ImportFlow : public QObject
{
    Q_OBJECT
public:
    // What was imported goes to the window's status bar; errors are shown. `folder`: the officer
    // picks a folder, whose files NAP Desk reads are imported.
    static void run(QMainWindow *window, WorkspaceDocument *document, bool folder = false);

    // Tests: the next preview is accepted as it stands instead of shown.
    static void acceptNextPreview();
};

} // namespace nap::ui
