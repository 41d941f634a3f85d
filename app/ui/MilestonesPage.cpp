#include "MilestonesPage.h"

#include "DisplayNames.h"
#include "MilestoneDelegate.h"
#include "MilestoneTableModel.h"
#include "WorkspaceDocument.h"
#include "ui_MilestonesPage.h"

#include <QHeaderView>
#include <QShortcut>

namespace nap::ui {

MilestonesPage::MilestonesPage(QWidget *parent)
    : EditorPage(parent), m_ui(std::make_unique<Ui::MilestonesPage>()), m_model(new MilestoneTableModel(this))
{
    m_ui->setupUi(this);
    setUpTable();
    setUpKeys();

    connect(m_model, &MilestoneTableModel::milestoneEdited, this,
            [this](int row, const Milestone &m, const QString &) {
                edit(QString(), tr("Edit milestone %1").arg(row + 1), [&](Commitment &c) {
                    if (row < c.milestones.size())
                        c.milestones[row] = m;
                });
            });
    connect(m_model, &MilestoneTableModel::moveRequested, this, &MilestonesPage::moveRow);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                m_selectedUuid = index.isValid() ? m_model->milestones().at(index.row()).uuid : QString();
                showDetails();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_selectedUuid);
        if (row >= 0)
            selectRow(row);
        showDetails();
    });
    connectDetails();
    showDetails();
}

MilestonesPage::~MilestonesPage() = default;

void MilestonesPage::setUpTable()
{
    QTableView *table = m_ui->table;
    table->setModel(m_model);
    table->setItemDelegate(new MilestoneDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setDragDropMode(QAbstractItemView::InternalMove);
    table->setDragDropOverwriteMode(false);
    table->setDropIndicatorShown(true);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    // Short columns fit their contents and headers in either language; the milestone text
    // takes the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(MilestoneTableModel::DescriptionColumn,
                                                    QHeaderView::Stretch);
    // One line per milestone, elided: the whole text is in the tooltip and the editor below.
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

// Buttons, and the same moves from the keyboard inside the table.
void MilestonesPage::setUpKeys()
{
    QTableView *table = m_ui->table;
    connect(m_ui->addButton, &QPushButton::clicked, this, &MilestonesPage::addMilestone);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &MilestonesPage::removeMilestone);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveMilestone(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveMilestone(1); });
    for (const QKeySequence &key :
         {QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_Up)}) {
        auto *shortcut = new QShortcut(key, table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { moveMilestone(-1); });
    }
    for (const QKeySequence &key :
         {QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_Down)}) {
        auto *shortcut = new QShortcut(key, table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { moveMilestone(1); });
    }
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, this, &MilestonesPage::addMilestone);
    auto *del = new QShortcut(QKeySequence::Delete, table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &MilestonesPage::removeMilestone);
}

QString MilestonesPage::title() const
{
    return tr("Milestones");
}

void MilestonesPage::connectDetails()
{
    struct Detail
    {
        LocalizedTextEdit *edit;
        const char *key;
        LocalizedText Milestone::*member;
    };
    const Detail details[] = {{m_ui->descriptionEdit, "description", &Milestone::description},
                              {m_ui->outputEdit, "output", &Milestone::expectedOutput},
                              {m_ui->stakeholdersEdit, "stakeholders", &Milestone::stakeholders},
                              {m_ui->noteEdit, "note", &Milestone::progressNote}};
    for (const Detail &d : details) {
        const QString key = QString::fromLatin1(d.key);
        const auto member = d.member;
        connect(d.edit, &LocalizedTextEdit::textEdited, this,
                [this, key, member](nap::Language language, const QString &text) {
                    const QString mergeKey =
                        key +
                        (language == nap::Language::Chinese ? QLatin1String("/zh") : QLatin1String("/en"));
                    editMilestone(mergeKey, tr("Edit milestone text"), [&](Milestone &m) {
                        (m.*member).setText(language, text, WorkspaceDocument::now());
                    });
                });
        connect(d.edit, &LocalizedTextEdit::reviewRequested, this, [this, member] {
            editMilestone(QString(), tr("Mark milestone text as reviewed"),
                          [&](Milestone &m) { (m.*member).markReviewed(WorkspaceDocument::now()); });
        });
    }
}

void MilestonesPage::editMilestone(const QString &mergeKey, const QString &text,
                                   const std::function<void(Milestone &)> &change)
{
    const QString uuid = m_selectedUuid;
    if (uuid.isEmpty())
        return;
    edit(QStringLiteral("milestone/%1/%2").arg(uuid, mergeKey), text, [&](Commitment &c) {
        for (Milestone &m : c.milestones) {
            if (m.uuid == uuid)
                change(m);
        }
    });
}

void MilestonesPage::load(const Commitment &c)
{
    m_model->setMilestones(c.milestones, c.start, c.end);
    if (m_model->rowOf(m_selectedUuid) < 0 && m_model->rowCount() > 0)
        selectRow(0);
    showDetails();
}

int MilestonesPage::currentRow() const
{
    const QModelIndex index = m_ui->table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void MilestonesPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_ui->table->setCurrentIndex(m_model->index(row, 0));
    m_ui->table->selectRow(row);
    m_selectedUuid = m_model->milestones().at(row).uuid;
}

void MilestonesPage::showDetails()
{
    const int row = m_model->rowOf(m_selectedUuid);
    const Milestone empty;
    const Milestone &m = row >= 0 ? m_model->milestones().at(row) : empty;
    const bool enabled = row >= 0;
    m_ui->descriptionEdit->setValue(m.description);
    m_ui->outputEdit->setValue(m.expectedOutput);
    m_ui->stakeholdersEdit->setValue(m.stakeholders);
    m_ui->noteEdit->setValue(m.progressNote);
    for (LocalizedTextEdit *edit :
         {m_ui->descriptionEdit, m_ui->outputEdit, m_ui->stakeholdersEdit, m_ui->noteEdit})
        edit->setEnabled(enabled);
    QStringList problems;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (const QString &p : {m_model->startProblem(r), m_model->endProblem(r)}) {
            if (!p.isEmpty())
                problems.append(tr("Milestone %1: %2").arg(r + 1).arg(p));
        }
    }
    m_ui->milestoneProblem->setText(problems.join(QLatin1Char('\n')));
    m_ui->milestoneProblem->setVisible(!problems.isEmpty());
    updateButtons();
}

void MilestonesPage::updateButtons()
{
    const int row = currentRow();
    const bool writable = !isReadOnly();
    m_ui->addButton->setEnabled(writable);
    m_ui->removeButton->setEnabled(writable && row >= 0);
    m_ui->upButton->setEnabled(writable && row > 0);
    m_ui->downButton->setEnabled(writable && row >= 0 && row + 1 < m_model->rowCount());
}

void MilestonesPage::addMilestone()
{
    const Commitment *c = current();
    if (!c || isReadOnly())
        return;
    Milestone m;
    m.uuid = WorkspaceDocument::newUuid();
    m.start = c->start;
    m.end = c->end;
    m.responsibleAgency = c->leadAgency;
    const int row = currentRow() < 0 ? int(c->milestones.size()) : currentRow() + 1;
    m_selectedUuid = m.uuid;
    edit(QString(), tr("Add milestone"), [&](Commitment &target) { target.milestones.insert(row, m); });
    selectRow(m_model->rowOf(m.uuid));
    m_ui->descriptionEdit->setFocus(Qt::OtherFocusReason);
}

void MilestonesPage::removeMilestone()
{
    const int row = currentRow();
    if (row < 0 || isReadOnly())
        return;
    edit(QString(), tr("Remove milestone %1").arg(row + 1), [&](Commitment &c) {
        if (row < c.milestones.size())
            c.milestones.removeAt(row);
    });
    selectRow(qMin(row, m_model->rowCount() - 1));
    m_ui->table->setFocus(Qt::OtherFocusReason);
}

void MilestonesPage::moveMilestone(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    moveRow(row, row + delta);
}

void MilestonesPage::moveRow(int from, int to)
{
    if (isReadOnly() || from < 0 || to < 0 || from >= m_model->rowCount() || to >= m_model->rowCount() ||
        from == to)
        return;
    const QString uuid = m_model->milestones().at(from).uuid;
    m_selectedUuid = uuid;
    edit(QString(), tr("Move milestone %1").arg(from + 1),
         [&](Commitment &c) { c.milestones.move(from, to); });
    selectRow(m_model->rowOf(uuid));
}

QList<QWidget *> MilestonesPage::fieldWidgets(Field field) const
{
    if (field != Field::Milestones)
        return {};
    return {m_ui->table, m_ui->descriptionEdit, m_ui->outputEdit, m_ui->stakeholdersEdit, m_ui->noteEdit};
}

bool MilestonesPage::focusField(Field field)
{
    if (field != Field::Milestones)
        return false;
    m_ui->table->setFocus(Qt::OtherFocusReason);
    return true;
}

void MilestonesPage::setReadOnly(bool readOnly)
{
    EditorPage::setReadOnly(readOnly);
    m_model->setReadOnly(readOnly);
    m_ui->table->setDragEnabled(!readOnly);
    updateButtons();
}

void MilestonesPage::retranslateUi()
{
    m_ui->retranslateUi(this);
}

void MilestonesPage::retranslateDynamicTexts()
{
    m_model->retranslate();
    showDetails();
}

} // namespace nap::ui
