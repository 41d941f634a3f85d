#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace nap::cli {

// Dispatches "napdesk-cli <command> [options]" to the registered commands.
class CliApplication
{
public:
    CliApplication();
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    void printHelp(QTextStream &out) const;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace nap::cli
