// Forms filled by hand in Writer or Word from NDC's template (fixtures: tests/data/forms,
// made by make_forms.py with odfpy and converted to .docx by LibreOffice).
#include "ExportTestSupport.h"
#include "export/ExportText.h"
#include "export/Exporter.h"
#include "import/FormDocument.h"
#include "import/HandFilledForm.h"
#include "import/ImportApply.h"
#include "import/ImportPlan.h"
#include "model/FieldValues.h"
#include "sample/SamplePlan.h"
#include "store/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nap;
using namespace nap::test;

namespace {

QString form(const char *name)
{
    return QStringLiteral(NAP_TEST_DATA "/forms/") + QString::fromUtf8(name);
}

HandFilledForm::Result readForm(const QString &path)
{
    HandFilledForm::Result r;
    Error error;
    if (!HandFilledForm::read(path, &r, &error))
        qWarning("%s", qPrintable(error.message()));
    return r;
}

// The sample plan as a workspace in `dir`.
std::unique_ptr<Workspace> sampleWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("plan.napdesk"));
    Error error;
    if (!SamplePlan::writeWorkspace(path, &error))
        return nullptr;
    return Workspace::open(path, Workspace::Mode::ReadWrite, &error);
}

QList<Field> changedFields(const ImportPlan::Item &item)
{
    QList<Field> out;
    for (const ImportPlan::FieldChange &c : item.changes)
        out.append(c.field);
    return out;
}

const Commitment *byCode(const QList<Commitment> &list, const QString &code)
{
    for (const Commitment &c : list) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

} // namespace

class tst_ImportHandFilled : public QObject
{
    Q_OBJECT

private slots:
    void tableForm_data();
    void tableForm();
    void headingsForm();
    void bilingualForm_data();
    void bilingualForm();
    void notAFormIsRefused();
    void hostileDocxIsRefused_data();
    void hostileDocxIsRefused();
    void labelWithHint();
    void agencies_data();
    void agencies();
    void printedFormReadsByHeadings_data();
    void printedFormReadsByHeadings();
    void matchedByAgencyAndTitle();
    void newFormAndOfficersCorrection();
    void docxThroughTheImport();
};

void tst_ImportHandFilled::tableForm_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("odt") << form("ndc-table-zh.odt");
    QTest::newRow("docx") << form("ndc-table-zh.docx");
}

// NDC's form as one table in Chinese: every label cell's answer lands in its field.
void tst_ImportHandFilled::tableForm()
{
    QFETCH(QString, path);
    const HandFilledForm::Result r = readForm(path);
    QCOMPARE(r.commitments.size(), 1);
    QCOMPARE(r.unplaced, QStringList());
    const Commitment &c = r.commitments.first();
    QCOMPARE(c.text(Field::Title).zh, QStringLiteral("政府資料開放與運用法制化"));
    QCOMPARE(c.leadAgency, QStringLiteral("ndc"));
    QCOMPARE(c.coAgencies, (QStringList{QStringLiteral("moda"), QStringLiteral("moj")}));
    QCOMPARE(c.start, YearMonth(2021, 1));
    QCOMPARE(c.end, YearMonth(2024, 5));
    QCOMPARE(c.text(Field::Problem).zh,
             QStringLiteral("目前政府資料開放僅依行政規則推動，各機關開放程度不一。\n"
                            "113年政府資料開放平臺計有約5萬項資料集，其中約2成近1年未曾更新。"));
    QCOMPARE(c.text(Field::Problem).en, QString());
    QCOMPARE(c.text(Field::Content).zh,
             QStringLiteral("研擬「政府資料開放與運用法」草案，並公開草案徵詢各界意見。"));
    QCOMPARE(c.text(Field::Contribution).zh, QStringLiteral("以法律取代行政規則，使資料開放成為機關義務。"));
    QCOMPARE(c.text(Field::ValueTransparency).zh, QStringLiteral("依法公開資料清單與未開放理由。"));
    QCOMPARE(c.text(Field::ValueParticipation).zh, QStringLiteral("草案於公共政策網路參與平臺公開預告。"));
    QCOMPARE(c.text(Field::ValueAccountability).zh, QStringLiteral("民眾申請遭拒時可提出申訴。"));
    QVERIFY(c.isClaimed(CoreValue::Transparency) && c.isClaimed(CoreValue::Accountability));
    QVERIFY(!c.isClaimed(CoreValue::Inclusion));
    QCOMPARE(c.text(Field::Relevance).zh, QString());
    QCOMPARE(c.text(Field::AdditionalInfo).zh, QStringLiteral("每年約新臺幣500萬元。"));
    QCOMPARE(c.text(Field::FormFiller).zh, QStringLiteral("國家發展委員會資訊管理處"));
    QCOMPARE(c.text(Field::ContactName).zh, QStringLiteral("陳資料（範例）"));
    QCOMPARE(c.text(Field::ContactTitle).zh, QStringLiteral("國家發展委員會資訊管理處科長"));
    QCOMPARE(c.contactPhone, QStringLiteral("02-2316-5300#123"));
    QCOMPARE(c.contactEmail, QStringLiteral("opendata@example.gov.tw"));
    // The moved row is read where the officer put it; the blank row is no milestone.
    QCOMPARE(c.milestones.size(), 3);
    QCOMPARE(c.milestones.at(0).description.zh, QStringLiteral("完成草案並函報行政院"));
    QCOMPARE(c.milestones.at(0).start, YearMonth(2022, 7));
    QCOMPARE(c.milestones.at(0).end, YearMonth(2023, 6));
    QCOMPARE(c.milestones.at(2).responsibleAgency, QStringLiteral("ndc")); // written "國發會"
    for (const Milestone &m : c.milestones) {
        QVERIFY(!m.uuid.isEmpty());
        QCOMPARE(m.responsibleAgency, QStringLiteral("ndc"));
    }
    QVERIFY(r.found.first().contains(Field::Milestones));
    QVERIFY(!r.found.first().contains(Field::Budget));
}

// Headings and paragraphs in English with blank lines between: a note before the form and a
// heading the form does not have are reported, not placed.
void tst_ImportHandFilled::headingsForm()
{
    const HandFilledForm::Result r = readForm(form("headings-en.odt"));
    QCOMPARE(r.commitments.size(), 1);
    const Commitment &c = r.commitments.first();
    QCOMPARE(c.text(Field::Title).en, QStringLiteral("Open register of lobbying contacts"));
    QCOMPARE(c.leadAgency, QStringLiteral("moi"));
    QCOMPARE(c.coAgencies, QStringList{QStringLiteral("moj")});
    QCOMPARE(c.start, YearMonth(2025, 1));
    QCOMPARE(c.end, YearMonth(2026, 12));
    QCOMPARE(
        c.text(Field::Problem).en,
        QStringLiteral("Lobbying contacts with officials are registered on paper and are not published.\n"
                       "In 2023 only 312 contacts were registered across all ministries."));
    QCOMPARE(c.text(Field::Content).en,
             QStringLiteral("Publish every registered lobbying contact online within ten days."));
    QCOMPARE(c.text(Field::ValueTransparency).en, QStringLiteral("every contact is published as open data."));
    QCOMPARE(c.text(Field::ValueAccountability).en,
             QStringLiteral("anyone can report an unregistered contact to the Control Yuan."));
    QCOMPARE(c.milestones.size(), 3);
    QCOMPARE(c.milestones.at(1).description.en, QStringLiteral("Launch the online register"));
    QCOMPARE(c.milestones.at(1).expectedOutput.en, QStringLiteral("Public website"));
    QCOMPARE(c.milestones.at(1).start, YearMonth(2025, 7));
    QCOMPARE(c.milestones.at(1).end, YearMonth(2025, 12));
    QCOMPARE(c.milestones.at(2).responsibleAgency, QStringLiteral("moj"));
    QCOMPARE(c.text(Field::ContactName).en, QStringLiteral("Lin Mei-hua"));
    QCOMPARE(c.text(Field::ContactTitle).en, QStringLiteral("Section Chief, Department of Civil Affairs"));
    QCOMPARE(c.contactPhone, QStringLiteral("02-2356-5000"));
    QCOMPARE(c.contactEmail, QStringLiteral("lobbying@example.gov.tw"));
    QCOMPARE(r.unplaced, (QStringList{QStringLiteral("Draft for internal review, do not circulate"),
                                      QStringLiteral("Internal remarks"),
                                      QStringLiteral("Check the wording with the legal office.")}));
}

void tst_ImportHandFilled::bilingualForm_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("odt") << form("bilingual.odt");
    QTest::newRow("docx") << form("bilingual.docx");
}

// Each label in both languages, each answer Chinese then English.
void tst_ImportHandFilled::bilingualForm()
{
    QFETCH(QString, path);
    const HandFilledForm::Result r = readForm(path);
    QCOMPARE(r.commitments.size(), 1);
    QCOMPARE(r.unplaced, QStringList());
    const Commitment &c = r.commitments.first();
    QCOMPARE(c.text(Field::Title).zh, QStringLiteral("推動預算資料開放"));
    QCOMPARE(c.text(Field::Title).en, QStringLiteral("Open budget data"));
    QCOMPARE(c.leadAgency, QStringLiteral("dgbas"));
    QCOMPARE(c.start, YearMonth(2025, 1));
    QCOMPARE(c.end, YearMonth(2026, 12));
    QCOMPARE(c.text(Field::Problem).en,
             QStringLiteral("The central budget is published only as PDF, which the public cannot analyse."));
    QCOMPARE(c.text(Field::Content).zh, QStringLiteral("以開放格式公開預算書全部表格。"));
    QCOMPARE(c.milestones.size(), 2);
    const Milestone &m = c.milestones.at(1);
    QCOMPARE(m.description.zh, QStringLiteral("建置預算視覺化網站"));
    QCOMPARE(m.description.en, QStringLiteral("Build a budget visualisation site"));
    QCOMPARE(m.expectedOutput.zh, QStringLiteral("網站"));
    QCOMPARE(m.expectedOutput.en, QStringLiteral("Website"));
    QCOMPARE(m.start, YearMonth(2025, 7));
    QCOMPARE(m.end, YearMonth(2026, 12));
    QCOMPARE(m.responsibleAgency, QStringLiteral("dgbas"));
    QCOMPARE(c.text(Field::ContactName).zh, QStringLiteral("王預算"));
    QCOMPARE(c.contactPhone, QStringLiteral("02-2380-3500"));
    QCOMPARE(c.contactEmail, QStringLiteral("budget@example.gov.tw"));
}

void tst_ImportHandFilled::notAFormIsRefused()
{
    HandFilledForm::Result r;
    Error error;
    QVERIFY(!HandFilledForm::read(form("not-a-form.odt"), &r, &error));
    QCOMPARE(error.code, Error::NotAForm);
    QVERIFY(error.message().contains(QStringLiteral("not-a-form.odt")));
}

void tst_ImportHandFilled::hostileDocxIsRefused_data()
{
    QTest::addColumn<QString>("script"); // Python: z is the form's zip entries (name -> bytes)
    QTest::addColumn<int>("code");
    QTest::newRow("macros") << QStringLiteral("z['word/vbaProject.bin']=b'macro'")
                            << int(Error::PackageMacros);
    QTest::newRow("entity") << QStringLiteral("z['word/document.xml']=b'<!DOCTYPE d [<!ENTITY e \"x\">]>'+"
                                              "z['word/document.xml'].split(b'?>',1)[1]")
                            << int(Error::XmlUnsafe);
    QTest::newRow("escaping name") << QStringLiteral("z['../evil.xml']=b'x'")
                                   << int(Error::PackageUnsafeName);
    QTest::newRow("no document") << QStringLiteral("del z['word/document.xml']")
                                 << int(Error::PackageUnreadable);
    QTest::newRow("deep") << QStringLiteral("z['word/document.xml']=b'<a>'*5000+b'</a>'*5000")
                          << int(Error::XmlTooComplex);
}

// A .docx that would hurt the reader is refused, naming the file; the workspace is untouched.
void tst_ImportHandFilled::hostileDocxIsRefused()
{
    QFETCH(QString, script);
    QFETCH(int, code);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hostile.docx"));
    const QString program =
        QStringLiteral(
            "import sys,zipfile\n"
            "src=zipfile.ZipFile(sys.argv[1]); z={i.filename:src.read(i) for i in src.infolist()}\n"
            "%1\n"
            "out=zipfile.ZipFile(sys.argv[2],'w',zipfile.ZIP_DEFLATED)\n"
            "[out.writestr(n,d) for n,d in z.items()]\n"
            "out.close()\n")
            .arg(script);
    const ToolResult made = runTool(python(), {QStringLiteral("-c"), program, form("bilingual.docx"), file});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const auto ws = sampleWorkspace(dir);
    QVERIFY(ws);
    const QList<Commitment> before = ws->commitments();
    Error error;
    ImportPlan plan;
    QVERIFY(!ImportPlan::build(*ws, {file}, &plan, &error));
    QCOMPARE(int(error.code), code);
    QVERIFY2(error.message().contains(QStringLiteral("hostile.docx")), qPrintable(error.message()));
    QCOMPARE(ws->commitments(), before);
}

// A label cell with the template's hint in parentheses, and an answer cell holding a sub-label
// in Chinese followed by the English answer: the English starts under the row's label again.
void tst_ImportHandFilled::labelWithHint()
{
    const FormBlock row{{QStringLiteral("一、承諾事項涉及的公共問題（請說明現況與基準資料）"),
                         QStringLiteral("問題甲\n問題成因：成因乙\nProblem A\nCauses: cause B")},
                        true,
                        false,
                        1};
    const HandFilledForm::Result r = HandFilledForm::parse({row});
    QCOMPARE(r.unplaced, QStringList());
    QCOMPARE(r.commitments.size(), 1);
    const Commitment &c = r.commitments.first();
    QCOMPARE(c.text(Field::Problem).zh, QStringLiteral("問題甲"));
    QCOMPARE(c.text(Field::Problem).en, QStringLiteral("Problem A"));
    QCOMPARE(c.text(Field::Causes).zh, QStringLiteral("成因乙"));
    QCOMPARE(c.text(Field::Causes).en, QStringLiteral("cause B"));
}

void tst_ImportHandFilled::agencies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QStringList>("co");
    QTest::newRow("parentheses") << QStringLiteral("內政部、（監察院）") << QStringLiteral("moi")
                                 << QStringList{QStringLiteral("cy")};
    QTest::newRow("labels") << QStringLiteral("主辦：國發會；協辦：法務部、數位發展部")
                            << QStringLiteral("ndc")
                            << QStringList{QStringLiteral("moj"), QStringLiteral("moda")};
    QTest::newRow("english") << QStringLiteral("Ministry of the Interior (Ministry of Justice)")
                             << QStringLiteral("moi") << QStringList{QStringLiteral("moj")};
    QTest::newRow("free name") << QStringLiteral("臺北市政府") << QStringLiteral("臺北市政府")
                               << QStringList();
}

void tst_ImportHandFilled::agencies()
{
    QFETCH(QString, text);
    QFETCH(QString, lead);
    QFETCH(QStringList, co);
    FormBlock paragraph{{QStringLiteral("主（協）辦機關：") + text}, false, false, 0};
    const HandFilledForm::Result r = HandFilledForm::parse({paragraph});
    QCOMPARE(r.commitments.size(), 1);
    QCOMPARE(r.commitments.first().leadAgency, lead);
    QCOMPARE(r.commitments.first().coAgencies, co);
}

void tst_ImportHandFilled::printedFormReadsByHeadings_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("zh") << int(ExportRequest::Mode::Chinese);
    QTest::newRow("en") << int(ExportRequest::Mode::English);
    QTest::newRow("both") << int(ExportRequest::Mode::Bilingual);
}

// NAP Desk's own printed forms, read by their headings alone (as a form re-typed from the
// printout would be): every commitment of the sample, every text the form prints, the
// agencies, the period and the milestones.
void tst_ImportHandFilled::printedFormReadsByHeadings()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("forms.odt"));
    const ExportInput input = sampleInput();
    Error error;
    QVERIFY2(Exporter::run(request(ExportRequest::Format::OdtForm, ExportRequest::Mode(mode), file), input,
                           &error),
             qPrintable(error.message()));
    HandFilledForm::Result r;
    QVERIFY2(HandFilledForm::read(file, &r, &error), qPrintable(error.message()));
    QCOMPARE(r.unplaced, QStringList());
    QCOMPARE(r.commitments.size(), input.commitments.size());
    const QList<Language> languages = ExportText::languages(ExportRequest::Mode(mode));
    for (qsizetype i = 0; i < input.commitments.size(); ++i) {
        const Commitment &want = input.commitments.at(i);
        const Commitment &have = r.commitments.at(i);
        for (Field f : {Field::Title, Field::Problem, Field::Causes, Field::Content, Field::Contribution,
                        Field::ValueTransparency, Field::ValueAccountability, Field::Budget,
                        Field::FormFiller, Field::ContactName}) {
            for (Language l : languages)
                QCOMPARE(have.text(f).text(l), want.text(f).text(l));
        }
        QCOMPARE(have.leadAgency, want.leadAgency);
        QCOMPARE(have.coAgencies, want.coAgencies);
        QCOMPARE(have.start, want.start);
        QCOMPARE(have.end, want.end);
        QCOMPARE(have.contactPhone, want.contactPhone);
        QCOMPARE(have.contactEmail, want.contactEmail);
        QCOMPARE(have.milestones.size(), want.milestones.size());
        for (qsizetype m = 0; m < want.milestones.size(); ++m) {
            for (Language l : languages)
                QCOMPARE(have.milestones.at(m).description.text(l),
                         want.milestones.at(m).description.text(l));
            QCOMPARE(have.milestones.at(m).start, want.milestones.at(m).start);
            QCOMPARE(have.milestones.at(m).end, want.milestones.at(m).end);
            QCOMPARE(have.milestones.at(m).responsibleAgency, want.milestones.at(m).responsibleAgency);
        }
    }
}

// The sample's 1-1 filled by hand: matched by its lead agency and title; only what the form
// changed is offered; the moved milestone row keeps its milestone (and its English); imported
// again, the same file finds the same commitment and nothing changes.
void tst_ImportHandFilled::matchedByAgencyAndTitle()
{
    QTemporaryDir dir;
    const auto ws = sampleWorkspace(dir);
    QVERIFY(ws);
    const Commitment mine = *byCode(ws->commitments(), QStringLiteral("1-1"));
    Error error;
    ImportPlan plan;
    QVERIFY2(ImportPlan::build(*ws, {form("ndc-table-zh.odt")}, &plan, &error), qPrintable(error.message()));
    QVERIFY(plan.files.first().source.handFilled);
    const ImportPlan::Item &item = plan.files.first().items.first();
    QCOMPARE(item.match, FormMatcher::How::Title);
    QCOMPARE(item.theirs.uuid, mine.uuid);
    QCOMPARE(item.kind, ImportPlan::Kind::Changed);
    QVERIFY(plan.newAreas.isEmpty());
    const QList<Field> changed = changedFields(item);
    QVERIFY(changed.contains(Field::Problem));
    QVERIFY(changed.contains(Field::Milestones));
    for (Field same : {Field::Title, Field::LeadAgency, Field::CoAgencies, Field::Period, Field::Budget,
                       Field::Causes, Field::ContactPhone, Field::ContactEmail, Field::Status,
                       Field::PolicyTags, Field::Code, Field::Area})
        QVERIFY2(!changed.contains(same), qPrintable(Fields::code(same)));
    // The Chinese form says nothing about English: the workspace's stays.
    QCOMPARE(item.theirs.text(Field::Problem).en, mine.text(Field::Problem).en);
    QCOMPARE(item.theirs.milestones.size(), mine.milestones.size());
    QCOMPARE(item.theirs.milestones.first().uuid, mine.milestones.last().uuid); // the moved row
    QCOMPARE(item.theirs.milestones.first().description.en, mine.milestones.last().description.en);
    QCOMPARE(item.theirs.milestones.first().expectedOutput, mine.milestones.last().expectedOutput);

    ImportApply::Result result;
    QVERIFY2(ImportApply::run(*ws, plan, {}, &result, &error), qPrintable(error.message()));
    QCOMPARE(result.updated, 1);
    QCOMPARE(result.inserted, 0);
    const Commitment after = *ws->commitment(mine.uuid);
    QCOMPARE(after.text(Field::Problem).zh, item.theirs.text(Field::Problem).zh);
    QCOMPARE(after.milestones.first().uuid, mine.milestones.last().uuid);
    QCOMPARE(after.text(Field::Budget), mine.text(Field::Budget));

    ImportPlan again;
    QVERIFY2(ImportPlan::build(*ws, {form("ndc-table-zh.odt")}, &again, &error), qPrintable(error.message()));
    QCOMPARE(again.files.first().items.first().match, FormMatcher::How::EarlierImport);
    QCOMPARE(again.files.first().items.first().kind, ImportPlan::Kind::Unchanged);

    // Another agency's form under the same file name is not taken for that commitment.
    QTemporaryDir other;
    const QString sameName = other.filePath(QStringLiteral("ndc-table-zh.odt"));
    QVERIFY(QFile::copy(form("headings-en.odt"), sameName));
    ImportPlan third;
    QVERIFY2(ImportPlan::build(*ws, {sameName}, &third, &error), qPrintable(error.message()));
    QCOMPARE(third.files.first().items.first().match, FormMatcher::How::None);
}

// A form about a commitment the workspace does not have is new; the officer can match it to
// an existing one instead, and take that back.
void tst_ImportHandFilled::newFormAndOfficersCorrection()
{
    QTemporaryDir dir;
    const auto ws = sampleWorkspace(dir);
    QVERIFY(ws);
    const QList<Commitment> before = ws->commitments();
    Error error;
    ImportPlan plan;
    QVERIFY2(ImportPlan::build(*ws, {form("headings-en.odt")}, &plan, &error), qPrintable(error.message()));
    QCOMPARE(plan.files.first().items.first().kind, ImportPlan::Kind::New);
    QCOMPARE(plan.files.first().source.unplaced.size(), 3);

    const Commitment *target = byCode(before, QStringLiteral("1-2"));
    QVERIFY(plan.rematch(0, 0, target->uuid));
    const ImportPlan::Item &matched = plan.files.first().items.first();
    QCOMPARE(matched.match, FormMatcher::How::Officer);
    QCOMPARE(matched.theirs.uuid, target->uuid);
    QCOMPARE(matched.kind, ImportPlan::Kind::Changed);
    QVERIFY(changedFields(matched).contains(Field::Title));
    QVERIFY(!plan.rematch(0, 0, QStringLiteral("no-such-uuid")));
    QVERIFY(plan.rematch(0, 0, QString()));
    QCOMPARE(plan.files.first().items.first().kind, ImportPlan::Kind::New);

    ImportApply::Result result;
    QVERIFY2(ImportApply::run(*ws, plan, {}, &result, &error), qPrintable(error.message()));
    QCOMPARE(result.inserted, 1);
    const QList<Commitment> after = ws->commitments();
    QCOMPARE(after.size(), before.size() + 1);
    const std::optional<Commitment> added = ws->commitment(plan.files.first().items.first().theirs.uuid);
    QVERIFY(added);
    QCOMPARE(added->text(Field::Title).en, QStringLiteral("Open register of lobbying contacts"));
    QVERIFY(!added->code.isEmpty());
    QCOMPARE(byCode(after, added->code)->uuid, added->uuid); // a code of its own
    QCOMPARE(added->milestones.size(), 3);

    // No such item: nothing to correct.
    QVERIFY(!plan.rematch(0, 5, target->uuid));
}

void tst_ImportHandFilled::docxThroughTheImport()
{
    QTemporaryDir dir;
    const auto ws = sampleWorkspace(dir);
    QVERIFY(ws);
    Error error;
    ImportPlan plan;
    QVERIFY2(ImportPlan::build(*ws, {form("bilingual.docx")}, &plan, &error), qPrintable(error.message()));
    const ImportSource &source = plan.files.first().source;
    QVERIFY(source.handFilled);
    QVERIFY(source.carriesChinese && source.carriesEnglish);
    QCOMPARE(source.agency, QStringLiteral("dgbas"));
    QVERIFY(!source.sha256.isEmpty());
    QCOMPARE(plan.files.first().items.first().kind, ImportPlan::Kind::New);
}

QTEST_GUILESS_MAIN(tst_ImportHandFilled)
#include "tst_importhandfilled.moc"
