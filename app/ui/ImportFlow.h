#pragma once

#include <QObject>

class QWidget;

namespace nap::ui {

class WorkspaceDocument;

// File → Import Agency Files…: the officer picks the workbooks and workspaces agencies sent,
// sees what each brings before anything changes, then imports them as one undo step.
class ImportFlow : public QObject
{
    Q_OBJECT
public:
    // Returns a line for the status bar, empty when nothing was imported; errors are shown.
    static QString run(QWidget *parent, WorkspaceDocument *document);

    // Tests: the next preview is accepted as it stands instead of shown.
    static void acceptNextPreview();
};

} // namespace nap::ui
