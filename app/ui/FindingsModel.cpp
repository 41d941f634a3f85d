#include "FindingsModel.h"

#include "DisplayNames.h"
#include "LanguageManager.h"
#include "check/Checker.h"

#include <QFont>
#include <QMap>

#include <algorithm>
#include <limits>
#include <numeric>

namespace nap::ui {
namespace {

constexpr quintptr kGroup = 0;

QString severityName(const Finding &f)
{
    if (f.positive)
        return FindingsModel::tr("Strength");
    switch (f.severity) {
    case Severity::Error:
        return FindingsModel::tr("Error");
    case Severity::Warning:
        return FindingsModel::tr("Warning");
    case Severity::Hint:
        return FindingsModel::tr("Hint");
    }
    return {};
}

} // namespace

FindingsModel::FindingsModel(QObject *parent) : QAbstractItemModel(parent) {}

void FindingsModel::setPages(PageOf pageOf, PageTitle pageTitle)
{
    m_pageOf = std::move(pageOf);
    m_pageTitle = std::move(pageTitle);
}

QString FindingsModel::signature(const Finding &f)
{
    QStringList parts{f.ruleId,
                      f.messageKey(),
                      Fields::code(f.field),
                      QString::number(f.milestoneIndex),
                      f.milestoneUuid,
                      QString::number(static_cast<int>(f.severity))};
    for (const FindingArg &arg : f.args)
        parts << arg.zh << arg.en;
    return parts.join(QChar(0x1f));
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    QStringList signatures;
    signatures.reserve(findings.size());
    for (const Finding &f : findings)
        signatures.append(signature(f));
    if (signatures == m_signatures)
        return; // same findings: the view keeps its rows, selection and scroll position
    beginResetModel();
    m_findings = findings;
    m_signatures = signatures;
    m_groups.clear();
    QList<int> order(findings.size());
    std::iota(order.begin(), order.end(), 0);
    // Errors first within a page; otherwise the checker's rule order.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return static_cast<int>(findings.at(a).severity) < static_cast<int>(findings.at(b).severity);
    });
    QMap<int, Group> byPage; // page -1 (no page) sorts last below
    for (int i : std::as_const(order)) {
        const int page = m_pageOf ? m_pageOf(findings.at(i).field) : -1;
        Group &g = byPage[page < 0 ? std::numeric_limits<int>::max() : page];
        g.page = page;
        g.rows.append(i);
    }
    m_groups = byPage.values();
    endResetModel();
}

const Finding *FindingsModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroup)
        return nullptr;
    const Group &g = m_groups.at(int(index.internalId()) - 1);
    return &m_findings.at(g.rows.at(index.row()));
}

QModelIndexList FindingsModel::findingIndexes() const
{
    QModelIndexList out;
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int r = 0; r < m_groups.at(g).rows.size(); ++r)
            out.append(createIndex(r, 0, quintptr(g + 1)));
    }
    return out;
}

void FindingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int g = 0; g < m_groups.size(); ++g) {
        emit dataChanged(index(g, 0), index(g, ColumnCount - 1));
        const QModelIndex parent = index(g, 0);
        emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : kGroup);
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroup)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kGroup);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroup || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (const Finding *f = finding(index))
        return findingData(*f, index.column(), role);
    return groupData(m_groups.at(index.row()), index.column(), role);
}

QVariant FindingsModel::groupData(const Group &group, int column, int role) const
{
    if (role == PageRole)
        return group.page;
    if (column != MessageColumn)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        const QString title = group.page >= 0 && m_pageTitle ? m_pageTitle(group.page) : tr("Other");
        return tr("%1 (%2)").arg(title).arg(group.rows.size());
    }
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant FindingsModel::findingData(const Finding &f, int column, int role) const
{
    const Language language = LanguageManager::displayLanguage();
    switch (role) {
    case Qt::DisplayRole:
        if (column == MessageColumn)
            return f.message(language);
        if (column == FieldColumn)
            return location(f);
        return f.ruleId;
    case Qt::DecorationRole:
        return column == MessageColumn ? QVariant(severityIcon(f)) : QVariant();
    case Qt::ToolTipRole: {
        const RuleInfo *rule = Checker::rule(f.ruleId);
        QString tip =
            tr("%1 · %2 %3").arg(severityName(f), f.ruleId, rule ? rule->title(language) : QString());
        if (f.inChinese != f.inEnglish)
            tip += QLatin1Char('\n') + (f.inChinese ? tr("In the Chinese text") : tr("In the English text"));
        return tip + QStringLiteral("\n\n") + f.message(language);
    }
    case Qt::AccessibleTextRole:
        return column == MessageColumn ? tr("%1: %2").arg(severityName(f), f.message(language))
                                       : findingData(f, column, Qt::DisplayRole);
    case SeverityRole:
        return static_cast<int>(f.severity);
    case FieldRole:
        return static_cast<int>(f.field);
    case MilestoneRole:
        return f.milestoneIndex;
    case RuleRole:
        return f.ruleId;
    case PageRole:
        return m_pageOf ? m_pageOf(f.field) : -1;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Finding");
    case FieldColumn:
        return tr("Field");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

QIcon FindingsModel::severityIcon(const Finding &f)
{
    if (f.positive)
        return QIcon(QStringLiteral(":/icons/finding-strength.svg"));
    switch (f.severity) {
    case Severity::Error:
        return QIcon(QStringLiteral(":/icons/finding-error.svg"));
    case Severity::Warning:
        return QIcon(QStringLiteral(":/icons/finding-warning.svg"));
    case Severity::Hint:
        return QIcon(QStringLiteral(":/icons/finding-hint.svg"));
    }
    return {};
}

QString FindingsModel::location(const Finding &f)
{
    if (f.isMilestoneFinding())
        return tr("Milestone %1").arg(f.milestoneIndex + 1);
    return DisplayNames::field(f.field);
}

} // namespace nap::ui
