#pragma once

#include "Error.h"
#include "import/ZipLimits.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

typedef struct zip zip_t;

namespace nap {

// A read-only view of a zip package (.xlsx, .ods, .odt) that never trusts the archive: the
// directory is checked on open (entry count, names, encryption, macros, declared sizes) and
// every read inflates under a hard cap, whatever sizes the headers declare. Nothing is
// extracted to disk.
class SafeZip
{
public:
    explicit SafeZip(const ZipLimits &limits = {});
    ~SafeZip();
    SafeZip(const SafeZip &) = delete;
    SafeZip &operator=(const SafeZip &) = delete;

    bool open(const QString &path, Error *error);
    void close();

    QString path() const { return m_path; }
    QStringList names() const { return m_names; }
    bool contains(const QString &name) const { return m_names.contains(name); }
    // Reads one entry whole; refuses it once it inflates past the limits.
    bool read(const QString &name, QByteArray *out, Error *error);
    // read(), then the whole entry checked by SafeXml (no DTD, depth and length limits).
    bool readXml(const QString &name, QByteArray *out, Error *error);

    static bool isMacroEntry(const QString &name);
    static bool isSafeName(const QString &name);

private:
    bool checkDirectory(Error *error);
    bool checkEntry(qint64 index, qint64 *declaredTotal, Error *error);
    bool inflate(qint64 index, qint64 compressed, QByteArray *out, Error *error);
    Error fail(Error::Code code, const QString &detail) const;

    ZipLimits m_limits;
    zip_t *m_zip = nullptr;
    QString m_path;
    QStringList m_names;
    qint64 m_inflatedTotal = 0;
};

} // namespace nap
