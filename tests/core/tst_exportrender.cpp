// What officers and NDC see: every format opened by LibreOffice (headless, to PDF), the Kai
// face embedded, every field's text present, A4 pages, lines exactly 20 pt apart.
#include "ExportTestSupport.h"
#include "export/FormLabels.h"
#include <QSet>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace nap;
using namespace nap::test;

class TestExportRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void libreOfficeOpensEveryFormat();
    void formUsesKaiOnA4();
    void formShowsEveryField();
    void linesAreTwentyPointsApart();
    void workbooksPrintTheirRows();
    void englishWordsAreNotSplit();
    void noPageHoldsOnlyTrailingRows();

private:
    QString pdf(const QString &name) const
    {
        return m_dir.filePath(QStringLiteral("pdf/") + name + QStringLiteral(".pdf"));
    }
    QString pdfText(const QString &name, const QStringList &extra = {}) const;
    QTemporaryDir m_dir;
    Commitment m_marked;
    QStringList m_fieldTexts; // the Chinese text of every field, before the long answer is added
    QString m_convertLog;
    bool m_converted = false;
    QSet<QString> m_englishWords; // every word of the English the bilingual plan prints
};

static const QString kLongMarker = QStringLiteral("鑫");
static QString squeezed(QString s);

void TestExportRender::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        QSKIP("LibreOffice (soffice) is not installed");
    ExportInput input = sampleInput();
    m_marked = markedCommitment(input.areas.first().uuid, QStringLiteral("1-9"));
    for (Field f : Fields::textFields()) {
        // An unclaimed value's explanation never prints (its check is in tst_exportodt).
        if (f != Field::ValueParticipation && f != Field::ValueInclusion)
            m_fieldTexts.append(m_marked.text(f).zh);
    }
    QString longText;
    for (int i = 0; i < 40; ++i)
        longText += QStringLiteral("政府資料開放") + kLongMarker;
    m_marked.text(Field::Problem).zh += longText;
    input.commitments.append(m_marked);
    {
        QStringList english{input.plan.title.en, input.plan.issuer.en};
        for (int l = 0; l < FormLabels::LabelCount; ++l)
            english.append(FormLabels::text(FormLabels::Label(l), Language::English));
        for (const Area &a : input.areas)
            english << a.title.en << a.preface.en;
        for (const Commitment &c : input.commitments) {
            for (Field f : Fields::textFields())
                english.append(c.text(f).en);
            for (const Milestone &m : c.milestones)
                english << m.description.en << m.expectedOutput.en;
        }
        static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
        for (const QString &text : english) {
            for (auto it = word.globalMatch(text); it.hasNext();)
                m_englishWords.insert(it.next().captured().toLower());
        }
    }
    ExportRequest form = request(ExportRequest::Format::OdtForm, ExportRequest::Mode::Chinese,
                                 m_dir.filePath(QStringLiteral("form.odt")));
    form.commitmentUuids = {m_marked.uuid};
    QStringList files;
    for (const ExportRequest &r : {form,
                                   request(ExportRequest::Format::OdtPlan, ExportRequest::Mode::Bilingual,
                                           m_dir.filePath(QStringLiteral("plan.odt"))),
                                   request(ExportRequest::Format::Xlsx, ExportRequest::Mode::Chinese,
                                           m_dir.filePath(QStringLiteral("book.xlsx"))),
                                   request(ExportRequest::Format::Ods, ExportRequest::Mode::English,
                                           m_dir.filePath(QStringLiteral("sheet.ods")))}) {
        // Workbooks with the checker's counts: the summary sheet then has all its columns.
        ExportInput withCounts = input;
        withCounts.openFindings = [](const Commitment &) {
            return ExportInput::OpenFindings{1, 2};
        };
        const bool workbook =
            r.format == ExportRequest::Format::Xlsx || r.format == ExportRequest::Format::Ods;
        Error error;
        QVERIFY2(Exporter::run(r, workbook ? withCounts : input, &error), qPrintable(error.message()));
        files.append(r.targetPath);
    }
    // One LibreOffice run for all four files, with a fresh profile.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FONTCONFIG_FILE"), TestPaths::shared(QStringLiteral("fonts/kai-alias.conf")));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    const QString profile = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("lo-profile"))).toString();
    const ToolResult r = runTool(
        QStringLiteral("soffice"),
        QStringList{QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                    QStringLiteral("--norestore"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                    QStringLiteral("--outdir"), m_dir.filePath(QStringLiteral("pdf"))} +
            files,
        env, 300000);
    m_convertLog = QString::fromUtf8(r.out + r.err);
    m_converted = r.started;
}

void TestExportRender::englishWordsAreNotSplit()
{
    // A word broken across two lines ("informat" / "ion") shows in the PDF's text as the end
    // of one line and the start of the next that only together make a word of the source.
    QVERIFY(m_converted);
    QVERIFY(m_englishWords.size() > 100);
    static const QRegularExpression lastWord(QStringLiteral("([A-Za-z]+)$"));
    static const QRegularExpression firstWord(QStringLiteral("^([A-Za-z]+)"));
    const QStringList lines = pdfText(QStringLiteral("plan")).split(QLatin1Char('\n'));
    QStringList splits;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const auto a = lastWord.match(lines.at(i).trimmed());
        const auto b = firstWord.match(lines.at(i + 1).trimmed());
        if (!a.hasMatch() || !b.hasMatch())
            continue;
        const QString head = a.captured(1).toLower();
        const QString tail = b.captured(1).toLower();
        if (m_englishWords.contains(head + tail) &&
            !(m_englishWords.contains(head) && m_englishWords.contains(tail)))
            splits.append(a.captured(1) + QLatin1Char('/') + b.captured(1));
    }
    QVERIFY2(splits.isEmpty(), qPrintable(splits.join(QLatin1String(", "))));
}

void TestExportRender::noPageHoldsOnlyTrailingRows()
{
    // A page with little more than its header and footer on it holds the tail of a form (the
    // last lines of the contact block, a lone milestone heading): rows stay whole and the
    // form's last tables stay together.
    QVERIFY(m_converted);
    const ToolResult info = runTool(QStringLiteral("pdfinfo"), {pdf(QStringLiteral("plan"))});
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                          .match(QString::fromUtf8(info.out))
                          .captured(1)
                          .toInt();
    QVERIFY(pages > 10);
    QStringList sparse;
    for (int page = 2; page <= pages; ++page) { // page 1 is the cover
        const QString number = QString::number(page);
        const QString text = squeezed(
            pdfText(QStringLiteral("plan"), {QStringLiteral("-f"), number, QStringLiteral("-l"), number}));
        if (text.size() < 150)
            sparse.append(number + QStringLiteral(": ") + text);
    }
    QVERIFY2(sparse.isEmpty(), qPrintable(sparse.join(QLatin1Char('\n'))));
}

QString TestExportRender::pdfText(const QString &name, const QStringList &extra) const
{
    const ToolResult r =
        runTool(QStringLiteral("pdftotext"), extra + QStringList{pdf(name), QStringLiteral("-")});
    return QString::fromUtf8(r.out);
}

void TestExportRender::libreOfficeOpensEveryFormat()
{
    QVERIFY(m_converted);
    // LibreOffice's exit code is 0 even when loading failed: look at the output and the log.
    QVERIFY2(!m_convertLog.contains(QStringLiteral("Error:")), qPrintable(m_convertLog));
    for (const char *name : {"form", "plan", "book", "sheet"}) {
        QVERIFY2(QFileInfo(pdf(QLatin1String(name))).size() > 1000, qPrintable(m_convertLog));
    }
}

void TestExportRender::formUsesKaiOnA4()
{
    const ToolResult fonts = runTool(QStringLiteral("pdffonts"), {pdf(QStringLiteral("form"))});
    bool kaiEmbedded = false;
    for (const QString &line : QString::fromUtf8(fonts.out).split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("Kai"), Qt::CaseInsensitive) &&
            line.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))))
            kaiEmbedded = true;
    }
    QVERIFY2(kaiEmbedded, fonts.out.constData());
    const ToolResult info = runTool(QStringLiteral("pdfinfo"), {pdf(QStringLiteral("form"))});
    QVERIFY2(info.out.contains("595.") && info.out.contains("841.") && info.out.contains("(A4)"),
             info.out.constData());
    QVERIFY(pdfText(QStringLiteral("form")).contains(QStringLiteral("第 1 頁，共")));
    QVERIFY(pdfText(QStringLiteral("plan")).contains(QStringLiteral("第 1 頁，共")));
}

static QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

void TestExportRender::formShowsEveryField()
{
    const QString text = squeezed(pdfText(QStringLiteral("form")));
    QVERIFY(!text.isEmpty());
    for (const QString &field : m_fieldTexts)
        QVERIFY2(text.contains(squeezed(field)), qPrintable(field));
    for (const char *label :
         {"承諾事項名稱", "主（協）辦機關", "承諾事項的起迄時間", "承諾事項內容", "衡量指標／關鍵里程碑",
          "填表人/機關/團體", "聯絡方式", "內政部、（監察院）", "114年3月至117年12月", "完成第2項草案",
          "114/04", "115/02", "officer@example.gov.tw"})
        QVERIFY2(text.contains(QString::fromUtf8(label)), label);
}

void TestExportRender::linesAreTwentyPointsApart()
{
    const ToolResult r =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox-layout"), pdf(QStringLiteral("form")), QStringLiteral("-")});
    QXmlStreamReader xml(r.out);
    QList<double> tops; // lines of the long wrapped answer, first page holding them
    double lineTop = 0;
    QString lineText;
    int page = 0;
    int markerPage = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("page"))
            ++page;
        if (xml.isStartElement() && xml.name() == QLatin1String("line")) {
            lineTop = xml.attributes().value(QStringLiteral("yMin")).toDouble();
            lineText.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("word")) {
            lineText += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("line") &&
                   lineText.count(kLongMarker) >= 2) {
            markerPage = markerPage ? markerPage : page;
            if (page == markerPage)
                tops.append(lineTop);
        }
    }
    QVERIFY2(tops.size() >= 3, r.out.left(2000).constData());
    std::sort(tops.begin(), tops.end());
    for (int i = 1; i < tops.size(); ++i)
        QVERIFY2(
            qAbs(tops.at(i) - tops.at(i - 1) - 20.0) < 0.3,
            qPrintable(
                QStringLiteral("line %1: %2 pt below the previous").arg(i).arg(tops.at(i) - tops.at(i - 1))));
}

void TestExportRender::workbooksPrintTheirRows()
{
    const QString book = squeezed(pdfText(QStringLiteral("book")));
    QVERIFY(book.contains(QStringLiteral("政府資料開放與運用法制化")));
    QVERIFY(book.contains(QStringLiteral("承諾事項名稱（中文）")));
    const QString sheet = pdfText(QStringLiteral("sheet"));
    QVERIFY(sheet.contains(QStringLiteral("Commitment name (English)")) ||
            squeezed(sheet).contains(QStringLiteral("Commitmentname")));
    QVERIFY(sheet.contains(QStringLiteral("Page 1 of")));
    // The summary sheet comes first and fits one page wide: its first and last columns are on
    // page 1, and no identifier is.
    const QStringList firstPage{QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                QStringLiteral("1")};
    const QString bookPage = squeezed(pdfText(QStringLiteral("book"), firstPage));
    for (const char *word : {"編號", "面向", "主辦機關", "里程碑數", "狀態", "警告"})
        QVERIFY2(bookPage.contains(QString::fromUtf8(word)), word);
    QVERIFY(!bookPage.contains(m_marked.uuid));
    const QString sheetPage = squeezed(pdfText(QStringLiteral("sheet"), firstPage));
    for (const char *word : {"Code", "Areaname", "Leadagency", "Milestones", "Status", "Warnings"})
        QVERIFY2(sheetPage.contains(QLatin1String(word)), word);
}

QTEST_GUILESS_MAIN(TestExportRender)
#include "tst_exportrender.moc"
