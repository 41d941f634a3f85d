#pragma once

#include "model/LocalizedText.h"

#include <QRegularExpression>
#include <QString>

namespace nap {

// The vocabulary the rules look for, compiled once. All functions are const and safe to call
// from several threads at once (QRegularExpression matching on a shared, compiled pattern is).
// Chinese text is matched by substrings, English text by whole words, case-insensitively.
class TextAnalysis
{
public:
    static const TextAnalysis &instance();

    // B4: the weak process verb a milestone starts with ("推動", "strengthen"), or "".
    QString weakVerbAtStart(const QString &text, Language language) const;
    // B4: a concrete output with a completion state or a quantity (上線, 函報, 發布, "N 場次",
    // "launch", "publish 50 datasets").
    bool hasConcreteOutput(const QString &text, Language language) const;
    // B4: the weak verb of a passive pledge ("will be strengthened", "予以強化"), or "".
    QString weakPassive(const QString &text, Language language) const;
    // A weak verb at the start or in a passive pledge.
    QString weakVerb(const QString &text, Language language) const;
    // B4 on the content: a pledge built on weak verbs ("The government will encourage dialogue
    // …") with no concrete output anywhere in it; returns the first weak verb, or "".
    QString vaguePledge(const QString &text, Language language) const;
    // C3: an action on a named legal instrument (adopt, amend, enact, submit… the ○○ Act,
    // a law on …; 修正「○○法」, 訂定○○作業要點, 函報○○條例草案), not a law merely mentioned.
    bool hasLegalAction(const QString &text, Language language) const;
    // A milestone that starts with a weak verb (or pledges one in the passive) and names no
    // concrete output in its description or expected output.
    bool isVagueMilestone(const QString &description, const QString &output, Language language) const;

    bool hasYearOrDate(const QString &text, Language language) const;
    // A figure other than a year ("4萬5千", "3成", "45,000", "30%").
    bool hasNumberBesidesYears(const QString &text, Language language) const;
    QString comparative(const QString &text, Language language) const;      // B5
    bool hasBaselineOrTarget(const QString &text, Language language) const; // B5
    bool describesCauses(const QString &text, Language language) const;     // A3
    bool mentionsPriorEfforts(const QString &text, Language language) const;
    bool isPlaceholder(const QString &text) const; // A6
    // A4: what is left of a value explanation once the value's own name and filler words are
    // removed, counted in CJK characters or English words.
    int substanceBeyondValueName(const QString &text, Language language) const;
    QString businessAsUsual(const QString &text, Language language) const; // C1
    bool hasNewMechanism(const QString &text, Language language) const;
    bool isModestOutput(const QString &text, Language language) const; // C2
    bool hasLegalOutput(const QString &text, Language language) const; // C3
    bool isPublicFacing(const QString &text, Language language) const;
    bool hasPublicTrigger(const QString &text, Language language) const; // C4
    bool hasInternalOversight(const QString &text, Language language) const;
    int enumeratedComponents(const QString &text) const; // C5
    // D1: the thing the problem says is missing ("缺乏X平臺" → "X平臺"), or "".
    QString absenceObject(const QString &text, Language language) const;
    bool describesChangeForPeople(const QString &text, Language language) const; // D2

    // CJK characters, letters and digits (Chinese) or words (English).
    static int meaningfulLength(const QString &text, Language language);
    // Lower-case letters, digits and CJK only, for "is this the same text" comparisons.
    static QString normalized(const QString &text);
    // Leading "1.", "(一)", "•", "第一階段：", "110年" and the like.
    static QString stripLeadingMarkers(const QString &text);
    static bool hasCjk(const QString &text);
    static bool isBlank(const QString &text); // empty or white space only
    static bool isBlank(const LocalizedText &text) { return isBlank(text.zh) && isBlank(text.en); }

private:
    TextAnalysis();
    void initMilestoneWords();
    void initPledgeWords();
    void initLegalWords();
    void initEvidenceWords();
    void initAmbitionWords();
    void initLogicWords();
    void initFormPatterns();
    struct Pattern
    {
        QRegularExpression zh;
        QRegularExpression en;
        const QRegularExpression &of(Language language) const
        {
            return language == Language::Chinese ? zh : en;
        }
    };
    static Pattern pattern(const QString &zh, const QString &en);
    static bool matches(const Pattern &p, const QString &text, Language language);
    static QString found(const Pattern &p, const QString &text, Language language);

    Pattern m_weakStart;
    Pattern m_weakPassive;
    Pattern m_weakPledge;
    Pattern m_legalAction;
    Pattern m_quantity;
    Pattern m_completion;
    Pattern m_year;
    Pattern m_number;
    Pattern m_comparative;
    Pattern m_baseline;
    Pattern m_causes;
    Pattern m_prior;
    Pattern m_valueWords;
    Pattern m_bau;
    Pattern m_newMechanism;
    Pattern m_modest;
    Pattern m_legal;
    Pattern m_public;
    Pattern m_publicTrigger;
    Pattern m_internal;
    Pattern m_absence;
    Pattern m_people;
    QRegularExpression m_leadingMarkers;
    QRegularExpression m_placeholder;
    QRegularExpression m_enumZh;
    QRegularExpression m_enumEn;
};

} // namespace nap
