#pragma once

#include "Finding.h"

namespace nap {

// What a rule is, for the findings panel, the rule switches and the CLI. Static data.
struct RuleInfo
{
    const char *id;    // stable: "A1" … "E3"
    Severity severity; // the most severe level the rule reports
    Field field;       // the field it mostly concerns
    MessageText name;  // short name
    MessageText about; // what the rule checks and why reviewers care
    bool freeText;     // also runs on commitment text pasted as plain text
    bool englishExportOnly;

    QString ruleId() const { return QString::fromLatin1(id); }
    QString title(Language language) const { return name.text(language); }
    QString description(Language language) const { return about.text(language); }
};

} // namespace nap
