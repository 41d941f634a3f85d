#pragma once

#include "Finding.h"

namespace nap {

// The bilingual help table behind Guidance, one entry per Field.
struct FieldGuidance
{
    Field field;
    MessageText label;
    MessageText lookFor;
    MessageText strong;
    MessageText weak;
};

const FieldGuidance &guidanceFor(Field field);

} // namespace nap
