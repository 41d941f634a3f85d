// napdesk-cli import: exit codes, the JSON preview, --dry-run and --take, refused files.
#include "CliTestSupport.h"
#include "ExportTestSupport.h"
#include "store/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace nap;
using namespace nap::test;

namespace {

// The first commitment of the first file in a JSON preview.
QJsonObject firstItem(const Run &run)
{
    const QJsonObject file = run.json().value(QStringLiteral("files")).toArray().at(0).toObject();
    return file.value(QStringLiteral("commitments")).toArray().at(0).toObject();
}

int commitmentsIn(const QString &path)
{
    Error error;
    const auto ws = Workspace::open(path, Workspace::Mode::ReadOnly, &error);
    return ws ? int(ws->commitments().size()) : -1;
}

} // namespace

class tst_ImportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usage();
    void dryRunJson();
    void importText();
    void takeTheirs();
    void refusedFile();
    void handFilledForms();
    void folder();

private:
    QTemporaryDir m_dir;
    QString m_xlsx;
    QString m_ods;
    ExportInput m_input;
};

void tst_ImportCli::initTestCase()
{
    m_input = sampleInput();
    m_xlsx = m_dir.filePath(QStringLiteral("moj.xlsx"));
    m_ods = m_dir.filePath(QStringLiteral("moenv.ods"));
    Error error;
    QVERIFY(Exporter::run(request(ExportRequest::Format::Xlsx, ExportRequest::Mode::Bilingual, m_xlsx),
                          m_input, &error));
    QVERIFY(Exporter::run(request(ExportRequest::Format::Ods, ExportRequest::Mode::Chinese, m_ods), m_input,
                          &error));
}

void tst_ImportCli::usage()
{
    const QString ws = m_dir.filePath(QStringLiteral("usage.napdesk"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("import"), m_xlsx}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--take"),
                  QStringLiteral("both"), m_xlsx})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
                  QStringLiteral("xml"), m_xlsx})
                 .exitCode,
             2);
    // A preview needs a workspace to compare with.
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--dry-run"),
                  m_xlsx})
                 .exitCode,
             2);
    QVERIFY(!QFileInfo::exists(ws));
    const Run help = cli({QStringLiteral("import"), QStringLiteral("--help")}, QStringLiteral("en_US.UTF-8"));
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--take theirs|mine"));
}

void tst_ImportCli::dryRunJson()
{
    const QString ws = m_dir.filePath(QStringLiteral("dry.napdesk"));
    Error error;
    QVERIFY(Workspace::create(ws, &error));
    const Run r =
        cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--dry-run"),
             QStringLiteral("--format"), QStringLiteral("json"), m_xlsx, m_ods});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QVERIFY2(o.value(QStringLiteral("dryRun")).toBool(), r.out.constData());
    const QJsonArray files = o.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    const QJsonObject first = files.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("moj.xlsx"));
    QCOMPARE(first.value(QStringLiteral("sha256")).toString().size(), 64);
    QCOMPARE(first.value(QStringLiteral("counts")).toObject().value(QStringLiteral("new")).toInt(),
             int(m_input.commitments.size()));
    QCOMPARE(first.value(QStringLiteral("commitments")).toArray().size(), int(m_input.commitments.size()));
    QSet<QString> used;
    for (const Commitment &c : m_input.commitments)
        used.insert(c.areaUuid);
    QCOMPARE(o.value(QStringLiteral("newAreas")).toArray().size(), used.size());
    QCOMPARE(commitmentsIn(ws), 0);
}

void tst_ImportCli::importText()
{
    const QString ws = m_dir.filePath(QStringLiteral("text.napdesk"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, m_xlsx});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("moj.xlsx"), r.out.constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("新增")), r.out.constData()); // translated
    QCOMPARE(commitmentsIn(ws), int(m_input.commitments.size()));
    const Run again = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                           QStringLiteral("--format"), QStringLiteral("json"), m_xlsx});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject counts = again.json()
                                   .value(QStringLiteral("files"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("counts"))
                                   .toObject();
    QCOMPARE(counts.value(QStringLiteral("unchanged")).toInt(), int(m_input.commitments.size()));
    QCOMPARE(again.json().value(QStringLiteral("written")).toBool(true), false);
    const Run english = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, m_xlsx},
                            QStringLiteral("en_US.UTF-8"));
    QVERIFY2(english.out.contains("unchanged"), english.out.constData());
}

// A conflict: kept by default, taken with --take theirs.
void tst_ImportCli::takeTheirs()
{
    const QString ws = m_dir.filePath(QStringLiteral("take.napdesk"));
    QDir(m_dir.path()).mkpath(QStringLiteral("v2"));
    const QString v2 = m_dir.filePath(QStringLiteral("v2/moj.xlsx"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, m_xlsx}).exitCode, 0);
    ExportInput changed = m_input;
    changed.commitments[0].text(Field::Brief).en = QStringLiteral("Theirs");
    Error error;
    QVERIFY(Exporter::run(request(ExportRequest::Format::Xlsx, ExportRequest::Mode::Bilingual, v2), changed,
                          &error));
    {
        auto w = Workspace::open(ws, Workspace::Mode::ReadWrite, &error);
        QVERIFY(w);
        Commitment c = *w->commitment(changed.commitments.at(0).uuid);
        c.text(Field::Brief).en = QStringLiteral("Mine");
        QVERIFY(w->saveCommitment(c, &error));
    }
    const Run preview =
        cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--dry-run"),
             QStringLiteral("--format"), QStringLiteral("json"), v2});
    QCOMPARE(preview.exitCode, 0);
    const QJsonObject item = firstItem(preview);
    QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("conflict"));
    const QJsonObject field = item.value(QStringLiteral("fields")).toArray().at(0).toObject();
    QCOMPARE(field.value(QStringLiteral("field")).toString(), QStringLiteral("brief"));
    QCOMPARE(field.value(QStringLiteral("mine")).toObject().value(QStringLiteral("en")).toString(),
             QStringLiteral("Mine"));
    QCOMPARE(field.value(QStringLiteral("theirs")).toObject().value(QStringLiteral("en")).toString(),
             QStringLiteral("Theirs"));
    QCOMPARE(field.value(QStringLiteral("take")).toString(), QStringLiteral("mine"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--take"),
                  QStringLiteral("theirs"), v2})
                 .exitCode,
             0);
    auto w = Workspace::open(ws, Workspace::Mode::ReadOnly, &error);
    QCOMPARE(w->commitment(changed.commitments.at(0).uuid)->text(Field::Brief).en, QStringLiteral("Theirs"));
}

void tst_ImportCli::refusedFile()
{
    const QString ws = m_dir.filePath(QStringLiteral("refused.napdesk"));
    Error error;
    QVERIFY(Workspace::create(ws, &error));
    const QString bad = m_dir.filePath(QStringLiteral("hostile.ods"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a zip at all");
    f.close();
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, m_xlsx, bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("hostile.ods")), qPrintable(r.err));
    QCOMPARE(commitmentsIn(ws), 0);
}

// A hand-filled form: the JSON says how it matched and what was not placed; --match makes
// the officer's match; a --match naming nothing imported is wrong usage and changes nothing.
void tst_ImportCli::handFilledForms()
{
    const QString ws = m_dir.filePath(QStringLiteral("forms.napdesk"));
    QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("--out"), ws}).exitCode, 0);
    const QString form = QStringLiteral(NAP_TEST_DATA "/forms/headings-en.odt");
    const auto preview = [&](const QStringList &extra) {
        return cli(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                               QStringLiteral("--dry-run"), QStringLiteral("--format"),
                               QStringLiteral("json")} +
                   extra + QStringList{form});
    };
    Run r = preview({});
    QCOMPARE(r.exitCode, 0);
    QJsonObject file = r.json().value(QStringLiteral("files")).toArray().at(0).toObject();
    QVERIFY(file.value(QStringLiteral("handFilled")).toBool());
    QCOMPARE(file.value(QStringLiteral("unplaced")).toArray().size(), 3);
    QJsonObject item = firstItem(r);
    QCOMPARE(item.value(QStringLiteral("match")).toString(), QStringLiteral("none"));
    QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("new"));

    r = preview({QStringLiteral("--match"), QStringLiteral("headings-en.odt=1-2")});
    QCOMPARE(r.exitCode, 0);
    item = firstItem(r);
    QCOMPARE(item.value(QStringLiteral("match")).toString(), QStringLiteral("officer"));
    QCOMPARE(item.value(QStringLiteral("code")).toString(), QStringLiteral("1-2"));
    QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("changed"));

    const int before = commitmentsIn(ws);
    for (const QString &bad : {QStringLiteral("other.odt=1-2"), QStringLiteral("headings-en.odt=9-9"),
                               QStringLiteral("headings-en.odt#2=1-2"), QStringLiteral("1-2")}) {
        const Run wrong = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                               QStringLiteral("--match"), bad, form});
        QVERIFY2(wrong.exitCode == 2, qPrintable(bad));
        QVERIFY(wrong.err.contains(QStringLiteral("--match")));
    }
    QCOMPARE(commitmentsIn(ws), before);
    const Run imported = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, form});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(commitmentsIn(ws), before + 1);
}

// A folder stands for the agency files in it: not its subfolders, other documents, office lock
// files or the target workspace; a folder with none is refused and nothing is written.
void tst_ImportCli::folder()
{
    const QString inbox = m_dir.filePath(QStringLiteral("inbox"));
    QVERIFY(QDir().mkpath(inbox + QStringLiteral("/older")));
    QVERIFY(QFile::copy(m_xlsx, inbox + QStringLiteral("/moj.xlsx")));
    QVERIFY(QFile::copy(m_ods, inbox + QStringLiteral("/moenv.ods")));
    QVERIFY(QFile::copy(m_xlsx, inbox + QStringLiteral("/older/moj-v1.xlsx")));
    QVERIFY(QFile::copy(m_xlsx, inbox + QStringLiteral("/~$moj.xlsx")));
    QFile notes(inbox + QStringLiteral("/notes.pdf"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("%PDF-1.4");
    notes.close();
    const QString ws = inbox + QStringLiteral("/consolidated.napdesk");
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                       QStringLiteral("--format"), QStringLiteral("json"), inbox});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList names;
    for (const QJsonValue &f : r.json().value(QStringLiteral("files")).toArray())
        names.append(f.toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(names, (QStringList{QStringLiteral("moenv.ods"), QStringLiteral("moj.xlsx")}));
    QCOMPARE(commitmentsIn(ws), int(m_input.commitments.size()));
    // Again, with the workspace now in the folder: it is not its own source.
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, inbox}).exitCode, 0);

    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    const QString other = m_dir.filePath(QStringLiteral("other.napdesk"));
    const Run none = cli({QStringLiteral("import"), QStringLiteral("--workspace"), other, empty});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(QStringLiteral("empty")), qPrintable(none.err));
    QVERIFY(!QFileInfo::exists(other) || commitmentsIn(other) == 0);
}

QTEST_GUILESS_MAIN(tst_ImportCli)
#include "tst_importcli.moc"
