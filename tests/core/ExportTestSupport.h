#pragma once

// Shared by the tst_export*.cpp suites: fixtures and the independent checkers
// (jing, /usr/bin/python3 with odfpy and openpyxl, LibreOffice, poppler-utils).

#include "TestPaths.h"
#include "export/Exporter.h"
#include "sample/SamplePlan.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace nap::test {

struct ToolResult
{
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ToolResult runTool(const QString &program, const QStringList &args,
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                          int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ToolResult r;
    r.started = p.waitForStarted(10000);
    if (!r.started)
        return r;
    p.waitForFinished(timeoutMs);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

// Runs one of tests/data/export/*.py on a file and parses its JSON.
inline QJsonObject dump(const QString &script, const QString &file, QString *problem)
{
    const ToolResult r = runTool(python(), {TestPaths::data(QStringLiteral("export/") + script), file});
    if (r.exitCode != 0) {
        *problem = QString::fromUtf8(r.err.right(2000));
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    if (pe.error != QJsonParseError::NoError)
        *problem = pe.errorString();
    return doc.object();
}

inline QByteArray zipEntry(const QString &file, const QString &entry)
{
    const ToolResult r = runTool(
        python(), {QStringLiteral("-c"),
                   QStringLiteral("import sys,zipfile;"
                                  "sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
                   file, entry});
    return r.out;
}

inline QString schemaDir()
{
    return TestPaths::shared(QStringLiteral("odf-schema"));
}

// jing -i on the XML streams of an ODF package; returns jing's complaints ("" = valid).
inline QString jingProblems(const QString &package, const QString &workDir)
{
    QDir dir(workDir);
    dir.mkpath(QStringLiteral("x"));
    QStringList streams;
    for (const char *name : {"content.xml", "styles.xml", "meta.xml", "settings.xml"}) {
        const QByteArray data = zipEntry(package, QLatin1String(name));
        if (data.isEmpty())
            continue;
        QFile f(dir.filePath(QStringLiteral("x/") + QLatin1String(name)));
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + f.fileName();
        f.write(data);
        streams.append(f.fileName());
    }
    QFile manifest(dir.filePath(QStringLiteral("x/manifest.xml")));
    if (!manifest.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write manifest");
    manifest.write(zipEntry(package, QStringLiteral("META-INF/manifest.xml")));
    manifest.close();
    QString problems;
    const ToolResult a = runTool(
        QStringLiteral("jing"),
        QStringList{QStringLiteral("-i"), schemaDir() + QStringLiteral("/OpenDocument-v1.2-os-schema.rng")} +
            streams);
    if (a.exitCode != 0)
        problems += QString::fromUtf8(a.out + a.err);
    const ToolResult b = runTool(QStringLiteral("jing"),
                                 {QStringLiteral("-i"),
                                  schemaDir() + QStringLiteral("/OpenDocument-v1.2-os-manifest-schema.rng"),
                                  manifest.fileName()});
    if (b.exitCode != 0)
        problems += QString::fromUtf8(b.out + b.err);
    if (!a.started || !b.started)
        problems += QStringLiteral("jing did not start");
    return problems;
}

inline QDateTime fixedTime(int seconds = 0)
{
    return QDateTime(QDate(2025, 3, 20), QTime(8, 0), Qt::UTC).addSecs(seconds);
}

inline LocalizedText bilingual(const QString &zh, const QString &en)
{
    LocalizedText t;
    t.zh = zh;
    t.en = en;
    t.zhEdited = t.enEdited = fixedTime();
    return t;
}

// A commitment with a distinct, findable text in every field ("F-problem-zh" style markers).
inline Commitment markedCommitment(const QString &areaUuid, const QString &code)
{
    Commitment c;
    c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.areaUuid = areaUuid;
    c.code = code;
    c.leadAgency = QStringLiteral("moi");
    c.coAgencies = {QStringLiteral("cy")};
    c.start = YearMonth(2025, 3);
    c.end = YearMonth(2028, 12);
    c.setClaimed(CoreValue::Transparency, true);
    c.setClaimed(CoreValue::Accountability, true);
    c.contactPhone = QStringLiteral("02-2316-5300#123");
    c.contactEmail = QStringLiteral("officer@example.gov.tw");
    c.status = CommitmentStatus::Ready;
    c.created = fixedTime();
    c.modified = fixedTime(3600);
    for (Field f : Fields::textFields()) {
        const QString id = Fields::code(f);
        c.text(f) = bilingual(QStringLiteral("欄位%1中文").arg(id), QStringLiteral("F-%1-en").arg(id));
    }
    for (int i = 0; i < 3; ++i) {
        Milestone m;
        m.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.description = bilingual(QStringLiteral("完成第%1項草案").arg(i + 1),
                                  QStringLiteral("Draft %1 done").arg(i + 1));
        m.expectedOutput =
            bilingual(QStringLiteral("產出%1").arg(i + 1), QStringLiteral("Output %1").arg(i + 1));
        m.start = YearMonth(2025, 3 + i);
        m.end = YearMonth(2026, 1 + i);
        m.responsibleAgency = i == 1 ? QStringLiteral("新北市政府") : QStringLiteral("moj");
        m.completion = Completion::Limited;
        c.milestones.append(m);
    }
    return c;
}

inline ExportInput sampleInput()
{
    const SamplePlan s = SamplePlan::build();
    return ExportInput{s.plan, s.areas, s.commitments, {}};
}

inline ExportRequest request(ExportRequest::Format format, ExportRequest::Mode mode, const QString &target)
{
    ExportRequest r;
    r.format = format;
    r.mode = mode;
    r.calendar = ExportRequest::defaultCalendar(mode);
    r.targetPath = target;
    r.exportingAgency = QStringLiteral("ndc");
    return r;
}

inline QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.part"), QStringLiteral(".*.part")},
                               QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace nap::test
