#pragma once

#include <QtGlobal>

namespace nap {

// Bounds for reading a package someone else sent. A NAP Desk workbook or form is a few
// hundred kilobytes; these leave room for big plans and still stop a bomb within a second.
struct ZipLimits
{
    qint64 maxPackageBytes = 128ll * 1024 * 1024; // the file on disk
    int maxEntries = 1000;
    int maxNameLength = 512;
    qint64 maxEntryBytes = 24ll * 1024 * 1024; // one inflated entry
    qint64 maxTotalBytes = 64ll * 1024 * 1024; // all inflated entries together
    // Inflated / compressed; only checked past ratioFloorBytes, so tiny entries may compress well.
    qint64 maxRatio = 100;
    qint64 ratioFloorBytes = 1024 * 1024;
};

} // namespace nap
