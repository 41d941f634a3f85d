#include "ImportDialog.h"

#include "DisplayNames.h"
#include "FirstWindow.h"
#include "WrappingItemDelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nap::ui {
namespace {

constexpr int kKeyRole = Qt::UserRole;        // ImportChoices::key on a field row
constexpr int kUuidRole = Qt::UserRole + 1;   // the commitment on its row
constexpr int kWritesRole = Qt::UserRole + 2; // a new commitment: written whatever the boxes say
constexpr int kFullRole = Qt::UserRole + 3;   // a field's whole value, for the side-by-side pane
constexpr int kFormRole = Qt::UserRole + 4;   // a hand-filled form's row: its index in the file, plus one

} // namespace

ImportDialog::ImportDialog(ImportPlan &plan, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_mine(new QPlainTextEdit(this)), m_theirs(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Agency Files"));
    auto *intro = new QLabel(tr("Nothing has changed yet. Check what each file brings; for a changed field, "
                                "tick “take theirs” to use the file's answer, or leave it to keep yours. "
                                "A conflict is a field both you and the agency changed since that file was "
                                "last imported: yours is kept unless you tick it."),
                             this);
    intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("File, commitment, field"), tr("In this workspace"), tr("In the file")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setItemDelegate(new WrappingItemDelegate(m_tree));
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ImportDialog::updateSummary);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ImportDialog::showDetail);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ImportDialog::activate);
    m_tree->installEventFilter(this);
    // The selected field in full, side by side: a cell shows only the start of a long answer.
    auto *detail = new QSplitter(Qt::Horizontal, this);
    for (QPlainTextEdit *side : {m_mine, m_theirs}) {
        side->setReadOnly(true);
        side->setTabChangesFocus(true);
        detail->addWidget(side);
    }
    m_mine->setPlaceholderText(tr("Select a field to read this workspace's answer in full."));
    m_theirs->setPlaceholderText(tr("Select a field to read the file's answer in full."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);
    fill();
    FirstWindow::fitDialog(this, QSize(1000, 620));
}

void ImportDialog::fill()
{
    const QSignalBlocker quiet(m_tree);
    for (const ImportPlan::FilePlan &file : m_plan.files)
        addFile(file);
    m_tree->expandAll();
    // Start at what needs a look first: a hand-filled form's match, else the first changed field.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (m_tree->itemWidget(*it, MineColumn) || !(*it)->data(ItemColumn, kKeyRole).toString().isEmpty()) {
            m_tree->setCurrentItem(*it);
            break;
        }
    }
    showDetail(m_tree->currentItem()); // signals are blocked while filling
    updateSummary();
}

void ImportDialog::addFile(const ImportPlan::FilePlan &file)
{
    using K = ImportPlan::Kind;
    auto *top = new QTreeWidgetItem(m_tree);
    top->setText(ItemColumn, fileText(file));
    top->setFirstColumnSpanned(true);
    top->setFlags(top->flags() & ~Qt::ItemIsUserCheckable);
    QFont bold = top->font(ItemColumn);
    bold.setBold(true);
    top->setFont(ItemColumn, bold);
    const int fileIndex = int(&file - m_plan.files.constData());
    for (int i = 0; i < int(file.items.size()); ++i) {
        const ImportPlan::Item &item = file.items.at(i);
        if (item.kind == K::Unchanged && !file.source.handFilled)
            continue;
        addItem(top, item);
        if (file.source.handFilled)
            addMatch(top->child(top->childCount() - 1), fileIndex, i, item);
    }
    if (!file.source.unplaced.isEmpty())
        addUnplaced(top, file.source.unplaced);
}

// "Is about: [list]": the workspace commitment a hand-filled form was matched to.
void ImportDialog::addMatch(QTreeWidgetItem *row, int file, int index, const ImportPlan::Item &item)
{
    auto *match = new QTreeWidgetItem;
    row->insertChild(0, match);
    row->setData(ItemColumn, kFormRole, index + 1);
    match->setText(ItemColumn, tr("Form filled by hand, about:"));
    match->setText(TheirsColumn, matchText(item.match));
    match->setFlags(match->flags() & ~Qt::ItemIsUserCheckable);
    auto *list = new QComboBox;
    list->setAccessibleName(tr("Commitment this form is about"));
    list->addItem(tr("A new commitment"), QString());
    QList<Commitment> mine = m_plan.workspaceCommitments().values();
    std::sort(mine.begin(), mine.end(), [](const Commitment &a, const Commitment &b) {
        return a.code == b.code ? a.uuid < b.uuid : a.code < b.code;
    });
    for (const Commitment &c : std::as_const(mine))
        list->addItem(QStringLiteral("%1 %2").arg(c.code, DisplayNames::text(c.text(Field::Title))), c.uuid);
    list->setCurrentIndex(
        qMax(0, list->findData(item.kind == ImportPlan::Kind::New ? QString() : item.theirs.uuid)));
    m_tree->setItemWidget(match, MineColumn, list);
    connect(list, &QComboBox::activated, this, [this, list, file, index] {
        const QString uuid = list->currentData().toString();
        // Queued: the list is deleted when the tree is filled again.
        QMetaObject::invokeMethod(
            this, [this, file, index, uuid] { rematch(file, index, uuid); }, Qt::QueuedConnection);
    });
}

// What the reader could not place, so the officer can copy it by hand.
void ImportDialog::addUnplaced(QTreeWidgetItem *fileItem, const QStringList &lines)
{
    auto *head = new QTreeWidgetItem(fileItem);
    head->setText(ItemColumn, tr("Not placed in any field (%n line(s)): copy by hand what belongs to the "
                                 "commitment",
                                 nullptr, int(lines.size())));
    head->setFirstColumnSpanned(true);
    head->setForeground(ItemColumn, palette().color(QPalette::Link));
    for (const QString &line : lines) {
        auto *row = new QTreeWidgetItem(head);
        row->setText(ItemColumn, line);
        row->setFirstColumnSpanned(true);
        row->setData(TheirsColumn, kFullRole, line);
    }
}

// Compares the form again as the officer says, and shows that commitment's rows anew; the
// list the officer used stays (with the keyboard focus).
void ImportDialog::rematch(int file, int index, const QString &uuid)
{
    if (!m_plan.rematch(file, index, uuid))
        return;
    const QSignalBlocker quiet(m_tree);
    QTreeWidgetItem *top = m_tree->topLevelItem(file);
    top->setText(ItemColumn, fileText(m_plan.files.at(file)));
    for (int i = 0; i < top->childCount(); ++i) {
        QTreeWidgetItem *row = top->child(i);
        if (row->data(ItemColumn, kFormRole).toInt() != index + 1)
            continue;
        while (row->childCount() > 1) // the match row stays first
            delete row->takeChild(1);
        fillItem(row, m_plan.files.at(file).items.at(index));
        row->child(0)->setText(TheirsColumn, matchText(m_plan.files.at(file).items.at(index).match));
        row->setExpanded(true);
    }
    showDetail(m_tree->currentItem());
    updateSummary();
}

// Enter (or a double click) on a match row opens its list: the keyboard way to correct it.
bool ImportDialog::activate(QTreeWidgetItem *item)
{
    auto *list = item ? qobject_cast<QComboBox *>(m_tree->itemWidget(item, MineColumn)) : nullptr;
    if (!list)
        return false;
    list->setFocus();
    list->showPopup();
    return true;
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a match row opens its list instead of pressing Import.
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && activate(m_tree->currentItem()))
            return true;
    }
    return QDialog::eventFilter(watched, event);
}

QString ImportDialog::matchText(FormMatcher::How how)
{
    switch (how) {
    case FormMatcher::How::None:
        return tr("No commitment of this workspace matches: it is added as new.");
    case FormMatcher::How::EarlierImport:
        return tr("The commitment this file gave at its last import.");
    case FormMatcher::How::Code:
        return tr("Matched by lead agency and commitment number.");
    case FormMatcher::How::Title:
        return tr("Matched by lead agency and commitment name.");
    case FormMatcher::How::Officer:
        return tr("Matched by you.");
    }
    return {};
}

QString ImportDialog::fileText(const ImportPlan::FilePlan &file)
{
    using K = ImportPlan::Kind;
    const QString agency =
        file.source.agency.isEmpty() ? QString() : DisplayNames::agency(file.source.agency);
    return tr("%1%2: %3 new, %4 changed, %5 with conflicts, %6 unchanged")
        .arg(file.source.fileName, agency.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(agency))
        .arg(file.count(K::New))
        .arg(file.count(K::Changed))
        .arg(file.count(K::Conflict))
        .arg(file.count(K::Unchanged));
}

void ImportDialog::addItem(QTreeWidgetItem *fileItem, const ImportPlan::Item &item)
{
    fillItem(new QTreeWidgetItem(fileItem), item);
}

// The commitment's row and one row per changed field, each with its box.
void ImportDialog::fillItem(QTreeWidgetItem *row, const ImportPlan::Item &item)
{
    const Commitment &c = item.theirs;
    const QString title = DisplayNames::text(c.text(Field::Title));
    row->setText(ItemColumn, QStringLiteral("%1 %2 · %3").arg(c.code, title, kindText(item.kind)));
    row->setData(ItemColumn, kUuidRole, c.uuid);
    row->setData(ItemColumn, kWritesRole, item.kind == ImportPlan::Kind::New);
    row->setFirstColumnSpanned(true);
    row->setFlags(row->flags() & ~Qt::ItemIsUserCheckable);
    row->setForeground(ItemColumn, palette().color(item.kind == ImportPlan::Kind::Conflict ? QPalette::Link
                                                                                           : QPalette::Text));
    for (const ImportPlan::FieldChange &change : item.changes) {
        auto *field = new QTreeWidgetItem(row);
        field->setText(ItemColumn,
                       change.conflict
                           ? tr("%1 (conflict): take theirs").arg(DisplayNames::field(change.field))
                           : tr("%1: take theirs").arg(DisplayNames::field(change.field)));
        field->setData(MineColumn, kFullRole, valueText(change.field, change.mine));
        field->setData(TheirsColumn, kFullRole, valueText(change.field, change.theirs));
        field->setText(MineColumn, valueText(change.field, change.mine));
        field->setText(TheirsColumn, valueText(change.field, change.theirs));
        field->setData(ItemColumn, kKeyRole, ImportChoices::key(c.uuid, change.field));
        field->setFlags(field->flags() | Qt::ItemIsUserCheckable);
        field->setCheckState(ItemColumn, change.conflict ? Qt::Unchecked : Qt::Checked);
    }
}

void ImportDialog::showDetail(QTreeWidgetItem *item)
{
    m_mine->setPlainText(item ? item->data(MineColumn, kFullRole).toString() : QString());
    m_theirs->setPlainText(item ? item->data(TheirsColumn, kFullRole).toString() : QString());
}

ImportChoices ImportDialog::choices() const
{
    ImportChoices out;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString key = (*it)->data(ItemColumn, kKeyRole).toString();
        if (!key.isEmpty())
            out.perField.insert(key, (*it)->checkState(ItemColumn) == Qt::Checked
                                         ? ImportChoices::Take::Theirs
                                         : ImportChoices::Take::Mine);
    }
    return out;
}

int ImportDialog::writes() const
{
    int count = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem *row = *it;
        if (row->data(ItemColumn, kUuidRole).toString().isEmpty())
            continue;
        bool writes = row->data(ItemColumn, kWritesRole).toBool();
        for (int i = 0; i < row->childCount() && !writes; ++i)
            writes = row->child(i)->checkState(ItemColumn) == Qt::Checked;
        count += writes ? 1 : 0;
    }
    return count;
}

void ImportDialog::updateSummary()
{
    using K = ImportPlan::Kind;
    int added = 0;
    int conflicts = 0;
    for (const ImportPlan::FilePlan &file : m_plan.files) {
        added += file.count(K::New);
        conflicts += file.count(K::Conflict);
    }
    const int writing = writes();
    m_summary->setText(
        tr("%n file(s) read. With your choices, commitments added: %1, changed: %2; with conflicts: %3. "
           "The import is one step: Edit → Undo takes all of it back.",
           nullptr, int(m_plan.files.size()))
            .arg(added)
            .arg(writing - added)
            .arg(conflicts));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(writing > 0 || !m_plan.newAreas.isEmpty());
}

QString ImportDialog::kindText(ImportPlan::Kind kind)
{
    switch (kind) {
    case ImportPlan::Kind::New:
        return tr("new");
    case ImportPlan::Kind::Unchanged:
        return tr("unchanged");
    case ImportPlan::Kind::Changed:
        return tr("changed");
    case ImportPlan::Kind::Conflict:
        return tr("conflict");
    }
    return {};
}

QString ImportDialog::valueText(Field field, const FieldValues::Value &value)
{
    // Plain fields are stored as codes: show them as the editor does.
    Commitment c;
    FieldValues::set(&c, field, value, QDateTime());
    const auto names = [](const QStringList &codes, QString (*name)(const QString &)) {
        QStringList out;
        for (const QString &code : codes)
            out.append(name(code));
        return out.join(tr(", "));
    };
    switch (field) {
    case Field::LeadAgency:
        return DisplayNames::agency(c.leadAgency);
    case Field::CoAgencies:
        return names(c.coAgencies, &DisplayNames::agency);
    case Field::PolicyTags:
        return names(c.policyTags, &DisplayNames::policyArea);
    case Field::Period:
        return DisplayNames::period(c.start, c.end);
    case Field::Status:
        return DisplayNames::status(c.status);
    case Field::ValueClaims: {
        QStringList claimed;
        for (CoreValue v : CoreValues::all()) {
            if (c.isClaimed(v))
                claimed.append(DisplayNames::value(v));
        }
        return claimed.join(tr(", "));
    }
    case Field::Milestones: {
        QStringList lines{tr("%n milestone(s)", nullptr, int(c.milestones.size()))};
        for (const Milestone &m : std::as_const(c.milestones))
            lines.append(QStringLiteral("· ") + DisplayNames::text(m.description));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    if (value.zh.isEmpty() && value.en.isEmpty())
        return tr("(empty)");
    if (value.en.isEmpty() || value.zh == value.en)
        return value.zh;
    if (value.zh.isEmpty())
        return value.en;
    return value.zh + QLatin1Char('\n') + value.en;
}

} // namespace nap::ui
