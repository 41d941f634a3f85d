#include "WorkspaceFile.h"

#include "Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

namespace nap {
namespace {

constexpr int kHeaderSize = 100;   // SQLite's database header
constexpr int kWalHeaderSize = 32; // SQLite's WAL header
constexpr int kMaxNameBytes = 255; // ext4, NTFS (in UTF-16 units), APFS
constexpr int kJournalSuffix = 8;  // "-journal", the longest name SQLite adds

quint32 be32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

QString WorkspaceFile::immutableUri(const QString &path)
{
    // "file:" plus an absolute path whose first character is '/' ("/C:/x" on Windows,
    // "//server/share/x" for a UNC path), percent-encoded so '#', '?' and '%' in folder
    // names stay part of the path.
    QString absolute = QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!absolute.startsWith(QLatin1Char('/')))
        absolute.prepend(QLatin1Char('/'));
    return QStringLiteral("file://") + QString::fromLatin1(QUrl::toPercentEncoding(absolute, "/:")) +
           QStringLiteral("?immutable=1");
}

QString WorkspaceFile::planWithoutJournal(const QString &path)
{
    const QString name = QStringLiteral("napdesk-probe-") + QUuid::createUuid().toString(QUuid::Id128);
    QString uuid;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(immutableUri(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            const bool ours = q.exec(QStringLiteral("PRAGMA application_id")) && q.next() &&
                              q.value(0).toInt() == Schema::kApplicationId;
            if (ours && q.exec(QStringLiteral("SELECT uuid FROM plan LIMIT 1")) && q.next())
                uuid = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return uuid;
}

bool WorkspaceFile::canWriteIn(const QString &folder)
{
    QTemporaryFile probe(folder + QStringLiteral("/.napdesk-probe-XXXXXX"));
    return probe.open();
}

bool WorkspaceFile::nameFits(const QString &fileName, int reserve)
{
    return fileName.toUtf8().size() + reserve <= kMaxNameBytes;
}

QStringList WorkspaceFile::companions(const QString &workspacePath)
{
    return {workspacePath + QStringLiteral("-wal"), workspacePath + QStringLiteral("-shm"),
            workspacePath + QStringLiteral("-journal"), workspacePath + QStringLiteral(".lock")};
}

bool WorkspaceFile::checkNewName(const QString &path, Error *error)
{
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        *error = Error::make(Error::FolderNotFound, QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (!nameFits(info.fileName(), kJournalSuffix)) {
        *error = Error::make(Error::NameTooLong, info.fileName());
        return false;
    }
    return true;
}

bool WorkspaceFile::checkExisting(const QString &path, Error *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        const bool folder = QFileInfo(info.absolutePath()).isDir();
        *error = Error::make(folder ? Error::FileNotFound : Error::FolderNotFound,
                             QDir::toNativeSeparators(folder ? path : info.absolutePath()));
        return false;
    }
    if (!info.isFile()) { // a folder, FIFO, socket or device (symbolic links are followed)
        *error = Error::make(Error::NotRegularFile, QDir::toNativeSeparators(path));
        return false;
    }
    return checkHeader(path, info.size(), error);
}

bool WorkspaceFile::checkHeader(const QString &path, qint64 size, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error::make(Error::DatabaseError, file.errorString());
        return false;
    }
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        *error = Error::make(Error::NotAWorkspace, QDir::toNativeSeparators(path));
        return false;
    }
    const quint16 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size % pageSize != 0) {
        *error = Error::make(Error::Truncated, QStringLiteral("%1 bytes").arg(size));
        return false;
    }
    // The page count in the header is valid when "version-valid-for" equals the change
    // counter. A -wal may hold pages beyond it, never fewer pages in the file than it says,
    // except mid-checkpoint after a crash: then the -wal still holds them, so only judge a
    // file without one.
    const quint32 pages = be32(header, 28);
    const bool countValid = pages > 0 && be32(header, 92) == be32(header, 24);
    const QString wal = path + QStringLiteral("-wal");
    const bool hasWal = QFileInfo(wal).size() > 0;
    if (countValid && !hasWal && size < qint64(pages) * pageSize) {
        *error = Error::make(Error::Truncated,
                             QStringLiteral("%1 bytes < %2 × %3").arg(size).arg(pages).arg(pageSize));
        return false;
    }
    return !hasWal || checkJournal(wal, int(pageSize), error);
}

bool WorkspaceFile::checkJournal(const QString &path, int pageSize, Error *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = Error::make(Error::NotRegularFile, QDir::toNativeSeparators(path));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error::make(Error::DatabaseError, file.errorString());
        return false;
    }
    const QByteArray header = file.read(kWalHeaderSize);
    // A -wal shorter than its header, or with another magic, is ignored and reset by SQLite:
    // it holds nothing. One of another page size cannot be this database's.
    const quint32 magic = header.size() == kWalHeaderSize ? be32(header, 0) : 0;
    if ((magic == 0x377f0682 || magic == 0x377f0683) && be32(header, 8) != quint32(pageSize)) {
        *error = Error::make(Error::ForeignJournal, QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace nap
