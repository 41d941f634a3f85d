#include "TestPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using nap::test::TestPaths;

// The house rules of architecture.md that a machine can check.
class TestStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coreNeverUsesWidgets();
    void headersUsePragmaOnce();
    void sourcesAreClangFormatted();

private:
    QStringList m_sources; // every .cpp/.h under core, app, tests, benchmarks
};

void TestStyle::initTestCase()
{
    for (const QString &top : {QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("tests"),
                               QStringLiteral("benchmarks")}) {
        QDirIterator it(TestPaths::source(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            m_sources.append(it.next());
    }
    QVERIFY(m_sources.size() > 20);
}

void TestStyle::coreNeverUsesWidgets()
{
    static const QRegularExpression widgets(QStringLiteral(
        "#include\\s*<(QtWidgets|QWidget|QMessageBox|QDialog|QApplication|QMainWindow|QFileDialog)"));
    QStringList offenders;
    for (const QString &file : std::as_const(m_sources)) {
        if (!file.contains(QLatin1String("/core/")) || file.contains(QLatin1String("/tests/")))
            continue;
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        if (QString::fromUtf8(f.readAll()).contains(widgets))
            offenders.append(file);
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1String(", "))));
}

void TestStyle::headersUsePragmaOnce()
{
    QStringList offenders;
    for (const QString &file : std::as_const(m_sources)) {
        if (!file.endsWith(QLatin1String(".h")))
            continue;
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        if (!f.readAll().startsWith("#pragma once"))
            offenders.append(file);
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1String(", "))));
}

void TestStyle::sourcesAreClangFormatted()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("clang-format"));
    if (tool.isEmpty())
        QSKIP("clang-format is not installed (scripts/setup.sh installs it)");
    QStringList offenders;
    for (const QString &file : std::as_const(m_sources)) {
        QProcess p;
        p.start(tool,
                {QStringLiteral("--dry-run"), QStringLiteral("--Werror"),
                 QStringLiteral("--style=file:") + TestPaths::source(QStringLiteral(".clang-format")), file});
        QVERIFY(p.waitForFinished(30000));
        if (p.exitCode() != 0)
            offenders.append(file);
    }
    QVERIFY2(offenders.isEmpty(),
             qPrintable(QStringLiteral("Run clang-format -i on: ") + offenders.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestStyle)
#include "tst_style.moc"
