#include "AppTestHelper.h"

#include "AboutDialog.h"
#include "MainActions.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimer>

using namespace nap::ui;
using nap::test::AppFixture;

// Help → About: version and build date, the licence, and the notices the libraries require.
class TestAbout : public QObject
{
    Q_OBJECT

private slots:
    void showsVersionAndBuildDate();
    void carriesLicenceAndNotices();
    void followsTheInterfaceLanguage();
    void opensFromTheHelpMenu();
    void versionNeedsNoDisplay();
};

void TestAbout::showsVersionAndBuildDate()
{
    QCOMPARE(AboutDialog::version(), QStringLiteral(NAP_VERSION));
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))
                 .match(AboutDialog::buildDate())
                 .hasMatch(),
             qPrintable(AboutDialog::buildDate()));
    AboutDialog dialog;
    const QString details = dialog.findChild<QLabel *>(QStringLiteral("aboutDetails"))->text();
    QVERIFY2(details.contains(QStringLiteral(NAP_VERSION)), qPrintable(details));
    QVERIFY2(details.contains(AboutDialog::buildDate()), qPrintable(details));
}

void TestAbout::carriesLicenceAndNotices()
{
    QVERIFY(AboutDialog::licenseText().contains(QLatin1String("Apache License")));
    const QString notices = AboutDialog::noticesText();
    for (const char *required : {"Qt 6", "GNU Lesser General Public License", "libzip", "BSD-3-Clause",
                                 "libxlsxwriter", "BSD-2-Clause", "SQLite", "public domain"})
        QVERIFY2(notices.contains(QLatin1String(required)), required);
    AboutDialog dialog;
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("aboutNotices"))->toPlainText(), notices);
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("aboutLicense"))->toPlainText(),
             AboutDialog::licenseText());
}

void TestAbout::followsTheInterfaceLanguage()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(LanguageManager::chinese()));
    AboutDialog dialog;
    auto *tabs = dialog.findChild<QTabWidget *>();
    QCOMPARE(tabs->tabText(1), QStringLiteral("第三方授權聲明"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("關於 NAP Desk"));
    languages.setLanguage(LanguageManager::english());
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Third-party notices")); // LanguageChange is posted
}

void TestAbout::opensFromTheHelpMenu()
{
    AppFixture fixture;
    auto window = fixture.window(QString());
    QVERIFY(window);
    QString shown;
    // The dialog is modal: look at it and close it from inside its event loop.
    QTimer::singleShot(0, this, [&shown] {
        if (auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
            shown = dialog->findChild<QLabel *>(QStringLiteral("aboutDetails"))->text();
            dialog->reject();
        }
    });
    window->actions()->about->trigger();
    QVERIFY2(shown.contains(QStringLiteral(NAP_VERSION)), qPrintable(shown));
}

void TestAbout::versionNeedsNoDisplay()
{
    // Right after installing, over SSH or in a script: no X, no Wayland, no platform plugin.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));
    QProcess gui;
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(NAP_GUI), {QStringLiteral("--version")});
    QVERIFY(gui.waitForFinished(30000));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(gui.readAllStandardOutput()), QStringLiteral("napdesk " NAP_VERSION "\n"));
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
