#pragma once

#include <QString>

namespace nap {

// ODF 1.2 namespace URIs, written with these prefixes everywhere.
struct OdfNs
{
    static QString office() { return QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"); }
    static QString style() { return QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0"); }
    static QString text() { return QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0"); }
    static QString table() { return QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0"); }
    static QString fo()
    {
        return QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
    }
    static QString svg()
    {
        return QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
    }
    static QString number() { return QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"); }
    static QString meta() { return QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"); }
    static QString config() { return QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:config:1.0"); }
    static QString manifest() { return QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"); }
    static QString dc() { return QStringLiteral("http://purl.org/dc/elements/1.1/"); }
    static QString of() { return QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:of:1.2"); }
};

} // namespace nap
