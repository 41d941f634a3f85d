#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Settings.h"
#include "WorkspaceOpener.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <clocale>

using namespace nap::ui;

namespace {

QString startLanguage(const QCommandLineParser &parser, Settings &settings)
{
    if (parser.isSet(QStringLiteral("lang")))
        return parser.value(QStringLiteral("lang")); // this session only
    QString language = settings.language();
    if (language.isEmpty()) {
        language = LanguageManager::defaultLanguageFor(QLocale::system());
        settings.setValue(Settings::Key::Language, language);
    }
    return language;
}

QString startWorkspace(const QCommandLineParser &parser, Settings &settings, QWidget *window)
{
    if (!parser.positionalArguments().isEmpty())
        return parser.positionalArguments().constFirst();
    const QString last = settings.value(Settings::Key::LastWorkspace).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    // First start: a copy of the sample plan, so there is something to explore at once.
    const QString path = WorkspaceOpener::defaultWorkspacePath();
    return WorkspaceOpener::ensureSample(window, path) ? path : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("napdesk"));
    QApplication::setApplicationName(QStringLiteral("napdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("NAP Desk"));
    QApplication::setApplicationVersion(QStringLiteral(NAP_VERSION));
    QApplication app(argc, argv);
    // QApplication sets the C locale from the environment; the spreadsheet writer needs
    // a '.' decimal point.
    std::setlocale(LC_NUMERIC, "C");
    QApplication::setDesktopFileName(QStringLiteral("napdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("NAP Desk: Open Government National Action Plan commitments"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: zh_TW or en."),
                      QStringLiteral("language")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    InterfaceFont::installKaiSubstitutions();
    Settings settings;
    LanguageManager languages;
    languages.setLanguage(startLanguage(parser, settings));

    MainWindow window(settings, languages);
    const QString workspace = startWorkspace(parser, settings, &window);
    if (!workspace.isEmpty())
        window.openFile(workspace);
    window.show();
    // The startup benchmark times the whole process: quit once the window is up and the
    // event loop runs.
    if (qEnvironmentVariableIsSet("NAPDESK_QUIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
