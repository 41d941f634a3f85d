#include "CheckScheduler.h"

#include "WorkspaceDocument.h"

#include <QElapsedTimer>

namespace nap::ui {

CheckScheduler::CheckScheduler(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CheckScheduler::runSlice);
}

void CheckScheduler::setDocument(WorkspaceDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_results.clear();
    m_queue.clear();
    m_queued.clear();
    m_timer.stop();
    reloadRules();
    if (!document) {
        emit checked({});
        return;
    }
    connect(document, &WorkspaceDocument::commitmentChanged, this,
            [this](const QString &uuid) { schedule(uuid, true); });
    connect(document, &WorkspaceDocument::structureChanged, this, [this] {
        // Drop what was removed; re-check the rest (codes, areas and order may have moved).
        for (auto it = m_results.begin(); it != m_results.end();) {
            if (m_document->commitment(it.key()))
                ++it;
            else
                it = m_results.erase(it);
        }
        scheduleAll();
    });
    connect(document, &WorkspaceDocument::planChanged, this, &CheckScheduler::scheduleAll);
    connect(document, &WorkspaceDocument::ruleSettingsChanged, this, [this] {
        reloadRules();
        emit rulesChanged();
        scheduleAll();
    });
    scheduleAll();
    emit checked({}); // views drop the previous workspace's results now, even for an empty plan
}

const CheckResult *CheckScheduler::result(const QString &commitmentUuid) const
{
    const auto it = m_results.constFind(commitmentUuid);
    return it == m_results.cend() ? nullptr : &*it;
}

Checker CheckScheduler::checker(bool englishExport) const
{
    CheckOptions options = m_checker.options();
    options.englishExport = englishExport;
    return Checker(options);
}

void CheckScheduler::reloadRules()
{
    m_rules = m_document ? RuleSettings::load(m_document->workspace()) : RuleSettings();
    CheckOptions options;
    options.disabledRules = m_rules.disabledIds();
    m_checker = Checker(options);
}

void CheckScheduler::schedule(const QString &uuid, bool first)
{
    if (m_queued.contains(uuid)) {
        if (!first)
            return;
        m_queue.removeOne(uuid);
    }
    m_queued.insert(uuid);
    if (first)
        m_queue.prepend(uuid);
    else
        m_queue.append(uuid);
    // Not restarted while it runs: a steady stream of keystrokes still gets its findings.
    if (!m_timer.isActive())
        m_timer.start(kDelayMs);
}

void CheckScheduler::scheduleAll()
{
    if (!m_document)
        return;
    for (const Commitment &c : m_document->commitments())
        schedule(c.uuid, false);
    m_timer.start(0);
}

void CheckScheduler::runSlice()
{
    run(kSliceMs);
    if (!m_queue.isEmpty())
        m_timer.start(0); // the rest after the events that arrived meanwhile
}

void CheckScheduler::checkPending()
{
    m_timer.stop();
    run(-1);
}

void CheckScheduler::run(qint64 budgetMs)
{
    if (!m_document) {
        m_queue.clear();
        m_queued.clear();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const Plan &plan = m_document->plan();
    QStringList done;
    while (!m_queue.isEmpty() && (budgetMs < 0 || clock.elapsed() < budgetMs)) {
        const QString uuid = m_queue.takeFirst();
        m_queued.remove(uuid);
        if (const Commitment *c = m_document->commitment(uuid)) {
            m_results.insert(uuid, m_checker.check(*c, &plan));
            done.append(uuid);
        }
    }
    if (!done.isEmpty())
        emit checked(done);
}

} // namespace nap::ui
