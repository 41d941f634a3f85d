#include "MilestoneDelegate.h"

#include "AgencyComboBox.h"
#include "DisplayNames.h"
#include "MilestoneTableModel.h"

#include <QDateEdit>

namespace nap::ui {

QWidget *MilestoneDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    switch (index.column()) {
    case MilestoneTableModel::StartColumn:
    case MilestoneTableModel::EndColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setDisplayFormat(QStringLiteral("yyyy/MM"));
        edit->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 1));
        edit->setAccessibleName(index.column() == MilestoneTableModel::StartColumn
                                    ? tr("Milestone start month")
                                    : tr("Milestone end month"));
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
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const YearMonth m = YearMonth::fromIso(value.toString());
        date->setDate(m.isValid() ? QDate(m.year(), m.month(), 1) : QDate::currentDate());
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
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, YearMonth(date->date().year(), date->date().month()).toIso(), Qt::EditRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace nap::ui
