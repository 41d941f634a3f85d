#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace nap::ui {

class WorkspaceDocument;

// Opens workspaces for the window and says clearly why one cannot be opened. A file another
// NAP Desk is editing can be opened read-only; anything else (not a workspace, damaged, from
// a newer version, a read-only folder) is reported and left untouched.
class WorkspaceOpener
{
    Q_DECLARE_TR_FUNCTIONS(nap::ui::WorkspaceOpener)
public:
    static std::unique_ptr<WorkspaceDocument> open(QWidget *parent, const QString &path);
    static std::unique_ptr<WorkspaceDocument> createEmpty(QWidget *parent, const QString &path);
    // File → New: asks for a new file name (never overwriting one) and creates an empty plan.
    static std::unique_ptr<WorkspaceDocument> createInteractive(QWidget *parent, const QString &folder);
    // File → Save a Copy As: asks for a target and writes a consistent copy; returns the
    // copy's path, or empty when cancelled or failed (the failure is shown).
    static QString saveCopyInteractive(QWidget *parent, WorkspaceDocument &document);

    // The sample plan, opened from the start page or Help: a copy in Documents/NAP Desk named
    // as an example (where officers look for their files, not a hidden folder), made on first use.
    static QString samplePath();
    // Where new and opened workspaces are looked for first: Documents.
    static QString documentsFolder();
    // Writes the sample plan at path unless a file is already there; false with a message
    // shown when it cannot.
    static bool ensureSample(QWidget *parent, const QString &path);
};

} // namespace nap::ui
