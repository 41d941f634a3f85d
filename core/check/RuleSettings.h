#pragma once

#include "Error.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

namespace nap {

class Workspace;

// The rule switches of a workspace: an administrator can turn a rule off, with a reason that
// is recorded. Stored as workspace settings "rule_disabled/<ruleId>" holding
// {"reason": "...", "when": "<ISO UTC>", "by": "<account>"}; an empty value means the rule is on.
class RuleSettings
{
public:
    struct Switch
    {
        QString ruleId;
        QString reason;
        QDateTime when; // UTC
        QString by;     // the operating-system account that switched it off
    };

    static RuleSettings load(const Workspace &workspace);
    static QString settingKey(const QString &ruleId);

    // Fails with Error::InvalidInput for an unknown rule id or a blank reason.
    static bool disable(Workspace &workspace, const QString &ruleId, const QString &reason, Error *error);
    static bool enable(Workspace &workspace, const QString &ruleId, Error *error);

    bool isDisabled(const QString &ruleId) const { return m_disabled.contains(ruleId); }
    Switch disabledSwitch(const QString &ruleId) const { return m_disabled.value(ruleId); }
    QList<Switch> disabledRules() const; // in rule order
    QSet<QString> disabledIds() const;   // for CheckOptions::disabledRules

private:
    QHash<QString, Switch> m_disabled;
};

} // namespace nap
