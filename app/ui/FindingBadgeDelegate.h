#pragma once

#include <QStyledItemDelegate>

namespace nap::ui {

// Paints the quality checker's marks at the right of each commitment in the plan tree: a red
// badge with the error count, an amber one with the warning count, or a green tick when the
// commitment is ready for export. The counts come from PlanTreeModel's check roles.
class FindingBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Badge
    {
        QString text; // empty: the ready tick
        QColor fill;
        QColor ink;
        int width = 0;
    };
    QList<Badge> badges(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static int totalWidth(const QList<Badge> &badges);
};

} // namespace nap::ui
