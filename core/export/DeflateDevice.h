#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringEncoder>

#include <memory>

namespace nap {

// A write-only device that deflates what it is given as it arrives (raw deflate, as a zip
// entry holds it) and keeps the CRC-32 and size a zip entry needs. The ODF writers stream
// content.xml through it into the package, so the document is never held uncompressed in one
// growing buffer (for a large plan that buffer was a third of the export's time and memory).
class DeflateDevice : public QIODevice
{
public:
    // level: zlib's 1 (fastest) … 9 (smallest). Open for writing on construction.
    explicit DeflateDevice(int level);
    ~DeflateDevice() override;
    DeflateDevice(const DeflateDevice &) = delete;
    DeflateDevice &operator=(const DeflateDevice &) = delete;

    // Starts a new stream, dropping what was written (QIODevice::reset() is about reading).
    void restart();
    // Writes text as UTF-8 and empties it (keeping its capacity): the ODF writers let
    // QXmlStreamWriter append to a QString, which costs far less per call than writing to a
    // device, and hand it over here a commitment at a time. False on a lone surrogate.
    bool take(QString &text);
    // The declaration QXmlStreamWriter::writeStartDocument() writes to a device (to a string it
    // leaves the encoding out).
    bool writeXmlDeclaration();
    // Completes the stream; false when zlib failed. compressed(), crc() and uncompressedSize() are then
    // final.
    bool finish();
    const QByteArray &compressed() const { return m_compressed; }
    quint32 crc() const { return m_crc; }
    qint64 uncompressedSize() const { return m_size; } // bytes written (not QIODevice::size())

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    bool deflateStaged(bool last);

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    int m_level;
    QStringEncoder m_utf8{QStringEncoder::Utf8};
    QByteArray m_staged; // zlib works best on large blocks, the XML writer sends small ones
    QByteArray m_compressed;
    quint32 m_crc = 0;
    qint64 m_size = 0;
    bool m_failed = false;
};

} // namespace nap
