#pragma once

#include "check/Checker.h"
#include "check/RuleSettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace nap::ui {

class WorkspaceDocument;

// Keeps the quality checker's results for every commitment of the open document current.
// An edit re-checks that commitment at most kDelayMs later (the timer is not restarted by
// further keystrokes, so findings follow typing within 100 ms); a structural change, a plan
// change or a rule switch re-checks the whole plan in slices of kSliceMs so typing never
// waits for it.
class CheckScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDelayMs = 50;
    static constexpr int kSliceMs = 15;

    explicit CheckScheduler(QObject *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    WorkspaceDocument *document() const { return m_document; }

    // The last result for the commitment; nullptr before its first check.
    const CheckResult *result(const QString &commitmentUuid) const;
    const RuleSettings &ruleSettings() const { return m_rules; }
    // A checker under the workspace's rule switches (for the export gate).
    Checker checker(bool englishExport = false) const;

    bool isPending() const { return !m_queue.isEmpty(); }
    // Checks everything still waiting now (before an export, and in tests).
    void checkPending();

signals:
    // These commitments have new results.
    void checked(const QStringList &commitmentUuids);
    // The rule switches changed (the results follow in checked()).
    void rulesChanged();

private:
    void schedule(const QString &uuid, bool first);
    void scheduleAll();
    void reloadRules();
    void runSlice();
    void run(qint64 budgetMs);

    QPointer<WorkspaceDocument> m_document;
    RuleSettings m_rules;
    Checker m_checker;
    QHash<QString, CheckResult> m_results;
    QStringList m_queue; // edited commitments first
    QSet<QString> m_queued;
    QTimer m_timer;
};

} // namespace nap::ui
