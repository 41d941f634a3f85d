#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace nap::ui {

class PlanTreeModel;

// The left pane: a search box over the plan tree (code, title, agency) and the tree of
// areas and commitments. Says which item the officer chose; knows nothing of editors.
class PlanNavigator : public QWidget
{
    Q_OBJECT
public:
    explicit PlanNavigator(PlanTreeModel *model, QWidget *parent = nullptr);
    ~PlanNavigator() override;

    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchBox() const { return m_search; }
    // Makes the item current; false when it is unknown or hidden by the search.
    bool select(const QString &uuid);
    // The uuids of the rows the search leaves visible, top to bottom.
    QStringList visibleUuids() const;
    void focusSearch();
    void renameCurrent();
    // The small toolbar above the tree, and the menu a right click (or the menu key) opens on
    // an item, which first becomes current. The actions stay the window's.
    void setItemActions(const QList<QAction *> &toolbar, const QList<QAction *> &contextMenu);
    QToolBar *toolBar() const { return m_toolBar; }
    QMenu *contextMenu() const { return m_menu; }

signals:
    void currentChanged(const QString &uuid);
    void treeReset(); // the tree was rebuilt: the owner selects its item again
    void deleteRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateNoMatch();
    void showContextMenu(const QPoint &position);

    PlanTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_noMatch;
    QTreeView *m_tree;
    QToolBar *m_toolBar;
    QMenu *m_menu;
};

} // namespace nap::ui
