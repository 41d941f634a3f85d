#pragma once

#include "model/Area.h"
#include "model/Commitment.h"
#include "model/Plan.h"

#include <QString>
#include <QStringList>

namespace nap {

// What the workspace writes instead of the value it was given: every free-text string made
// storable by UnicodeText::storable(), so a stray surrogate never swallows the character
// after it and no control character reaches a file that cannot hold it. Workspace passes
// each value through of() before binding it to SQL. `removed` (optional) grows by the
// number of control characters dropped, so the caller can tell the user.
class StorableText
{
public:
    static QString of(const QString &text, int *removed = nullptr);
    static QStringList of(QStringList list, int *removed = nullptr);
    static LocalizedText of(LocalizedText text, int *removed = nullptr);
    static Plan of(Plan plan, int *removed = nullptr);
    static Area of(Area area, int *removed = nullptr);
    static Milestone of(Milestone milestone, int *removed = nullptr);
    static Commitment of(Commitment commitment, int *removed = nullptr);
};

} // namespace nap
