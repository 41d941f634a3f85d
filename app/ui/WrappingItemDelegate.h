#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace nap::ui {

// Rows as tall as their wrapped text at the view's present width. Qt's views size a row without
// a width, so with word wrap on a long message still gets one line and is cut off.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingItemDelegate(QAbstractItemView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QAbstractItemView *m_view;
};

} // namespace nap::ui
