#pragma once

#include "model/Field.h"

#include <QHash>
#include <QString>

#include <optional>

namespace nap {

// Which side wins where a file and the workspace differ: per field, else per file, else for
// the whole import, else theirs for a plain change and mine for a conflict.
struct ImportChoices
{
    enum class Take
    {
        Theirs,
        Mine
    };

    std::optional<Take> all;
    QHash<QString, Take> perFile;  // by the file's absolute path
    QHash<QString, Take> perField; // by key(commitment uuid, field)

    static QString key(const QString &commitmentUuid, Field field)
    {
        return commitmentUuid + QLatin1Char('/') + Fields::code(field);
    }
    Take take(const QString &file, const QString &commitmentUuid, Field field, bool conflict) const
    {
        if (const auto it = perField.constFind(key(commitmentUuid, field)); it != perField.cend())
            return *it;
        if (const auto it = perFile.constFind(file); it != perFile.cend())
            return *it;
        if (all)
            return *all;
        return conflict ? Take::Mine : Take::Theirs;
    }
};

} // namespace nap
