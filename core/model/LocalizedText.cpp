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
    // English was last edited or confirmed by "mark as reviewed". Once both were confirmed,
    // a later change to the English makes the pair stale too: the Chinese may no longer say
    // the same. (Writing the English after the Chinese, before any review, is translating.)
    if (zhEdited.isValid() && zhEdited > qMax(enEdited, reviewed))
        return Status::Stale;
    if (reviewed.isValid() && enEdited > reviewed)
        return Status::Stale;
    return Status::UpToDate;
}

Language LocalizedText::outdatedLanguage() const
{
    return zhEdited.isValid() && zhEdited > qMax(enEdited, reviewed) ? Language::English : Language::Chinese;
}

} // namespace nap
