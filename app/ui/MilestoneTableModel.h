#pragma once

#include "model/Milestone.h"
#include "model/Plan.h"

#include <QAbstractTableModel>

namespace nap::ui {

// The milestones of one commitment as table rows. Edits and moves are not applied here:
// they are reported (milestoneEdited, moveRequested) and come back through the document's
// undo stack, so drag and drop, the keyboard and undo all take the same path.
class MilestoneTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DescriptionColumn,
        StartColumn,
        EndColumn,
        AgencyColumn,
        NewColumn,
        CompletionColumn,
        ColumnCount
    };

    explicit MilestoneTableModel(QObject *parent = nullptr);

    void setMilestones(const QList<Milestone> &milestones, const YearMonth &periodStart,
                       const YearMonth &periodEnd);
    const QList<Milestone> &milestones() const { return m_milestones; }
    int rowOf(const QString &uuid) const;
    QString startProblem(int row) const;
    QString endProblem(int row) const;
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void milestoneEdited(int row, const nap::Milestone &milestone, const QString &mergeKey);
    void moveRequested(int from, int to); // to: the row index after the move

private:
    QVariant displayData(const Milestone &m, int column) const;

    QList<Milestone> m_milestones;
    YearMonth m_periodStart;
    YearMonth m_periodEnd;
    bool m_readOnly = false;
};

} // namespace nap::ui
