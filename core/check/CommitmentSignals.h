#pragma once

#include "Finding.h"
#include "TextAnalysis.h"
#include "model/Commitment.h"

namespace nap {

// What the ambition rules (C1–C3) and the reviewer's estimate both need to know about a
// commitment, worked out once per check.
struct CommitmentSignals
{
    // Business as usual: wording that continues existing work, and no new mechanism anywhere.
    bool businessAsUsual = false;
    FindingArg bauWords; // the phrase found, per language
    Field bauField = Field::Content;
    int bauMilestone = -1; // when found in a milestone
    bool allMilestonesOngoing = false;
    // Every milestone is a website, platform, dataset, training, workshop, campaign or pilot.
    bool allModest = false;
    // An action on a named legal instrument (adopt, amend, enact, submit… the ○○ Act; 修正○○法)
    // in a milestone, the content or the title, not a law merely mentioned.
    bool legalOutput = false;
    // The commitment itself, as its title, summary or content states it, is such an action:
    // reviewers rate a binding change as the aim, not one legal step among outputs.
    // Only when the title does not itself pledge a process ("Improve …", 推動…): a law among the
    // means of a process aim is one step, not the aim.
    bool bindingAim = false;
    // The title or summary names an area where secrecy shields power (HighStakesArea).
    bool highStakes = false;
    FindingArg stakesWords;
    // The title names the body of rules or an institution's powers as what changes
    // (FrameworkAim): a binding change even under a process verb.
    bool frameworkAim = false;
    FindingArg frameworkWords;
    Field legalField = Field::Content;
    int legalMilestone = -1;
    bool publicFacing = false;   // the public can use, request, see or join something
    bool valueExplained = false; // transparency, participation or accountability explained
    int milestones = 0;
    int vagueMilestones = 0;      // weak verb and no concrete output (B4)
    int incompleteMilestones = 0; // no description or no end month (B2)
    // Milestones naming a concrete deliverable: undated ones count (B2 reports the date),
    // since reviewers judge verifiability by what will be done.
    int specificMilestones() const { return milestones - vagueMilestones; }
    // The title starts with a weak process verb ("Promote …", 推動…): the aim is a process.
    bool weakAim = false;
    // Without milestones: the title and content pledge only weak verbs and name no output.
    bool vaguePledge = false;
    FindingArg pledgeWords; // the weak verb, per language
    // Without milestones: the commitment's statement leaves open what it applies to (OpenScope).
    bool openScope = false;
    FindingArg scopeWords;

    static CommitmentSignals of(const Commitment &commitment, const TextAnalysis &text);
};

} // namespace nap
