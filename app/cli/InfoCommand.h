#pragma once

#include "CliCommand.h"

namespace nap::cli {

// napdesk-cli info --workspace FILE: plan, area, commitment and milestone counts.
class InfoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace nap::cli
