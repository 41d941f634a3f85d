#include "PlanTreeModel.h"

#include "CheckScheduler.h"
#include "DisplayNames.h"
#include "LanguageManager.h"
#include "WorkspaceDocument.h"
#include "text/Catalog.h"

namespace nap::ui {
namespace {

constexpr quintptr kTopLevel = 0;

struct TranslationCounts
{
    int missing = 0;
    int stale = 0;
};

TranslationCounts translationCounts(const Commitment &c)
{
    TranslationCounts n;
    const auto count = [&n](const LocalizedText &t) {
        const auto status = t.status();
        n.missing += status == LocalizedText::Status::Missing;
        n.stale += status == LocalizedText::Status::Stale;
    };
    for (Field f : Fields::textFields())
        count(c.text(f));
    for (const Milestone &m : c.milestones) {
        for (const LocalizedText *t : {&m.description, &m.expectedOutput, &m.stakeholders, &m.progressNote})
            count(*t);
    }
    return n;
}

QString translationSummary(const Commitment &c)
{
    const auto [missing, stale] = translationCounts(c);
    if (missing == 0 && stale == 0)
        return {};
    return PlanTreeModel::tr("Translation: %1 missing, %2 out of date").arg(missing).arg(stale);
}

} // namespace

PlanTreeModel::PlanTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_icons[0] = QIcon(QStringLiteral(":/icons/plan.svg"));
    m_icons[1] = QIcon(QStringLiteral(":/icons/area.svg"));
    m_icons[2] = QIcon(QStringLiteral(":/icons/status-draft.svg"));
    m_icons[3] = QIcon(QStringLiteral(":/icons/status-ready.svg"));
    m_icons[4] = QIcon(QStringLiteral(":/icons/status-submitted.svg"));
}

void PlanTreeModel::setDocument(WorkspaceDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &WorkspaceDocument::structureChanged, this, &PlanTreeModel::rebuild);
        connect(document, &WorkspaceDocument::commitmentChanged, this, [this](const QString &uuid) {
            const QModelIndex i = indexOf(uuid);
            if (i.isValid())
                emit dataChanged(i, i);
        });
        connect(document, &WorkspaceDocument::areaChanged, this, [this](const QString &uuid) {
            const QModelIndex i = indexOf(uuid);
            if (i.isValid())
                emit dataChanged(i, i);
        });
        connect(document, &WorkspaceDocument::planChanged, this,
                [this] { emit dataChanged(index(0, 0), index(0, 0)); });
    }
    rebuild();
}

void PlanTreeModel::setChecks(CheckScheduler *checks)
{
    if (m_checks)
        disconnect(m_checks, nullptr, this, nullptr);
    m_checks = checks;
    if (!checks)
        return;
    connect(checks, &CheckScheduler::checked, this, [this](const QStringList &uuids) {
        for (const QString &uuid : uuids) {
            const QModelIndex i = indexOf(uuid);
            if (i.isValid())
                emit dataChanged(i, i,
                                 {ErrorCountRole, WarningCountRole, HintCountRole, ReadyRole, Qt::ToolTipRole,
                                  Qt::AccessibleDescriptionRole});
        }
    });
}

QVariant PlanTreeModel::checkData(const Commitment &c, int role) const
{
    const CheckResult *result = m_checks ? m_checks->result(c.uuid) : nullptr;
    if (!result)
        return {};
    const FindingCounts counts = result->counts();
    switch (role) {
    case ErrorCountRole:
        return counts.errors;
    case WarningCountRole:
        return counts.warnings;
    case HintCountRole:
        return counts.hints;
    case ReadyRole:
        return counts.isReady();
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole:
        if (counts.isReady())
            return tr("Checker: ready for export, no errors or warnings");
        return tr("Checker: %1, %2")
            .arg(tr("%n error(s)", nullptr, counts.errors), tr("%n warning(s)", nullptr, counts.warnings));
    default:
        return {};
    }
}

void PlanTreeModel::rebuild()
{
    beginResetModel();
    m_children.clear();
    if (m_document) {
        QHash<QString, int> areaRow;
        for (const Area &a : m_document->areas()) {
            areaRow.insert(a.uuid, int(m_children.size()));
            m_children.append(QList<int>());
        }
        const QList<Commitment> &all = m_document->commitments();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const auto it = areaRow.constFind(all.at(i).areaUuid);
            if (it != areaRow.cend())
                m_children[*it].append(int(i));
        }
    }
    endResetModel();
}

void PlanTreeModel::retranslate()
{
    if (rowCount() == 0)
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
    for (int a = 0; a < m_children.size(); ++a) {
        const QModelIndex parent = index(a + 1, 0);
        if (!m_children.at(a).isEmpty())
            emit dataChanged(index(0, 0, parent), index(int(m_children.at(a).size()) - 1, 0, parent));
    }
}

QModelIndex PlanTreeModel::indexOf(const QString &uuid) const
{
    if (!m_document || uuid.isEmpty())
        return index(0, 0);
    const QList<Area> &areas = m_document->areas();
    for (int a = 0; a < areas.size(); ++a) {
        if (areas.at(a).uuid == uuid)
            return index(a + 1, 0);
        const QList<int> &rows = m_children.at(a);
        for (int r = 0; r < rows.size(); ++r) {
            if (m_document->commitments().at(rows.at(r)).uuid == uuid)
                return createIndex(r, 0, quintptr(a + 1));
        }
    }
    return {};
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, 0, kTopLevel);
    return createIndex(row, 0, quintptr(parent.row())); // parent.row() = area + 1
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()), 0, kTopLevel);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return int(m_children.size()) + 1;
    if (parent.internalId() != kTopLevel || parent.row() == 0)
        return 0;
    return int(m_children.at(parent.row() - 1).size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    if (index.internalId() != kTopLevel)
        return commitmentData(int(index.internalId()) - 1, index.row(), role);
    return index.row() == 0 ? planData(role) : areaData(index.row() - 1, role);
}

QVariant PlanTreeModel::planData(int role) const
{
    const Plan &plan = m_document->plan();
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = DisplayNames::text(plan.title);
        return title.isEmpty() ? tr("Untitled plan") : title;
    }
    case Qt::EditRole:
        return plan.title.text(LanguageManager::displayLanguage());
    case Qt::DecorationRole:
        return m_icons[0];
    case Qt::ToolTipRole:
        return DisplayNames::period(plan.start, plan.end);
    case KindRole:
        return PlanItem;
    case UuidRole:
        return QString();
    case SearchRole:
        return plan.title.zh + QLatin1Char(' ') + plan.title.en;
    default:
        return {};
    }
}

QVariant PlanTreeModel::areaData(int area, int role) const
{
    const Area &a = m_document->areas().at(area);
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = DisplayNames::text(a.title);
        return title.isEmpty() ? tr("Area %1").arg(a.number) : tr("%1. %2").arg(a.number).arg(title);
    }
    case Qt::EditRole:
        return a.title.text(LanguageManager::displayLanguage());
    case Qt::DecorationRole:
        return m_icons[1];
    case Qt::ToolTipRole:
        return tr("%n commitment(s)", nullptr, int(m_children.at(area).size()));
    case KindRole:
        return AreaItem;
    case UuidRole:
        return a.uuid;
    case SearchRole:
        return a.title.zh + QLatin1Char(' ') + a.title.en;
    default:
        return {};
    }
}

QVariant PlanTreeModel::commitmentData(int area, int row, int role) const
{
    if (area < 0 || area >= m_children.size() || row >= m_children.at(area).size())
        return {};
    const Commitment &c = m_document->commitments().at(m_children.at(area).at(row));
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = DisplayNames::text(c.text(Field::Title));
        return QStringLiteral("%1  %2").arg(c.code, title.isEmpty() ? tr("(untitled)") : title);
    }
    case Qt::EditRole:
        return c.text(Field::Title).text(LanguageManager::displayLanguage());
    case Qt::DecorationRole:
        return m_icons[2 + static_cast<int>(c.status)];
    case Qt::ToolTipRole: {
        QStringList lines{DisplayNames::status(c.status)};
        if (!c.leadAgency.isEmpty())
            lines.append(tr("Lead agency: %1").arg(DisplayNames::agency(c.leadAgency)));
        const QString summary = translationSummary(c);
        if (!summary.isEmpty())
            lines.append(summary);
        const QString checks = checkData(c, role).toString();
        if (!checks.isEmpty())
            lines.append(checks);
        return lines.join(QLatin1Char('\n'));
    }
    case ErrorCountRole:
    case WarningCountRole:
    case HintCountRole:
    case ReadyRole:
    case Qt::AccessibleDescriptionRole:
        return checkData(c, role);
    case TranslationGapRole: {
        const auto [missing, stale] = translationCounts(c);
        return missing + stale;
    }
    case KindRole:
        return CommitmentItem;
    case UuidRole:
        return c.uuid;
    case SearchRole: {
        // Code, both titles and both names of every agency, so either language finds it.
        QStringList parts{c.code, c.text(Field::Title).zh, c.text(Field::Title).en};
        for (const QString &agency : QStringList{c.leadAgency} + c.coAgencies) {
            parts.append(Catalog::agencies().displayName(agency, nap::Language::Chinese));
            parts.append(Catalog::agencies().displayName(agency, nap::Language::English));
            if (const CatalogEntry *e = Catalog::agencies().find(agency))
                parts.append(e->shortNames);
        }
        return parts.join(QLatin1Char(' '));
    }
    default:
        return {};
    }
}

bool PlanTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_document)
        return false;
    const nap::Language language = LanguageManager::displayLanguage();
    const QString text = value.toString();
    const int kind = data(index, KindRole).toInt();
    const QString uuid = data(index, UuidRole).toString();
    const QDateTime now = WorkspaceDocument::now();
    if (kind == PlanItem)
        return m_document->editPlan(QString(), tr("Rename plan"),
                                    [&](Plan &p) { p.title.setText(language, text, now); });
    if (kind == AreaItem)
        return m_document->editArea(uuid, QString(), tr("Rename area"),
                                    [&](Area &a) { a.title.setText(language, text, now); });
    return m_document->editCommitment(uuid, QString(), tr("Rename commitment"), [&](Commitment &c) {
        c.text(Field::Title).setText(language, text, now);
    });
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace nap::ui
