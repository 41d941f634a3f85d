#include "OpenScope.h"

#include <QRegularExpression>

namespace nap {

QString OpenScope::found(const QString &text, Language language)
{
    // Only the commitment's own statement: background and problem text often says "some" and
    // "various" about the situation, which is no measure of the commitment.
    static const QRegularExpression zh(
        QStringLiteral("本(?:項)?承諾(?:事項)?(?:將|係|為|旨在|包括|內容為)[^，。；\\n]{0,12}?"
                       "((?:若干|一些|部分|某些|數項|各項)[^，。；\\n]{1,12})"));
    static const QRegularExpression en(
        QStringLiteral("\\b(?:this|the)\\s+commitment\\s+(?:consists?\\s+(?:in|of)|is\\s+to|will|aims?\\s+to|"
                       "seeks?\\s+to)\\s+\\w+\\s+((?:a\\s+number\\s+of|some|several|various|certain|"
                       "a\\s+few|a\\s+series\\s+of)\\s+[\\w-]+(?:\\s+[\\w-]+)?)"),
        QRegularExpression::CaseInsensitiveOption);
    if (text.isEmpty())
        return {};
    return (language == Language::Chinese ? zh : en).match(text).captured(1);
}

} // namespace nap
