#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace nap::cli {

// "--name value" options (repeatable) and "--flag" switches, checked against what the
// command declares so a typo is an error, not silently ignored.
class CliOptions
{
public:
    CliOptions(const QStringList &valueOptions, const QStringList &flagOptions);
    // Returns false and sets error for unknown options or missing values.
    bool parse(const QStringList &arguments, QString *error);

    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const { return m_values.value(name); }
    QStringList positional() const { return m_positional; }

private:
    QSet<QString> m_valueNames;
    QSet<QString> m_flagNames;
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
};

} // namespace nap::cli
