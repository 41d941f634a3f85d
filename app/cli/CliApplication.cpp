#include "CliApplication.h"

#include "CheckCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "InfoCommand.h"
#include "SampleCommand.h"

#include <QCoreApplication>

namespace nap::cli {

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<SampleCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
}

void CliApplication::printHelp(QTextStream &out) const
{
    out << QCoreApplication::translate("nap::cli", "Usage: napdesk-cli [--lang zh_TW|en] <command> [options]")
        << "\n\n"
        << QCoreApplication::translate("nap::cli", "Commands:") << "\n";
    for (const auto &c : m_commands)
        out << "  " << c->name().leftJustified(10) << c->summary() << "\n";
    out << "\n"
        << QCoreApplication::translate("nap::cli", "Run \"napdesk-cli <command> --help\" for its options.")
        << "\n";
}

int CliApplication::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        printHelp(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    if (arguments.first() == QLatin1String("--version") || arguments.first() == QLatin1String("-v")) {
        out << "napdesk-cli " << NAP_VERSION << "\n";
        return arguments.size() == 1 ? ExitOk : ExitUsage;
    }
    for (const auto &c : m_commands) {
        if (c->name() == arguments.first()) {
            const QStringList rest = arguments.mid(1);
            if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
                out << c->usage() << "\n";
                return ExitOk;
            }
            return c->run(rest, out, err);
        }
    }
    err << QCoreApplication::translate("nap::cli", "Unknown command: %1").arg(arguments.first()) << "\n";
    printHelp(err);
    return ExitUsage;
}

} // namespace nap::cli
