// NAP Desk's own .odt forms and plan read back: every printed field identical in each
// language mode, after a LibreOffice re-save too; an officer's edit inside a bookmark is
// read; an .odt without NAP Desk's marks, a newer one and a hostile one are refused.
#include "ExportTestSupport.h"
#include "export/ExportText.h"
#include "export/OdtMarks.h"
#include "import/ImportApply.h"
#include "import/ImportPlan.h"
#include "import/ImportSource.h"
#include "model/FieldValues.h"
#include "store/Workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace nap;
using namespace nap::test;

namespace {

QString exportOdt(const QString &path, const ExportInput &input, ExportRequest::Format format,
                  ExportRequest::Mode mode)
{
    Error error;
    return Exporter::run(request(format, mode, path), input, &error) ? QString() : error.message();
}

int areaNumber(const QList<Area> &areas, const QString &uuid)
{
    for (const Area &a : areas) {
        if (a.uuid == uuid)
            return a.number;
    }
    return -1;
}

// What the document prints of a text: unclaimed values' answers are never printed.
QString printed(const Commitment &c, Field f, Language l, const QList<Language> &languages)
{
    for (CoreValue v : CoreValues::all()) {
        if (Commitment::explanationField(v) == f && !c.isClaimed(v))
            return {};
    }
    return languages.contains(l) ? c.text(f).text(l) : QString();
}

// Rewrites one entry of a zip package (python3 zipfile), mimetype first and stored.
bool patchEntry(const QString &file, const QString &entry, const QString &from, const QString &to)
{
    const QString script = QStringLiteral(
        "import sys,zipfile\n"
        "src,entry,old,new=sys.argv[1:5]\n"
        "z=zipfile.ZipFile(src);items=[(i,z.read(i.filename)) for i in z.infolist()];z.close()\n"
        "done=False\n"
        "with zipfile.ZipFile(src,'w') as out:\n"
        "  for i,data in items:\n"
        "    if i.filename==entry:\n"
        "      text=data.decode('utf-8')\n"
        "      done=old in text\n"
        "      data=text.replace(old,new,1).encode('utf-8')\n"
        "    out.writestr(i,data,zipfile.ZIP_STORED if i.filename=='mimetype' else zipfile.ZIP_DEFLATED)\n"
        "sys.exit(0 if done else 3)\n");
    return runTool(python(), {QStringLiteral("-c"), script, file, entry, from, to}).exitCode == 0;
}

// The sample's forms exported in Chinese to `file`, then one entry patched (from -> to).
bool patchedForm(const QString &file, const QString &from, const QString &to)
{
    if (!exportOdt(file, sampleInput(), ExportRequest::Format::OdtForm, ExportRequest::Mode::Chinese)
             .isEmpty())
        return false;
    const QString entry =
        from.contains(QLatin1String("meta:")) ? QStringLiteral("meta.xml") : QStringLiteral("content.xml");
    return patchEntry(file, entry, from, to);
}

// A new workspace in dir with `file` imported into it; *error says why when there is none.
std::unique_ptr<Workspace> importInto(const QTemporaryDir &dir, const QString &file, ImportPlan *plan,
                                      ImportApply::Result *result, Error *error)
{
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ndc.napdesk")), error);
    if (!ws || !ImportPlan::build(*ws, {file}, plan, error) ||
        !ImportApply::run(*ws, *plan, {}, result, error))
        return nullptr;
    return ws;
}

bool readOdt(const QString &file, ImportSource *source, Error *error)
{
    return ImportSource::read(file, QString(), source, error);
}

} // namespace

class tst_ImportOdt : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void marksAreHidden();
    void libreOfficeResave();
    void editedTextIsRead();
    void oneLanguageKeepsTheOther();
    void unmarkedFormIsReadByHeadings_data();
    void unmarkedFormIsReadByHeadings();
    void refused_data();
    void refused();
};

void tst_ImportOdt::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("mode");
    const QList<QPair<const char *, ExportRequest::Format>> formats{{"form", ExportRequest::Format::OdtForm},
                                                                    {"plan", ExportRequest::Format::OdtPlan}};
    const QList<QPair<const char *, ExportRequest::Mode>> modes{{"zh", ExportRequest::Mode::Chinese},
                                                                {"en", ExportRequest::Mode::English},
                                                                {"both", ExportRequest::Mode::Bilingual}};
    for (const auto &[f, format] : formats) {
        for (const auto &[m, mode] : modes)
            QTest::addRow("%s %s", f, m) << int(format) << int(mode);
    }
}

// Exported, then imported into an empty workspace: every field the document carries is
// identical; imported again, nothing changes.
void tst_ImportOdt::roundTrip()
{
    QFETCH(int, format);
    QFETCH(int, mode);
    QTemporaryDir dir;
    const ExportInput input = sampleInput();
    const QString file = dir.filePath(QStringLiteral("plan.odt"));
    QCOMPARE(exportOdt(file, input, ExportRequest::Format(format), ExportRequest::Mode(mode)), QString());
    Error error;
    ImportPlan plan;
    ImportApply::Result result;
    const auto ws = importInto(dir, file, &plan, &result, &error);
    QVERIFY2(ws, qPrintable(error.message()));
    QCOMPARE(result.inserted, int(input.commitments.size()));
    QCOMPARE(plan.files.at(0).source.agency, QStringLiteral("ndc"));
    const QList<Language> languages = ExportText::languages(ExportRequest::Mode(mode));
    const QList<Area> areas = ws->areas();
    for (const Commitment &original : input.commitments) {
        const std::optional<Commitment> back = ws->commitment(original.uuid);
        QVERIFY2(back, qPrintable(original.code));
        for (Field f : FieldValues::compared()) {
            if (Fields::isText(f) || f == Field::Milestones)
                continue;
            const auto want = FieldValues::get(original, f, areaNumber(input.areas, original.areaUuid));
            const auto have = FieldValues::get(*back, f, areaNumber(areas, back->areaUuid));
            QVERIFY2(want == have, qPrintable(original.code + QLatin1Char(' ') + Fields::code(f) +
                                              QLatin1String(": ") + have.zh));
        }
        for (Field f : Fields::textFields()) {
            for (Language l : {Language::Chinese, Language::English})
                QCOMPARE(back->text(f).text(l), printed(original, f, l, languages));
        }
        QCOMPARE(back->modified, original.modified);
        QCOMPARE(back->milestones.size(), original.milestones.size());
        for (qsizetype i = 0; i < original.milestones.size(); ++i) {
            const Milestone &want = original.milestones.at(i);
            const Milestone &have = back->milestones.at(i);
            QCOMPARE(have.uuid, want.uuid);
            for (Language l : {Language::Chinese, Language::English}) {
                QCOMPARE(have.description.text(l),
                         languages.contains(l) ? want.description.text(l) : QString());
                QCOMPARE(have.expectedOutput.text(l),
                         languages.contains(l) ? want.expectedOutput.text(l) : QString());
            }
            QCOMPARE(have.start, want.start);
            QCOMPARE(have.end, want.end);
            QCOMPARE(have.responsibleAgency, want.responsibleAgency);
            QCOMPARE(have.isNew, want.isNew);
            QCOMPARE(have.completion, want.completion);
        }
    }
    ImportPlan again;
    QVERIFY2(ImportPlan::build(*ws, {file}, &again, &error), qPrintable(error.message()));
    QCOMPARE(again.files.at(0).count(ImportPlan::Kind::Unchanged), int(input.commitments.size()));
}

// The marks print nothing: no user field is shown, and the page text is what it was.
void tst_ImportOdt::marksAreHidden()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("form.odt"));
    const ExportInput input = sampleInput();
    QCOMPARE(exportOdt(file, input, ExportRequest::Format::OdtForm, ExportRequest::Mode::Bilingual),
             QString());
    const QString content = QString::fromUtf8(zipEntry(file, QStringLiteral("content.xml")));
    QVERIFY(content.contains(QStringLiteral("<text:user-field-decls>")));
    QVERIFY(!content.contains(QStringLiteral("user-field-get")));
    const Commitment &c = input.commitments.first();
    const QString bookmark =
        OdtMarks::bookmark(OdtMarks::key(c.uuid, QStringLiteral("problem")), Language::Chinese);
    QVERIFY(content.contains(QStringLiteral("<text:bookmark-start text:name=\"%1\"/>").arg(bookmark)));
    QVERIFY(content.contains(QStringLiteral("<text:bookmark-end text:name=\"%1\"/>").arg(bookmark)));
    const QString problems = jingProblems(file, dir.path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// Opened and saved again by LibreOffice: the same commitments read back.
void tst_ImportOdt::libreOfficeResave()
{
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        QSKIP("LibreOffice (soffice) is not installed");
    QTemporaryDir dir;
    const ExportInput input = sampleInput();
    const QString form = dir.filePath(QStringLiteral("form.odt"));
    const QString plan = dir.filePath(QStringLiteral("plan.odt"));
    QCOMPARE(exportOdt(form, input, ExportRequest::Format::OdtForm, ExportRequest::Mode::Bilingual),
             QString());
    QCOMPARE(exportOdt(plan, input, ExportRequest::Format::OdtPlan, ExportRequest::Mode::Chinese), QString());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
    const QString outDir = dir.filePath(QStringLiteral("resaved"));
    const ToolResult r =
        runTool(QStringLiteral("soffice"),
                {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                 QStringLiteral("--norestore"), QStringLiteral("--convert-to"), QStringLiteral("odt"),
                 QStringLiteral("--outdir"), outDir, form, plan},
                env, 300000);
    QVERIFY2(r.started && r.exitCode == 0, r.err.constData());
    for (const QString &name : {QStringLiteral("form.odt"), QStringLiteral("plan.odt")}) {
        ImportSource mine;
        ImportSource resaved;
        Error error;
        QVERIFY2(readOdt(dir.filePath(name), &mine, &error), qPrintable(error.message()));
        QVERIFY2(readOdt(QDir(outDir).filePath(name), &resaved, &error), qPrintable(error.message()));
        QVERIFY(zipEntry(QDir(outDir).filePath(name), QStringLiteral("meta.xml")).contains("LibreOffice"));
        QCOMPARE(resaved.commitments.size(), input.commitments.size());
        QCOMPARE(resaved.areaNumbers, mine.areaNumbers);
        QCOMPARE(resaved.agency, mine.agency);
        for (qsizetype i = 0; i < mine.commitments.size(); ++i) {
            const Commitment &a = mine.commitments.at(i);
            const Commitment &b = resaved.commitments.at(i);
            for (Field f : FieldValues::compared())
                QVERIFY2(FieldValues::get(a, f, 0) == FieldValues::get(b, f, 0),
                         qPrintable(name + QLatin1Char(' ') + a.code + QLatin1Char(' ') + Fields::code(f) +
                                    QLatin1String(": ") + FieldValues::get(b, f, 0).zh));
        }
    }
}

// An officer rewrote an answer in Writer: line breaks, spaces, a span, a new paragraph.
void tst_ImportOdt::editedTextIsRead()
{
    QTemporaryDir dir;
    const ExportInput input = sampleInput();
    const Commitment &c = input.commitments.first();
    const QString file = dir.filePath(QStringLiteral("form.odt"));
    QCOMPARE(exportOdt(file, input, ExportRequest::Format::OdtForm, ExportRequest::Mode::Chinese), QString());
    const QString name =
        OdtMarks::bookmark(OdtMarks::key(c.uuid, QStringLiteral("problem")), Language::Chinese);
    const QString start = QStringLiteral("<text:bookmark-start text:name=\"%1\"/>").arg(name);
    const QString old = start + QString(c.text(Field::Problem).zh).toHtmlEscaped().left(2);
    QVERIFY(!c.text(Field::Problem).zh.isEmpty());
    const QString edited =
        start + QStringLiteral("新的<text:span text:style-name=\"T_Word\">NAP</text:span>問題"
                               "<text:line-break/>第二行<text:s text:c=\"2\"/>尾\t<text:tab/>x</text:p>"
                               "<text:p text:style-name=\"Table_20_Contents\">新段落<text:s/>"
                               "<office:annotation><text:p>批註</text:p></office:annotation>");
    QVERIFY(patchEntry(file, QStringLiteral("content.xml"), old, edited));
    ImportSource source;
    Error error;
    QVERIFY2(readOdt(file, &source, &error), qPrintable(error.message()));
    const Commitment &back = source.commitments.first();
    QCOMPARE(back.uuid, c.uuid);
    QCOMPARE(back.text(Field::Problem).zh,
             QStringLiteral("新的NAP問題\n第二行  尾 \tx\n新段落 ") + c.text(Field::Problem).zh.mid(2));
    QCOMPARE(back.text(Field::Causes).zh, c.text(Field::Causes).zh); // its neighbour is untouched

    ImportPlan plan;
    ImportApply::Result result;
    const auto ws = importInto(dir, file, &plan, &result, &error);
    QVERIFY2(ws, qPrintable(error.message()));
    QCOMPARE(ws->commitment(c.uuid)->text(Field::Problem).zh, back.text(Field::Problem).zh);
}

// A Chinese-only form says nothing about the English: importing it over a bilingual workspace
// offers no English as emptied, and a Chinese change leaves the English as it was.
void tst_ImportOdt::oneLanguageKeepsTheOther()
{
    QTemporaryDir dir;
    const ExportInput input = sampleInput();
    Error error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ndc.napdesk")), &error);
    QVERIFY2(ws, qPrintable(error.message()));
    for (const Area &a : input.areas)
        QVERIFY2(ws->saveArea(a, &error), qPrintable(error.message()));
    QVERIFY2(ws->saveCommitments(input.commitments, &error), qPrintable(error.message()));
    const QString file = dir.filePath(QStringLiteral("zh.odt"));
    QCOMPARE(exportOdt(file, input, ExportRequest::Format::OdtPlan, ExportRequest::Mode::Chinese), QString());
    ImportPlan plan;
    QVERIFY2(ImportPlan::build(*ws, {file}, &plan, &error), qPrintable(error.message()));
    QVERIFY(!plan.files.at(0).source.carriesEnglish);
    QCOMPARE(plan.files.at(0).count(ImportPlan::Kind::Unchanged), int(input.commitments.size()));

    Commitment mine = input.commitments.constFirst();
    mine.text(Field::Problem).zh = QStringLiteral("彙整者改寫的問題");
    QVERIFY2(ws->saveCommitment(mine, &error), qPrintable(error.message()));
    ImportPlan again;
    QVERIFY2(ImportPlan::build(*ws, {file}, &again, &error), qPrintable(error.message()));
    const ImportPlan::Item *changed = nullptr;
    for (const ImportPlan::Item &item : again.files.at(0).items) {
        if (item.theirs.uuid == mine.uuid)
            changed = &item;
    }
    QVERIFY(changed);
    QCOMPARE(changed->changes.size(), 1);
    QCOMPARE(changed->changes.at(0).field, Field::Problem);
    QCOMPARE(changed->changes.at(0).theirs.en, mine.text(Field::Problem).en);
    ImportApply::Result result;
    QVERIFY2(ImportApply::run(*ws, again, {}, &result, &error), qPrintable(error.message()));
    const std::optional<Commitment> back = ws->commitment(mine.uuid);
    QCOMPARE(back->text(Field::Problem).zh, input.commitments.constFirst().text(Field::Problem).zh);
    QCOMPARE(back->text(Field::Problem).en, input.commitments.constFirst().text(Field::Problem).en);
    QCOMPARE(back->text(Field::Content).en, input.commitments.constFirst().text(Field::Content).en);
}

// Without NAP Desk's marks a form is read as one filled by hand: by its headings, matched to
// the workspace by agency and title (tst_importhandfilled has the details).
void tst_ImportOdt::unmarkedFormIsReadByHeadings_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addRow("no marks") << QStringLiteral("<meta:user-defined meta:name=\"nap-form-schema\"")
                              << QStringLiteral("<meta:user-defined meta:name=\"someone-else\"");
    QTest::addRow("no fields") << QStringLiteral("text:name=\"nap/commitments\"")
                               << QStringLiteral("text:name=\"other\"");
}

void tst_ImportOdt::unmarkedFormIsReadByHeadings()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("unmarked.odt"));
    const ExportInput input = sampleInput();
    QVERIFY(patchedForm(file, from, to));
    Error error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ndc.napdesk")), &error);
    QVERIFY(ws);
    ImportPlan plan;
    QVERIFY2(ImportPlan::build(*ws, {file}, &plan, &error), qPrintable(error.message()));
    QVERIFY(plan.files.first().source.handFilled);
    QCOMPARE(plan.files.first().count(ImportPlan::Kind::New), int(input.commitments.size()));
    QCOMPARE(plan.files.first().items.first().theirs.text(Field::Title).zh,
             input.commitments.first().text(Field::Title).zh);
}

void tst_ImportOdt::refused_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("code");
    QTest::addRow("newer") << QStringLiteral("meta:name=\"nap-form-schema\" meta:value-type=\"string\">")
                           << QStringLiteral("meta:name=\"nap-form-schema\" meta:value-type=\"string\">99")
                           << int(Error::NewerSchema);
    QTest::addRow("entity") << QStringLiteral("<office:document-content")
                            << QStringLiteral("<!DOCTYPE x [<!ENTITY a \"b\">]><office:document-content")
                            << int(Error::XmlUnsafe);
}

// Refused with a message naming the file; the workspace is left as it was.
void tst_ImportOdt::refused()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, code);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hostile.odt"));
    QVERIFY(patchedForm(file, from, to));
    Error error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ndc.napdesk")), &error);
    QVERIFY(ws);
    ImportPlan plan;
    QVERIFY(!ImportPlan::build(*ws, {file}, &plan, &error));
    QCOMPARE(int(error.code), code);
    QVERIFY2(error.message().contains(QStringLiteral("hostile.odt")), qPrintable(error.message()));
    QVERIFY(ws->commitments().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ImportOdt)
#include "tst_importodt.moc"
