#include "CommitmentChecklist.h"

#include "DisplayNames.h"
#include "WorkspaceDocument.h"

#include <QEvent>
#include <QScrollBar>

namespace nap::ui {
namespace {

constexpr int kUuidRole = Qt::UserRole;

} // namespace

CommitmentChecklist::CommitmentChecklist(QWidget *parent) : QListWidget(parent)
{
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString uuid = item->data(kUuidRole).toString();
        if (item->checkState() == Qt::Checked)
            m_checked.insert(uuid);
        else
            m_checked.remove(uuid);
        emit checkedChanged();
    });
}

void CommitmentChecklist::setDocument(WorkspaceDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &WorkspaceDocument::structureChanged, this, &CommitmentChecklist::fill);
        connect(document, &WorkspaceDocument::commitmentChanged, this, &CommitmentChecklist::updateItem);
    }
    fill();
}

void CommitmentChecklist::setCheckedUuids(const QSet<QString> &uuids)
{
    m_checked = uuids;
    fill();
}

void CommitmentChecklist::setAllChecked(bool checked)
{
    {
        const QSignalBlocker block(this);
        for (int i = 0; i < count(); ++i) {
            item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            const QString uuid = item(i)->data(kUuidRole).toString();
            if (checked)
                m_checked.insert(uuid);
            else
                m_checked.remove(uuid);
        }
    }
    emit checkedChanged();
}

QString CommitmentChecklist::label(const Commitment &commitment) const
{
    QString title = DisplayNames::text(commitment.text(Field::Title)).simplified();
    if (title.isEmpty())
        title = tr("(untitled)");
    return commitment.code + QStringLiteral("  ") + title;
}

void CommitmentChecklist::fill()
{
    const QSignalBlocker block(this);
    const int scroll = verticalScrollBar()->value();
    clear();
    if (!m_document)
        return;
    QSet<QString> present;
    for (const Commitment &c : m_document->commitments()) {
        present.insert(c.uuid);
        auto *item = new QListWidgetItem(label(c), this);
        item->setData(kUuidRole, c.uuid);
        item->setToolTip(item->text());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_checked.contains(c.uuid) ? Qt::Checked : Qt::Unchecked);
    }
    m_checked.intersect(present);
    verticalScrollBar()->setValue(scroll);
}

void CommitmentChecklist::updateItem(const QString &uuid)
{
    const Commitment *c = m_document ? m_document->commitment(uuid) : nullptr;
    for (int i = 0; c && i < count(); ++i) {
        if (item(i)->data(kUuidRole).toString() == uuid) {
            const QSignalBlocker block(this);
            item(i)->setText(label(*c));
            item(i)->setToolTip(item(i)->text());
            return;
        }
    }
}

void CommitmentChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill(); // titles follow the interface language
    QListWidget::changeEvent(event);
}

} // namespace nap::ui
