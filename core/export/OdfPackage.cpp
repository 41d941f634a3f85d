#include "OdfPackage.h"

#include "DeflateDevice.h"
#include "OdfNames.h"
#include "text/XmlText.h"

#include <QXmlStreamWriter>

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace nap {
namespace {

struct ZipSourceDeleter
{
    void operator()(zip_source_t *s) const { zip_source_free(s); }
};
using ZipSource = std::unique_ptr<zip_source_t, ZipSourceDeleter>;

QString zipError(zip_error_t *e)
{
    return QString::fromLocal8Bit(zip_error_strerror(e));
}

// Serves an entry deflated beforehand: its stat names the method, CRC and sizes, so libzip
// copies the bytes as they are instead of compressing them again.
struct Deflated
{
    const QByteArray *data;
    quint32 crc;
    qint64 size;
    qsizetype read = 0;
    zip_error_t error{};
};

zip_int64_t deflatedSource(void *userdata, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *d = static_cast<Deflated *>(userdata);
    switch (command) {
    case ZIP_SOURCE_OPEN:
        d->read = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const auto n = std::min<zip_uint64_t>(length, static_cast<zip_uint64_t>(d->data->size() - d->read));
        std::memcpy(data, d->data->constData() + d->read, n);
        d->read += static_cast<qsizetype>(n);
        return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *st = static_cast<zip_stat_t *>(data);
        zip_stat_init(st);
        st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC |
                    ZIP_STAT_ENCRYPTION_METHOD;
        st->size = static_cast<zip_uint64_t>(d->size);
        st->comp_size = static_cast<zip_uint64_t>(d->data->size());
        st->comp_method = ZIP_CM_DEFLATE;
        st->encryption_method = ZIP_EM_NONE;
        st->crc = d->crc;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&d->error, data, length);
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        zip_error_set(&d->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

// Adds src as path: stored, deflated at OdfPackage::kDeflateLevel, or (keep) as the source
// says it is compressed.
bool addSource(zip_t *z, const QString &path, zip_source_t *src, zip_int32_t method, QString *problem)
{
    if (!src) {
        *problem = zipError(zip_get_error(z));
        return false;
    }
    const zip_int64_t index =
        zip_file_add(z, path.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(src);
        *problem = zipError(zip_get_error(z));
        return false;
    }
    const auto idx = static_cast<zip_uint64_t>(index);
    const zip_uint32_t level = method == ZIP_CM_DEFLATE ? OdfPackage::kDeflateLevel : 0;
    if (method != ZIP_CM_DEFAULT && zip_set_file_compression(z, idx, method, level) < 0) {
        *problem = zipError(zip_get_error(z));
        return false;
    }
    // A fixed time keeps the package independent of the clock; meta.xml holds the real date.
    zip_file_set_mtime(z, idx, 315532800 + 86400 * 366 * 40, 0);
    return true;
}

bool addEntry(zip_t *z, const QString &path, const QByteArray &data, bool store, QString *problem)
{
    zip_source_t *src = zip_source_buffer(z, data.constData(), static_cast<zip_uint64_t>(data.size()), 0);
    return addSource(z, path, src, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, problem);
}

bool readSource(zip_source_t *src, QByteArray *out, QString *problem)
{
    zip_stat_t st;
    if (zip_source_open(src) < 0 || zip_source_stat(src, &st) < 0) {
        *problem = zipError(zip_source_error(src));
        return false;
    }
    out->resize(static_cast<qsizetype>(st.size));
    const zip_int64_t got = zip_source_read(src, out->data(), st.size);
    zip_source_close(src);
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) {
        *problem = zipError(zip_source_error(src));
        return false;
    }
    return true;
}

} // namespace

OdfPackage::OdfPackage(const QString &mimeType) : m_mimeType(mimeType) {}

void OdfPackage::add(const QString &path, const QByteArray &data, const QString &mediaType)
{
    m_entries.append({path, data, mediaType});
}

void OdfPackage::addDeflated(const QString &path, const DeflateDevice &deflated, const QString &mediaType)
{
    m_entries.append(
        {path, deflated.compressed(), mediaType, true, deflated.crc(), deflated.uncompressedSize()});
}

QByteArray OdfPackage::manifestXml() const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(OdfNs::manifest(), QStringLiteral("manifest"));
    w.writeStartElement(OdfNs::manifest(), QStringLiteral("manifest"));
    w.writeAttribute(OdfNs::manifest(), QStringLiteral("version"), QStringLiteral("1.2"));
    auto entry = [&](const QString &path, const QString &type, bool version) {
        w.writeEmptyElement(OdfNs::manifest(), QStringLiteral("file-entry"));
        w.writeAttribute(OdfNs::manifest(), QStringLiteral("full-path"), path);
        if (version)
            w.writeAttribute(OdfNs::manifest(), QStringLiteral("version"), QStringLiteral("1.2"));
        w.writeAttribute(OdfNs::manifest(), QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), m_mimeType, true);
    for (const Entry &e : m_entries)
        entry(e.path, e.mediaType, false);
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

bool OdfPackage::build(QByteArray *out, Error *error) const
{
    zip_error_t ze;
    zip_error_init(&ze);
    ZipSource buffer(zip_source_buffer_create(nullptr, 0, 0, &ze));
    zip_t *z = buffer ? zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &ze) : nullptr;
    if (!z) {
        *error = Error::make(Error::WriteFailed, zipError(&ze));
        zip_error_fini(&ze);
        return false;
    }
    zip_error_fini(&ze);
    zip_source_keep(buffer.get()); // survives zip_close so we can read the result
    const QByteArray mime = m_mimeType.toLatin1();
    const QByteArray manifest = manifestXml();
    QString problem;
    bool ok = addEntry(z, QStringLiteral("mimetype"), mime, true, &problem);
    std::vector<std::unique_ptr<Deflated>> deflated; // read by zip_close
    for (const Entry &e : m_entries) {
        if (ok && e.deflated) {
            deflated.push_back(std::make_unique<Deflated>(Deflated{&e.data, e.crc, e.size}));
            zip_error_init(&deflated.back()->error);
            ok = addSource(z, e.path, zip_source_function(z, deflatedSource, deflated.back().get()),
                           ZIP_CM_DEFAULT, &problem);
        } else if (ok) {
            ok = addEntry(z, e.path, e.data, false, &problem);
        }
    }
    if (ok)
        ok = addEntry(z, QStringLiteral("META-INF/manifest.xml"), manifest, false, &problem);
    if (!ok) {
        zip_discard(z);
        *error = Error::make(Error::WriteFailed, problem);
        return false;
    }
    if (zip_close(z) < 0) {
        problem = zipError(zip_get_error(z));
        zip_discard(z);
        *error = Error::make(Error::WriteFailed, problem);
        return false;
    }
    if (!readSource(buffer.get(), out, &problem)) {
        *error = Error::make(Error::WriteFailed, problem);
        return false;
    }
    return true;
}

QByteArray OdfPackage::metaXml(const OdfMeta &meta)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(OdfNs::office(), QStringLiteral("office"));
    w.writeNamespace(OdfNs::meta(), QStringLiteral("meta"));
    w.writeNamespace(OdfNs::dc(), QStringLiteral("dc"));
    w.writeStartElement(OdfNs::office(), QStringLiteral("document-meta"));
    w.writeAttribute(OdfNs::office(), QStringLiteral("version"), QStringLiteral("1.2"));
    w.writeStartElement(OdfNs::office(), QStringLiteral("meta"));
    w.writeTextElement(OdfNs::meta(), QStringLiteral("generator"), QStringLiteral("NAPDesk/" NAP_VERSION));
    w.writeTextElement(OdfNs::dc(), QStringLiteral("title"), XmlText::sanitized(meta.title));
    w.writeTextElement(OdfNs::meta(), QStringLiteral("initial-creator"), XmlText::sanitized(meta.creator));
    w.writeTextElement(OdfNs::dc(), QStringLiteral("creator"), XmlText::sanitized(meta.creator));
    // UTC, marked as such: office programs read a time without a zone as local time.
    const QString when =
        meta.created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
    w.writeTextElement(OdfNs::meta(), QStringLiteral("creation-date"), when);
    w.writeTextElement(OdfNs::dc(), QStringLiteral("date"), when);
    w.writeTextElement(OdfNs::dc(), QStringLiteral("language"), meta.language);
    for (const auto &[name, value] : meta.userDefined) {
        w.writeStartElement(OdfNs::meta(), QStringLiteral("user-defined"));
        w.writeAttribute(OdfNs::meta(), QStringLiteral("name"), XmlText::sanitized(name));
        w.writeAttribute(OdfNs::meta(), QStringLiteral("value-type"), QStringLiteral("string"));
        w.writeCharacters(XmlText::sanitized(value));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace nap
