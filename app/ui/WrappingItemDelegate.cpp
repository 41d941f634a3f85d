#include "WrappingItemDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

namespace nap::ui {

WrappingItemDelegate::WrappingItemDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view)
{
    // A tree keeps its row heights when its width changes (and rows laid out before the
    // window is shown were measured narrow): lay the rows out again at the new width.
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        connect(
            tree->header(), &QHeaderView::sectionResized, tree, [tree] { tree->doItemsLayout(); },
            Qt::QueuedConnection);
    }
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    int width = m_view->viewport()->width() - 2 * margin;
    if (!opt.icon.isNull())
        width -= opt.decorationSize.width() + 2 * margin;
    if (width <= 0 || opt.text.isEmpty())
        return base;
    const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, opt.text);
    return {base.width(), qMax(base.height(), text.height() + 2 * margin)};
}

} // namespace nap::ui
