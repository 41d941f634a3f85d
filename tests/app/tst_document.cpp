#include "WorkspaceDocument.h"
#include "sample/SamplePlan.h"
#include "store/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nap;
using namespace nap::ui;

// The document behind the editor: undo across field and structural edits, merging of
// typing, renumbering, and the autosave that makes each edit durable.
class TestDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<WorkspaceDocument> openSample(QString *path = nullptr)
    {
        const QString file = m_dir.filePath(QStringLiteral("ws%1.napdesk").arg(++m_counter));
        Error error;
        if (!SamplePlan::writeWorkspace(file, &error))
            return nullptr;
        if (path)
            *path = file;
        return WorkspaceDocument::open(file, Workspace::Mode::ReadWrite, &error);
    }

    static void type(WorkspaceDocument &doc, const QString &uuid, Field field, const QString &text)
    {
        doc.editCommitment(uuid, Fields::code(field), QStringLiteral("typing"), [&](Commitment &c) {
            c.text(field).setText(Language::Chinese, text, WorkspaceDocument::now());
        });
    }

private slots:
    void typingMergesIntoOneStepPerField()
    {
        auto doc = openSample();
        QVERIFY(doc);
        const QString uuid = doc->commitments().constFirst().uuid;
        const QString before = doc->commitment(uuid)->text(Field::Problem).zh;
        for (const QString &t : {QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("abc")})
            type(*doc, uuid, Field::Problem, t);
        type(*doc, uuid, Field::Causes, QStringLiteral("x"));
        QCOMPARE(doc->undoStack()->count(), 2);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(doc->commitment(uuid)->text(Field::Problem).zh, before);
        doc->undoStack()->redo();
        QCOMPARE(doc->commitment(uuid)->text(Field::Problem).zh, QStringLiteral("abc"));

        // After the merge window closes (focus moved), the same field starts a new step.
        doc->closeMergeWindow();
        type(*doc, uuid, Field::Problem, QStringLiteral("abcd"));
        QCOMPARE(doc->undoStack()->count(), 2);
    }

    void undoCrossesStructuralChanges()
    {
        auto doc = openSample();
        const int commitments = int(doc->commitments().size());
        const Area firstArea = doc->areas().constFirst();
        const QString added = doc->addCommitment(firstArea.uuid);
        QVERIFY(!added.isEmpty());
        type(*doc, added, Field::Title, QStringLiteral("新承諾"));
        const QString copy = doc->duplicateCommitment(added);
        QCOMPARE(doc->commitment(copy)->text(Field::Title).zh, QStringLiteral("新承諾"));
        QVERIFY(doc->moveCommitment(copy, doc->areas().at(2).uuid));
        QCOMPARE(doc->commitment(copy)->code, QStringLiteral("3-4"));
        QVERIFY(doc->removeArea(doc->areas().at(1).uuid)); // with its 3 commitments
        QCOMPARE(doc->commitments().size(), commitments + 2 - 3);
        QCOMPARE(doc->areas().size(), 4);

        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(doc->commitments().size(), commitments);
        QCOMPARE(doc->areas().size(), 5);
        QVERIFY(!doc->commitment(added));
        while (doc->undoStack()->canRedo())
            doc->undoStack()->redo();
        QCOMPARE(doc->commitments().size(), commitments - 1);
        QCOMPARE(doc->commitment(copy)->areaUuid, doc->areas().at(1).uuid); // area 3 is now second
    }

    void renumberCloseGaps()
    {
        auto doc = openSample();
        const QList<const Commitment *> area1 = doc->commitmentsInArea(doc->areas().constFirst().uuid);
        QVERIFY(doc->removeCommitment(area1.at(0)->uuid));
        QVERIFY(doc->removeArea(doc->areas().at(1).uuid));
        QVERIFY(doc->renumber());
        QStringList codes;
        for (const Commitment &c : doc->commitments())
            codes.append(c.code);
        QCOMPARE(codes.mid(0, 4), (QStringList{QStringLiteral("1-1"), QStringLiteral("1-2"),
                                               QStringLiteral("2-1"), QStringLiteral("2-2")}));
        QCOMPARE(doc->areas().at(1).number, 2);
        doc->undoStack()->undo();
        QCOMPARE(doc->areas().at(1).number, 3);
        doc->undoStack()->redo();
        QVERIFY(!doc->renumber()); // already in order: nothing to do, no empty undo step
    }

    void autosaveMakesEditsDurableWithinASecond()
    {
        QString path;
        auto doc = openSample(&path);
        const QString uuid = doc->commitments().at(3).uuid;
        QSignalSpy saved(doc.get(), &WorkspaceDocument::saveStateChanged);
        QElapsedTimer timer;
        timer.start();
        type(*doc, uuid, Field::Problem, QStringLiteral("2024 年基準值 42%"));
        QCOMPARE(doc->saveState(), WorkspaceDocument::SaveState::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(doc->saveState(), WorkspaceDocument::SaveState::Saved, 1000);
        QVERIFY(timer.elapsed() < 1000);
        Error error;
        auto reader = Workspace::open(path, Workspace::Mode::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error.message()));
        QCOMPARE(reader->commitment(uuid)->text(Field::Problem).zh, QStringLiteral("2024 年基準值 42%"));
    }

    void continuousTypingReachesTheDiskEverySecond()
    {
        // Typing without a pause (a keystroke every 100 ms) never lets the short autosave
        // timer run out; the edits must reach the file within a second all the same.
        QString path;
        auto doc = openSample(&path);
        const QString uuid = doc->commitments().at(3).uuid;
        QString typed;
        QElapsedTimer timer;
        timer.start();
        qint64 firstOnDisk = -1;
        int savesWhileTyping = 0;
        connect(doc.get(), &WorkspaceDocument::saveStateChanged, this, [&](WorkspaceDocument::SaveState s) {
            savesWhileTyping += s == WorkspaceDocument::SaveState::Saved ? 1 : 0;
        });
        while (timer.elapsed() < 2500) {
            typed += QChar(char16_t(u'a' + typed.size() % 26));
            type(*doc, uuid, Field::Problem, typed);
            QTest::qWait(100);
            if (firstOnDisk >= 0)
                continue;
            Error error;
            auto reader = Workspace::open(path, Workspace::Mode::ReadOnly, &error);
            QVERIFY2(reader, qPrintable(error.message()));
            if (reader->commitment(uuid)->text(Field::Problem).zh.startsWith(QLatin1Char('a')))
                firstOnDisk = timer.elapsed();
        }
        QVERIFY2(firstOnDisk >= 0 && firstOnDisk <= 1100, qPrintable(QString::number(firstOnDisk)));
        QVERIFY2(savesWhileTyping >= 2, qPrintable(QString::number(savesWhileTyping)));
    }

    void memoryHoldsWhatTheFileHolds()
    {
        // A stray surrogate pasted from a broken source: the document keeps what the file will
        // hold (U+FFFD, the rest intact) from the start, not only after reopening.
        QString path;
        auto doc = openSample(&path);
        const QString uuid = doc->commitments().at(2).uuid;
        const QString pasted = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b\r\n");
        const QString stored = QStringLiteral("a") + QChar(0xFFFD) + QStringLiteral("b\r\n");
        type(*doc, uuid, Field::Causes, pasted);
        QCOMPARE(doc->commitment(uuid)->text(Field::Causes).zh, stored);
        QVERIFY(doc->flush());
        Error error;
        auto reader = Workspace::open(path, Workspace::Mode::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error.message()));
        QCOMPARE(reader->commitment(uuid)->text(Field::Causes).zh, stored);
        // Ordinary text is left exactly as typed.
        type(*doc, uuid, Field::Causes, QStringLiteral("缺乏法源 😀\t"));
        QCOMPARE(doc->commitment(uuid)->text(Field::Causes).zh, QStringLiteral("缺乏法源 😀\t"));
    }

    void removalsAndAreasReachTheFile()
    {
        QString path;
        auto doc = openSample(&path);
        const QString area = doc->addArea();
        const QString added = doc->addCommitment(area);
        const QString removed = doc->commitments().constFirst().uuid;
        QVERIFY(doc->removeCommitment(removed));
        QVERIFY(doc->flush());
        Error error;
        auto reader = Workspace::open(path, Workspace::Mode::ReadOnly, &error);
        QVERIFY(reader);
        QVERIFY(reader->commitment(added));
        QCOMPARE(reader->commitment(added)->code, QStringLiteral("6-1"));
        QVERIFY(!reader->commitment(removed));
        QCOMPARE(reader->areas().size(), 6);
    }

    void readOnlyDocumentRefusesEdits()
    {
        QString path;
        auto writer = openSample(&path);
        Error error;
        auto doc = WorkspaceDocument::open(path, Workspace::Mode::ReadOnly, &error);
        QVERIFY(doc);
        QCOMPARE(doc->saveState(), WorkspaceDocument::SaveState::ReadOnly);
        const QString uuid = doc->commitments().constFirst().uuid;
        QVERIFY(!doc->editCommitment(uuid, {}, {}, [](Commitment &c) { c.code = QStringLiteral("9-9"); }));
        QVERIFY(doc->addArea().isEmpty());
        QCOMPARE(doc->undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
