#pragma once

#include <QStringList>
#include <QTextStream>

namespace nap::cli {

// One sub-command of napdesk-cli. Exit codes: 0 success, 1 failure of the work,
// 2 bad usage. Messages go to err, results to out.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // translated one-line help
    virtual QString usage() const = 0;   // translated usage text
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

} // namespace nap::cli
