#include "DocumentCommand.h"

#include "WorkspaceDocument.h"

namespace nap::ui {

DocumentCommand::DocumentCommand(WorkspaceDocument *document, const QString &text, const QString &mergeKey)
    : QUndoCommand(text), m_document(document), m_mergeKey(mergeKey)
{
}

void DocumentCommand::apply(bool forward)
{
    // Areas appear before the commitments that point to them and go after them.
    m_document->beginBatch();
    for (const auto &change : areas) {
        const auto &target = forward ? change.after : change.before;
        if (target)
            m_document->putArea(*target);
    }
    for (const auto &change : commitments) {
        const auto &target = forward ? change.after : change.before;
        const auto &other = forward ? change.before : change.after;
        if (target)
            m_document->putCommitment(*target);
        else if (other)
            m_document->dropCommitment(other->uuid);
    }
    for (const auto &change : areas) {
        const auto &target = forward ? change.after : change.before;
        const auto &other = forward ? change.before : change.after;
        if (!target && other)
            m_document->dropArea(other->uuid);
    }
    if (const auto &plan = forward ? planAfter : planBefore)
        m_document->putPlan(*plan);
    m_document->endBatch();
}

void DocumentCommand::redo()
{
    apply(true);
    if (!m_firstRedo) {
        const QString uuid = singleCommitment();
        if (!uuid.isEmpty())
            emit m_document->historyTouched(uuid);
    }
    m_firstRedo = false;
}

void DocumentCommand::undo()
{
    apply(false);
    const QString uuid = singleCommitment();
    if (!uuid.isEmpty())
        emit m_document->historyTouched(uuid);
}

int DocumentCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool DocumentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DocumentCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->areas.size() != areas.size() ||
        next->commitments.size() != commitments.size() ||
        next->planAfter.has_value() != planAfter.has_value())
        return false;
    // Same key means the same object and field: keep our "before", take its "after".
    for (qsizetype i = 0; i < commitments.size(); ++i)
        commitments[i].after = next->commitments.at(i).after;
    for (qsizetype i = 0; i < areas.size(); ++i)
        areas[i].after = next->areas.at(i).after;
    if (next->planAfter)
        planAfter = next->planAfter;
    return true;
}

QString DocumentCommand::singleCommitment() const
{
    if (commitments.size() != 1)
        return {};
    const auto &c = commitments.constFirst();
    return c.after ? c.after->uuid : c.before ? c.before->uuid : QString();
}

} // namespace nap::ui
