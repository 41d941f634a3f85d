#include "LocalizedText.h"

namespace nap {

void LocalizedText::setText(Language language, const QString &value, const QDateTime &when)
{
    QString &target = language == Language::Chinese ? zh : en;
    if (target == value)
        return;
    target = value;
    (language == Language::Chinese ? zhEdited : enEdited) = when;
}

LocalizedText::Status LocalizedText::status() const
{
    const bool hasZh = !zh.trimmed().isEmpty();
    const bool hasEn = !en.trimmed().isEmpty();
    if (!hasZh && !hasEn)
        return Status::Empty;
    if (hasZh != hasEn)
        return Status::Missing;
    // The English translates the Chinese: it is stale when the Chinese changed after the
    // English was last edited or confirmed by "mark as reviewed".
    if (zhEdited.isValid() && zhEdited > qMax(enEdited, reviewed))
        return Status::Stale;
    return Status::UpToDate;
}

} // namespace nap
