#include "AgencyListEdit.h"

#include "AgencyComboBox.h"
#include "DisplayNames.h"

#include <QEvent>
#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>

namespace nap::ui {

AgencyListEdit::AgencyListEdit(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_picker(new AgencyComboBox(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_up(new QPushButton(this)),
      m_down(new QPushButton(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_picker, 0, 0);
    grid->addWidget(m_add, 0, 1);
    grid->addWidget(m_list, 1, 0, 4, 1);
    grid->addWidget(m_remove, 1, 1);
    grid->addWidget(m_up, 2, 1);
    grid->addWidget(m_down, 3, 1);
    grid->setRowStretch(4, 1);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5 + 8);
    setFocusProxy(m_picker);
    // Tab order: pick, add, the list, then its buttons.
    setTabOrder(m_picker, m_add);
    setTabOrder(m_add, m_list);
    setTabOrder(m_list, m_remove);
    setTabOrder(m_remove, m_up);
    setTabOrder(m_up, m_down);

    connect(m_add, &QPushButton::clicked, this, &AgencyListEdit::addCurrent);
    connect(m_remove, &QPushButton::clicked, this, &AgencyListEdit::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &AgencyListEdit::updateButtons);
    auto *up =
        new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveSelected(-1); });
    auto *down =
        new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveSelected(1); });
    auto *del = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &AgencyListEdit::removeSelected);
    retranslate();
    updateButtons();
}

void AgencyListEdit::setFieldName(const QString &name)
{
    m_fieldName = name;
    retranslate();
}

void AgencyListEdit::setAgencies(const QStringList &agencies)
{
    if (agencies == m_agencies)
        return;
    m_agencies = agencies;
    refresh();
}

void AgencyListEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_picker->setEnabled(!readOnly);
    updateButtons();
}

void AgencyListEdit::refresh()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const QString &agency : std::as_const(m_agencies))
        m_list->addItem(DisplayNames::agency(agency));
    if (!m_agencies.isEmpty())
        m_list->setCurrentRow(qBound(0, row, int(m_agencies.size()) - 1));
    updateButtons();
}

void AgencyListEdit::change(const QStringList &agencies, int selectRow)
{
    m_agencies = agencies;
    refresh();
    m_list->setCurrentRow(selectRow);
    emit agenciesEdited(m_agencies);
}

void AgencyListEdit::addCurrent()
{
    const QString value = m_picker->agency().trimmed();
    if (m_readOnly || value.isEmpty() || m_agencies.contains(value))
        return;
    QStringList next = m_agencies;
    next.append(value);
    change(next, int(next.size()) - 1);
    m_picker->setAgency(QString());
}

void AgencyListEdit::removeSelected()
{
    const int row = m_list->currentRow();
    if (m_readOnly || row < 0 || row >= m_agencies.size())
        return;
    QStringList next = m_agencies;
    next.removeAt(row);
    change(next, qMin(row, int(next.size()) - 1));
}

void AgencyListEdit::moveSelected(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (m_readOnly || row < 0 || target < 0 || target >= m_agencies.size())
        return;
    QStringList next = m_agencies;
    next.move(row, target);
    change(next, target);
}

void AgencyListEdit::updateButtons()
{
    const int row = m_list->currentRow();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && row >= 0);
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row + 1 < m_agencies.size());
}

void AgencyListEdit::retranslate()
{
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    const QString name = m_fieldName.isEmpty() ? tr("Agencies") : m_fieldName;
    m_picker->setAccessibleName(tr("Agency to add to %1").arg(name));
    m_list->setAccessibleName(name);
    m_add->setAccessibleName(tr("Add agency to %1").arg(name));
    m_list->setToolTip(tr("Alt+Up / Alt+Down moves the selected agency; Delete removes it"));
    refresh();
}

void AgencyListEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nap::ui
