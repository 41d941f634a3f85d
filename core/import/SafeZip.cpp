#include "SafeZip.h"

#include "import/SafeXml.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <zip.h>

namespace nap {

namespace {

// libzip reads at most this much per call; small enough that the cap is overshot by little.
constexpr qint64 ChunkBytes = 64 * 1024;

} // namespace

SafeZip::SafeZip(const ZipLimits &limits) : m_limits(limits) {}

SafeZip::~SafeZip()
{
    close();
}

void SafeZip::close()
{
    if (m_zip)
        zip_discard(m_zip); // read-only: never write the archive back
    m_zip = nullptr;
    m_names.clear();
    m_inflatedTotal = 0;
}

Error SafeZip::fail(Error::Code code, const QString &detail) const
{
    return Error::about(m_path, code, detail);
}

bool SafeZip::open(const QString &path, Error *error)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = fail(Error::FileNotFound, {});
        return false;
    }
    if (!info.isFile()) {
        *error = fail(Error::NotRegularFile, {});
        return false;
    }
    if (info.size() > m_limits.maxPackageBytes) {
        *error = fail(Error::PackageTooLarge, QStringLiteral("%1 bytes").arg(info.size()));
        return false;
    }
    int code = 0;
    // ZIP_CHECKCONS compares the central directory with the end record: cut-off files fail here.
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, code);
        *error = fail(Error::PackageUnreadable, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return false;
    }
    if (!checkDirectory(error)) {
        close();
        return false;
    }
    return true;
}

bool SafeZip::checkDirectory(Error *error)
{
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count < 0 || count > m_limits.maxEntries) {
        *error = fail(Error::PackageTooLarge, QStringLiteral("%1 entries").arg(count));
        return false;
    }
    qint64 declaredTotal = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        if (!checkEntry(i, &declaredTotal, error))
            return false;
    }
    return true;
}

bool SafeZip::checkEntry(qint64 index, qint64 *declaredTotal, Error *error)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)) {
        *error = fail(Error::PackageUnreadable, QString::fromUtf8(zip_strerror(m_zip)));
        return false;
    }
    const QByteArray raw(st.name);
    const QString name = QString::fromUtf8(raw);
    if (raw.size() > m_limits.maxNameLength || !isSafeName(name) || m_names.contains(name)) {
        *error = fail(Error::PackageUnsafeName, name.left(80));
        return false;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        *error = fail(Error::PackageEncrypted, name);
        return false;
    }
    if (isMacroEntry(name)) {
        *error = fail(Error::PackageMacros, name);
        return false;
    }
    // Declared sizes may lie low (read() caps what really inflates) but never get to lie high.
    const qint64 size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
    *declaredTotal += qMin(size, m_limits.maxTotalBytes + 1);
    if (size > m_limits.maxEntryBytes || *declaredTotal > m_limits.maxTotalBytes) {
        *error = fail(Error::PackageTooLarge, QStringLiteral("%1: %2 bytes").arg(name).arg(size));
        return false;
    }
    m_names.append(name);
    return true;
}

bool SafeZip::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QLatin1Char(':')) || name.contains(QChar(0)))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    }
    return true;
}

bool SafeZip::isMacroEntry(const QString &name)
{
    return name.startsWith(QLatin1String("Basic/"), Qt::CaseInsensitive) ||
           name.startsWith(QLatin1String("Scripts/"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String("vbaProject.bin"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".xlsm"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".docm"), Qt::CaseInsensitive);
}

bool SafeZip::read(const QString &name, QByteArray *out, Error *error)
{
    out->clear();
    if (!m_zip) {
        *error = fail(Error::PackageUnreadable, name);
        return false;
    }
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_ENC_RAW);
    zip_stat_t st;
    zip_stat_init(&st);
    if (index < 0 || zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0) {
        *error = fail(Error::NotFound, name);
        return false;
    }
    const qint64 compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
    return inflate(index, compressed, out, error);
}

bool SafeZip::readXml(const QString &name, QByteArray *out, Error *error)
{
    if (!read(name, out, error))
        return false;
    if (SafeXml::check(*out, m_path, error))
        return true;
    out->clear();
    return false;
}

bool SafeZip::inflate(qint64 index, qint64 compressed, QByteArray *out, Error *error)
{
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        *error = fail(Error::PackageUnreadable, QString::fromUtf8(zip_strerror(m_zip)));
        return false;
    }
    const qint64 cap = qMin(m_limits.maxEntryBytes, m_limits.maxTotalBytes - m_inflatedTotal);
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    bool ok = true;
    for (;;) {
        const zip_int64_t n = zip_fread(file, chunk.data(), zip_uint64_t(chunk.size()));
        if (n < 0) {
            *error = fail(Error::PackageUnreadable, QString::fromUtf8(zip_file_strerror(file)));
            ok = false;
            break;
        }
        if (n == 0)
            break;
        out->append(chunk.constData(), qsizetype(n));
        const bool ratioExceeded = out->size() > m_limits.ratioFloorBytes &&
                                   out->size() > qMax<qint64>(compressed, 1) * m_limits.maxRatio;
        if (out->size() > cap || ratioExceeded) {
            *error = fail(Error::PackageTooLarge, QStringLiteral("more than %1 bytes").arg(out->size()));
            ok = false;
            break;
        }
    }
    zip_fclose(file);
    if (!ok)
        out->clear();
    else
        m_inflatedTotal += out->size();
    return ok;
}

} // namespace nap
