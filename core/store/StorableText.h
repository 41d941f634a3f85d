#pragma once

#include "model/Area.h"
#include "model/Commitment.h"
#include "model/Plan.h"

#include <QString>
#include <QStringList>

namespace nap {

// What the workspace writes instead of the value it was given: every free-text string made
// storable by UnicodeText::storable(), so a stray surrogate never swallows the character
// after it. Workspace passes each value through of() before binding it to SQL.
class StorableText
{
public:
    static QString of(const QString &text);
    static QStringList of(QStringList list);
    static LocalizedText of(LocalizedText text);
    static Plan of(Plan plan);
    static Area of(Area area);
    static Milestone of(Milestone milestone);
    static Commitment of(Commitment commitment);
};

} // namespace nap
