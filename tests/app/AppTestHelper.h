#pragma once

#include "LanguageManager.h"
#include "MainWindow.h"
#include "Settings.h"
#include "WorkspaceDocument.h"
#include "sample/SamplePlan.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace nap::test {

// A temporary folder with a fresh sample workspace and private settings, and main
// windows opened on it; GUI tests never touch the user's files.
class AppFixture
{
public:
    AppFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        Error error;
        sample = dir.filePath(QStringLiteral("sample.napdesk"));
        if (!SamplePlan::writeWorkspace(sample, &error))
            qFatal("cannot write the sample workspace: %s", qPrintable(error.message()));
        settings = std::make_unique<ui::Settings>(dir.filePath(QStringLiteral("settings.ini")));
        languages.setLanguage(QStringLiteral("en"));
    }

    std::unique_ptr<ui::MainWindow> window(const QString &path)
    {
        auto w = std::make_unique<ui::MainWindow>(*settings, languages);
        w->resize(1300, 850);
        w->show();
        QApplication::setActiveWindow(w.get());
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("window not exposed");
        if (!path.isEmpty() && !w->openFile(path))
            return nullptr;
        return w;
    }

    QTemporaryDir dir;
    QString sample;
    std::unique_ptr<ui::Settings> settings;
    ui::LanguageManager languages;
};

// The uuid of the commitment numbered code (e.g. "1-2") in the window's document, or "".
inline QString uuidOf(ui::MainWindow &w, const QString &code)
{
    for (const Commitment &c : w.document()->commitments()) {
        if (c.code == code)
            return c.uuid;
    }
    qWarning("no commitment %s", qPrintable(code));
    return {};
}

} // namespace nap::test
