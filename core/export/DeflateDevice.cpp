#include "DeflateDevice.h"

#include <zlib.h>

#include <cstring>

namespace nap {
namespace {

constexpr qsizetype kBlock = 256 * 1024;

} // namespace

struct DeflateDevice::Stream
{
    z_stream z{};
    bool open = false;
};

DeflateDevice::DeflateDevice(int level) : m_stream(std::make_unique<Stream>()), m_level(level)
{
    m_staged.reserve(kBlock);
    restart();
    QIODevice::open(QIODevice::WriteOnly);
}

DeflateDevice::~DeflateDevice()
{
    if (m_stream->open)
        deflateEnd(&m_stream->z);
}

void DeflateDevice::restart()
{
    if (m_stream->open)
        deflateEnd(&m_stream->z);
    m_stream->z = z_stream{};
    // Negative window bits: raw deflate, no zlib header, as a zip entry stores it.
    m_stream->open =
        deflateInit2(&m_stream->z, m_level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    m_failed = !m_stream->open;
    m_utf8.resetState();
    m_staged.resize(0);
    m_compressed.clear();
    m_crc = static_cast<quint32>(crc32(0, nullptr, 0));
    m_size = 0;
}

qint64 DeflateDevice::writeData(const char *data, qint64 length)
{
    if (m_failed)
        return -1;
    m_staged.append(data, static_cast<qsizetype>(length));
    m_size += length;
    if (m_staged.size() >= kBlock && !deflateStaged(false))
        return -1;
    return length;
}

bool DeflateDevice::take(QString &text)
{
    const QByteArray bytes = m_utf8.encode(text);
    text.resize(0);
    return !m_utf8.hasError() && write(bytes) == bytes.size();
}

bool DeflateDevice::writeXmlDeclaration()
{
    static const QByteArray declaration = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    return write(declaration) == declaration.size();
}

bool DeflateDevice::finish()
{
    return !m_failed && deflateStaged(true);
}

bool DeflateDevice::deflateStaged(bool last)
{
    z_stream &z = m_stream->z;
    m_crc = static_cast<quint32>(crc32(m_crc, reinterpret_cast<const Bytef *>(m_staged.constData()),
                                       static_cast<uInt>(m_staged.size())));
    z.next_in = reinterpret_cast<Bytef *>(m_staged.data());
    z.avail_in = static_cast<uInt>(m_staged.size());
    int result = Z_OK;
    do {
        // Room for what this block can become; the buffer grows geometrically.
        const qsizetype used = m_compressed.size();
        m_compressed.resize(used + static_cast<qsizetype>(deflateBound(&z, z.avail_in)) + 64);
        z.next_out = reinterpret_cast<Bytef *>(m_compressed.data() + used);
        z.avail_out = static_cast<uInt>(m_compressed.size() - used);
        result = deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
        m_compressed.resize(m_compressed.size() - static_cast<qsizetype>(z.avail_out));
    } while (result == Z_OK && (z.avail_in > 0 || (last && z.avail_out == 0)));
    m_staged.resize(0);
    m_failed = last ? result != Z_STREAM_END : (result != Z_OK && result != Z_BUF_ERROR);
    return !m_failed;
}

} // namespace nap
