#pragma once

#include "model/LocalizedText.h"

#include <QString>

namespace nap {

// The sentence that states the commitment leaves open what it applies to: "This commitment
// consists in simplifying a number of procedures", 本承諾將簡化若干程序. Without milestones to
// name them, reviewers cannot tell when the commitment is done.
class OpenScope
{
public:
    // The open quantifier with what follows it ("a number of administrative procedures"), or "".
    static QString found(const QString &text, Language language);
};

} // namespace nap
