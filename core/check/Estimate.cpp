#include "Estimate.h"

#include "CommitmentSignals.h"

namespace nap {
namespace {

constexpr MessageText kNoMilestones{"estimate.no_milestones", "沒有里程碑，無法查核執行情形。",
                                    "There are no milestones, so implementation cannot be checked."};
constexpr MessageText kVague{
    "estimate.vague", "%1項里程碑中有%2項以過程動詞開頭而沒有具體產出，或缺少描述或完成年月。",
    "Milestones that start with a process verb and name no concrete output, or lack a description "
    "or end month: %2 of %1."};
constexpr MessageText kCheckable{"estimate.checkable", "%1項里程碑中有%2項寫出可查證的產出與完成年月。",
                                 "Milestones naming a checkable output and an end month: %2 of %1."};
constexpr MessageText kUnverifiable{
    "estimate.unverifiable", "無法查證的承諾，審查者通常不再評估其成果潛力。",
    "Reviewers do not rate the potential of a commitment they cannot verify."};
constexpr MessageText kBau{"estimate.bau", "內容看來是延續現有業務（「%1」），沒有新增的開放機制。",
                           "It reads as existing work continued (“%1”), with no added openness."};
constexpr MessageText kOngoing{"estimate.ongoing", "所有里程碑都是延續既有工作。",
                               "Every milestone continues ongoing work."};
constexpr MessageText kNoValues{"estimate.no_values", "沒有說明與透明、公共參與或課責的關聯。",
                                "No link to transparency, participation or accountability is explained."};
constexpr MessageText kSubstantial{
    "estimate.substantial", "包含具約束力的法規或制度性產出，並有民眾可使用的機制。",
    "It includes a binding legal or regulatory output with a mechanism the public can "
    "use."};
constexpr MessageText kLegalInternal{
    "estimate.legal_internal", "有法規或制度性產出，但看不出民眾如何使用。",
    "It has a legal or regulatory output, but not how the public would use it."};
constexpr MessageText kStandalone{
    "estimate.standalone", "產出都是網站、平臺、資料、訓練或試辦等單項成果。",
    "Its outputs are standalone: websites, platforms, data, training or pilots."};
constexpr MessageText kPositive{
    "estimate.positive", "屬正面的改善，但沒有以具約束力的方式改變法規、制度或機構運作。",
    "A positive step, but it changes no rule, practice or institution in a binding way."};

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
    return language == Language::Chinese ? QStringLiteral("審查預估（非正式評等）")
                                         : QStringLiteral("Reviewer's estimate (not an official rating)");
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
    const bool zh = language == Language::Chinese;
    switch (potential) {
    case Potential::Unclear:
        return zh ? QStringLiteral("不明確") : QStringLiteral("unclear");
    case Potential::Modest:
        return zh ? QStringLiteral("有限") : QStringLiteral("modest");
    case Potential::Substantial:
        return zh ? QStringLiteral("重大") : QStringLiteral("substantial");
    }
    return {};
}

QString Estimate::verifiableText(Language language) const
{
    if (language == Language::Chinese)
        return verifiable ? QStringLiteral("可查證") : QStringLiteral("無法查證");
    return verifiable ? QStringLiteral("verifiable") : QStringLiteral("not verifiable");
}

QString Estimate::summary(Language language) const
{
    if (language == Language::Chinese)
        return QStringLiteral("%1：%2；成果潛力：%3")
            .arg(label(language), verifiableText(language), potentialName(potential, language));
    return QStringLiteral("%1: %2; potential for results: %3")
        .arg(label(language), verifiableText(language), potentialName(potential, language));
}

} // namespace nap
