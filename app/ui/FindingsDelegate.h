#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace nap::ui {

// Rows of the findings list tall enough for the whole message, wrapped to the column's
// width: a finding says what to write instead, so it must not be cut off.
class FindingsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FindingsDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace nap::ui
