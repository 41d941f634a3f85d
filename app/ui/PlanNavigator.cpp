#include "PlanNavigator.h"

#include "PlanTreeModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace nap::ui {

PlanNavigator::PlanNavigator(PlanTreeModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_noMatch(new QLabel(this)), m_tree(new QTreeView(this)),
      m_toolBar(new QToolBar(this)), m_menu(new QMenu(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 0, 4);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_search);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_tree);
    m_noMatch->setWordWrap(true);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->hide();
    m_search->setClearButtonEnabled(true);
    // A commitment matches on its code, title or agency; its area stays visible around it.
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterRole(PlanTreeModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->header()->setStretchLastSection(true);
    setTabOrder(m_search, m_tree);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_tree->expandAll();
        updateNoMatch();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    emit currentChanged(index.data(PlanTreeModel::UuidRole).toString());
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        emit treeReset();
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &PlanNavigator::showContextMenu);
    auto *del = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &PlanNavigator::deleteRequested);
    retranslate();
}

PlanNavigator::~PlanNavigator()
{
    m_tree->setModel(nullptr); // before the model goes with the window
}

bool PlanNavigator::select(const QString &uuid)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(uuid));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

QStringList PlanNavigator::visibleUuids() const
{
    QStringList uuids;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            uuids.append(index.data(PlanTreeModel::UuidRole).toString());
            walk(index);
        }
    };
    walk({});
    return uuids;
}

void PlanNavigator::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PlanNavigator::renameCurrent()
{
    m_tree->setFocus(Qt::ShortcutFocusReason);
    m_tree->edit(m_tree->currentIndex());
}

void PlanNavigator::setItemActions(const QList<QAction *> &toolbar, const QList<QAction *> &contextMenu)
{
    m_toolBar->clear();
    m_toolBar->addActions(toolbar);
    m_menu->clear();
    m_menu->addActions(contextMenu);
}

void PlanNavigator::showContextMenu(const QPoint &position)
{
    // The menu acts on the item under the pointer (or the current one, from the keyboard):
    // make it current first, so the window enables the actions that fit it.
    const QModelIndex index = m_tree->indexAt(position);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    const QRect item = m_tree->visualRect(m_tree->currentIndex());
    const QPoint at = index.isValid() || !item.isValid() ? position : item.bottomLeft();
    m_menu->popup(m_tree->viewport()->mapToGlobal(at));
}

void PlanNavigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanNavigator::updateNoMatch()
{
    // An empty tree must not look like an empty plan: say the search found nothing.
    const QString query = m_search->text().trimmed();
    const bool none = !query.isEmpty() && m_proxy->rowCount() == 0;
    m_noMatch->setText(none ? tr("Nothing matches “%1”. Search by number, name or agency, in Chinese or "
                                 "English (short names such as 國發會 work too).")
                                  .arg(query)
                            : QString());
    m_noMatch->setVisible(none);
}

void PlanNavigator::retranslate()
{
    updateNoMatch();
    m_search->setPlaceholderText(tr("Find by number, name or agency (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find in plan"));
    m_tree->setAccessibleName(tr("Plan: areas and commitments"));
    m_toolBar->setAccessibleName(tr("Plan tools"));
}

} // namespace nap::ui
