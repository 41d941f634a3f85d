#pragma once

#include "model/Field.h"
#include "model/LocalizedText.h"

#include <QList>
#include <QString>

namespace nap {

enum class Severity
{
    Error,
    Warning,
    Hint
};

namespace Severities {
// Stable ASCII code: "error", "warning", "hint".
QString code(Severity severity);
bool fromCode(const QString &code, Severity *severity);
} // namespace Severities

// A bilingual message template with %1..%9 placeholders. Instances live in static tables
// beside the rules, so a finding can point at one and render it in either language later.
struct MessageText
{
    const char *en;  // the English source text (UTF-8); the Chinese is in the zh_TW catalogue
    const char *key; // stable id of the message variant, e.g. "B3.milestone_outside"
    QString text(Language language) const;
};

// One argument of a message, in both languages (most arguments are the same in both).
struct FindingArg
{
    QString zh;
    QString en;
    static FindingArg plain(const QString &text) { return {text, text}; }
    static FindingArg number(qint64 value);
    static FindingArg field(Field field); // the field's label in each language
    const QString &text(Language language) const { return language == Language::Chinese ? zh : en; }
};

// What the checker found in one commitment. Findings store the rule id, the message variant and
// its arguments, never rendered text: message(language) renders on demand, so the UI and the
// exports can show the same finding in Chinese or English.
struct Finding
{
    QString ruleId; // "A1" … "E3"
    Severity severity = Severity::Warning;
    Field field = Field::Title; // the field to jump to
    int milestoneIndex = -1;    // for field == Milestones: index in Commitment::milestones
    QString milestoneUuid;      // same milestone, stable across reordering
    bool inChinese = false;     // which text versions triggered it (both false: not text-specific)
    bool inEnglish = false;
    bool positive = false; // a strength worth keeping (C3), shown as advice
    const MessageText *messageText = nullptr;
    QList<FindingArg> args;

    QString messageKey() const { return messageText ? QString::fromLatin1(messageText->key) : QString(); }
    QString message(Language language) const;
    bool isMilestoneFinding() const { return milestoneIndex >= 0; }
};

// Open finding counts, for the tree's readiness mark and the consolidation workbook.
struct FindingCounts
{
    int errors = 0;
    int warnings = 0;
    int hints = 0;
    // Ready for export: no errors and no warnings left.
    bool isReady() const { return errors == 0 && warnings == 0; }
    static FindingCounts of(const QList<Finding> &findings);
};

namespace Findings {
// Compact JSON ({"errors":n,"warnings":n,"hints":n,"rules":["A1","B3"]}) stored with an
// export override, so the record shows what the officer overrode.
QString summaryJson(const QList<Finding> &findings);
// Fills %1..%9 in a template with args; a placeholder without an argument stays as is.
QString render(const QString &pattern, const QList<FindingArg> &args, Language language);
} // namespace Findings

} // namespace nap
