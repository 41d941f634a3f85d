#include "CliApplication.h"
#include "KeptUntilExit.h"
#include "text/TranslationLoader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <clocale>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The window's identity (app/main.cpp): both programs share settings and data folders.
    QCoreApplication::setOrganizationName(QStringLiteral("napdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("napdesk"));
    // libxlsxwriter formats numbers with the C library: keep '.' as the decimal point.
    std::setlocale(LC_NUMERIC, "C");
    QTextStream out(stdout);
    QTextStream err(stderr);

    // --lang zh_TW|en before the command picks the message language (after the command,
    // --lang belongs to the command: "export --lang zh|en|both"); the system locale decides otherwise.
    QStringList arguments = app.arguments().mid(1);
    QString language = nap::TranslationLoader::defaultLanguage(QLocale::system());
    const QString first = arguments.value(0);
    const bool joined = first.startsWith(QLatin1String("--lang=")); // --lang=en
    if ((first == QLatin1String("--lang") && arguments.size() > 1) || joined) {
        language = nap::TranslationLoader::normalize(joined ? first.mid(7) : arguments.at(1));
        arguments.remove(0, joined ? 1 : 2);
        if (language.isEmpty()) {
            err << "Unsupported language. Use --lang zh_TW or --lang en.\n";
            return nap::cli::ExitUsage;
        }
    }
    // Locale-aware text (the plan title `info` prints) follows the message language.
    QLocale::setDefault(language == nap::TranslationLoader::chinese()
                            ? QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan)
                            : QLocale(QLocale::English, QLocale::UnitedStates));
    QTranslator appTranslator;
    QTranslator qtTranslator;
    if (nap::TranslationLoader::load(language, &appTranslator, &qtTranslator)) {
        QCoreApplication::installTranslator(&appTranslator);
        QCoreApplication::installTranslator(&qtTranslator);
    }

    nap::cli::g_keepUntilExit = true; // this process ends when the command does
    nap::cli::CliApplication cli;
    const int code = cli.run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
