#pragma once

#include "model/LocalizedText.h"

#include <QString>

namespace nap {

// The names under which an .odt carries what re-import needs (docs/import.md): bookmarks
// around the printed answers, user fields for values printed in a converted form. The
// writer and OdtCommitments both name them here, so the two cannot drift apart.
struct OdtMarks
{
    // "nap/<uuid>/<code>": a commitment's or milestone's field.
    static QString key(const QString &uuid, const QString &code)
    {
        return QStringLiteral("nap/") + uuid + QLatin1Char('/') + code;
    }
    // The bookmark around one language's text of a field; empty for an empty key.
    static QString bookmark(const QString &key, Language language)
    {
        if (key.isEmpty())
            return {};
        return key + (language == Language::Chinese ? QStringLiteral("/zh") : QStringLiteral("/en"));
    }
    // The user field listing the commitments (and, under a commitment's key, its milestones).
    static QString commitments() { return QStringLiteral("nap/commitments"); }
    static QString milestones() { return QStringLiteral("milestones"); }
    static QString modified() { return QStringLiteral("modified"); }
    static QString listSeparator() { return QStringLiteral("\n"); }
};

} // namespace nap
