#pragma once

#include "Error.h"
#include "ExportOptions.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QCheckBox;
class QPushButton;

namespace Ui {
class ExportDialog;
}

namespace nap::ui {

class ExportJob;
class Settings;
class WorkspaceDocument;

// File → Export…: which commitments, which formats, language, calendar, exporting agency and
// folder; then writes the files on a worker thread with a progress bar and Cancel, and ends
// with the files written and "Open" / "Show in Folder". Not modal: the officer can go on
// editing while a large plan is written (the export works on a snapshot taken at the start).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // Decides, just before the files are written, whether the export may go ahead: the
    // place for the quality checker's error gate (confirm errors with a reason). Gets the
    // commitments the export covers and its language; returns false to stop. Without a
    // gate every export goes ahead.
    using Gate =
        std::function<bool(QWidget *parent, const QList<Commitment> &commitments, ExportRequest::Mode mode)>;

    // currentUuid: what the plan tree shows — a commitment (offered as "current"), an area
    // (its commitments preselected) or nothing (the whole plan).
    ExportDialog(WorkspaceDocument *document, Settings &settings, const QString &currentUuid,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Raises the window's open export dialog for this document, or opens a new one.
    static ExportDialog *showFor(QWidget *window, WorkspaceDocument *document, Settings &settings,
                                 const QString &currentUuid);

    void setGate(Gate gate) { m_gate = std::move(gate); }
    void setCurrent(const QString &uuid);
    WorkspaceDocument *document() const { return m_document; }

    ExportOptions options() const; // what the widgets show now
    QList<ExportRequest> requests() const;
    // Why Export is not possible now (no format, no commitment, no folder); empty when it is.
    QString problem() const;

    // Export, as the button does: asks before replacing files, runs the gate, starts the
    // worker. Returns false when nothing was started.
    bool startExport();
    bool isExporting() const;
    ExportJob *job() const { return m_job; }
    QStringList writtenFiles() const { return m_written; }
    Error lastError() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;
    void reject() override; // while exporting: cancels the export, keeps the dialog

private:
    void buildButtons();
    void connectWidgets();
    void loadSettings(const QString &currentUuid);
    void saveSettings() const;
    void refresh();
    void updateNames();
    void updateWarning();
    void updateCounts();
    void retranslateDynamicTexts();
    void showMessage();
    void setBusy(bool busy);
    void languageChosen();
    void browse();
    void showProgress(int perMille, int fileIndex);
    void finishExport(bool ok);
    QStringList chosenResults() const; // the selected written files, else the first
    void back();
    bool confirmReplace(const QList<ExportRequest> &requests);
    QCheckBox *formatBox(ExportRequest::Format format) const;
    ExportOptions::Scope scope() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QPointer<WorkspaceDocument> m_document;
    Settings &m_settings;
    QString m_currentUuid;
    bool m_calendarPicked = false;
    Gate m_gate;
    ExportJob *m_job;
    QList<ExportRequest> m_running;
    int m_runningFile = 0;
    bool m_stopping = false;
    QStringList m_written;
    Error m_error; // of the last run; shown until the next one
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QTimer m_refreshTimer;
    bool m_officeAvailable = false; // LibreOffice, for the PDF formats
    QTimer m_fitTimer;
};

} // namespace nap::ui
