#pragma once

#include "export/TranslationGaps.h"

#include "export/ExportRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace nap::ui {

// What the export dialog has chosen, as plain values: which commitments, which formats,
// language, calendar, exporting agency and folder. Turns the choice into one ExportRequest
// per file, with file names derived from the plan or commitment, the language and the date.
struct ExportOptions
{
    Q_DECLARE_TR_FUNCTIONS(nap::ui::ExportOptions)

public:
    enum class Scope
    {
        Current,   // the commitment open in the editor
        Selection, // commitments ticked in the dialog
        Plan,      // every commitment of the plan
    };

    Scope scope = Scope::Plan;
    QStringList commitmentUuids; // Current: one uuid; Selection: the ticked ones
    QList<ExportRequest::Format> formats;
    ExportRequest::Mode mode = ExportRequest::Mode::Chinese;
    Calendar calendar = Calendar::Roc;
    QString folder;
    QString exportingAgency;
    QDate date; // for the file names; today when null

    // The plan document always covers the whole plan, so it is offered only for that scope.
    static bool formatAllowed(ExportRequest::Format format, Scope scope);
    QList<ExportRequest::Format> effectiveFormats() const;

    // The commitments covered, in plan order.
    QList<Commitment> selected(const QList<Commitment> &all) const;

    // One request per effective format, targets inside folder. Empty when nothing is chosen.
    QList<ExportRequest> requests(const Plan &plan, const QList<Commitment> &all) const;

    // "開放政府國家行動方案_承諾事項表_zh_20250312.odt", "1-1 Open data_form_en_20250312.odt", ...
    QString fileName(ExportRequest::Format format, const Plan &plan, const QList<Commitment> &all) const;

    // Why nothing can be exported yet (no format, nothing ticked, no folder…), for the
    // dialog to show; empty when the choice is complete.
    QString problem(const QList<Commitment> &all) const;
    // The first answer too long for an Excel cell, as a message; empty when all fit.
    static QString tooLongForExcel(const QList<Commitment> &covered);

    // Removes characters that are not allowed in file names on Windows, macOS or Linux.
    static QString safeFileName(const QString &text, int maxLength);
};

} // namespace nap::ui
