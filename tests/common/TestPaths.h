#pragma once

#include <QString>

namespace nap::test {

// Where fixtures, ../shared and the built executables are, as seen from a test.
struct TestPaths
{
    static QString data(const QString &name) { return QStringLiteral(NAP_TEST_DATA "/") + name; }
    static QString shared(const QString &name) { return QStringLiteral(NAP_SHARED_DIR "/") + name; }
    static QString source(const QString &name) { return QStringLiteral(NAP_SOURCE_DIR "/") + name; }
};

} // namespace nap::test
