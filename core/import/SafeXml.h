#pragma once

#include "Error.h"
#include "import/XmlLimits.h"

#include <QByteArray>
#include <QXmlStreamReader>

namespace nap {

// QXmlStreamReader that refuses what a package from outside may carry to hurt the reader:
// any DTD (so no entity declarations, internal or external), depth and length bombs.
// Use next() instead of readNext(); on false, error() tells why (or nothing at the end).
class SafeXml
{
public:
    SafeXml(const QByteArray &data, const QString &file, const XmlLimits &limits = {});

    bool next(); // false at the end or on the first refusal
    QXmlStreamReader &reader() { return m_reader; }
    const Error &error() const { return m_error; }
    int depth() const { return m_depth; }
    // The current element's text, consuming its end (keeps depth() right).
    QString readElementText();
    // Reads the whole document only to check it.
    static bool check(const QByteArray &data, const QString &file, Error *error,
                      const XmlLimits &limits = {});

private:
    bool checkToken();
    bool refuse(Error::Code code, const QString &detail);

    QXmlStreamReader m_reader;
    QString m_file;
    XmlLimits m_limits;
    Error m_error;
    int m_depth = 0;
};

} // namespace nap
