#include "ExportJob.h"

#include "export/ExportTarget.h"
#include "export/Exporter.h"
#include "io/FileReplace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <atomic>

namespace nap::ui {

struct ExportJob::Shared
{
    std::atomic<bool> cancel{false};
    std::atomic<int> lastReported{-1};
    Result result; // written by the worker, read after it has finished
};

ExportJob::ExportJob(QObject *parent) : QObject(parent) {}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_shared->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ExportJob::start(const QList<ExportRequest> &requests, const ExportInput &data)
{
    if (m_thread)
        return false;
    m_result = Result();
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    // The worker owns copies (Qt containers share their data until written) and reaches
    // this object only through queued calls, which the destructor outlives by waiting.
    m_thread = QThread::create([this, shared, requests, data] {
        const auto cancelled = [shared] {
            return shared->cancel.load();
        };
        const auto report = [this, shared](int file, int perMille) {
            if (shared->lastReported.exchange(perMille) == perMille)
                return;
            QMetaObject::invokeMethod(
                this, [this, perMille, file] { emit progressChanged(perMille, file); }, Qt::QueuedConnection);
        };
        shared->result = run(requests, data, cancelled, report);
    });
    m_thread->setObjectName(QStringLiteral("export"));
    connect(m_thread, &QThread::finished, this, &ExportJob::collect, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    return true;
}

bool ExportJob::isRunning() const
{
    return m_thread != nullptr;
}

void ExportJob::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

bool ExportJob::wait(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    while (m_thread) {
        if (!m_thread->wait(deadline))
            return false;
        // Deliver the queued progress reports and the end of the run, in order.
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
        collect();
    }
    return true;
}

void ExportJob::collect()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_result = m_shared->result;
    emit finished(!m_result.error.isError());
}

ExportJob::Result ExportJob::run(const QList<ExportRequest> &requests, const ExportInput &data,
                                 const std::function<bool()> &isCancelled,
                                 const std::function<void(int, int)> &report)
{
    Result result;
    const qsizetype count = requests.size();
    QStringList temporaries;
    QStringList targets; // links followed
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const auto fail = [&](int index, Error error) {
        for (const QString &t : std::as_const(temporaries))
            QFile::remove(t);
        // The user knows the file by its real name, not by the temporary ones.
        if (index < temporaries.size()) {
            const QFileInfo target(requests.at(index).targetPath);
            const QRegularExpression temporary(QRegularExpression::escape(target.absolutePath()) +
                                               QStringLiteral("/\\.+") +
                                               QRegularExpression::escape(target.fileName()) +
                                               QStringLiteral("(?:\\.napdesk-[0-9a-f]{8}\\.part)+"));
            error.detail.replace(temporary, target.absoluteFilePath());
        }
        result.error = error;
        result.failedIndex = index;
        result.written.clear();
        return result;
    };
    for (int i = 0; i < count; ++i) {
        ExportRequest request = requests.at(i);
        Error error;
        if (isCancelled())
            return fail(i, Error::make(Error::Cancelled));
        QString target;
        if (!ExportTarget::check(request.targetPath, request.workspacePath, &error, &target))
            return fail(i, error);
        FileReplace::removeStaleTemporaries(target, started);
        targets.append(target);
        request.targetPath = FileReplace::temporaryNameFor(target);
        temporaries.append(request.targetPath);
        const auto progress = [&](int done, int total) {
            if (isCancelled())
                return false;
            const qint64 part = total > 0 ? qint64(done) * 1000 / total : 0;
            report(i, int((qint64(i) * 1000 + qMin<qint64>(part, 1000)) / count));
            return true;
        };
        if (!Exporter::run(request, data, &error, progress))
            return fail(i, error);
        report(i, int(qint64(i + 1) * 1000 / count));
    }
    if (isCancelled())
        return fail(int(count) - 1, Error::make(Error::Cancelled));
    // Every file is complete: put them in place. A rename within one folder fails only when
    // the target is taken away meanwhile; the files already in place are complete ones.
    for (int i = 0; i < count; ++i) {
        Error error;
        if (!FileReplace::replace(temporaries.at(i), targets.at(i), &error)) {
            for (int j = i + 1; j < count; ++j)
                QFile::remove(temporaries.at(j));
            result.error = error;
            result.failedIndex = i;
            return result;
        }
        result.written.append(requests.at(i).targetPath);
    }
    return result;
}

} // namespace nap::ui
