#pragma once

#include "model/Area.h"
#include "model/Commitment.h"
#include "model/Plan.h"

#include <QList>
#include <QUndoCommand>

#include <optional>

namespace nap::ui {

class WorkspaceDocument;

// One undoable change of the document: any set of areas, commitments and the plan, each
// given before and after (absent = does not exist). Field edits, structural changes and
// renumbering are all this one command, so undo is uniform across them.
class DocumentCommand : public QUndoCommand
{
public:
    template <typename T> struct Change
    {
        std::optional<T> before;
        std::optional<T> after;
    };

    DocumentCommand(WorkspaceDocument *document, const QString &text, const QString &mergeKey);

    QList<Change<Area>> areas;
    QList<Change<Commitment>> commitments;
    std::optional<Plan> planBefore;
    std::optional<Plan> planAfter;

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    // The commitment this command concerns when it concerns exactly one.
    QString singleCommitment() const;

private:
    void apply(bool forward);

    WorkspaceDocument *m_document;
    QString m_mergeKey;
    bool m_firstRedo = true;
};

} // namespace nap::ui
