#include "FindingBadgeDelegate.h"

#include "PlanTreeModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace nap::ui {
namespace {

constexpr int kGap = 4;
constexpr int kPadding = 5;

} // namespace

QList<FindingBadgeDelegate::Badge> FindingBadgeDelegate::badges(const QStyleOptionViewItem &option,
                                                                const QModelIndex &index) const
{
    QList<Badge> out;
    const int height = option.fontMetrics.height();
    const auto add = [&](const QString &text, const QColor &fill, const QColor &ink) {
        out.append(
            {text, fill, ink, qMax(height, option.fontMetrics.horizontalAdvance(text) + 2 * kPadding)});
    };
    const QVariant ready = index.data(PlanTreeModel::ReadyRole);
    if (ready.isValid() && ready.toBool()) {
        out.append(Badge{QString(), QColor(0x2e, 0x7d, 0x32), Qt::white, height});
    } else if (ready.isValid()) {
        const int errors = index.data(PlanTreeModel::ErrorCountRole).toInt();
        const int warnings = index.data(PlanTreeModel::WarningCountRole).toInt();
        if (errors > 0)
            add(QString::number(errors), QColor(0xc6, 0x28, 0x28), Qt::white);
        if (warnings > 0)
            add(QString::number(warnings), QColor(0xf2, 0xb7, 0x05), QColor(0x3c, 0x2a, 0x00));
    }
    // Translation work left, in blue, after the checker's marks.
    const int gaps = index.data(PlanTreeModel::TranslationGapRole).toInt();
    if (gaps > 0) {
        //: Tree badge: this many fields lack their translation or have an outdated one.
        add(QCoreApplication::translate("nap::ui::FindingBadgeDelegate", "EN %1").arg(gaps),
            QColor(0x15, 0x65, 0xc0), Qt::white);
    }
    return out;
}

int FindingBadgeDelegate::totalWidth(const QList<Badge> &badges)
{
    int width = 0;
    for (const Badge &b : badges)
        width += b.width + kGap;
    return width;
}

void FindingBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QList<Badge> marks = badges(option, index);
    if (marks.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background across the full width, the name elided before the badges.
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, option.widget);
    QStyleOptionViewItem text(option);
    text.rect.setRight(option.rect.right() - totalWidth(marks));
    QStyledItemDelegate::paint(painter, text, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int height = option.fontMetrics.height();
    int x = option.rect.right() - totalWidth(marks) + kGap;
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    for (const Badge &b : marks) {
        const QRectF r(x, y, b.width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(b.fill);
        painter->drawRoundedRect(r, height / 2.0, height / 2.0);
        if (b.text.isEmpty()) {
            QPainterPath tick;
            tick.moveTo(r.left() + r.width() * 0.27, r.top() + r.height() * 0.52);
            tick.lineTo(r.left() + r.width() * 0.44, r.top() + r.height() * 0.70);
            tick.lineTo(r.left() + r.width() * 0.74, r.top() + r.height() * 0.32);
            painter->setPen(QPen(b.ink, qMax(1.5, height / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(tick);
        } else {
            QFont font = option.font;
            font.setBold(true);
            painter->setFont(font);
            painter->setPen(b.ink);
            painter->drawText(r, Qt::AlignCenter, b.text);
        }
        x += b.width + kGap;
    }
    painter->restore();
}

QSize FindingBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += totalWidth(badges(option, index));
    return size;
}

} // namespace nap::ui
