#include "Rule.h"

namespace nap {

Language Rule::languageOf(const QString &text)
{
    return TextAnalysis::hasCjk(text) ? Language::Chinese : Language::English;
}

Finding Rule::finding(const MessageText &message, Field field, QList<FindingArg> args) const
{
    return finding(message, m_info.severity, field, std::move(args));
}

Finding Rule::finding(const MessageText &message, Severity severity, Field field,
                      QList<FindingArg> args) const
{
    Finding f;
    f.ruleId = m_id;
    f.severity = severity;
    f.field = field;
    f.messageText = &message;
    f.args = std::move(args);
    return f;
}

Finding Rule::milestoneFinding(const MessageText &message, const Commitment &commitment, int index,
                               QList<FindingArg> args) const
{
    Finding f = finding(message, Field::Milestones, std::move(args));
    f.milestoneIndex = index;
    if (index >= 0 && index < commitment.milestones.size())
        f.milestoneUuid = commitment.milestones.at(index).uuid;
    return f;
}

} // namespace nap
