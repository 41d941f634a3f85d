#include "AppTestHelper.h"

#include "CommitmentEditor.h"
#include "EditorPage.h"
#include "ExportDialog.h"
#include "InterfaceFont.h"
#include "LocalizedTextEdit.h"
#include "MainActions.h"
#include "PlainTextField.h"
#include "PlanTreeModel.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace nap;
using namespace nap::ui;
using nap::test::AppFixture;

namespace {

// What the officer sees in one interface language, as the translations word it.
struct Expected
{
    QString language;
    QString fileMenu;
    QString viewMenu;
    QString undoPrefix; // Qt's own catalogue (qtbase_zh_TW) through QUndoStack
    QString firstPage;  // the editor's page list
    QString titleLabel; // a label from a Designer form
    QString milestoneHeader;
    QString agencyHeader;
    QString leadAgency;    // reference data, stored as a code
    QString formatsBox;    // the export dialog
    QString planChoice;    // a plural, set in code
    QString chineseChoice; // a combo item, set in code
    QString cancel;        // a Qt standard button
    QString fileName;      // Qt's own file dialog
};

Expected chinese(int commitments)
{
    return {QStringLiteral("zh_TW"),
            QStringLiteral("檔案(&F)"),
            QStringLiteral("檢視(&V)"),
            QStringLiteral("復原"),
            QStringLiteral("基本資料"),
            QStringLiteral("承諾事項名稱"),
            QStringLiteral("里程碑"),
            QStringLiteral("負責機關"),
            QStringLiteral("主辦機關：國家發展委員會"),
            QStringLiteral("格式"),
            QStringLiteral("整份方案（%1 項承諾事項）").arg(commitments),
            QStringLiteral("中文"),
            QStringLiteral("取消"),
            QStringLiteral("檔名：")};
}

Expected english(int commitments)
{
    return {QStringLiteral("en"),
            QStringLiteral("&File"),
            QStringLiteral("&View"),
            QStringLiteral("Undo"),
            QStringLiteral("Basic data"),
            QStringLiteral("Commitment name"),
            QStringLiteral("Milestone"),
            QStringLiteral("Responsible agency"),
            QStringLiteral("Lead agency: National Development Council"),
            QStringLiteral("Formats"),
            QStringLiteral("Whole plan (%1 commitments)").arg(commitments),
            QStringLiteral("Chinese"),
            QStringLiteral("Cancel"),
            QStringLiteral("File name:")};
}

QString withoutMnemonic(QString text)
{
    // Qt words a standard button "&Cancel" on some platform themes, "取消(&C)" in Chinese.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&\\w\\)|&"));
    return text.remove(mnemonic).trimmed();
}

QStringList headers(const QAbstractItemModel *model)
{
    QStringList out;
    for (int c = 0; c < model->columnCount(); ++c)
        out.append(model->headerData(c, Qt::Horizontal).toString());
    return out;
}

QModelIndex findUuid(const QAbstractItemModel *model, const QString &uuid, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        if (index.data(PlanTreeModel::UuidRole).toString() == uuid)
            return index;
        const QModelIndex inner = findUuid(model, uuid, index);
        if (inner.isValid())
            return inner;
    }
    return {};
}

QString runCli(const QStringList &arguments, int *exitCode, const char *program = NAP_CLI)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QString::fromLocal8Bit(program), arguments);
    if (!p.waitForFinished(60000))
        return {};
    *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

// The live language switch with the editor, the export dialog and a message box open:
// every visible text follows the language at once; what the officer typed and the undo
// history stay as they were.
class TestLanguage : public QObject
{
    Q_OBJECT

private:
    struct Scene
    {
        MainWindow *window = nullptr;
        ExportDialog *dialog = nullptr;
        QMessageBox *box = nullptr;
        QFileDialog *files = nullptr;
        QString uuid;
    };

    // Checks every text of the scene against one language; true when all match.
    static bool shows(const Scene &s, const Expected &e, QString *why)
    {
        QStringList wrong;
        auto expect = [&wrong](const char *what, const QString &actual, const QString &wanted) {
            if (actual != wanted)
                wrong.append(
                    QStringLiteral("%1: \"%2\", expected \"%3\"").arg(QLatin1String(what), actual, wanted));
        };
        MainActions *a = s.window->actions();
        expect("File menu", a->fileMenu->title(), e.fileMenu);
        expect("View menu", a->viewMenu->title(), e.viewMenu);
        const QList<QAction *> edits = a->editMenu->actions();
        expect("Edit menu's first action",
               edits.isEmpty() ? QString() : edits.constFirst()->text().section(QLatin1Char(' '), 0, 0),
               e.undoPrefix);

        CommitmentEditor *editor = s.window->commitmentEditor();
        auto *pages = editor->findChild<QListWidget *>(QStringLiteral("pageList"));
        expect("page list", pages ? pages->item(0)->text() : QString(), e.firstPage);
        auto *label = editor->page(0)->findChild<QLabel *>(QStringLiteral("titleLabel"));
        expect("title label", label ? label->text() : QString(), e.titleLabel);

        auto *table = editor->findChild<QTableView *>(QStringLiteral("table"));
        const QStringList columns = table ? headers(table->model()) : QStringList();
        expect("milestone header", columns.value(0), e.milestoneHeader);
        if (!columns.contains(e.agencyHeader))
            wrong.append(QStringLiteral("milestone headers %1 lack \"%2\"")
                             .arg(columns.join(QLatin1String(" | ")), e.agencyHeader));

        const QModelIndex item = findUuid(s.window->tree()->model(), s.uuid);
        const QStringList tip = item.data(Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
        if (!tip.contains(e.leadAgency))
            wrong.append(QStringLiteral("tree tooltip \"%1\" lacks \"%2\"")
                             .arg(tip.join(QLatin1String(" / ")), e.leadAgency));

        auto *formats = s.dialog->findChild<QGroupBox *>(QStringLiteral("formatsBox"));
        expect("export formats box", formats ? formats->title() : QString(), e.formatsBox);
        auto *plan = s.dialog->findChild<QRadioButton *>(QStringLiteral("planRadio"));
        expect("export whole plan", plan ? plan->text() : QString(), e.planChoice);
        auto *language = s.dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        expect("export language", language ? language->itemText(0) : QString(), e.chineseChoice);

        QAbstractButton *cancel = s.box->button(QMessageBox::Cancel);
        expect("standard Cancel button", cancel ? withoutMnemonic(cancel->text()) : QString(), e.cancel);
        auto *fileName = s.files->findChild<QLabel *>(QStringLiteral("fileNameLabel"));
        expect("file dialog's file name label", fileName ? withoutMnemonic(fileName->text()) : QString(),
               e.fileName);
        *why = wrong.join(QLatin1String("\n  "));
        return wrong.isEmpty();
    }

private slots:
    void switchFollowsEveryWindowAndKeepsEdits()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        Scene s{w.get(), nullptr, nullptr, nullptr, w->selectedUuid()};
        QVERIFY(!s.uuid.isEmpty());
        const int commitments = int(w->document()->commitments().size());

        // The text being edited: the Chinese title, cursor inside it, with one edit typed.
        auto *title =
            w->commitmentEditor()->page(0)->findChild<LocalizedTextEdit *>(QStringLiteral("titleEdit"));
        QVERIFY(title);
        PlainTextField *zh = title->editor(Language::Chinese);
        zh->setFocus();
        zh->moveCursor(QTextCursor::End);
        QInputMethodEvent ime; // how a Chinese input method delivers the text
        ime.setCommitString(QStringLiteral("草案"));
        QApplication::sendEvent(zh, &ime);
        QUndoStack *undo = w->document()->undoStack();
        const QString typed = zh->exactText();
        QVERIFY(typed.endsWith(QStringLiteral("草案")));

        // An open dialog of the app (not modal) and one of Qt's own with standard buttons.
        w->actions()->exportFiles->trigger();
        s.dialog = w->findChild<ExportDialog *>();
        QVERIFY(s.dialog && s.dialog->isVisible());
        QMessageBox box(QMessageBox::Question, QStringLiteral("NAP Desk"), QStringLiteral("?"),
                        QMessageBox::Ok | QMessageBox::Cancel, w.get());
        box.setWindowModality(Qt::NonModal);
        box.show();
        s.box = &box;
        // Qt's own file dialog (the one Linux desktops without a platform dialog get).
        QFileDialog files(w.get(), QStringLiteral("NAP Desk"));
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setWindowModality(Qt::NonModal);
        files.show();
        s.files = &files;

        QString why;
        QVERIFY2(shows(s, english(commitments), &why), qPrintable(why));
        const int steps = undo->count();
        const int index = undo->index();
        QVERIFY(steps > 0);

        const QList<std::pair<QAction *, Expected>> switches{
            {w->actions()->languageChinese, chinese(commitments)},
            {w->actions()->languageEnglish, english(commitments)},
            {w->actions()->languageChinese, chinese(commitments)}};
        for (const auto &[action, expected] : switches) {
            action->trigger();
            QCOMPARE(app.languages.language(), expected.language);
            QCOMPARE(app.settings->language(), expected.language);
            // LanguageChange is posted: wait for it, then every text must match.
            QTRY_VERIFY2(shows(s, expected, &why),
                         qPrintable(expected.language + QStringLiteral(":\n  ") + why));
            QVERIFY(s.dialog->isVisible());
            QVERIFY(box.isVisible());
            QCOMPARE(zh->exactText(), typed);
            QCOMPARE(w->selectedUuid(), s.uuid);
            QCOMPARE(undo->count(), steps);
            QCOMPARE(undo->index(), index);
        }

        // Still one history: undo takes back what was typed before the switches.
        undo->undo();
        QTRY_VERIFY(!zh->exactText().endsWith(QStringLiteral("草案")));
        undo->redo();
        QTRY_COMPARE(zh->exactText(), typed);
    }

    void interfaceFontFollowsLanguage()
    {
        // English text needs a Latin face first (curly quotes at Latin width); both languages
        // keep the Traditional Chinese face for the content.
        const QString tc = QStringLiteral("Noto Sans CJK TC");
        if (!QFontDatabase::families().contains(tc))
            QSKIP("Noto Sans CJK TC is not installed (fonts-noto-cjk)");
        LanguageManager languages;
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("zh_TW"), QStringLiteral("en")}) {
            languages.setLanguage(language);
            const QStringList families = QApplication::font().families();
            QVERIFY2(families.contains(tc), qPrintable(families.join(QLatin1Char(','))));
            QCOMPARE(families.constFirst(), InterfaceFont::preferredFamily(language));
            if (language == QLatin1String("zh_TW")) {
                QCOMPARE(families.constFirst(), tc);
            } else {
                QVERIFY2(families.constFirst() != tc, qPrintable(families.join(QLatin1Char(','))));
                // The Latin face draws the English closing quote narrower than the CJK face.
                const QFontMetricsF latin(QApplication::font());
                const QFontMetricsF cjk(QFont(tc, QApplication::font().pointSize()));
                QVERIFY(latin.horizontalAdvance(QChar(0x201D)) < cjk.horizontalAdvance(QChar(0x201D)));
            }
        }
    }

    void commandLineFollowsLang_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW")
                               << QStringList{QStringLiteral("方案：開放政府國家行動方案（草案）"),
                                              QStringLiteral("面向數："), QStringLiteral("承諾事項數："),
                                              QStringLiteral("里程碑數：")}
                               << QStringList{QStringLiteral("Plan:"), QStringLiteral("Commitments:")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral(
                                               "Plan: Open Government National Action Plan (draft)"),
                                           QStringLiteral("Areas:"), QStringLiteral("Commitments:"),
                                           QStringLiteral("Milestones:")}
                            << QStringList{QStringLiteral("方案："), QStringLiteral("承諾事項數：")};
    }

    void commandLineFollowsLang()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        AppFixture app;
        int code = -1;
        const QString out = runCli({QStringLiteral("--lang"), language, QStringLiteral("info"),
                                    QStringLiteral("--workspace"), app.sample},
                                   &code);
        QCOMPARE(code, 0);
        for (const QString &text : present)
            QVERIFY2(out.contains(text), qPrintable(out));
        for (const QString &text : absent)
            QVERIFY2(!out.contains(text), qPrintable(out));

        // The joined form --lang=CODE works as well.
        const QString joined = runCli({QStringLiteral("--lang=") + language, QStringLiteral("info"),
                                       QStringLiteral("--workspace"), app.sample},
                                      &code);
        QCOMPARE(code, 0);
        QCOMPARE(joined, out);

        const QString help = runCli({QStringLiteral("--lang"), language, QStringLiteral("--help")}, &code);
        QVERIFY2(help.startsWith(language == QLatin1String("en") ? QStringLiteral("Usage:")
                                                                 : QStringLiteral("用法：")),
                 qPrintable(help));
        // The window's --help too (Qt's "Usage:" comes from qtbase, the rest from NAP Desk).
        const QString gui =
            runCli({QStringLiteral("--lang"), language, QStringLiteral("--help")}, &code, NAP_GUI);
        QCOMPARE(code, 0);
        QVERIFY2(gui.contains(language == QLatin1String("en") ? QStringLiteral("Interface language")
                                                              : QStringLiteral("介面語言")),
                 qPrintable(gui));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
