#pragma once

#include "Finding.h"
#include "model/Commitment.h"

#include <QList>

namespace nap {

struct CommitmentSignals;

// The reviewer's estimate: how an independent review would likely rate the commitment on
// verifiability and potential for results. Always shown as an estimate, never as a rating.
struct Estimate
{
    enum class Potential
    {
        Unclear,
        Modest,
        Substantial
    };

    struct Reason
    {
        const MessageText *messageText = nullptr;
        QList<FindingArg> args;
        QString key() const { return messageText ? QString::fromLatin1(messageText->key) : QString(); }
        QString text(Language language) const;
    };

    // Without milestones and without a telling pledge, pasted text says too little to judge.
    enum class Verifiability
    {
        Yes,
        No,
        CannotEstimate
    };

    Verifiability verifiability = Verifiability::CannotEstimate;
    bool verifiable = false; // verifiability == Yes
    // Estimated apart from verifiability, from what the commitment would change.
    Potential potential = Potential::Unclear;
    QList<Reason> reasons; // why, in both languages

    static Estimate of(const Commitment &commitment);
    static Estimate of(const CommitmentSignals &facts);

    // "審查預估（非正式評等）" / "Reviewer's estimate (not an official rating)".
    static QString label(Language language);
    static QString potentialCode(Potential potential); // "unclear", "modest", "substantial"
    static QString potentialName(Potential potential, Language language);
    static QString verifiabilityCode(Verifiability verifiability); // "yes", "no", "unknown"
    QString verifiableText(Language language) const;
    // One line: "Verifiable: yes · Potential for results: modest".
    QString summary(Language language) const;

private:
    static void verifiabilityOf(const CommitmentSignals &facts, Estimate &estimate);
    static void potentialOf(const CommitmentSignals &facts, Estimate &estimate);
};

} // namespace nap
