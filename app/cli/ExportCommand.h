#pragma once

#include "CliCommand.h"

namespace nap::cli {

// napdesk-cli export --workspace FILE --format odt|odt-plan|xlsx|ods --lang zh|en|both
//   [--calendar roc|gregorian] --out PATH [--commitment CODE]... [--agency CODE]
class ExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace nap::cli
