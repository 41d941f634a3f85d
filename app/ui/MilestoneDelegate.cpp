#include "MilestoneDelegate.h"

#include "AgencyComboBox.h"
#include "DisplayNames.h"
#include "MilestoneTableModel.h"
#include "MonthEdit.h"

namespace nap::ui {

QWidget *MilestoneDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    switch (index.column()) {
    case MilestoneTableModel::StartColumn:
    case MilestoneTableModel::EndColumn: {
        // The same month field as the form's: both calendars typed, the interface's shown.
        auto *edit = new MonthEdit(parent);
        edit->setCompact(true);
        edit->setAutoFillBackground(true);
        edit->setFieldName(index.column() == MilestoneTableModel::StartColumn ? tr("Milestone start month")
                                                                              : tr("Milestone end month"));
        // Focus sits in the inner line edit, whose focus-out the view does not see: store
        // each month as soon as it is read.
        connect(edit, &MonthEdit::monthEdited, this,
                [this, edit] { emit const_cast<MilestoneDelegate *>(this)->commitData(edit); });
        return edit;
    }
    case MilestoneTableModel::AgencyColumn: {
        auto *combo = new AgencyComboBox(parent);
        combo->setAccessibleName(tr("Responsible agency"));
        return combo;
    }
    case MilestoneTableModel::NewColumn: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("New"), true);
        combo->addItem(tr("Ongoing"), false);
        combo->setAccessibleName(tr("New or ongoing"));
        return combo;
    }
    case MilestoneTableModel::CompletionColumn: {
        auto *combo = new QComboBox(parent);
        for (Completion c : Completions::all())
            combo->addItem(DisplayNames::completion(c), static_cast<int>(c));
        combo->setAccessibleName(tr("Completion"));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void MilestoneDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *agency = qobject_cast<AgencyComboBox *>(editor)) {
        agency->setAgency(value.toString());
    } else if (auto *month = qobject_cast<MonthEdit *>(editor)) {
        month->setMonth(YearMonth::fromIso(value.toString()));
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(value));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void MilestoneDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *agency = qobject_cast<AgencyComboBox *>(editor)) {
        // Take what is typed even when the line edit has not reported it yet.
        model->setData(index, agency->typedAgency(), Qt::EditRole);
    } else if (auto *month = qobject_cast<MonthEdit *>(editor)) {
        // Text that is not a month changes nothing; the field said why while it was open.
        if (month->commitText())
            model->setData(index, month->month().toIso(), Qt::EditRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void MilestoneDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    if (qobject_cast<MonthEdit *>(editor)) {
        QRect r = editor->geometry();
        r.setWidth(qMax(r.width(), editor->sizeHint().width()));
        r.setHeight(qMax(r.height(), editor->sizeHint().height()));
        editor->setGeometry(r);
    }
}

} // namespace nap::ui
