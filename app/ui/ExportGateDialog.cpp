#include "ExportGateDialog.h"

#include "CheckScheduler.h"
#include "DisplayNames.h"
#include "FindingsModel.h"
#include "LanguageManager.h"
#include "MessageBox.h"
#include "WorkspaceDocument.h"
#include "WrappingItemDelegate.h"
#include "check/Checker.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace nap::ui {
namespace {

struct Answer
{
    bool confirmed = false;
    QString reason;
};
std::optional<Answer> g_nextAnswer;
int g_asked = 0;
QStringList g_lastAsked;

int errorCount(const QList<Finding> &findings)
{
    return FindingCounts::of(findings).errors;
}

} // namespace

ExportGateDialog::ExportGateDialog(const QList<Item> &items, QWidget *parent)
    : QDialog(parent), m_items(items), m_intro(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_reasonLabel(new QLabel(this)), m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("exportGateDialog"));
    m_intro->setWordWrap(true);
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setWordWrap(true);
    // Flat (the commitments stand out in bold), so every row has the view's whole width.
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(0);
    m_list->setUniformRowHeights(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->header()->setStretchLastSection(true);
    m_list->setItemDelegate(new WrappingItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_reasonLabel->setBuddy(m_reason);
    m_reasonLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ExportGateDialog::updateButton);
    resize(640, 480);
    retranslate();
    m_reason->setFocus();
}

QString ExportGateDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ExportGateDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void ExportGateDialog::updateButton()
{
    m_exportButton->setEnabled(!reason().isEmpty());
}

void ExportGateDialog::fill()
{
    m_list->clear();
    const Language language = LanguageManager::displayLanguage();
    for (const Item &item : std::as_const(m_items)) {
        auto *top = new QTreeWidgetItem(m_list);
        top->setText(0, tr("%1  %2 — %n error(s)", nullptr, errorCount(item.findings))
                            .arg(item.code, item.title.isEmpty() ? tr("(untitled)") : item.title));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const Finding &f : item.findings) {
            if (f.severity != Severity::Error)
                continue;
            auto *child = new QTreeWidgetItem(top);
            child->setIcon(0, FindingsModel::severityIcon(f));
            child->setText(0, tr("%1: %2").arg(FindingsModel::location(f), f.message(language)));
            child->setToolTip(0, child->text(0));
        }
    }
    m_list->expandAll();
}

void ExportGateDialog::retranslate()
{
    setWindowTitle(tr("Export with Open Errors"));
    m_intro->setText(tr("%n commitment(s) in this export still have errors. Reviewers look for exactly "
                        "these gaps. Fix them first, or give the reason for exporting now; the reason "
                        "is kept in the workspace with the errors it overrides.",
                        nullptr, int(m_items.size())));
    m_reasonLabel->setText(tr("&Reason for exporting with errors:"));
    m_reason->setPlaceholderText(
        tr("For example: draft for the agency's internal review; the contact person is named next week."));
    m_exportButton->setText(tr("Export Anyway"));
    fill();
    updateButton();
}

void ExportGateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportGateDialog::setNextAnswer(bool confirmed, const QString &reason)
{
    g_nextAnswer = Answer{confirmed, reason};
}

void ExportGateDialog::clearNextAnswer()
{
    g_nextAnswer.reset();
}

int ExportGateDialog::askedCount()
{
    return g_asked;
}

QStringList ExportGateDialog::lastAskedUuids()
{
    return g_lastAsked;
}

bool ExportGateDialog::ask(QWidget *parent, const QList<Item> &items, QString *reason)
{
    ++g_asked;
    g_lastAsked.clear();
    for (const Item &item : items)
        g_lastAsked.append(item.uuid);
    if (g_nextAnswer) {
        const Answer answer = *g_nextAnswer;
        g_nextAnswer.reset();
        *reason = answer.reason.trimmed();
        return answer.confirmed && !reason->isEmpty();
    }
    ExportGateDialog dialog(items, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *reason = dialog.reason();
    return !reason->isEmpty();
}

bool ExportGateDialog::confirm(QWidget *parent, WorkspaceDocument *document, const CheckScheduler &checks,
                               const QList<Commitment> &commitments, ExportRequest::Mode mode)
{
    if (!document)
        return false;
    const Checker checker = checks.checker(mode != ExportRequest::Mode::Chinese);
    const Plan &plan = document->plan();
    QList<Item> items;
    for (const Commitment &c : commitments) {
        const QList<Finding> findings = checker.findings(c, &plan);
        if (errorCount(findings) > 0)
            items.append({c.uuid, c.code, DisplayNames::text(c.text(Field::Title)), findings});
    }
    if (items.isEmpty())
        return true;
    if (document->isReadOnly()) {
        MessageBox::warning(parent, tr("Export with Open Errors"),
                            tr("%n commitment(s) in this export still have errors, and the reason for "
                               "exporting them cannot be recorded because this workspace is open "
                               "read-only. Fix the errors, or export from the window that can edit "
                               "the workspace.",
                               nullptr, int(items.size())));
        return false;
    }
    QString reason;
    if (!ask(parent, items, &reason))
        return false;
    for (const Item &item : std::as_const(items)) {
        Error error;
        if (!document->addExportOverride(item.uuid, reason, Findings::summaryJson(item.findings), &error)) {
            MessageBox::critical(
                parent, tr("Export with Open Errors"),
                tr("The reason could not be recorded, so nothing was exported: %1").arg(error.message()));
            return false;
        }
    }
    return true;
}

} // namespace nap::ui
