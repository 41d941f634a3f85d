#pragma once

#include "check/Finding.h"
#include "export/ExportRequest.h"
#include "model/Commitment.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace nap::ui {

class CheckScheduler;
class WorkspaceDocument;

// The export gate of quality-rules.md: exporting commitments that still have errors needs a
// reason, which the workspace keeps with a summary of what was overridden. The dialog lists
// the commitments and their errors; "Export Anyway" stays disabled until a reason is given.
class ExportGateDialog : public QDialog
{
    Q_OBJECT
public:
    struct Item
    {
        QString uuid;
        QString code;
        QString title;
        QList<Finding> findings; // all of them; the errors are listed, all are summarised
    };

    explicit ExportGateDialog(const QList<Item> &items, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    QPushButton *exportButton() const { return m_exportButton; }
    QTreeWidget *list() const { return m_list; }

    // Runs the gate for an export of these commitments: checks them as the export will be
    // read (English rules for an English or bilingual export), asks for a reason when any
    // has errors, records it for each. Returns true when the export may go ahead.
    static bool confirm(QWidget *parent, WorkspaceDocument *document, const CheckScheduler &checks,
                        const QList<Commitment> &commitments, ExportRequest::Mode mode);

    // Test seam: the next confirm() that would ask answers at once, with this reason
    // (confirmed) or cancelled, instead of showing the dialog.
    static void setNextAnswer(bool confirmed, const QString &reason = {});
    static void clearNextAnswer();
    // How many times confirm() asked (shown or answered by the seam), and about which.
    static int askedCount();
    static QStringList lastAskedUuids();

protected:
    void changeEvent(QEvent *event) override;

private:
    static bool ask(QWidget *parent, const QList<Item> &items, QString *reason);
    void fill();
    void retranslate();
    void updateButton();

    QList<Item> m_items;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QPushButton *m_exportButton;
};

} // namespace nap::ui
