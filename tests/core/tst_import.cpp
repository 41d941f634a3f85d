// Consolidation: NAP Desk workbooks and workspaces imported into a workspace. Round trips in
// both formats and all languages, changes against conflicts, --take, one transaction for the
// whole import, provenance and restore.
#include "ExportTestSupport.h"
#include "import/ImportApply.h"
#include "import/ImportPlan.h"
#include "io/AccountName.h"
#include "sample/SampleGenerator.h"
#include "store/Provenance.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace nap;
using namespace nap::test;

namespace {

QString sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

int rows(Workspace &ws, const QString &table)
{
    QSqlQuery q(QSqlDatabase::database(ws.connectionName()));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

int areaNumber(const QList<Area> &areas, const QString &uuid)
{
    for (const Area &a : areas) {
        if (a.uuid == uuid)
            return a.number;
    }
    return -1;
}

QString exportFile(const QString &path, const ExportInput &input,
                   ExportRequest::Mode mode = ExportRequest::Mode::Bilingual)
{
    const auto format =
        path.endsWith(QLatin1String(".ods")) ? ExportRequest::Format::Ods : ExportRequest::Format::Xlsx;
    Error error;
    return Exporter::run(request(format, mode, path), input, &error) ? QString() : error.message();
}

bool import(Workspace &ws, const QStringList &files, ImportPlan *plan, ImportApply::Result *result,
            Error *error, const ImportChoices &choices = {})
{
    return ImportPlan::build(ws, files, plan, error) && ImportApply::run(ws, *plan, choices, result, error);
}

// A new workspace in dir with `file` (exported from input) imported into it.
std::unique_ptr<Workspace> importedInto(const QTemporaryDir &dir, const QString &file,
                                        const ExportInput &input)
{
    Error error;
    if (!exportFile(file, input).isEmpty())
        return nullptr;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ndc.napdesk")), &error);
    ImportPlan plan;
    ImportApply::Result result;
    return ws && import(*ws, {file}, &plan, &result, &error) ? std::move(ws) : nullptr;
}

const ImportPlan::Item *itemFor(const ImportPlan &plan, const QString &uuid)
{
    for (const ImportPlan::FilePlan &f : plan.files) {
        for (const ImportPlan::Item &i : f.items) {
            if (i.theirs.uuid == uuid)
                return &i;
        }
    }
    return nullptr;
}

} // namespace

class tst_Import : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void workspaceSource();
    void changesAndConflicts();
    void takeTheirs();
    void allOrNothing();
    void transactionRollsBack();
    void refusedInput();
    void provenanceAndRestore();
    void createdCommitmentHistory();
    void milestonesJsonAsQt();
    void olderWorkspaceUpgrades();
};

void tst_Import::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("mode");
    for (const char *ext : {"xlsx", "ods"}) {
        QTest::addRow("%s zh", ext) << QStringLiteral("plan.%1").arg(QLatin1String(ext))
                                    << int(ExportRequest::Mode::Chinese);
        QTest::addRow("%s en", ext) << QStringLiteral("plan.%1").arg(QLatin1String(ext))
                                    << int(ExportRequest::Mode::English);
        QTest::addRow("%s both", ext)
            << QStringLiteral("plan.%1").arg(QLatin1String(ext)) << int(ExportRequest::Mode::Bilingual);
    }
}

// Exported, then imported into an empty workspace: every field identical; imported again
// unchanged: every commitment unchanged and nothing written.
void tst_Import::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(int, mode);
    QTemporaryDir dir;
    const ExportInput input = sampleInput();
    const QString file = dir.filePath(name);
    QCOMPARE(exportFile(file, input, ExportRequest::Mode(mode)), QString());
    Error error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ndc.napdesk")), &error);
    QVERIFY(ws);
    ImportPlan plan;
    ImportApply::Result result;
    QVERIFY2(import(*ws, {file}, &plan, &result, &error), qPrintable(error.message()));
    QCOMPARE(plan.files.size(), 1);
    QCOMPARE(plan.files.at(0).count(ImportPlan::Kind::New), int(input.commitments.size()));
    QCOMPARE(result.inserted, int(input.commitments.size()));
    QSet<QString> used;
    for (const Commitment &c : input.commitments)
        used.insert(c.areaUuid);
    QCOMPARE(result.areasCreated.size(), used.size());
    const QList<Area> areas = ws->areas();
    for (const Commitment &original : input.commitments) {
        const std::optional<Commitment> back = ws->commitment(original.uuid);
        QVERIFY2(back, qPrintable(original.code));
        for (Field f : FieldValues::compared()) {
            const FieldValues::Value want =
                FieldValues::get(original, f, areaNumber(input.areas, original.areaUuid));
            const FieldValues::Value have = FieldValues::get(*back, f, areaNumber(areas, back->areaUuid));
            QVERIFY2(want == have, qPrintable(original.code + QLatin1Char(' ') + Fields::code(f)));
        }
        QCOMPARE(back->modified, original.modified);
        QCOMPARE(back->milestones.size(), original.milestones.size());
    }
    const int events = rows(*ws, QStringLiteral("import_event"));
    const int history = rows(*ws, QStringLiteral("field_history"));
    ImportPlan again;
    ImportApply::Result second;
    QVERIFY2(import(*ws, {file}, &again, &second, &error), qPrintable(error.message()));
    QCOMPARE(again.files.at(0).count(ImportPlan::Kind::Unchanged), int(input.commitments.size()));
    QVERIFY(!second.written);
    QCOMPARE(rows(*ws, QStringLiteral("import_event")), events);
    QCOMPARE(rows(*ws, QStringLiteral("field_history")), history);
}

// Another workspace as the source: read without a change to its bytes, every field identical.
void tst_Import::workspaceSource()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("agency.napdesk"));
    Error error;
    QVERIFY(SampleGenerator::writeWorkspace(source, 6, 3, &error));
    const QString before = sha256(source);
    QList<Commitment> originals;
    QList<Area> originalAreas;
    {
        auto src = Workspace::open(source, Workspace::Mode::ReadOnly, &error);
        QVERIFY(src);
        originals = src->commitments();
        originalAreas = src->areas();
    }
    QCOMPARE(sha256(source), before);
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ndc.napdesk")), &error);
    QVERIFY(ws);
    ImportPlan plan;
    ImportApply::Result result;
    QVERIFY2(import(*ws, {source}, &plan, &result, &error), qPrintable(error.message()));
    QCOMPARE(result.inserted, 6);
    QCOMPARE(sha256(source), before);
    QVERIFY(!QFileInfo::exists(source + QStringLiteral("-wal")) ||
            QFileInfo(source + QStringLiteral("-wal")).size() == 0);
    const QList<Area> areas = ws->areas();
    for (const Commitment &o : originals) {
        const auto back = ws->commitment(o.uuid);
        QVERIFY(back);
        for (Field f : FieldValues::compared())
            QVERIFY2(FieldValues::get(o, f, areaNumber(originalAreas, o.areaUuid)) ==
                         FieldValues::get(*back, f, areaNumber(areas, back->areaUuid)),
                     qPrintable(Fields::code(f)));
    }
    // The target itself is never a source.
    QVERIFY(!ImportPlan::build(*ws, {ws->path()}, &plan, &error));
    QCOMPARE(error.code, Error::InvalidInput);
}

// The file changed one commitment (changed), the file and the workspace both changed another
// (conflict: mine kept by default), the workspace alone changed a third (unchanged, mine kept).
void tst_Import::changesAndConflicts()
{
    QTemporaryDir dir;
    ExportInput input = sampleInput();
    QVERIFY(input.commitments.size() >= 3);
    const QString first = dir.filePath(QStringLiteral("a/agency.xlsx"));
    const QString second = dir.filePath(QStringLiteral("b/agency.xlsx"));
    QDir(dir.path()).mkpath(QStringLiteral("a"));
    QDir(dir.path()).mkpath(QStringLiteral("b"));
    auto ws = importedInto(dir, first, input);
    QVERIFY(ws);
    Error error;

    const QString c0 = input.commitments.at(0).uuid, c1 = input.commitments.at(1).uuid,
                  c2 = input.commitments.at(2).uuid;
    input.commitments[0].text(Field::Problem).zh = QStringLiteral("檔案改過的問題");
    input.commitments[0].text(Field::Problem).en = QStringLiteral("Problem changed in the file");
    input.commitments[1].text(Field::Budget).zh = QStringLiteral("檔案的預算");
    input.commitments[1].milestones[0].end = YearMonth(2030, 1);
    QCOMPARE(exportFile(second, input), QString());
    Commitment mine1 = *ws->commitment(c1);
    mine1.text(Field::Budget).zh = QStringLiteral("工作區的預算");
    Commitment mine2 = *ws->commitment(c2);
    mine2.text(Field::Causes).zh = QStringLiteral("工作區改的原因");
    QVERIFY(ws->saveCommitments({mine1, mine2}, &error));

    ImportPlan again;
    ImportApply::Result applied;
    QVERIFY2(import(*ws, {second}, &again, &applied, &error), qPrintable(error.message()));
    QCOMPARE(itemFor(again, c0)->kind, ImportPlan::Kind::Changed);
    QCOMPARE(itemFor(again, c0)->changes.size(), 1);
    QCOMPARE(itemFor(again, c0)->changes.at(0).field, Field::Problem);
    QCOMPARE(itemFor(again, c0)->changes.at(0).theirs.en, QStringLiteral("Problem changed in the file"));
    const ImportPlan::Item *conflict = itemFor(again, c1);
    QCOMPARE(conflict->kind, ImportPlan::Kind::Conflict);
    QCOMPARE(conflict->changes.size(), 2); // the budget (conflict) and the milestones (the file only)
    QCOMPARE(conflict->changes.at(0).field, Field::Budget);
    QVERIFY(conflict->changes.at(0).conflict);
    QCOMPARE(conflict->changes.at(0).mine.zh, QStringLiteral("工作區的預算"));
    QCOMPARE(conflict->changes.at(1).field, Field::Milestones);
    QVERIFY(!conflict->changes.at(1).conflict);
    QCOMPARE(itemFor(again, c2)->kind, ImportPlan::Kind::Unchanged);
    QCOMPARE(again.files.at(0).count(ImportPlan::Kind::Changed), 1);
    QCOMPARE(again.files.at(0).count(ImportPlan::Kind::Conflict), 1);

    QCOMPARE(ws->commitment(c0)->text(Field::Problem).zh, QStringLiteral("檔案改過的問題"));
    QCOMPARE(ws->commitment(c1)->text(Field::Budget).zh, QStringLiteral("工作區的預算"));
    QCOMPARE(ws->commitment(c1)->milestones.at(0).end, YearMonth(2030, 1));
    QCOMPARE(ws->commitment(c2)->text(Field::Causes).zh, QStringLiteral("工作區改的原因"));
    QCOMPARE(applied.fieldsTaken, 2);

    // The same file again: the conflict was decided (the workspace's value stays) and the
    // file has not changed since, so nothing is left to import.
    ImportPlan third;
    QVERIFY(ImportPlan::build(*ws, {second}, &third, &error));
    QCOMPARE(third.files.at(0).count(ImportPlan::Kind::Unchanged), int(input.commitments.size()));
}

// --take theirs takes conflicts too; --take mine (or per field) keeps the workspace's values.
void tst_Import::takeTheirs()
{
    QTemporaryDir dir;
    ExportInput input = sampleInput();
    const QString file = dir.filePath(QStringLiteral("agency.ods"));
    auto ws = importedInto(dir, file, input);
    QVERIFY(ws);
    Error error;
    ImportApply::Result result;
    const QString c0 = input.commitments.at(0).uuid, c1 = input.commitments.at(1).uuid;
    const QString originalTitle = input.commitments.at(1).text(Field::Title).en;
    input.commitments[0].text(Field::Title).en = QStringLiteral("Their title");
    input.commitments[1].text(Field::Title).en = QStringLiteral("Their other title");
    QVERIFY(QFile::remove(file));
    QCOMPARE(exportFile(file, input), QString());
    Commitment mine = *ws->commitment(c0);
    mine.text(Field::Title).en = QStringLiteral("My title");
    QVERIFY(ws->saveCommitment(mine, &error));

    ImportChoices mineForOne;
    mineForOne.all = ImportChoices::Take::Theirs;
    mineForOne.perField.insert(ImportChoices::key(c1, Field::Title), ImportChoices::Take::Mine);
    ImportPlan again;
    QVERIFY(import(*ws, {file}, &again, &result, &error, mineForOne));
    QCOMPARE(itemFor(again, c0)->kind, ImportPlan::Kind::Conflict);
    QCOMPARE(ws->commitment(c0)->text(Field::Title).en, QStringLiteral("Their title"));
    QCOMPARE(ws->commitment(c1)->text(Field::Title).en, originalTitle);
    QVERIFY(ws->commitment(c1)->text(Field::Title).en != QStringLiteral("Their other title"));
}

// A hostile second file: the first is not applied either, and the workspace is as it was.
void tst_Import::allOrNothing()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.xlsx"));
    QCOMPARE(exportFile(good, sampleInput()), QString());
    const QString bad = dir.filePath(QStringLiteral("bad.xlsx"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 this is not a workbook"); // a zip signature, then no zip
    f.close();
    const QString path = dir.filePath(QStringLiteral("ndc.napdesk"));
    Error error;
    {
        auto ws = Workspace::create(path, &error);
        QVERIFY(ws);
    }
    const QString before = sha256(path);
    auto ws = Workspace::open(path, Workspace::Mode::ReadWrite, &error);
    QVERIFY(ws);
    ImportPlan plan;
    ImportApply::Result result;
    QVERIFY(!import(*ws, {good, bad}, &plan, &result, &error));
    QCOMPARE(error.code, Error::PackageUnreadable);
    QVERIFY2(error.message().contains(QStringLiteral("bad.xlsx")), qPrintable(error.message()));
    QCOMPARE(rows(*ws, QStringLiteral("commitment")), 0);
    QCOMPARE(rows(*ws, QStringLiteral("import_event")), 0);
    ws.reset();
    QCOMPARE(sha256(path), before);
}

// A failure inside the transaction (here: the provenance cannot be written) leaves no
// commitment, no area and no history behind.
void tst_Import::transactionRollsBack()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("agency.xlsx"));
    QCOMPARE(exportFile(file, sampleInput()), QString());
    Error error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ndc.napdesk")), &error);
    QVERIFY(ws);
    QSqlQuery q(QSqlDatabase::database(ws->connectionName()));
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON import_baseline"
                                  " BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    ImportPlan plan;
    ImportApply::Result result;
    QVERIFY(!import(*ws, {file}, &plan, &result, &error));
    QCOMPARE(error.code, Error::DatabaseError);
    QCOMPARE(rows(*ws, QStringLiteral("commitment")), 0);
    QCOMPARE(rows(*ws, QStringLiteral("area")), 0);
    QCOMPARE(rows(*ws, QStringLiteral("field_history")), 0);
    QCOMPARE(rows(*ws, QStringLiteral("import_event")), 0);
    QVERIFY(ws->commitments().isEmpty());
}

// Unsupported, missing and newer files: a translated error naming the file.
void tst_Import::refusedInput()
{
    QTemporaryDir dir;
    Error error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ndc.napdesk")), &error);
    QVERIFY(ws);
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("plain text");
    f.close();
    ImportPlan plan;
    QVERIFY(!ImportPlan::build(*ws, {text}, &plan, &error));
    QCOMPARE(error.code, Error::UnsupportedFormat);
    QVERIFY(error.message().contains(QStringLiteral("notes.txt")));
    QVERIFY(!ImportPlan::build(*ws, {dir.filePath(QStringLiteral("missing.ods"))}, &plan, &error));
    QCOMPARE(error.code, Error::FileNotFound);

    const QString newer = dir.filePath(QStringLiteral("newer.napdesk"));
    {
        auto other = Workspace::create(newer, &error);
        QVERIFY(other);
        QSqlQuery q(QSqlDatabase::database(other->connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    QVERIFY(!ImportPlan::build(*ws, {newer}, &plan, &error));
    QCOMPARE(error.code, Error::NewerSchema);
    QVERIFY2(error.message().contains(QStringLiteral("newer.napdesk")), qPrintable(error.message()));
    QCOMPARE(rows(*ws, QStringLiteral("commitment")), 0);
}

// An event per file, a history row per field changed, and a restore recorded as an edit.
void tst_Import::provenanceAndRestore()
{
    QTemporaryDir dir;
    ExportInput input = sampleInput();
    const QString file = dir.filePath(QStringLiteral("moj.xlsx"));
    auto ws = importedInto(dir, file, input);
    QVERIFY(ws);
    Error error;
    ImportApply::Result result;
    const QList<Provenance::Event> events = Provenance::events(*ws);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).fileName, QStringLiteral("moj.xlsx"));
    QCOMPARE(events.at(0).sha256, sha256(file));
    QCOMPARE(events.at(0).agency, QStringLiteral("ndc"));
    QCOMPARE(events.at(0).importedBy, AccountName::current());
    QVERIFY(qAbs(events.at(0).importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const QString c0 = input.commitments.at(0).uuid;
    const QList<Provenance::Change> title = Provenance::history(*ws, c0, Field::Title);
    QCOMPARE(title.size(), 1);
    QCOMPARE(title.at(0).eventId, events.at(0).id);
    QCOMPARE(title.at(0).after.zh, input.commitments.at(0).text(Field::Title).zh);
    QVERIFY(!Provenance::latest(*ws, c0).isEmpty());

    const QString old = input.commitments.at(0).text(Field::Problem).zh;
    const int earlier =
        int(Provenance::history(*ws, c0, Field::Problem).size()); // 1 when the sample answers it
    input.commitments[0].text(Field::Problem).zh = QStringLiteral("新版的問題");
    QVERIFY(QFile::remove(file));
    QCOMPARE(exportFile(file, input), QString());
    ImportPlan plan;
    QVERIFY(import(*ws, {file}, &plan, &result, &error));
    QCOMPARE(Provenance::events(*ws).size(), 2);
    const QList<Provenance::Change> problem = Provenance::history(*ws, c0, Field::Problem);
    QCOMPARE(problem.size(), earlier + 1);
    QCOMPARE(problem.at(0).before.zh, old);
    QCOMPARE(problem.at(0).after.zh, QStringLiteral("新版的問題"));
    QCOMPARE(problem.at(0).eventId, Provenance::events(*ws).at(0).id);

    QVERIFY2(Provenance::restore(*ws, problem.at(0).id, &error), qPrintable(error.message()));
    QCOMPARE(ws->commitment(c0)->text(Field::Problem).zh, old);
    const QList<Provenance::Change> after = Provenance::history(*ws, c0, Field::Problem);
    QCOMPARE(after.size(), earlier + 2);
    QCOMPARE(after.at(0).eventId, 0);
    QCOMPARE(after.at(0).before.zh, QStringLiteral("新版的問題"));
    QCOMPARE(after.at(0).after.zh, old);
    QVERIFY(!Provenance::restore(*ws, 999999, &error));
    QCOMPARE(error.code, Error::NotFound);
}

// A commitment an import creates has, for each field it fills, one history row naming the
// import, empty before and the value after (SQLite writes them from the baseline's JSON), and
// restoring one empties the field as an edit.
void tst_Import::createdCommitmentHistory()
{
    QTemporaryDir dir;
    const ExportInput input = sampleInput();
    auto ws = importedInto(dir, dir.filePath(QStringLiteral("moj.xlsx")), input);
    QVERIFY(ws);
    const QList<Provenance::Event> events = Provenance::events(*ws);
    QCOMPARE(events.size(), 1);
    const QHash<QString, Provenance::Baseline> baselines = Provenance::baselines(*ws, events.at(0).fileName);
    const QList<Area> areas = ws->areas();
    int total = 0;
    for (const Commitment &c : ws->commitments()) {
        QCOMPARE(baselines.value(c.uuid).size(), FieldValues::compared().size());
        for (Field f : FieldValues::compared()) {
            const FieldValues::Value value = FieldValues::get(c, f, areaNumber(areas, c.areaUuid));
            const QList<Provenance::Change> history = Provenance::history(*ws, c.uuid, f);
            QCOMPARE(baselines.value(c.uuid).value(f), value);
            if (value == FieldValues::Value{}) {
                QVERIFY2(history.isEmpty(), qPrintable(Fields::code(f)));
                continue;
            }
            QCOMPARE(history.size(), 1);
            const Provenance::Change &row = history.at(0);
            QCOMPARE(row.eventId, events.at(0).id);
            QCOMPARE(row.before.zh, QString());
            QCOMPARE(row.before.en, QString());
            QCOMPARE(row.after.zh, value.zh);
            QCOMPARE(row.after.en, value.en);
            QCOMPARE(row.changedAt, events.at(0).importedAt);
            QCOMPARE(row.changedBy, events.at(0).importedBy);
            ++total;
        }
    }
    QCOMPARE(rows(*ws, QStringLiteral("field_history")), total);
    QVERIFY(total > 5 * input.commitments.size()); // a row per field each commitment fills
    QCOMPARE(Provenance::lastImport(*ws, input.commitments.at(0).uuid)->id, events.at(0).id);

    const QString c0 = input.commitments.at(0).uuid;
    const QString title = ws->commitment(c0)->text(Field::Title).zh;
    Error error;
    QVERIFY2(Provenance::restore(*ws, Provenance::history(*ws, c0, Field::Title).at(0).id, &error),
             qPrintable(error.message()));
    QCOMPARE(ws->commitment(c0)->text(Field::Title).zh, QString());
    const QList<Provenance::Change> after = Provenance::history(*ws, c0, Field::Title);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0).eventId, 0);
    QCOMPARE(after.at(0).before.zh, title);
}

// The milestones' JSON is written by hand; it must be the very text QJsonDocument wrote (the
// way earlier versions stored it in baselines and history), or every re-import would see every
// commitment's milestones as changed.
void tst_Import::milestonesJsonAsQt()
{
    const auto byQt = [](const QList<Milestone> &milestones) {
        const auto pair = [](const LocalizedText &t) {
            return QJsonObject{{QStringLiteral("zh"), t.zh}, {QStringLiteral("en"), t.en}};
        };
        QJsonArray out;
        for (const Milestone &m : milestones) {
            out.append(QJsonObject{{QStringLiteral("uuid"), m.uuid},
                                   {QStringLiteral("description"), pair(m.description)},
                                   {QStringLiteral("expected_output"), pair(m.expectedOutput)},
                                   {QStringLiteral("start"), m.start.toIso()},
                                   {QStringLiteral("end"), m.end.toIso()},
                                   {QStringLiteral("responsible_agency"), m.responsibleAgency},
                                   {QStringLiteral("stakeholders"), pair(m.stakeholders)},
                                   {QStringLiteral("new"), m.isNew},
                                   {QStringLiteral("completion"), Completions::code(m.completion)},
                                   {QStringLiteral("progress_note"), pair(m.progressNote)}});
        }
        return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
    };
    const auto byHand = [](const QList<Milestone> &milestones) {
        Commitment c;
        c.milestones = milestones;
        return FieldValues::get(c, Field::Milestones, 0).zh;
    };
    QCOMPARE(byHand({}), byQt({}));
    QStringList texts = {QString(),
                         QStringLiteral(""),
                         QStringLiteral("里程碑 \"引號\" \\ / é ß"),
                         QStringLiteral("😀 a surrogate pair"),
                         QString(QChar(0xD800)),
                         QString(QChar(0xD800)) + QLatin1Char('a'),
                         QString(QChar(0xDC00)) + QChar(0xD800),
                         QString(QChar(0xFFFF)) + QChar(0xFEFF) + QChar(0x7F) + QChar(0x80) + QChar(0x7FF)};
    QString controls;
    for (char16_t u = 0; u < 0x30; ++u)
        controls += QChar(u);
    texts.append(controls);
    QRandomGenerator random(20261203);
    for (int i = 0; i < 200; ++i) {
        QString t;
        for (int n = int(random.bounded(12)); n > 0; --n)
            t += QChar(char16_t(random.bounded(4) == 0 ? random.bounded(0x80) : random.bounded(0x10000)));
        texts.append(t);
    }
    const ExportInput sample = sampleInput();
    for (const Milestone &m : sample.commitments.at(0).milestones)
        QCOMPARE(byHand({m}), byQt({m}));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Milestone m;
        m.uuid = texts.at(i);
        m.description.zh = texts.at(i);
        m.description.en = texts.at((i + 1) % texts.size());
        m.expectedOutput.en = texts.at(i);
        m.stakeholders.zh = texts.at(i);
        m.progressNote.zh = texts.at(i);
        m.progressNote.en = texts.at(i);
        m.responsibleAgency = texts.at(i);
        m.start = YearMonth(2026, 1 + int(i % 12));
        m.isNew = i % 2 == 0;
        m.completion = i % 3 == 0 ? m.completion : Completions::fromCode(QStringLiteral("completed"));
        QCOMPARE(byHand({m, Milestone()}), byQt({m, Milestone()}));
    }
}

// A workspace of the first release opens, upgrades to schema 3 and takes an import.
void tst_Import::olderWorkspaceUpgrades()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.napdesk"));
    QVERIFY(QFile::copy(TestPaths::data(QStringLiteral("workspace-v1.napdesk")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Error error;
    auto ws = Workspace::open(path, Workspace::Mode::ReadWrite, &error);
    QVERIFY2(ws, qPrintable(error.message()));
    QCOMPARE(ws->schemaVersion(), 3);
    const int before = int(ws->commitments().size());
    const QString file = dir.filePath(QStringLiteral("agency.ods"));
    QCOMPARE(exportFile(file, sampleInput()), QString());
    ImportPlan plan;
    ImportApply::Result result;
    QVERIFY2(import(*ws, {file}, &plan, &result, &error), qPrintable(error.message()));
    QCOMPARE(int(ws->commitments().size()), before + result.inserted);
    QCOMPARE(Provenance::events(*ws).size(), 1);
}

QTEST_GUILESS_MAIN(tst_Import)
#include "tst_import.moc"
