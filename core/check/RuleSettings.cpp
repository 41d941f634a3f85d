#include "RuleSettings.h"

#include "io/AccountName.h"

#include "Checker.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nap {

QString RuleSettings::settingKey(const QString &ruleId)
{
    return QStringLiteral("rule_disabled/") + ruleId;
}

RuleSettings RuleSettings::load(const Workspace &workspace)
{
    RuleSettings settings;
    for (const RuleInfo *info : Checker::rules()) {
        const QString value = workspace.setting(settingKey(info->ruleId()));
        if (value.trimmed().isEmpty())
            continue;
        // A damaged value still means "off": the administrator switched it off on purpose.
        const QJsonObject o = QJsonDocument::fromJson(value.toUtf8()).object();
        Switch s;
        s.ruleId = info->ruleId();
        s.reason = o.value(QStringLiteral("reason")).toString();
        s.when = QDateTime::fromString(o.value(QStringLiteral("when")).toString(), Qt::ISODate);
        s.by = o.value(QStringLiteral("by")).toString();
        settings.m_disabled.insert(s.ruleId, s);
    }
    return settings;
}

bool RuleSettings::disable(Workspace &workspace, const QString &ruleId, const QString &reason, Error *error)
{
    if (!Checker::rule(ruleId)) {
        *error = Error::make(Error::InvalidInput, ruleId);
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        *error = Error::make(Error::InvalidInput, QStringLiteral("reason"));
        return false;
    }
    QJsonObject o;
    o.insert(QStringLiteral("reason"), reason.trimmed());
    o.insert(QStringLiteral("when"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    o.insert(QStringLiteral("by"), AccountName::current());
    return workspace.setSetting(settingKey(ruleId),
                                QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), error);
}

bool RuleSettings::enable(Workspace &workspace, const QString &ruleId, Error *error)
{
    if (!Checker::rule(ruleId)) {
        *error = Error::make(Error::InvalidInput, ruleId);
        return false;
    }
    return workspace.setSetting(settingKey(ruleId), QString(), error);
}

QList<RuleSettings::Switch> RuleSettings::disabledRules() const
{
    QList<Switch> out;
    for (const RuleInfo *info : Checker::rules()) {
        const auto it = m_disabled.constFind(info->ruleId());
        if (it != m_disabled.cend())
            out.append(*it);
    }
    return out;
}

QSet<QString> RuleSettings::disabledIds() const
{
    QSet<QString> out;
    for (auto it = m_disabled.cbegin(); it != m_disabled.cend(); ++it)
        out.insert(it.key());
    return out;
}

} // namespace nap
