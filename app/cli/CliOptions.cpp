#include "CliOptions.h"

#include <QCoreApplication>

namespace nap::cli {

CliOptions::CliOptions(const QStringList &valueOptions, const QStringList &flagOptions)
    : m_valueNames(valueOptions.cbegin(), valueOptions.cend()),
      m_flagNames(flagOptions.cbegin(), flagOptions.cend())
{
}

bool CliOptions::parse(const QStringList &arguments, QString *error)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            m_positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool hasInline = eq >= 0;
        if (hasInline) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (m_flagNames.contains(name) && !hasInline) {
            m_flags.insert(name);
        } else if (m_valueNames.contains(name)) {
            if (!hasInline && i + 1 >= arguments.size()) {
                *error = QCoreApplication::translate("nap::cli", "Option --%1 needs a value.").arg(name);
                return false;
            }
            m_values[name].append(hasInline ? inlineValue : arguments.at(++i));
        } else {
            *error = QCoreApplication::translate("nap::cli", "Unknown option: %1").arg(arg);
            return false;
        }
    }
    return true;
}

QString CliOptions::value(const QString &name, const QString &fallback) const
{
    const QStringList list = m_values.value(name);
    return list.isEmpty() ? fallback : list.last();
}

} // namespace nap::cli
