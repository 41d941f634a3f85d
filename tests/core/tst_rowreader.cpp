// Reading rows straight from SQLite (when the connection is ours) gives what Qt SQL gives:
// Chinese, characters beyond the BMP, bytes that are not UTF-8, NULL, numbers, stamps, a
// UTF-16 file, a failing query; and only our own SQLite's connections are read directly.
#include "store/RowReader.h"
#include "store/SqliteHandle.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nap;

namespace {

const QString kRows = QStringLiteral("FROM t ORDER BY id");

struct Row
{
    qint64 id;
    QString text;
    QDateTime stamp;
};

QList<Row> readAll(QSqlDatabase &db, const QString &tail = kRows, const QStringList &binds = {},
                   Error *error = nullptr)
{
    QList<Row> out;
    RowReader rows(db, QStringLiteral("id, s, stamp"), tail, {QStringLiteral("id")}, binds);
    while (rows.next())
        out.append({rows.integer(0), rows.text(1), rows.stamp(2)});
    rows.succeeded(error);
    return out;
}

} // namespace

class TestRowReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recognisesOnlyItsOwnConnections();
    void bothWaysReadTheSame_data();
    void bothWaysReadTheSame();
    void bindsSelectRows();
    void aFailedQueryIsReported();

private:
    void fill(const QString &file, const QString &encoding);
    QSqlDatabase open(const QString &name, const QString &file);

    QTemporaryDir m_dir;
};

void TestRowReader::fill(const QString &file, const QString &encoding)
{
    QSqlDatabase db = open(QStringLiteral("fill-") + encoding, file);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA encoding = '%1'").arg(encoding)));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(id INTEGER, s TEXT, stamp TEXT)")));
    // 1: Chinese, 2: beyond the BMP, 3: bytes another tool wrote that are not UTF-8,
    // 4: NULL, 5: empty with an unreadable stamp, 6: an embedded NUL.
    for (const char *sql :
         {"INSERT INTO t VALUES(1, '開放政府國家行動方案', '2026-12-04T09:30:15.250Z')",
          "INSERT INTO t VALUES(2, 'a😀b', '2026-01-31T00:00:00.000Z')",
          "INSERT INTO t VALUES(3, CAST(X'41FF42' AS TEXT), '')", "INSERT INTO t VALUES(4, NULL, NULL)",
          "INSERT INTO t VALUES(5, '', '2026-02-30T00:00:00.000Z')",
          "INSERT INTO t VALUES(6, 'x' || char(0) || 'y', '2026-12-04T09:30:15Z')"})
        QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
    q.finish();
    db.close();
}

QSqlDatabase TestRowReader::open(const QString &name, const QString &file)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(file);
    [&] {
        QVERIFY(db.open());
    }();
    return db;
}

void TestRowReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    fill(m_dir.filePath(QStringLiteral("utf8.db")), QStringLiteral("UTF-8"));
    fill(m_dir.filePath(QStringLiteral("utf16.db")), QStringLiteral("UTF-16le"));
    // Opened before our SQLite watches connections: read through Qt SQL.
    for (const QString &file : {QStringLiteral("utf8"), QStringLiteral("utf16")})
        open(QStringLiteral("qt-") + file, m_dir.filePath(file + QStringLiteral(".db")));
    SqliteHandle::watchConnections();
    for (const QString &file : {QStringLiteral("utf8"), QStringLiteral("utf16")})
        open(QStringLiteral("direct-") + file, m_dir.filePath(file + QStringLiteral(".db")));
}

void TestRowReader::recognisesOnlyItsOwnConnections()
{
    QCOMPARE(SqliteHandle::of(QSqlDatabase::database(QStringLiteral("qt-utf8"))), nullptr);
    if (!SqliteHandle::isLinked())
        QSKIP("built without SQLite's header: every connection is read through Qt SQL");
    QVERIFY(SqliteHandle::of(QSqlDatabase::database(QStringLiteral("direct-utf8"))) != nullptr);
    QVERIFY(SqliteHandle::of(QSqlDatabase::database(QStringLiteral("direct-utf16"))) != nullptr);
}

void TestRowReader::bothWaysReadTheSame_data()
{
    QTest::addColumn<QString>("connection");
    for (const char *name : {"qt-utf8", "direct-utf8", "qt-utf16", "direct-utf16"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestRowReader::bothWaysReadTheSame()
{
    QFETCH(QString, connection);
    QSqlDatabase db = QSqlDatabase::database(connection);
    Error error;
    const QList<Row> rows = readAll(db, kRows, {}, &error);
    QVERIFY2(!error, qPrintable(error.detail));
    QCOMPARE(rows.size(), 6);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).id, qint64(i + 1));
    QCOMPARE(rows.at(0).text, QStringLiteral("開放政府國家行動方案"));
    QCOMPARE(rows.at(0).stamp, QDateTime(QDate(2026, 12, 4), QTime(9, 30, 15, 250), Qt::UTC));
    QCOMPARE(rows.at(1).text, QStringLiteral("a😀b"));
    QCOMPARE(rows.at(1).stamp, QDateTime(QDate(2026, 1, 31), QTime(0, 0), Qt::UTC));
    if (connection.endsWith(QLatin1String("utf8"))) // a UTF-16 file converts the bytes on insert
        QCOMPARE(rows.at(2).text, QStringLiteral("A\uFFFDB"));
    QVERIFY(rows.at(2).stamp.isNull());
    QVERIFY(rows.at(3).text.isEmpty());
    QVERIFY(rows.at(3).stamp.isNull());
    QVERIFY(rows.at(4).text.isEmpty());
    QVERIFY(!rows.at(4).stamp.isValid()); // 30 February
    QCOMPARE(rows.at(5).text, QStringView(u"x\0y", 3).toString());
    QCOMPARE(rows.at(5).stamp, QDateTime(QDate(2026, 12, 4), QTime(9, 30, 15), Qt::UTC)); // without ms
}

void TestRowReader::bindsSelectRows()
{
    for (const char *name : {"qt-utf8", "direct-utf8"}) {
        QSqlDatabase db = QSqlDatabase::database(QString::fromLatin1(name));
        const QList<Row> rows = readAll(db, QStringLiteral("FROM t WHERE s = ? OR id = ?"),
                                        {QStringLiteral("a😀b"), QStringLiteral("5")});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, qint64(2));
        QCOMPARE(rows.at(1).id, qint64(5));
    }
}

void TestRowReader::aFailedQueryIsReported()
{
    for (const char *name : {"qt-utf8", "direct-utf8"}) {
        QSqlDatabase db = QSqlDatabase::database(QString::fromLatin1(name));
        Error error;
        QVERIFY(readAll(db, QStringLiteral("FROM no_such_table"), {}, &error).isEmpty());
        QCOMPARE(error.code, Error::DatabaseError);
        QVERIFY2(error.detail.contains(QLatin1String("no_such_table")), qPrintable(error.detail));
    }
}

QTEST_GUILESS_MAIN(TestRowReader)
#include "tst_rowreader.moc"
