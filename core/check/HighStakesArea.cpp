#include "HighStakesArea.h"

#include <QRegularExpression>

namespace nap {

QString HighStakesArea::found(const QString &text, Language language)
{
    static const QRegularExpression zh(
        QStringLiteral("實質受益人|最終受益人|受益所有權|礦業|採礦|開採|石油|天然氣|天然資源|"
                       "(?:能源|礦產)收入"));
    static const QRegularExpression en(
        QStringLiteral("\\b(?:beneficial\\s+owner\\w*|extractive\\w*|natural\\s+resources?|mining|"
                       "oil\\s+and\\s+gas|petroleum)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (text.isEmpty())
        return {};
    return (language == Language::Chinese ? zh : en).match(text).captured(0);
}

} // namespace nap
