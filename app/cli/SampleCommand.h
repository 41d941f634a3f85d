#pragma once

#include "CliCommand.h"

namespace nap::cli {

// napdesk-cli sample --out FILE [--commitments N [--milestones M]]: writes the bilingual
// sample workspace, or a generated plan of N × M for large-plan use and measuring.
class SampleCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("sample"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace nap::cli
