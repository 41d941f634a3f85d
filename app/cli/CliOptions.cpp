#include "CliOptions.h"

#include <QCoreApplication>

namespace nap::cli {

CliOptions::CliOptions(const QStringList &valueOptions, const QStringList &flagOptions)
    : m_valueNames(valueOptions)
{
    // "-name" is not "--name": single dashes are short options, and none are declared.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const QString &name : valueOptions)
        m_parser.addOption(QCommandLineOption(name, QString(), name.toUpper()));
    for (const QString &name : flagOptions)
        m_parser.addOption(QCommandLineOption(name));
}

bool CliOptions::parse(const QStringList &arguments, QString *error)
{
    // The parser wants the program name first and says errors in English: check the
    // arguments ourselves so every message is translated.
    if (!m_parser.parse(QStringList{QStringLiteral("napdesk-cli")} + arguments)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString name = unknown.constFirst();
            *error = QCoreApplication::translate("nap::cli", "Unknown option: %1")
                         .arg((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        } else {
            // The only other failure: an option given without its value.
            QString name = m_parser.errorText().section(QLatin1Char('\''), 1, 1);
            while (name.startsWith(QLatin1Char('-')))
                name.remove(0, 1);
            *error = QCoreApplication::translate("nap::cli", "Option --%1 needs a value.").arg(name);
        }
        return false;
    }
    const QStringList stray = m_parser.positionalArguments();
    if (!stray.isEmpty() && !m_acceptPositional) {
        *error = QCoreApplication::translate("nap::cli", "Unexpected argument: %1").arg(stray.constFirst());
        return false;
    }
    for (const QString &name : std::as_const(m_valueNames)) {
        for (const QString &v : m_parser.values(name)) {
            if (v.trimmed().isEmpty()) {
                *error = QCoreApplication::translate("nap::cli", "Option --%1 needs a value.").arg(name);
                return false;
            }
        }
    }
    return true;
}

QString CliOptions::value(const QString &name, const QString &fallback) const
{
    const QStringList list = m_parser.values(name);
    return list.isEmpty() ? fallback : list.last();
}

} // namespace nap::cli
