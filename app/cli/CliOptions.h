#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace nap::cli {

// One sub-command's options, parsed by QCommandLineParser: "--name value" options
// (repeatable) and "--flag" switches. An unknown option, a missing or empty value and any
// stray argument are errors, so a typo never passes silently.
class CliOptions
{
public:
    CliOptions(const QStringList &valueOptions, const QStringList &flagOptions);
    // Returns false and sets error (translated) when the arguments are not all understood.
    bool parse(const QStringList &arguments, QString *error);

    // Lets plain arguments (file names) through instead of refusing them.
    void acceptPositional() { m_acceptPositional = true; }
    QStringList positional() const { return m_parser.positionalArguments(); }

    bool has(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const { return m_parser.values(name); }

private:
    QCommandLineParser m_parser;
    QStringList m_valueNames;
    bool m_acceptPositional = false;
};

} // namespace nap::cli
