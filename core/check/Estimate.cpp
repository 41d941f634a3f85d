#include "Estimate.h"
#include "text/BilingualText.h"

#include "CommitmentSignals.h"

namespace nap {
namespace {

constexpr MessageText kNoMilestones = QT_TRANSLATE_NOOP3(
    "nap::check", "No milestones were found in this text, so whether it is verifiable cannot be estimated.",
    "estimate.no_milestones");
constexpr MessageText kPledge = QT_TRANSLATE_NOOP3(
    "nap::check",
    "There are no milestones, and the text only pledges to “%1” without naming anything that "
    "will be delivered.",
    "estimate.pledge");
constexpr MessageText kOpenScope = QT_TRANSLATE_NOOP3(
    "nap::check", "There are no milestones, and the commitment leaves open what it applies to (“%1”).",
    "estimate.open_scope");
constexpr MessageText kVague = QT_TRANSLATE_NOOP3(
    "nap::check", "Milestones that start with a process verb and name no concrete output: %2 of %1.",
    "estimate.vague");
constexpr MessageText kCheckable = QT_TRANSLATE_NOOP3(
    "nap::check", "Milestones naming a concrete deliverable: %2 of %1.", "estimate.checkable");
constexpr MessageText kUnverifiable = QT_TRANSLATE_NOOP3(
    "nap::check", "Reviewers do not rate the potential of a commitment they cannot verify.",
    "estimate.unverifiable");
constexpr MessageText kNoActivities = QT_TRANSLATE_NOOP3(
    "nap::check",
    "Without milestones the text shows no activities to judge a change by, and it names no binding "
    "change.",
    "estimate.no_activities");
constexpr MessageText kBau = QT_TRANSLATE_NOOP3(
    "nap::check", "It reads as existing work continued (“%1”), with no added openness.", "estimate.bau");
constexpr MessageText kOngoing =
    QT_TRANSLATE_NOOP3("nap::check", "Every milestone continues ongoing work.", "estimate.ongoing");
constexpr MessageText kSubstantial = QT_TRANSLATE_NOOP3(
    "nap::check",
    "It acts on a named law or regulation (adopts, amends, enacts or submits it): a binding change.",
    "estimate.binding");
constexpr MessageText kFramework = QT_TRANSLATE_NOOP3(
    "nap::check",
    "Its aim is to change the rules themselves or what an institution may do (“%1”): a binding "
    "change.",
    "estimate.framework");
constexpr MessageText kHighStakes = QT_TRANSLATE_NOOP3(
    "nap::check",
    "It opens an area where secrecy shields power (“%1”): reviewers rate such openness as a major "
    "change in practice.",
    "estimate.high_stakes");
constexpr MessageText kStandalone = QT_TRANSLATE_NOOP3(
    "nap::check", "Its outputs are standalone: websites, platforms, data, training or pilots.",
    "estimate.standalone");
constexpr MessageText kPositive = QT_TRANSLATE_NOOP3(
    "nap::check", "A positive step, but it changes no rule, practice or institution in a binding way.",
    "estimate.positive");

Estimate::Reason reason(const MessageText &text, QList<FindingArg> args = {})
{
    return Estimate::Reason{&text, std::move(args)};
}

} // namespace

QString Estimate::Reason::text(Language language) const
{
    return messageText ? Findings::render(messageText->text(language), args, language) : QString();
}

Estimate Estimate::of(const Commitment &commitment)
{
    return of(CommitmentSignals::of(commitment, TextAnalysis::instance()));
}

Estimate Estimate::of(const CommitmentSignals &s)
{
    Estimate e;
    verifiabilityOf(s, e);
    potentialOf(s, e);
    e.verifiable = e.verifiability == Verifiability::Yes;
    return e;
}

// Verifiable: most milestones name a concrete deliverable. Without milestones only a pledge
// of weak verbs or hopes, or a statement that leaves its scope open, is judged (not
// verifiable); anything else cannot be told from the text.
void Estimate::verifiabilityOf(const CommitmentSignals &s, Estimate &e)
{
    if (s.milestones == 0) {
        e.verifiability = s.vaguePledge || s.openScope ? Verifiability::No : Verifiability::CannotEstimate;
        if (s.vaguePledge)
            e.reasons.append(reason(kPledge, {s.pledgeWords}));
        else if (s.openScope)
            e.reasons.append(reason(kOpenScope, {s.scopeWords}));
        else
            e.reasons.append(reason(kNoMilestones));
        return;
    }
    const int specific = s.specificMilestones();
    // Most milestones must be checkable; when only half are, a title that itself only pledges a
    // process ("Promote …", 推動…) leaves nothing to tip the commitment to verifiable.
    const bool enough = s.vagueMilestones < specific || (s.vagueMilestones == specific && !s.weakAim);
    e.verifiability = specific > 0 && enough ? Verifiability::Yes : Verifiability::No;
    if (s.vagueMilestones > 0)
        e.reasons.append(
            reason(kVague, {FindingArg::number(s.milestones), FindingArg::number(s.vagueMilestones)}));
    if (specific > 0)
        e.reasons.append(
            reason(kCheckable, {FindingArg::number(s.milestones), FindingArg::number(specific)}));
}

// Potential for results: nothing checkable or existing work continued is unclear, one whose aim is a
// binding change on a named instrument, or opening a high-stakes area, substantial, anything else
// a positive, standalone step.
void Estimate::potentialOf(const CommitmentSignals &s, Estimate &e)
{
    if (e.verifiability == Verifiability::No) {
        e.potential = Potential::Unclear; // nothing checkable to judge a change by
        e.reasons.append(reason(kUnverifiable));
    } else if (e.verifiability == Verifiability::CannotEstimate && !s.bindingAim && !s.highStakes &&
               !s.frameworkAim) {
        e.potential = Potential::Unclear; // no activities to judge a change by, and no binding aim
        e.reasons.append(reason(kNoActivities));
    } else if (s.businessAsUsual) {
        e.potential = Potential::Unclear;
        e.reasons.append(reason(kBau, {s.bauWords}));
    } else if (s.allMilestonesOngoing) {
        e.potential = Potential::Unclear;
        e.reasons.append(reason(kOngoing));
    } else if (s.bindingAim) {
        e.potential = Potential::Substantial;
        e.reasons.append(reason(kSubstantial));
    } else if (s.highStakes) {
        e.potential = Potential::Substantial;
        e.reasons.append(reason(kHighStakes, {s.stakesWords}));
    } else if (s.frameworkAim) {
        e.potential = Potential::Substantial;
        e.reasons.append(reason(kFramework, {s.frameworkWords}));
    } else {
        e.potential = Potential::Modest;
        e.reasons.append(reason(s.allModest ? kStandalone : kPositive));
    }
}

QString Estimate::label(Language language)
{
    return BilingualText::of(language, "nap::check",
                             QT_TRANSLATE_NOOP("nap::check", "Reviewer's estimate (not an official rating)"));
}

QString Estimate::potentialCode(Potential potential)
{
    switch (potential) {
    case Potential::Unclear:
        return QStringLiteral("unclear");
    case Potential::Modest:
        return QStringLiteral("modest");
    case Potential::Substantial:
        return QStringLiteral("substantial");
    }
    return {};
}

QString Estimate::potentialName(Potential potential, Language language)
{
    switch (potential) {
    case Potential::Unclear:
        return BilingualText::of(language, "nap::check", QT_TRANSLATE_NOOP("nap::check", "unclear"));
    case Potential::Modest:
        return BilingualText::of(language, "nap::check", QT_TRANSLATE_NOOP("nap::check", "modest"));
    case Potential::Substantial:
        return BilingualText::of(language, "nap::check", QT_TRANSLATE_NOOP("nap::check", "substantial"));
    }
    return {};
}

QString Estimate::verifiabilityCode(Verifiability verifiability)
{
    switch (verifiability) {
    case Verifiability::Yes:
        return QStringLiteral("yes");
    case Verifiability::No:
        return QStringLiteral("no");
    case Verifiability::CannotEstimate:
        return QStringLiteral("unknown");
    }
    return {};
}

QString Estimate::verifiableText(Language language) const
{
    switch (verifiability) {
    case Verifiability::Yes:
        return BilingualText::of(language, "nap::check", QT_TRANSLATE_NOOP("nap::check", "verifiable"));
    case Verifiability::No:
        return BilingualText::of(language, "nap::check", QT_TRANSLATE_NOOP("nap::check", "not verifiable"));
    case Verifiability::CannotEstimate:
        break;
    }
    return BilingualText::of(
        language, "nap::check",
        QT_TRANSLATE_NOOP("nap::check", "verifiability cannot be estimated from this text"));
}

QString Estimate::summary(Language language) const
{
    return BilingualText::of(language, "nap::check",
                             QT_TRANSLATE_NOOP("nap::check", "%1: %2; potential for results: %3"))
        .arg(label(language), verifiableText(language), potentialName(potential, language));
}

} // namespace nap
