#pragma once

#include "model/LocalizedText.h"

#include <QString>

namespace nap {

class TextAnalysis;

// A law changed only to "reflect the issue of" something: "Amend the law on political parties to
// reflect the issue of funding transparency", 修正政黨法以反映政黨經費透明之議題. It names a topic,
// not what the law will require, so there is nothing to check the amendment against. A sentence
// that also says what the law will require (require, publish, 明定, 公布 …) is not one.
class TopicOnlyChange
{
public:
    // Removes each such sentence from text; returns the first topic phrase ("reflect the issue
    // of"), or "" when there is none (text is then left as it was).
    static QString take(QString &text, Language language, const TextAnalysis &analysis);
};

} // namespace nap
