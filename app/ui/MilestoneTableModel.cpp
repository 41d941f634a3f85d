#include "MilestoneTableModel.h"

#include "DisplayNames.h"
#include "PeriodCheck.h"

#include <QBrush>
#include <QColor>
#include <QMimeData>

namespace nap::ui {
namespace {

const QString kMime = QStringLiteral("application/x-napdesk-milestone-row");

} // namespace

MilestoneTableModel::MilestoneTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void MilestoneTableModel::setMilestones(const QList<Milestone> &milestones, const YearMonth &periodStart,
                                        const YearMonth &periodEnd)
{
    bool sameRows = milestones.size() == m_milestones.size();
    for (qsizetype i = 0; sameRows && i < milestones.size(); ++i)
        sameRows = milestones.at(i).uuid == m_milestones.at(i).uuid;
    const bool samePeriod = periodStart == m_periodStart && periodEnd == m_periodEnd;
    m_periodStart = periodStart;
    m_periodEnd = periodEnd;
    if (!sameRows) {
        beginResetModel();
        m_milestones = milestones;
        endResetModel();
        return;
    }
    // Same rows: tell the view only what changed, so selection and editors stay.
    for (qsizetype i = 0; i < milestones.size(); ++i) {
        if (milestones.at(i) != m_milestones.at(i) || !samePeriod) {
            m_milestones[i] = milestones.at(i);
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
}

int MilestoneTableModel::rowOf(const QString &uuid) const
{
    for (qsizetype i = 0; i < m_milestones.size(); ++i) {
        if (m_milestones.at(i).uuid == uuid)
            return int(i);
    }
    return -1;
}

QString MilestoneTableModel::startProblem(int row) const
{
    const Milestone &m = m_milestones.at(row);
    return PeriodCheck::startProblem(m.start, m_periodStart, m_periodEnd, PeriodCheck::Scope::Commitment);
}

QString MilestoneTableModel::endProblem(int row) const
{
    const Milestone &m = m_milestones.at(row);
    return PeriodCheck::endProblem(m.start, m.end, m_periodStart, m_periodEnd,
                                   PeriodCheck::Scope::Commitment);
}

void MilestoneTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_milestones.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MilestoneTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_milestones.size());
}

int MilestoneTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestoneTableModel::displayData(const Milestone &m, int column) const
{
    switch (column) {
    case DescriptionColumn: {
        const QString text = DisplayNames::text(m.description);
        return text.isEmpty() ? tr("(no description yet)") : text.section(QLatin1Char('\n'), 0, 0);
    }
    case StartColumn:
        return DisplayNames::shortMonth(m.start);
    case EndColumn:
        return DisplayNames::shortMonth(m.end);
    case AgencyColumn:
        return DisplayNames::agency(m.responsibleAgency);
    case NewColumn:
        return m.isNew ? tr("New") : tr("Ongoing");
    case CompletionColumn:
        return DisplayNames::completion(m.completion);
    default:
        return {};
    }
}

QVariant MilestoneTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_milestones.size())
        return {};
    const Milestone &m = m_milestones.at(index.row());
    const int column = index.column();
    const QString problem = column == StartColumn ? startProblem(index.row())
                            : column == EndColumn ? endProblem(index.row())
                                                  : QString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(m, column);
    case Qt::EditRole:
        switch (column) {
        case StartColumn:
            return m.start.toIso();
        case EndColumn:
            return m.end.toIso();
        case AgencyColumn:
            return m.responsibleAgency;
        case NewColumn:
            return m.isNew;
        case CompletionColumn:
            return static_cast<int>(m.completion);
        default:
            return displayData(m, column);
        }
    case Qt::ToolTipRole:
        if (!problem.isEmpty())
            return problem;
        if (column == StartColumn || column == EndColumn)
            return DisplayNames::month(column == StartColumn ? m.start : m.end);
        return column == DescriptionColumn ? DisplayNames::text(m.description) : QVariant();
    case Qt::BackgroundRole:
        return problem.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xff, 0xcd, 0xd2)));
    case Qt::AccessibleDescriptionRole:
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    default:
        return {};
    }
}

QVariant MilestoneTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case DescriptionColumn:
        return tr("Milestone");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case AgencyColumn:
        return tr("Responsible agency");
    case NewColumn:
        return tr("New or ongoing");
    case CompletionColumn:
        return tr("Completion");
    default:
        return {};
    }
}

Qt::ItemFlags MilestoneTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_readOnly ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly) {
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        if (index.column() != DescriptionColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool MilestoneTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_readOnly)
        return false;
    Milestone m = m_milestones.at(index.row());
    switch (index.column()) {
    case StartColumn:
        m.start = YearMonth::fromIso(value.toString());
        break;
    case EndColumn:
        m.end = YearMonth::fromIso(value.toString());
        break;
    case AgencyColumn:
        m.responsibleAgency = value.toString();
        break;
    case NewColumn:
        m.isNew = value.toBool();
        break;
    case CompletionColumn:
        m.completion = static_cast<Completion>(value.toInt());
        break;
    default:
        return false;
    }
    if (m == m_milestones.at(index.row()))
        return false;
    emit milestoneEdited(index.row(), m, QString());
    return true;
}

Qt::DropActions MilestoneTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions MilestoneTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList MilestoneTableModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *MilestoneTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMime, QByteArray::number(indexes.constFirst().row()));
    return data;
}

bool MilestoneTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                          const QModelIndex &) const
{
    return !m_readOnly && data && data->hasFormat(kMime);
}

bool MilestoneTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                       const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    bool ok = false;
    const int from = data->data(kMime).toInt(&ok);
    if (!ok || from < 0 || from >= m_milestones.size())
        return false;
    int to;
    if (parent.isValid())
        to = parent.row(); // dropped onto a row: take its place
    else if (row < 0)
        to = int(m_milestones.size()) - 1; // below the last row
    else
        to = row > from ? row - 1 : row; // dropped between rows
    if (to != from)
        emit moveRequested(from, to);
    // The document applies the move; returning false keeps the view from removing rows.
    return false;
}

} // namespace nap::ui
