#include "ImportDialog.h"

#include "DisplayNames.h"
#include "FirstWindow.h"
#include "WrappingItemDelegate.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
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

} // namespace

ImportDialog::ImportDialog(const ImportPlan &plan, QWidget *parent)
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
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->data(ItemColumn, kKeyRole).toString().isEmpty()) { // the first changed field
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
    const QString agency =
        file.source.agency.isEmpty() ? QString() : DisplayNames::agency(file.source.agency);
    top->setText(ItemColumn, tr("%1%2: %3 new, %4 changed, %5 with conflicts, %6 unchanged")
                                 .arg(file.source.fileName,
                                      agency.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(agency))
                                 .arg(file.count(K::New))
                                 .arg(file.count(K::Changed))
                                 .arg(file.count(K::Conflict))
                                 .arg(file.count(K::Unchanged)));
    top->setFirstColumnSpanned(true);
    top->setFlags(top->flags() & ~Qt::ItemIsUserCheckable);
    QFont bold = top->font(ItemColumn);
    bold.setBold(true);
    top->setFont(ItemColumn, bold);
    for (const ImportPlan::Item &item : file.items) {
        if (item.kind != K::Unchanged)
            addItem(top, item);
    }
}

void ImportDialog::addItem(QTreeWidgetItem *fileItem, const ImportPlan::Item &item)
{
    const Commitment &c = item.theirs;
    auto *row = new QTreeWidgetItem(fileItem);
    const QString title = DisplayNames::text(c.text(Field::Title));
    row->setText(ItemColumn, QStringLiteral("%1 %2 · %3").arg(c.code, title, kindText(item.kind)));
    row->setData(ItemColumn, kUuidRole, c.uuid);
    row->setData(ItemColumn, kWritesRole, item.kind == ImportPlan::Kind::New);
    row->setFirstColumnSpanned(true);
    row->setFlags(row->flags() & ~Qt::ItemIsUserCheckable);
    if (item.kind == ImportPlan::Kind::Conflict)
        row->setForeground(ItemColumn, palette().color(QPalette::Link));
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
