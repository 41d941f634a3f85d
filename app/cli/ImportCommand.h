#pragma once

#include "CliCommand.h"

namespace nap::cli {

// napdesk-cli import --workspace FILE [--dry-run] [--format text|json] [--take theirs|mine] FILE...
// Consolidates agency workbooks (.xlsx, .ods), .odt documents and other workspaces into one workspace, in one
// transaction. Exit codes: 0 imported (or previewed), 1 a file was refused or the import
// failed (nothing changed), 2 wrong usage or an unreadable workspace.
class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace nap::cli
