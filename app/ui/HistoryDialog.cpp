#include "HistoryDialog.h"

#include "DisplayNames.h"
#include "MessageBox.h"
#include "WorkspaceDocument.h"
#include "WrappingItemDelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
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
    resize(960, 520);
}

void HistoryDialog::fill()
{
    m_changes = m_document->fieldHistory(m_uuid);
    m_tree->clear();
    const Commitment *c = m_document->commitment(m_uuid);
    m_intro->setText(m_changes.isEmpty()
                         ? tr("No import or restore has changed %1 yet.").arg(c ? c->code : QString())
                         : tr("Every change an import or a restore made to %1, newest first. Select one and "
                              "restore the value it replaced; Edit → Undo takes the restore back.")
                               .arg(c ? c->code : QString()));
    const QLocale locale;
    for (const Provenance::Change &change : std::as_const(m_changes)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(WhenColumn, locale.toString(change.changedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(FieldColumn, DisplayNames::field(change.field));
        item->setText(SourceColumn, source(change));
        item->setText(BeforeColumn, shown(change.before));
        item->setText(AfterColumn, shown(change.after));
    }
    for (int column : {WhenColumn, FieldColumn, SourceColumn})
        m_tree->resizeColumnToContents(column);
    m_restore->setEnabled(false);
}

QString HistoryDialog::source(const Provenance::Change &change) const
{
    if (change.eventId == 0)
        return tr("Restored by %1").arg(change.changedBy);
    const std::optional<Provenance::Event> event = m_document->importEvent(change.eventId);
    if (!event)
        return {};
    const QString agency = event->agency.isEmpty() ? QString() : DisplayNames::agency(event->agency);
    return agency.isEmpty() ? tr("%1, imported by %2").arg(event->fileName, event->importedBy)
                            : tr("%1 (%2), imported by %3").arg(event->fileName, agency, event->importedBy);
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
