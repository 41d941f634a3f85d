#pragma once

#include "Error.h"
#include "SamplePlan.h"

namespace nap {

// A plan of any size with realistic content, for measuring and for trying NAP Desk on a
// large plan: every commitment is a full-length bilingual form (the sample's strongest
// commitment: 13 answered fields, ~390 Chinese and ~1,400 English characters), varied in
// topic, figures and milestone phases so no two commitments read alike. Deterministic: the
// same size gives the same texts (only the uuids differ).
class SampleGenerator
{
public:
    // The sample commitment the generated ones are varied from: the one with the most
    // answered text fields, then the most text.
    static Commitment strongest(const SamplePlan &sample);
    // The sample's plan and areas with `commitments` commitments of `milestones` milestones,
    // spread over the areas in turn.
    static SamplePlan build(int commitments, int milestones);
    // Writes build(commitments, milestones) as a new workspace; fails when the file exists.
    static bool writeWorkspace(const QString &path, int commitments, int milestones, Error *error);
};

} // namespace nap
