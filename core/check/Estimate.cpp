#include "Estimate.h"
#include "text/BilingualText.h"

#include "CommitmentSignals.h"

namespace nap {
namespace {

constexpr MessageText kNoMilestones = QT_TRANSLATE_NOOP3(
    "nap::check", "There are no milestones, so implementation cannot be checked.", "estimate.no_milestones");
constexpr MessageText kVague = QT_TRANSLATE_NOOP3(
    "nap::check",
    "Milestones that start with a process verb and name no concrete output, or lack a description "
    "or end month: %2 of %1.",
    "estimate.vague");
constexpr MessageText kCheckable = QT_TRANSLATE_NOOP3(
    "nap::check", "Milestones naming a checkable output and an end month: %2 of %1.", "estimate.checkable");
constexpr MessageText kUnverifiable = QT_TRANSLATE_NOOP3(
    "nap::check", "Reviewers do not rate the potential of a commitment they cannot verify.",
    "estimate.unverifiable");
constexpr MessageText kBau = QT_TRANSLATE_NOOP3(
    "nap::check", "It reads as existing work continued (“%1”), with no added openness.", "estimate.bau");
constexpr MessageText kOngoing =
    QT_TRANSLATE_NOOP3("nap::check", "Every milestone continues ongoing work.", "estimate.ongoing");
constexpr MessageText kNoValues =
    QT_TRANSLATE_NOOP3("nap::check", "No link to transparency, participation or accountability is explained.",
                       "estimate.no_values");
constexpr MessageText kSubstantial =
    QT_TRANSLATE_NOOP3("nap::check",
                       "It includes a binding legal or regulatory output with a mechanism the public can "
                       "use.",
                       "estimate.substantial");
constexpr MessageText kLegalInternal = QT_TRANSLATE_NOOP3(
    "nap::check", "It has a legal or regulatory output, but not how the public would use it.",
    "estimate.legal_internal");
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
    // Verifiable: at least one milestone, and at least half of them name a checkable output.
    const int checkable = s.checkableMilestones();
    const int weak = s.vagueMilestones + s.incompleteMilestones;
    if (s.milestones == 0) {
        e.reasons.append(reason(kNoMilestones));
    } else {
        e.verifiable = checkable > 0 && weak <= checkable;
        if (weak > 0)
            e.reasons.append(reason(kVague, {FindingArg::number(s.milestones), FindingArg::number(weak)}));
        if (checkable > 0)
            e.reasons.append(
                reason(kCheckable, {FindingArg::number(s.milestones), FindingArg::number(checkable)}));
    }

    if (!e.verifiable) {
        e.potential = Potential::Unclear;
        e.reasons.append(reason(kUnverifiable));
    } else if (s.businessAsUsual) {
        e.potential = Potential::Unclear;
        e.reasons.append(reason(kBau, {s.bauWords}));
    } else if (s.allMilestonesOngoing) {
        e.potential = Potential::Unclear;
        e.reasons.append(reason(kOngoing));
    } else if (!s.valueExplained) {
        e.potential = Potential::Unclear;
        e.reasons.append(reason(kNoValues));
    } else if (s.legalOutput && s.publicFacing) {
        e.potential = Potential::Substantial;
        e.reasons.append(reason(kSubstantial));
    } else {
        e.potential = Potential::Modest;
        e.reasons.append(reason(s.legalOutput ? kLegalInternal : s.allModest ? kStandalone : kPositive));
    }
    return e;
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

QString Estimate::verifiableText(Language language) const
{
    return verifiable
               ? BilingualText::of(language, "nap::check", QT_TRANSLATE_NOOP("nap::check", "verifiable"))
               : BilingualText::of(language, "nap::check", QT_TRANSLATE_NOOP("nap::check", "not verifiable"));
}

QString Estimate::summary(Language language) const
{
    return BilingualText::of(language, "nap::check",
                             QT_TRANSLATE_NOOP("nap::check", "%1: %2; potential for results: %3"))
        .arg(label(language), verifiableText(language), potentialName(potential, language));
}

} // namespace nap
