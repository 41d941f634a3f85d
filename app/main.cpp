#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Settings.h"
#include "WheelGuard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <clocale>
#include <cstdio>
#include <cstring>

using namespace nap::ui;

namespace {

// --lang also decides the language of --help, so it is read before the parser is built.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

QString startLanguage(const QString &requested, Settings &settings)
{
    if (!requested.isEmpty())
        return requested; // this session only
    QString language = settings.language();
    if (language.isEmpty()) {
        language = LanguageManager::defaultLanguageFor(QLocale::system());
        settings.setValue(Settings::Key::Language, language);
    }
    return language;
}

// The file named on the command line, else the workspace of the last session. Nothing on the
// first start: the window's start page offers new, open and the sample.
QString startWorkspace(const QCommandLineParser &parser, Settings &settings)
{
    if (!parser.positionalArguments().isEmpty())
        return parser.positionalArguments().constFirst();
    const QString last = settings.value(Settings::Key::LastWorkspace).toString();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    // --version answers without a display (over SSH, in scripts, right after installing):
    // QApplication cannot start without one. Same text as QCommandLineParser's.
    if (argc == 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0)) {
        std::printf("napdesk %s\n", NAP_VERSION);
        return 0;
    }
    QApplication::setOrganizationName(QStringLiteral("napdesk"));
    QApplication::setApplicationName(QStringLiteral("napdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("NAP Desk"));
    QApplication::setApplicationVersion(QStringLiteral(NAP_VERSION));
    QApplication app(argc, argv);
    // QApplication sets the C locale from the environment; the spreadsheet writer needs
    // a '.' decimal point.
    std::setlocale(LC_NUMERIC, "C");
    // The installed desktop entry (resources/): docks and Wayland match the window to it.
    QApplication::setDesktopFileName(QStringLiteral("io.github.napdesk.NapDesk"));
    WheelGuard::install();

    InterfaceFont::installKaiSubstitutions();
    Settings settings;
    LanguageManager languages;
    languages.setLanguage(startLanguage(requestedLanguage(QApplication::arguments()), settings));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "napdesk", "NAP Desk: drafting the commitments of the Open Government National Action Plan"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("napdesk", "Interface language: zh_TW or en."),
                      QCoreApplication::translate("napdesk", "language")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("napdesk", "The workspace to open."),
                                 QCoreApplication::translate("napdesk", "[FILE]"));
    parser.process(app);

    MainWindow window(settings, languages);
    const QString workspace = startWorkspace(parser, settings);
    if (!workspace.isEmpty())
        window.openFile(workspace);
    window.show();
    // The startup benchmark times the whole process: quit once the window is up and the
    // event loop runs.
    if (qEnvironmentVariableIsSet("NAPDESK_QUIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
