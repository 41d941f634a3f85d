#include "WorkspaceDocument.h"

#include "DocumentCommand.h"
#include "check/RuleSettings.h"
#include "io/AccountName.h"
#include "store/StorableText.h"

#include <QUuid>

#include <algorithm>

namespace nap::ui {

std::unique_ptr<WorkspaceDocument> WorkspaceDocument::open(const QString &path, Workspace::Mode mode,
                                                           Error *error)
{
    std::unique_ptr<Workspace> ws = Workspace::open(path, mode, error);
    if (!ws)
        return nullptr;
    auto document = std::make_unique<WorkspaceDocument>(std::move(ws));
    if (document->workspace().readError()) { // never edit a plan that was only half read
        *error = document->workspace().readError();
        return nullptr;
    }
    return document;
}

WorkspaceDocument::WorkspaceDocument(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace))
{
    m_plan = m_workspace->plan();
    m_areas = m_workspace->areas();
    m_commitments = m_workspace->commitments();
    reindex();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kAutosaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &WorkspaceDocument::flush);
    // Typing without a pause keeps restarting the short timer; this one is not restarted,
    // so continuous typing still reaches the disk at least once a second.
    m_maxWaitTimer.setSingleShot(true);
    m_maxWaitTimer.setInterval(kAutosaveMaxWaitMs);
    connect(&m_maxWaitTimer, &QTimer::timeout, this, &WorkspaceDocument::flush);
    m_saveState = isReadOnly() ? SaveState::ReadOnly : SaveState::Saved;
}

WorkspaceDocument::~WorkspaceDocument()
{
    flush();
}

QDateTime WorkspaceDocument::now()
{
    return QDateTime::currentDateTimeUtc();
}

QString WorkspaceDocument::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const Area *WorkspaceDocument::area(const QString &uuid) const
{
    for (const Area &a : m_areas) {
        if (a.uuid == uuid)
            return &a;
    }
    return nullptr;
}

const Commitment *WorkspaceDocument::commitment(const QString &uuid) const
{
    const auto it = m_commitmentIndex.constFind(uuid);
    return it == m_commitmentIndex.cend() ? nullptr : &m_commitments.at(*it);
}

QList<const Commitment *> WorkspaceDocument::commitmentsInArea(const QString &areaUuid) const
{
    QList<const Commitment *> out;
    for (const Commitment &c : m_commitments) {
        if (c.areaUuid == areaUuid)
            out.append(&c);
    }
    return out;
}

void WorkspaceDocument::reindex()
{
    m_commitmentIndex.clear();
    for (qsizetype i = 0; i < m_commitments.size(); ++i)
        m_commitmentIndex.insert(m_commitments.at(i).uuid, i);
}

void WorkspaceDocument::sortCommitments()
{
    std::stable_sort(m_areas.begin(), m_areas.end(),
                     [](const Area &a, const Area &b) { return a.number < b.number; });
    QHash<QString, int> areaRank;
    for (qsizetype i = 0; i < m_areas.size(); ++i)
        areaRank.insert(m_areas.at(i).uuid, int(i));
    std::stable_sort(m_commitments.begin(), m_commitments.end(),
                     [&](const Commitment &a, const Commitment &b) {
                         const int ra = areaRank.value(a.areaUuid, INT_MAX);
                         const int rb = areaRank.value(b.areaUuid, INT_MAX);
                         if (ra != rb)
                             return ra < rb;
                         return a.sortOrder < b.sortOrder;
                     });
    reindex();
}

void WorkspaceDocument::push(DocumentCommand *command)
{
    m_undo.push(command);
}

bool WorkspaceDocument::editCommitment(const QString &uuid, const QString &mergeKey, const QString &text,
                                       const std::function<void(Commitment &)> &change)
{
    const Commitment *current = commitment(uuid);
    if (!current || isReadOnly())
        return false;
    Commitment after = *current;
    change(after);
    int removed = 0;
    after = StorableText::of(after, &removed); // what the file will hold, so memory and disk agree
    reportRemoved(text, removed);
    if (after == *current)
        return false;
    after.modified = now();
    const QString key = mergeKey.isEmpty()
                            ? QString()
                            : QStringLiteral("c/%1/%2/%3").arg(uuid, mergeKey).arg(m_mergeGeneration);
    auto *command = new DocumentCommand(this, text, key);
    command->commitments.append({*current, after});
    push(command);
    return true;
}

bool WorkspaceDocument::editArea(const QString &uuid, const QString &mergeKey, const QString &text,
                                 const std::function<void(Area &)> &change)
{
    const Area *current = area(uuid);
    if (!current || isReadOnly())
        return false;
    Area after = *current;
    change(after);
    int removed = 0;
    after = StorableText::of(after, &removed);
    reportRemoved(text, removed);
    if (after == *current)
        return false;
    const QString key = mergeKey.isEmpty()
                            ? QString()
                            : QStringLiteral("a/%1/%2/%3").arg(uuid, mergeKey).arg(m_mergeGeneration);
    auto *command = new DocumentCommand(this, text, key);
    command->areas.append({*current, after});
    push(command);
    return true;
}

bool WorkspaceDocument::editPlan(const QString &mergeKey, const QString &text,
                                 const std::function<void(Plan &)> &change)
{
    if (isReadOnly())
        return false;
    Plan after = m_plan;
    change(after);
    int removed = 0;
    after = StorableText::of(after, &removed);
    reportRemoved(text, removed);
    if (after == m_plan)
        return false;
    const QString key =
        mergeKey.isEmpty() ? QString() : QStringLiteral("p/%1/%2").arg(mergeKey).arg(m_mergeGeneration);
    auto *command = new DocumentCommand(this, text, key);
    command->planBefore = m_plan;
    command->planAfter = after;
    push(command);
    return true;
}

QString WorkspaceDocument::saveStateText() const
{
    switch (m_saveState) {
    case SaveState::Saved:
        return tr("Saved");
    case SaveState::Pending:
        return tr("Unsaved changes");
    case SaveState::Saving:
        return tr("Saving…");
    case SaveState::ReadOnly:
        return tr("Read-only");
    case SaveState::Failed:
        return tr("Not saved: %1").arg(m_lastError);
    }
    return {};
}

QString WorkspaceDocument::nextCode(const Area &area, int *sortOrder) const
{
    int last = 0;
    for (const Commitment *c : commitmentsInArea(area.uuid))
        last = std::max(last, c->sortOrder);
    *sortOrder = last + 1;
    return QStringLiteral("%1-%2").arg(area.number).arg(last + 1);
}

QString WorkspaceDocument::addCommitment(const QString &areaUuid)
{
    const Area *target = area(areaUuid);
    if (!target || isReadOnly())
        return {};
    Commitment c;
    c.uuid = newUuid();
    c.areaUuid = areaUuid;
    c.code = nextCode(*target, &c.sortOrder);
    c.start = m_plan.start;
    c.end = m_plan.end;
    c.created = now();
    c.modified = c.created;
    auto *command = new DocumentCommand(this, tr("Add commitment %1").arg(c.code), QString());
    command->commitments.append({std::nullopt, c});
    push(command);
    return c.uuid;
}

QString WorkspaceDocument::duplicateCommitment(const QString &uuid)
{
    const Commitment *source = commitment(uuid);
    const Area *target = source ? area(source->areaUuid) : nullptr;
    if (!target || isReadOnly())
        return {};
    Commitment c = *source;
    c.uuid = newUuid();
    c.code = nextCode(*target, &c.sortOrder);
    c.created = now();
    c.modified = c.created;
    c.status = CommitmentStatus::Draft;
    for (Milestone &m : c.milestones)
        m.uuid = newUuid();
    auto *command = new DocumentCommand(this, tr("Duplicate commitment %1").arg(source->code), QString());
    command->commitments.append({std::nullopt, c});
    push(command);
    return c.uuid;
}

bool WorkspaceDocument::removeCommitment(const QString &uuid)
{
    const Commitment *c = commitment(uuid);
    if (!c || isReadOnly())
        return false;
    auto *command = new DocumentCommand(this, tr("Delete commitment %1").arg(c->code), QString());
    command->commitments.append({*c, std::nullopt});
    push(command);
    return true;
}

bool WorkspaceDocument::moveCommitment(const QString &uuid, const QString &targetAreaUuid)
{
    const Commitment *c = commitment(uuid);
    const Area *target = area(targetAreaUuid);
    if (!c || !target || c->areaUuid == targetAreaUuid || isReadOnly())
        return false;
    Commitment after = *c;
    after.areaUuid = targetAreaUuid;
    after.code = nextCode(*target, &after.sortOrder);
    after.modified = now();
    auto *command = new DocumentCommand(
        this, tr("Move commitment %1 to area %2").arg(c->code).arg(target->number), QString());
    command->commitments.append({*c, after});
    push(command);
    return true;
}

bool WorkspaceDocument::renumber()
{
    if (isReadOnly())
        return false;
    auto *command = new DocumentCommand(this, tr("Renumber commitments"), QString());
    int areaNumber = 0;
    for (const Area &a : m_areas) {
        Area area = a;
        area.number = ++areaNumber;
        if (!(area == a))
            command->areas.append({a, area});
        int position = 0;
        for (const Commitment *c : commitmentsInArea(a.uuid)) {
            Commitment after = *c;
            after.sortOrder = ++position;
            after.code = QStringLiteral("%1-%2").arg(area.number).arg(position);
            if (after != *c)
                command->commitments.append({*c, after});
        }
    }
    if (command->areas.isEmpty() && command->commitments.isEmpty()) {
        delete command;
        return false;
    }
    push(command);
    return true;
}

QString WorkspaceDocument::addArea()
{
    if (isReadOnly())
        return {};
    Area a;
    a.uuid = newUuid();
    a.number = m_areas.isEmpty() ? 1 : m_areas.constLast().number + 1;
    auto *command = new DocumentCommand(this, tr("Add area %1").arg(a.number), QString());
    command->areas.append({std::nullopt, a});
    push(command);
    return a.uuid;
}

bool WorkspaceDocument::removeArea(const QString &uuid)
{
    const Area *a = area(uuid);
    if (!a || isReadOnly())
        return false;
    auto *command = new DocumentCommand(this, tr("Delete area %1").arg(a->number), QString());
    for (const Commitment *c : commitmentsInArea(uuid))
        command->commitments.append({*c, std::nullopt});
    command->areas.append({*a, std::nullopt});
    push(command);
    return true;
}

void WorkspaceDocument::beginBatch()
{
    ++m_batchDepth;
}

void WorkspaceDocument::endBatch()
{
    if (--m_batchDepth > 0)
        return;
    if (m_structureDirty) {
        m_structureDirty = false;
        sortCommitments();
        emit structureChanged();
    }
    scheduleSave();
}

void WorkspaceDocument::putCommitment(const Commitment &commitment)
{
    beginBatch();
    const auto it = m_commitmentIndex.constFind(commitment.uuid);
    if (it == m_commitmentIndex.cend()) {
        m_commitments.append(commitment);
        m_commitmentIndex.insert(commitment.uuid, m_commitments.size() - 1);
        m_structureDirty = true;
    } else {
        Commitment &current = m_commitments[*it];
        const bool moved = current.areaUuid != commitment.areaUuid ||
                           current.sortOrder != commitment.sortOrder || current.code != commitment.code;
        current = commitment;
        if (moved)
            m_structureDirty = true;
        else
            emit commitmentChanged(commitment.uuid);
    }
    m_dirtyCommitments.insert(commitment.uuid);
    m_removedCommitments.remove(commitment.uuid);
    endBatch();
}

void WorkspaceDocument::dropCommitment(const QString &uuid)
{
    const auto it = m_commitmentIndex.constFind(uuid);
    if (it == m_commitmentIndex.cend())
        return;
    beginBatch();
    m_commitments.removeAt(*it);
    reindex();
    m_structureDirty = true;
    m_dirtyCommitments.remove(uuid);
    m_removedCommitments.insert(uuid);
    endBatch();
}

void WorkspaceDocument::putArea(const Area &area)
{
    beginBatch();
    auto it =
        std::find_if(m_areas.begin(), m_areas.end(), [&](const Area &a) { return a.uuid == area.uuid; });
    if (it == m_areas.end()) {
        m_areas.append(area);
        m_structureDirty = true;
    } else {
        if (it->number != area.number)
            m_structureDirty = true;
        *it = area;
        emit areaChanged(area.uuid);
    }
    m_dirtyAreas.insert(area.uuid);
    m_removedAreas.remove(area.uuid);
    endBatch();
}

void WorkspaceDocument::dropArea(const QString &uuid)
{
    beginBatch();
    m_areas.removeIf([&](const Area &a) { return a.uuid == uuid; });
    m_structureDirty = true;
    m_dirtyAreas.remove(uuid);
    m_removedAreas.insert(uuid);
    endBatch();
}

void WorkspaceDocument::putPlan(const Plan &plan)
{
    beginBatch();
    m_plan = plan;
    m_planDirty = true;
    emit planChanged();
    endBatch();
}

bool WorkspaceDocument::hasPendingChanges() const
{
    return m_planDirty || !m_dirtyAreas.isEmpty() || !m_removedAreas.isEmpty() ||
           !m_dirtyCommitments.isEmpty() || !m_removedCommitments.isEmpty();
}

void WorkspaceDocument::scheduleSave()
{
    if (isReadOnly() || !hasPendingChanges())
        return;
    if (m_saveState != SaveState::Failed)
        setSaveState(SaveState::Pending);
    m_saveTimer.start();
    if (!m_maxWaitTimer.isActive())
        m_maxWaitTimer.start();
}

void WorkspaceDocument::reportRemoved(const QString &edit, int count)
{
    if (count > 0)
        emit charactersRemoved(edit, count);
}

void WorkspaceDocument::setSaveState(SaveState state)
{
    if (m_saveState == state)
        return;
    m_saveState = state;
    emit saveStateChanged(state);
}

bool WorkspaceDocument::setRuleEnabled(const QString &ruleId, bool enabled, const QString &reason,
                                       Error *error)
{
    const bool ok = enabled ? RuleSettings::enable(*m_workspace, ruleId, error)
                            : RuleSettings::disable(*m_workspace, ruleId, reason, error);
    if (ok)
        emit ruleSettingsChanged();
    return ok;
}

bool WorkspaceDocument::addExportOverride(const QString &commitmentUuid, const QString &reason,
                                          const QString &findingsSummary, Error *error)
{
    // The record refers to the stored commitment, so a new one is written first.
    if (!flush()) {
        *error = Error::make(Error::WriteFailed, m_lastError);
        return false;
    }
    return m_workspace->addExportOverride(commitmentUuid, reason, findingsSummary, error);
}

bool WorkspaceDocument::flush()
{
    m_saveTimer.stop();
    m_maxWaitTimer.stop();
    if (isReadOnly() || !hasPendingChanges())
        return true;
    setSaveState(SaveState::Saving);
    Error error;
    // Order matters for the foreign keys: new areas first, removed areas last.
    bool ok = !m_planDirty || m_workspace->savePlan(m_plan, &error);
    for (auto it = m_dirtyAreas.cbegin(); ok && it != m_dirtyAreas.cend(); ++it) {
        if (const Area *a = area(*it))
            ok = m_workspace->saveArea(*a, &error);
    }
    if (ok && !m_dirtyCommitments.isEmpty()) {
        QList<Commitment> batch;
        for (const QString &uuid : std::as_const(m_dirtyCommitments)) {
            if (const Commitment *c = commitment(uuid))
                batch.append(*c);
        }
        // The officer's edits go into the field history with the change itself.
        ok = m_workspace->saveTogether(Workspace::Batch{{}, {}, batch, nullptr, true, AccountName::current()},
                                       &error);
    }
    for (auto it = m_removedCommitments.cbegin(); ok && it != m_removedCommitments.cend(); ++it)
        ok = m_workspace->removeCommitment(*it, &error);
    for (auto it = m_removedAreas.cbegin(); ok && it != m_removedAreas.cend(); ++it)
        ok = m_workspace->removeArea(*it, &error);
    if (!ok) {
        // Keep everything pending: the next edit (or closing) tries again.
        m_lastError = error.message();
        setSaveState(SaveState::Failed);
        return false;
    }
    m_planDirty = false;
    m_dirtyAreas.clear();
    m_dirtyCommitments.clear();
    m_removedCommitments.clear();
    m_removedAreas.clear();
    m_lastError.clear();
    setSaveState(SaveState::Saved);
    return true;
}

bool WorkspaceDocument::writeBeforeDirectChange(Error *error)
{
    if (isReadOnly()) {
        *error = Error::make(Error::ReadOnlyFile, path());
        return false;
    }
    if (!flush()) { // the file must hold every edit before it is compared or changed directly
        *error = Error::make(Error::WriteFailed, m_lastError);
        return false;
    }
    return true;
}

void WorkspaceDocument::adoptWritten(const QString &text)
{
    auto *command = new DocumentCommand(this, text, QString());
    for (const Area &after : m_workspace->areas()) {
        const Area *before = area(after.uuid);
        if (!before || !(*before == after))
            command->areas.append({before ? std::optional<Area>(*before) : std::nullopt, after});
    }
    for (const Commitment &after : m_workspace->commitments()) {
        const Commitment *before = commitment(after.uuid);
        if (!before || *before != after)
            command->commitments.append({before ? std::optional<Commitment>(*before) : std::nullopt, after});
    }
    push(command);
    flush(); // what redo marked unsaved is already on disk
}

bool WorkspaceDocument::previewImport(const QStringList &files, ImportPlan *plan, Error *error)
{
    return writeBeforeDirectChange(error) && ImportPlan::build(*m_workspace, files, plan, error);
}

bool WorkspaceDocument::applyImport(const ImportPlan &plan, const ImportChoices &choices,
                                    ImportApply::Result *result, Error *error)
{
    if (!writeBeforeDirectChange(error) || !ImportApply::run(*m_workspace, plan, choices, result, error))
        return false;
    if (result->written)
        adoptWritten(tr("Import %n file(s)", nullptr, int(plan.files.size())));
    return true;
}

QList<Provenance::Change> WorkspaceDocument::fieldHistory(const QString &commitmentUuid) const
{
    return Provenance::history(*m_workspace, commitmentUuid);
}

std::optional<Provenance::Event> WorkspaceDocument::importEvent(qint64 id) const
{
    return Provenance::event(*m_workspace, id);
}

std::optional<Provenance::Event> WorkspaceDocument::lastImport(const QString &commitmentUuid) const
{
    return Provenance::lastImport(*m_workspace, commitmentUuid);
}

bool WorkspaceDocument::restoreValue(qint64 changeId, Error *error)
{
    if (!writeBeforeDirectChange(error) || !Provenance::restore(*m_workspace, changeId, error))
        return false;
    adoptWritten(tr("Restore a previous value"));
    return true;
}

} // namespace nap::ui
