#include "TestPaths.h"
#include "text/TranslationLoader.h"

#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace nap;
using nap::test::TestPaths;

namespace {

struct TsCounts
{
    int messages = 0;
    int unfinished = 0;
    int obsolete = 0;
    QStringList examples; // a few offending source texts, for the failure message
};

TsCounts countTs(const QString &path)
{
    TsCounts counts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return counts;
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++counts.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const bool bad = type == QLatin1String("unfinished");
            const bool gone = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            counts.unfinished += bad;
            counts.obsolete += gone;
            if ((bad || gone) && counts.examples.size() < 10)
                counts.examples.append(source);
        }
    }
    return counts;
}

QString lupdate()
{
    return QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
}

QString sourcesList()
{
    return QStringLiteral(NAP_BINARY_DIR "/translations/napdesk_sources.lst");
}

// Runs lupdate over the build's source list on a copy of a committed .ts file.
TsCounts refreshedCopy(const QString &tsName, const QStringList &extra, QTemporaryDir &dir)
{
    const QString copy = dir.filePath(tsName);
    QFile::remove(copy);
    QFile::copy(TestPaths::source(QStringLiteral("translations/") + tsName), copy);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(NAP_SOURCE_DIR));
    p.start(lupdate(), QStringList{QStringLiteral("-locations"), QStringLiteral("none")} + extra +
                           QStringList{QLatin1Char('@') + sourcesList(), QStringLiteral("-ts"), copy});
    p.waitForFinished(120000);
    return countTs(copy);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyTranslatableFileReachesLupdate();
    void chineseIsCompleteAndCurrent();
    void englishPluralsAreComplete();
    void catalogueIsEmbeddedAndLoads();
    void defaultLanguageFollowsTheSystem_data();
    void defaultLanguageFollowsTheSystem();
};

void TestTranslations::everyTranslatableFileReachesLupdate()
{
    QFile list(sourcesList());
    QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(sourcesList()));
    const QStringList listed = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList missing;
    static const QRegularExpression marker(
        QStringLiteral("\\btr\\(|translate\\(|QT_TR_NOOP|QT_TRANSLATE_NOOP"));
    for (const QString &top : {QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("forms")}) {
        QDirIterator it(TestPaths::source(top),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const bool translatable =
                file.endsWith(QLatin1String(".ui")) || QString::fromUtf8(f.readAll()).contains(marker);
            if (translatable && !listed.contains(file))
                missing.append(file);
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("Not seen by lupdate: ") + missing.join(QLatin1String(", "))));
}

void TestTranslations::chineseIsCompleteAndCurrent()
{
    QTemporaryDir dir;
    const TsCounts c = refreshedCopy(QStringLiteral("napdesk_zh_TW.ts"), {}, dir);
    QVERIFY(c.messages > 0);
    QVERIFY2(c.unfinished == 0, qPrintable(QStringLiteral("%1 strings lack a zh_TW translation, e.g.: %2")
                                               .arg(c.unfinished)
                                               .arg(c.examples.join(QLatin1String(" | ")))));
    QVERIFY2(c.obsolete == 0, qPrintable(QStringLiteral("%1 obsolete entries in napdesk_zh_TW.ts: %2")
                                             .arg(c.obsolete)
                                             .arg(c.examples.join(QLatin1String(" | ")))));
}

void TestTranslations::englishPluralsAreComplete()
{
    QTemporaryDir dir;
    const TsCounts c = refreshedCopy(QStringLiteral("napdesk_en.ts"), {QStringLiteral("-pluralonly")}, dir);
    QVERIFY2(c.unfinished == 0 && c.obsolete == 0,
             qPrintable(QStringLiteral("napdesk_en.ts: %1 unfinished, %2 obsolete plural forms: %3")
                            .arg(c.unfinished)
                            .arg(c.obsolete)
                            .arg(c.examples.join(QLatin1String(" | ")))));
}

void TestTranslations::catalogueIsEmbeddedAndLoads()
{
    QTranslator app;
    QTranslator qt;
    QVERIFY(TranslationLoader::load(QStringLiteral("zh_TW"), &app, &qt));
    QVERIFY(!app.isEmpty());
    QVERIFY2(!qt.isEmpty(), "qtbase_zh_TW.qm (package qt6-translations-l10n) is missing");
    QCOMPARE(app.translate("nap::Error", "The file does not exist."), QStringLiteral("檔案不存在。"));
    QVERIFY(!TranslationLoader::load(QStringLiteral("fr"), &app, &qt));
}

void TestTranslations::defaultLanguageFollowsTheSystem_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Taiwan") << QStringLiteral("zh_TW") << QStringLiteral("zh_TW");
    QTest::newRow("Hong Kong") << QStringLiteral("zh_HK") << QStringLiteral("zh_TW");
    QTest::newRow("Traditional script") << QStringLiteral("zh_Hant_SG") << QStringLiteral("zh_TW");
    QTest::newRow("Simplified") << QStringLiteral("zh_CN") << QStringLiteral("en");
    QTest::newRow("English") << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("en");
}

void TestTranslations::defaultLanguageFollowsTheSystem()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(TranslationLoader::defaultLanguage(QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
