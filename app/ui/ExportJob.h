#pragma once

#include "Error.h"
#include "export/ExportRequest.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

namespace nap::ui {

// Writes one or more export files on a worker thread from a snapshot of the data, so the
// editor keeps responding while a large plan is written.
//
// A run is all or nothing: every file is first built under a temporary name in its target
// folder; only when all of them succeeded are they renamed over their targets. A failure
// or a cancellation removes the temporary files and leaves existing files untouched.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QStringList written;  // the target paths, in request order; empty on failure
        Error error;          // None on success; Error::Cancelled when stopped
        int failedIndex = -1; // the request that failed, -1 when none did
    };

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override; // cancels a running export and waits for it to stop

    // Starts writing on a worker thread; returns false when a run is still going.
    bool start(const QList<ExportRequest> &requests, const ExportInput &data);
    bool isRunning() const;
    // Asks the worker to stop at its next progress step; finished() follows.
    void cancel();
    // Blocks until the run is over and finished() was emitted (tests, shutdown).
    bool wait(int msecs);
    const Result &result() const { return m_result; }

    // The export itself, as the worker runs it: usable without a thread (CLI, tests).
    // isCancelled is polled at every progress step; report gets (file index, per mille).
    static Result run(const QList<ExportRequest> &requests, const ExportInput &data,
                      const std::function<bool()> &isCancelled,
                      const std::function<void(int file, int perMille)> &report);

signals:
    // Overall progress of the run, 0-1000, and the file being written (index into the requests).
    void progressChanged(int perMille, int fileIndex);
    void finished(bool ok);

private:
    struct Shared;
    void collect();

    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    Result m_result;
};

} // namespace nap::ui
