#pragma once

#include "model/Field.h"
#include "model/LocalizedText.h"

#include <QString>

namespace nap {

// Help for every field of the commitment form, in both languages: what reviewers look for,
// a strong and a weak example. Shown by F1 or the field's help button.
class Guidance
{
public:
    static QString fieldLabel(Field field, Language language);
    static QString lookFor(Field field, Language language);
    static QString strongExample(Field field, Language language);
    static QString weakExample(Field field, Language language);
    // The three parts as one plain-text block, headed by the field label.
    static QString helpText(Field field, Language language);
};

} // namespace nap
