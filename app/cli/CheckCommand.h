#pragma once

#include "CliCommand.h"

namespace nap::cli {

// napdesk-cli check --workspace FILE [--commitment CODE]... [--format text|json] [--lang zh|en]
//                   [--english] [--all-rules]
// napdesk-cli check --text FILE [--format text|json] [--lang zh|en]
// Runs the quality checker. Exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable
// input (so scripts can tell "the commitment has errors" from "the check did not run").
class CheckCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    static constexpr qint64 kMaxTextBytes = 2 * 1024 * 1024;
};

} // namespace nap::cli
