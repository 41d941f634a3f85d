#include "AppTestHelper.h"

#include "AgencyComboBox.h"
#include "CommitmentEditor.h"
#include "EditorPage.h"
#include "LocalizedTextEdit.h"
#include "MainActions.h"
#include "MilestoneTableModel.h"
#include "MilestonesPage.h"
#include "MonthEdit.h"
#include "PlainTextField.h"
#include "PlanNavigator.h"
#include "text/Catalog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QWheelEvent>

using namespace nap;
using namespace nap::ui;
using nap::test::AppFixture;

// The editor driven through its real widgets, as an officer would use it.
class TestEditor : public QObject
{
    Q_OBJECT

private:
    template <typename T> static T *field(MainWindow &w, int page, const char *name)
    {
        CommitmentEditor *editor = w.commitmentEditor();
        editor->setCurrentPage(page);
        T *widget = editor->page(page)->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s on page %d", name, page);
        return widget;
    }

    static PlainTextField *text(MainWindow &w, int page, const char *name, Language language)
    {
        LocalizedTextEdit *edit = field<LocalizedTextEdit>(w, page, name);
        return edit ? edit->editor(language) : nullptr;
    }

    // ASCII as key clicks; Chinese as an input method would commit it.
    static void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus(Qt::OtherFocusReason);
        for (const QChar ch : text) {
            if (ch.unicode() < 127) {
                QTest::keyClick(widget, ch.toLatin1());
            } else {
                QInputMethodEvent event;
                event.setCommitString(QString(ch));
                QApplication::sendEvent(widget, &event);
            }
        }
    }

private slots:
    void longAnswersGrowTheirBox()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        w->actions()->addCommitment->trigger();
        PlainTextField *problem = text(*w, 1, "problemEdit", Language::Chinese);
        QVERIFY(problem);
        const int empty = problem->height();
        // A real problem statement: about 350 characters, no line breaks.
        QString answer;
        while (answer.size() < 350)
            answer += QStringLiteral("政府採購資訊分散於多個系統，民眾難以追蹤契約履約情形。");
        problem->setFocus();
        QInputMethodEvent event;
        event.setCommitString(answer);
        QApplication::sendEvent(problem, &event);
        QTRY_VERIFY(problem->height() > empty);
        // All of it is in view: the box scrolls only past its maximum height.
        QTRY_COMPARE(problem->verticalScrollBar()->maximum(), 0);
        QVERIFY(problem->shownLines() < PlainTextField::kMaxLines);
        // A very long answer stops at the maximum and scrolls inside.
        problem->setPlainText(answer.repeated(8));
        QTRY_COMPARE(problem->shownLines(), int(PlainTextField::kMaxLines));
        QVERIFY(problem->verticalScrollBar()->maximum() > 0);
    }

    void createCommitmentByTypingAndFindItAfterReopening()
    {
        AppFixture app;
        QString uuid;
        {
            auto w = app.window(app.sample);
            QVERIFY(w);
            const int before = int(w->document()->commitments().size());
            w->actions()->addCommitment->trigger();
            uuid = w->selectedUuid();
            QCOMPARE(w->document()->commitments().size(), before + 1);
            QCOMPARE(w->commitmentEditor()->commitmentUuid(), uuid);

            typeInto(text(*w, 0, "titleEdit", Language::Chinese), QStringLiteral("開放契約資料"));
            typeInto(text(*w, 0, "titleEdit", Language::English), QStringLiteral("Open contracting data"));
            QLineEdit *code = field<QLineEdit>(*w, 0, "codeEdit");
            code->selectAll();
            typeInto(code, QStringLiteral("1-9"));
            auto *lead = field<AgencyComboBox>(*w, 0, "leadEdit");
            lead->lineEdit()->clear();
            typeInto(lead, QStringLiteral("Ministry of Finance"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            typeInto(text(*w, 1, "problemEdit", Language::Chinese),
                     QStringLiteral("2023年僅12%標案公開契約"));
            auto *claim = field<QCheckBox>(*w, 3, "transparencyCheck");
            claim->setFocus();
            QTest::keyClick(claim, Qt::Key_Space);
            typeInto(text(*w, 3, "transparencyEdit", Language::English),
                     QStringLiteral("Contracts published"));
            typeInto(text(*w, 3, "relevanceEdit", Language::Chinese), QStringLiteral("契約公開供民眾監督"));
            typeInto(field<QLineEdit>(*w, 5, "phoneEdit"), QStringLiteral("02-2316-5300#123"));
            typeInto(field<QLineEdit>(*w, 5, "emailEdit"), QStringLiteral("officer@example.gov.tw"));

            const Commitment *c = w->document()->commitment(uuid);
            QCOMPARE(c->text(Field::Title).zh, QStringLiteral("開放契約資料"));
            QCOMPARE(c->leadAgency, QStringLiteral("mof"));
            QVERIFY(c->isClaimed(CoreValue::Transparency));
        }
        // A new window on the same file finds everything, in the widgets too.
        auto w = app.window(app.sample);
        QVERIFY(w);
        const Commitment *c = w->document()->commitment(uuid);
        QVERIFY(c);
        QCOMPARE(c->code, QStringLiteral("1-9"));
        QCOMPARE(c->text(Field::Title).en, QStringLiteral("Open contracting data"));
        QCOMPARE(c->text(Field::Problem).zh, QStringLiteral("2023年僅12%標案公開契約"));
        QCOMPARE(c->text(Field::ValueTransparency).en, QStringLiteral("Contracts published"));
        QCOMPARE(c->text(Field::Relevance).zh, QStringLiteral("契約公開供民眾監督"));
        QCOMPARE(c->contactPhone, QStringLiteral("02-2316-5300#123"));
        QCOMPARE(c->contactEmail, QStringLiteral("officer@example.gov.tw"));
        QVERIFY(c->isClaimed(CoreValue::Transparency));
        QVERIFY(w->select(uuid));
        QCOMPARE(text(*w, 0, "titleEdit", Language::Chinese)->exactText(), QStringLiteral("開放契約資料"));
        QCOMPARE(field<AgencyComboBox>(*w, 0, "leadEdit")->currentText(),
                 QStringLiteral("Ministry of Finance"));
        QVERIFY(field<QCheckBox>(*w, 3, "transparencyCheck")->isChecked());
    }

    void addAndReorderMilestones()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString uuid = w->selectedUuid();
        const int existing = int(w->document()->commitment(uuid)->milestones.size());
        auto *page = qobject_cast<MilestonesPage *>(w->commitmentEditor()->page(4));
        w->commitmentEditor()->setCurrentPage(4);
        auto *table = page->findChild<QTableView *>(QStringLiteral("table"));
        table->setFocus();
        table->setCurrentIndex(page->model()->index(existing - 1, 0));
        for (const QString &description : {QStringLiteral("完成草案"), QStringLiteral("發布資料集 20 項")}) {
            QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
            typeInto(QApplication::focusWidget(), description);
        }
        const QList<Milestone> &ms = w->document()->commitment(uuid)->milestones;
        QCOMPARE(ms.size(), existing + 2);
        QCOMPARE(ms.at(existing).description.zh, QStringLiteral("完成草案"));
        QCOMPARE(ms.at(existing + 1).description.zh, QStringLiteral("發布資料集 20 項"));

        // Keyboard: Alt+Up moves the selected (last) milestone up one row.
        table->setFocus();
        QCOMPARE(page->currentRow(), existing + 1);
        QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
        const QList<Milestone> &moved = w->document()->commitment(uuid)->milestones;
        QCOMPARE(moved.at(existing).description.zh, QStringLiteral("發布資料集 20 項"));
        QCOMPARE(page->currentRow(), existing);

        // Drag and drop: the last row dropped onto the first one takes its place.
        const QString first = moved.at(0).uuid;
        std::unique_ptr<QMimeData> data(page->model()->mimeData({page->model()->index(existing + 1, 0)}));
        page->model()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, page->model()->index(0, 0));
        const QList<Milestone> &dropped = w->document()->commitment(uuid)->milestones;
        QCOMPARE(dropped.at(0).description.zh, QStringLiteral("完成草案"));
        QCOMPARE(dropped.at(1).uuid, first);

        // Each move is one undo step.
        w->document()->undoStack()->undo();
        w->document()->undoStack()->undo();
        QCOMPARE(w->document()->commitment(uuid)->milestones.at(existing + 1).description.zh,
                 QStringLiteral("發布資料集 20 項"));
    }

    void undoAndRedoWithTheKeyboard()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString uuid = w->selectedUuid();
        const Commitment original = *w->document()->commitment(uuid);
        PlainTextField *title = text(*w, 0, "titleEdit", Language::English);
        title->moveCursor(QTextCursor::End);
        typeInto(title, QStringLiteral(" now"));
        PlainTextField *causes = text(*w, 1, "causesEdit", Language::Chinese);
        causes->moveCursor(QTextCursor::End);
        typeInto(causes, QStringLiteral("缺少法源"));
        const int commitments = int(w->document()->commitments().size());
        w->actions()->addCommitment->trigger();
        QCOMPARE(w->document()->commitments().size(), commitments + 1);

        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier); // the added commitment
        QCOMPARE(w->document()->commitments().size(), commitments);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier); // causes
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier); // title
        QCOMPARE(w->document()->commitment(uuid)->text(Field::Causes), original.text(Field::Causes));
        QCOMPARE(w->document()->commitment(uuid)->text(Field::Title).en, original.text(Field::Title).en);
        QCOMPARE(title->exactText(), original.text(Field::Title).en); // the widget shows it too

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->document()->commitment(uuid)->text(Field::Title).en,
                 original.text(Field::Title).en + QStringLiteral(" now"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->document()->commitment(uuid)->text(Field::Causes).zh,
                 original.text(Field::Causes).zh + QStringLiteral("缺少法源"));
    }

    void datesOutsideThePeriodAreShownNotChanged()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString uuid = w->selectedUuid();
        auto *end = field<MonthEdit>(*w, 0, "endEdit");
        auto *problem = field<QLabel>(*w, 0, "periodProblem");
        QVERIFY(problem->isHidden());
        QLineEdit *date = end->lineEdit();
        const auto typeMonth = [&](const QString &typed) {
            date->setFocus();
            date->selectAll();
            QTest::keyClicks(date, typed);
            QTest::keyClick(date, Qt::Key_Return);
        };
        typeMonth(QStringLiteral("2019/01")); // far before the start
        const Commitment *c = w->document()->commitment(uuid);
        QVERIFY(c->end < c->start);
        QVERIFY(!end->problem().isEmpty());
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("before the start")));
        const YearMonth stored = c->end;
        typeMonth(QStringLiteral("114/01")); // an ROC year: now after the plan ends (2024/05)
        QCOMPARE(w->document()->commitment(uuid)->end, YearMonth(2025, 1));
        QVERIFY(w->document()->commitment(uuid)->end > w->document()->plan().end);
        QVERIFY(problem->text().contains(QStringLiteral("plan period")));
        QVERIFY(w->document()->commitment(uuid)->end != stored);
    }

    void monthFieldsTakeEitherCalendar_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::newRow("2021/01") << QStringLiteral("2021/01") << 2021 << 1;
        QTest::newRow("2021-1") << QStringLiteral("2021-1") << 2021 << 1;
        QTest::newRow("110/01") << QStringLiteral("110/01") << 2021 << 1;
        QTest::newRow("110年1月") << QStringLiteral("110年1月") << 2021 << 1;
        QTest::newRow("民國110年1月") << QStringLiteral("民國110年1月") << 2021 << 1;
        QTest::newRow("112/12") << QStringLiteral("112/12") << 2023 << 12;
    }

    void monthFieldsTakeEitherCalendar()
    {
        // Typed into an empty field or over a month, as an officer types it: never garbled,
        // shown in the interface's calendar, and Up/Down step a month.
        QFETCH(QString, typed);
        QFETCH(int, year);
        QFETCH(int, month);
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString uuid = w->selectedUuid();
        auto *start = field<MonthEdit>(*w, 0, "startEdit");
        QLineEdit *edit = start->lineEdit();
        edit->setFocus();
        edit->clear();
        QTest::keyClick(edit, Qt::Key_Tab); // empty: the month is cleared
        QVERIFY(!w->document()->commitment(uuid)->start.isValid());
        typeInto(edit, typed);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(w->document()->commitment(uuid)->start, YearMonth(year, month));
        QCOMPARE(edit->text(), QStringLiteral("%1/%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
        QVERIFY(start->inputProblem().isEmpty());
        QTest::keyClick(edit, Qt::Key_Up);
        QCOMPARE(w->document()->commitment(uuid)->start, YearMonth(year, month).addMonths(1));
        // Not a month: said so, nothing stored.
        const YearMonth before = w->document()->commitment(uuid)->start;
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2021/13"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(w->document()->commitment(uuid)->start, before);
        QVERIFY(start->inputProblem().contains(QStringLiteral("2021/13")));
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(start->inputProblem().isEmpty());
        // In Chinese the field shows the ROC month, the Gregorian one beside it.
        w->actions()->languageChinese->trigger();
        QTRY_COMPARE(edit->text(), QStringLiteral("%1年%2月").arg(before.year() - 1911).arg(before.month()));
        w->actions()->languageEnglish->trigger();
    }

    void explainingAValueTicksIt()
    {
        // Typing under an unticked value claims it, in the same undo step as the typing.
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString uuid = w->selectedUuid();
        auto *participation = field<QCheckBox>(*w, 3, "participationCheck");
        if (participation->isChecked()) { // untick first, as an officer would
            participation->setFocus();
            QTest::keyClick(participation, Qt::Key_Space);
        }
        QVERIFY(!w->document()->commitment(uuid)->isClaimed(CoreValue::Participation));
        const int steps = w->document()->undoStack()->count();
        typeInto(text(*w, 3, "participationEdit", Language::English), QStringLiteral("Open hearings"));
        QVERIFY(w->document()->commitment(uuid)->isClaimed(CoreValue::Participation));
        QTRY_VERIFY(participation->isChecked());
        QCOMPARE(w->document()->undoStack()->count(), steps + 1);
        w->document()->undoStack()->undo();
        QVERIFY(!w->document()->commitment(uuid)->isClaimed(CoreValue::Participation));
    }

    void wheelOverUnfocusedControlsChangesNothing()
    {
        // Scrolling the form with the wheel over 面向, 主辦機關, 狀態 or a month must not change
        // them; once the officer has clicked into one, the wheel works on it as usual.
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString uuid = w->selectedUuid();
        const Commitment before = *w->document()->commitment(uuid);
        const int steps = w->document()->undoStack()->count();
        QList<QWidget *> controls{field<QComboBox>(*w, 0, "areaEdit"), field<QComboBox>(*w, 0, "statusEdit"),
                                  field<AgencyComboBox>(*w, 0, "leadEdit"),
                                  field<MonthEdit>(*w, 0, "startEdit")->lineEdit(),
                                  field<MonthEdit>(*w, 0, "endEdit")->lineEdit()};
        text(*w, 0, "titleEdit", Language::Chinese)->setFocus();
        for (QWidget *control : std::as_const(controls)) {
            QVERIFY(control);
            QCOMPARE(control->focusPolicy(), Qt::StrongFocus); // the wheel does not focus it either
            for (int notch : {-120, 120, -120}) {
                const QPointF at = QPointF(control->rect().center());
                QWheelEvent wheel(at, control->mapToGlobal(at), QPoint(), QPoint(0, notch), Qt::NoButton,
                                  Qt::NoModifier, Qt::NoScrollPhase, false);
                QApplication::sendEvent(control, &wheel);
            }
            QVERIFY(!control->hasFocus());
        }
        QVERIFY(*w->document()->commitment(uuid) == before);
        QCOMPARE(w->document()->undoStack()->count(), steps);

        // Clicked into, the status combo takes the wheel: the guard does not break it.
        auto *status = static_cast<QComboBox *>(controls.at(1));
        status->setFocus(Qt::MouseFocusReason);
        const int index = status->currentIndex();
        const int notch = index + 1 < status->count() ? -120 : 120;
        const QPointF at = QPointF(status->rect().center());
        QWheelEvent wheel(at, status->mapToGlobal(at), QPoint(), QPoint(0, notch), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(status, &wheel);
        QVERIFY(status->currentIndex() != index);
        QVERIFY(w->document()->commitment(uuid)->status != before.status);
    }

    void agencyPickerFindsShortNames()
    {
        // 國發會 is what officers type: the picker offers 國家發展委員會 and stores its code.
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString uuid = w->selectedUuid();
        auto *lead = field<AgencyComboBox>(*w, 0, "leadEdit");
        lead->setFocus();
        lead->lineEdit()->selectAll();
        typeInto(lead->lineEdit(), QStringLiteral("金管會"));
        QCOMPARE(lead->completer()->completionCount(), 1);
        QCOMPARE(lead->completer()->currentCompletion(), QStringLiteral("Financial Supervisory Commission"));
        QTest::keyClick(lead->lineEdit(), Qt::Key_Return);
        QCOMPARE(w->document()->commitment(uuid)->leadAgency, QStringLiteral("fsc"));
        QCOMPARE(Catalog::agencies().codeFor(QStringLiteral("國發會")), QStringLiteral("ndc"));
    }

    void searchFiltersTheTreeByCodeTitleAndAgency()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        auto visibleCodes = [&w] {
            QStringList codes;
            for (const QString &uuid : w->navigator()->visibleUuids()) {
                if (const Commitment *c = w->document()->commitment(uuid))
                    codes.append(c->code);
            }
            return codes;
        };
        QCOMPARE(visibleCodes().size(), 12);
        w->actions()->find->trigger(); // Ctrl+F
        QCOMPARE(QApplication::focusWidget(), w->searchBox());
        const QList<std::pair<QString, QStringList>> cases{
            {QStringLiteral("3-3"), {QStringLiteral("3-3")}},            // code
            {QStringLiteral("hakka"), {QStringLiteral("3-3")}},          // English title, any case
            {QStringLiteral("客家"), {QStringLiteral("3-3")}},           // Chinese title
            {QStringLiteral("中央選舉委員會"), {QStringLiteral("2-1")}}, // lead agency, Chinese
            {QStringLiteral("Central Election Commission"), {QStringLiteral("2-1")}}, // and English
            {QStringLiteral("中選會"), {QStringLiteral("2-1")}},                      // short name
            {QStringLiteral("no such words"), {}}};
        for (const auto &[query, expected] : cases) {
            w->searchBox()->selectAll();
            typeInto(w->searchBox(), query);
            QCOMPARE(visibleCodes(), expected);
        }
        // No match says so (the tree alone would look like an empty plan).
        auto *noMatch = w->navigator()->findChild<QLabel *>();
        QVERIFY(noMatch && noMatch->isVisible());
        QVERIFY2(noMatch->text().contains(QStringLiteral("no such words")), qPrintable(noMatch->text()));
        // A match keeps its area visible around it; clearing the search shows everything again.
        w->searchBox()->selectAll();
        typeInto(w->searchBox(), QStringLiteral("3-3"));
        const QString area = w->document()->commitment(w->navigator()->visibleUuids().constLast())->areaUuid;
        QVERIFY(w->navigator()->visibleUuids().contains(area));
        QVERIFY(!noMatch->isVisible());
        w->searchBox()->clear();
        QCOMPARE(visibleCodes().size(), 12);
    }

    void milestoneDatesOutsideThePeriodAreFlagged()
    {
        AppFixture app;
        auto w = app.window(app.sample);
        QVERIFY(w);
        const QString uuid = w->selectedUuid(); // 1-1: 2021/01 to 2024/05
        const int page = w->commitmentEditor()->pageOf(Field::Milestones);
        w->commitmentEditor()->setCurrentPage(page);
        auto *milestones = qobject_cast<MilestonesPage *>(w->commitmentEditor()->page(page));
        auto *table = milestones->findChild<QTableView *>(QStringLiteral("table"));
        QVERIFY(table);
        MilestoneTableModel *model = milestones->model();
        const QModelIndex end = model->index(0, MilestoneTableModel::EndColumn);
        QVERIFY(end.data(Qt::BackgroundRole).isNull());

        // Edit the end month in place, as with F2 and the arrow keys: two years back.
        table->setFocus();
        table->setCurrentIndex(end);
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = table->findChild<MonthEdit *>();
        QVERIFY(editor && editor->isVisible());
        QVERIFY2(editor->width() >= editor->sizeHint().width(), "the month is clipped");
        QLineEdit *line = editor->lineEdit();
        QVERIFY(line->hasFocus());
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("108/12")); // typed in the ROC calendar
        QTest::keyClick(line, Qt::Key_Return);
        // Stored as typed, never silently corrected, and shown as a problem on the cell.
        QTRY_COMPARE(w->document()->commitment(uuid)->milestones.at(0).end, YearMonth(2019, 12));
        QVERIFY(!end.data(Qt::BackgroundRole).isNull());
        QVERIFY2(end.data(Qt::ToolTipRole).toString().contains(QStringLiteral("before")),
                 qPrintable(end.data(Qt::ToolTipRole).toString()));
        QVERIFY(!end.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
        // Undo brings the valid month back and the flag goes.
        w->document()->undoStack()->undo();
        QTRY_COMPARE(w->document()->commitment(uuid)->milestones.at(0).end, YearMonth(2021, 12));
        QTRY_VERIFY(model->index(0, MilestoneTableModel::EndColumn).data(Qt::BackgroundRole).isNull());
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
