#pragma once

#include "model/Field.h"

#include <array>

namespace nap {

// Plain data for the sample plan; unused trailing slots stay null.
struct SampleText
{
    Field field;
    const char *zh;
    const char *en;
};

struct SampleMilestone
{
    const char *descriptionZh;
    const char *descriptionEn;
    const char *outputZh;
    const char *outputEn;
    const char *start;
    const char *end;
    const char *agency;
    bool isNew;
};

struct SampleCommitment
{
    const char *lead;
    const char *coAgencies; // comma-separated codes
    const char *start;
    const char *end;
    const char *tags;
    const char *phone;
    const char *email;
    std::array<SampleText, 14> texts; // texts[0] is the title
    std::array<SampleMilestone, 4> milestones;
    // Value codes claimed with no answer of their own (answered in the one relevance text),
    // comma-separated; a value with its own answer is claimed anyway.
    const char *claims = "";
};

struct SampleArea
{
    int number;
    const char *titleZh;
    const char *titleEn;
    const char *prefaceZh;
    const char *prefaceEn;
    std::array<SampleCommitment, 3> commitments;
};

const std::array<SampleArea, 5> &sampleAreas();

} // namespace nap
