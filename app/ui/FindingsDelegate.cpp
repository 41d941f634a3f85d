#include "FindingsDelegate.h"

#include "FindingsModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QTreeView>

namespace nap::ui {

FindingsDelegate::FindingsDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{
    // Wider or narrower column: the wrapped heights change.
    connect(view->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == FindingsModel::MessageColumn)
            m_view->doItemsLayout();
    });
}

QSize FindingsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != FindingsModel::MessageColumn || !index.parent().isValid())
        return size;
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QStyle *style = m_view->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    // The cell starts after the branch indentation of the group and the finding.
    const int width = m_view->header()->sectionSize(FindingsModel::MessageColumn) -
                      2 * m_view->indentation() - opt.decorationSize.width() - 4 * margin;
    if (width <= 0)
        return size;
    const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
    size.setHeight(qMax(size.height(), text.height() + 2 * margin + 2));
    return size;
}

} // namespace nap::ui
