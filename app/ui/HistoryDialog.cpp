#include "HistoryDialog.h"

#include "DisplayNames.h"
#include "FirstWindow.h"
#include "MessageBox.h"
#include "WorkspaceDocument.h"
#include "WrappingItemDelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nap::ui {

HistoryDialog::HistoryDialog(WorkspaceDocument *document, const QString &commitmentUuid, QWidget *parent)
    : QDialog(parent), m_document(document), m_uuid(commitmentUuid), m_intro(new QLabel(this)),
      m_tree(new QTreeWidget(this)), m_restore(new QPushButton(tr("&Restore Previous Value"), this))
{
    setWindowTitle(tr("Field History"));
    m_intro->setWordWrap(true);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("When"), tr("Field"), tr("From"), tr("Before"), tr("After")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setItemDelegate(new WrappingItemDelegate(m_tree));
    // The two values share what the short columns leave, so neither is squeezed into a sliver.
    for (int column : {WhenColumn, FieldColumn, SourceColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : {BeforeColumn, AfterColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_tree->indexOfTopLevelItem(m_tree->currentItem());
        m_restore->setEnabled(row >= 0 && !m_document->isReadOnly() &&
                              m_changes.at(row).field != Field::Area);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    fill();
    FirstWindow::fitDialog(this, QSize(960, 520));
}

void HistoryDialog::showFor(QWidget *parent, WorkspaceDocument *document, const QString &commitmentUuid)
{
    if (!document || !document->commitment(commitmentUuid))
        return;
    HistoryDialog dialog(document, commitmentUuid, parent);
    dialog.exec();
}

void HistoryDialog::fill()
{
    m_document->flush(); // the edits of the last second are in the history once written
    m_changes = m_document->fieldHistory(m_uuid);
    m_tree->clear();
    const Commitment *c = m_document->commitment(m_uuid);
    m_intro->setText(m_changes.isEmpty()
                         ? tr("No import or edit has changed %1 yet.").arg(c ? c->code : QString())
                         : tr("Every change an import or an edit made to %1, newest first. Select one and "
                              "restore the value it replaced; Edit → Undo takes the restore back.")
                               .arg(c ? c->code : QString()));
    for (const Provenance::Change &change : std::as_const(m_changes)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(WhenColumn, DisplayNames::moment(change.changedAt));
        item->setText(FieldColumn, DisplayNames::field(change.field));
        item->setText(SourceColumn, source(change));
        item->setText(BeforeColumn, shown(change.before));
        item->setText(AfterColumn, shown(change.after));
        item->setToolTip(BeforeColumn, item->text(BeforeColumn)); // a cell shows only the start
        item->setToolTip(AfterColumn, item->text(AfterColumn));
    }
    m_restore->setEnabled(false);
}

QString HistoryDialog::source(const Provenance::Change &change) const
{
    if (change.eventId == 0)
        return change.changedBy.isEmpty() ? tr("Edited") : tr("Edited by %1").arg(change.changedBy);
    const std::optional<Provenance::Event> event = m_document->importEvent(change.eventId);
    if (!event)
        return {};
    const QString agency = event->agency.isEmpty() ? QString() : DisplayNames::agency(event->agency);
    const QString file = agency.isEmpty() ? event->fileName : tr("%1 (%2)").arg(event->fileName, agency);
    return event->importedBy.isEmpty() ? file : tr("%1, imported by %2").arg(file, event->importedBy);
}

QString HistoryDialog::shown(const FieldValues::Value &value)
{
    if (value.zh.isEmpty() && value.en.isEmpty())
        return tr("(empty)");
    if (value.en.isEmpty())
        return value.zh;
    return value.zh.isEmpty() ? value.en : value.zh + QLatin1Char('\n') + value.en;
}

void HistoryDialog::restoreSelected()
{
    const int row = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    if (row < 0)
        return;
    Error error;
    if (!m_document->restoreValue(m_changes.at(row).id, &error)) {
        MessageBox::warning(this, windowTitle(), error.message());
        return;
    }
    fill();
}

} // namespace nap::ui
