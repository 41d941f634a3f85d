#include "FrameworkAim.h"

#include <QRegularExpression>

namespace nap {

QString FrameworkAim::found(const QString &text, Language language)
{
    static const QRegularExpression zh(QStringLiteral("(?:法制|法規|法律|規範)(?:環境|架構|框架)|"
                                                      "(?:強化|擴大|擴充|賦予|提升|增加)[^，。；、\\n]{0,15}?"
                                                      "(?:調查權限|裁罰權限|職權|權限|調查權|裁罰權)"));
    static const QRegularExpression en(
        QStringLiteral("\\b(?:normative|legal|regulatory|legislative)\\s+(?:framework|environment)s?\\b|"
                       "\\b(?:strengthen|expand|extend|broaden|increas|enhanc|grant)\\w*\\s+(?:the\\s+)?"
                       "(?:\\w+\\s+)?(?:powers?|mandate)\\b"
                       // the powers of an institution, not people's say
                       "(?!\\s+of\\s+(?:the\\s+)?(?:citizens|people|public|communit|civil\\s+society|"
                       "women|youth|voters|users))"),
        QRegularExpression::CaseInsensitiveOption);
    // Carrying out or studying a framework changes nothing in it.
    static const QRegularExpression zhNot(QStringLiteral(
        "(?:依|依據|落實|執行|遵循|檢視|分析|研究|研析|盤點|評估)[^，。；\\n]{0,12}?"
        "(?:法制|法規|法律|規範)(?:環境|架構|框架)|"
        "(?:現行|既有)(?:法制|法規|法律|規範)(?:環境|架構|框架)|"
        "(?:法制|法規|法律|規範)(?:環境|架構|框架)之?(?:分析|檢視|研究|研析|盤點|評估|落實|執行)"));
    static const QRegularExpression enNot(
        QStringLiteral(
            "\\b(?:implement\\w*|apply\\w*|applying|under|existing|current|analys[ie]s|analy[sz]\\w*|"
            "review\\w*|stud(?:y|ies|ying)|assess\\w*|mapping)\\b[^.;:]{0,40}?"
            "\\b(?:framework|environment)s?\\b|"
            "\\b(?:framework|environment)s?\\s+(?:analysis|review|assessment|study|mapping)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (text.isEmpty())
        return {};
    const bool chinese = language == Language::Chinese;
    if ((chinese ? zhNot : enNot).match(text).hasMatch())
        return {};
    return (chinese ? zh : en).match(text).captured(0);
}

} // namespace nap
