#pragma once

#include "model/Commitment.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QPointer>

namespace nap::ui {

class CheckScheduler;
class WorkspaceDocument;

// The plan as a tree: the plan itself, then its areas with their commitments beneath.
// Names follow the interface language; F2 renames an area or a commitment in place.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Kind
    {
        PlanItem,
        AreaItem,
        CommitmentItem
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        UuidRole,
        SearchRole,
        // Quality checker results of a commitment; invalid until it has been checked.
        ErrorCountRole,
        WarningCountRole,
        HintCountRole,
        ReadyRole, // no errors and no warnings
        // Text fields (milestones included) whose other language is missing or out of date.
        TranslationGapRole
    };

    explicit PlanTreeModel(QObject *parent = nullptr);
    void setDocument(WorkspaceDocument *document);
    // Where the finding counts and readiness of each commitment come from.
    void setChecks(CheckScheduler *checks);

    QModelIndex indexOf(const QString &uuid) const; // area or commitment; empty = plan
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rebuild();
    QVariant planData(int role) const;
    QVariant areaData(int area, int role) const;
    QVariant commitmentData(int area, int row, int role) const;

    QVariant checkData(const nap::Commitment &commitment, int role) const;

    QPointer<WorkspaceDocument> m_document;
    QPointer<CheckScheduler> m_checks;
    QList<QList<int>> m_children; // per area: indices into document()->commitments()
    QIcon m_icons[5];
};

} // namespace nap::ui
