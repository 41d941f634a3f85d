#include "LegalWords.h"

namespace nap {

QString LegalWords::actionZh()
{
    return QStringLiteral(
        "(?:草案|修正案|法案|提案)[^，。；\\n]{0,20}?(?:提交|送請?|送交|函送|提請)[^，。；\\n]{0,4}?"
        "(?:立法院|國會|議會|眾議院|參議院)|"
        "(?:修正|修訂|修改|制定|訂定|增訂|研訂|研擬|發布|公布|函報|報請|送請?|提出|提交|提請|通過|核定|"
        "廢止)"
        "[^，。；\\n]{0,30}?(?<![方做作看說想手合非違立執修])(?<!(?<!公)司)(?:法(?![人院官庭務令規律制])|"
        "條例|辦法|"
        "要點|"
        "規則|準則|細則|法案)|"
        "(?:法|條例|法案|辦法|要點)(?:修正)?(?:草案)?[^，。；\\n]{0,12}?(?:將|已|並)?(?:提交|送請?|函報|"
        "報請|"
        "通過|公布|發布|施行)|"
        // Nominal forms that are themselves the action: amending the law, making it law, mandating.
        "修法|法制化|強制揭露|強制公開");
}

QString LegalWords::actionEn()
{
    const QString instrumentEn = QStringLiteral(
        "(?:(?-i:Act|Law|Code|Bill|Decree|Regulations?|Ordinance|Statute|Directive|Constitution)\\b|"
        "\\b(?:laws?|bills?|decrees?|regulations?|by-?laws?|ordinances?|statutes?|legislations?|"
        "legislative\\s+instruments?|rules|act)\\s+(?:on|of|for|to|that|which|requiring|regulating|governing)"
        "\\b|"
        "\\b(?:new|special|draft|organic|national)\\s+(?:laws?|bills?|regulations?|legislation|decrees?|"
        "codes?)\\b|"
        "\\b(?:the|a|two|both)\\s+(?:priority\\s+)?bills?\\b)");
    const QString actionEn = QStringLiteral(
        "\\b(?:adopt\\w*|amend\\w*|enact\\w*|submi(?:t|ts|tted|tting|ssion)|pass(?:es|ed|ing|age)?|"
        "approv\\w*|introduc\\w*|promulgat\\w*|issu(?:e|es|ed|ing)|revis\\w*|draft(?:s|ed|ing)|propos\\w*|"
        "table[ds]?|present\\w*|reform\\w*|repeal\\w*)\\b");
    // A draft sent to the legislature is an action on an instrument, however the draft is named
    // ("the proposal for the PFA will be presented to the House", 修正案送立法院審議).
    const QString legislatureEn =
        QStringLiteral("\\bto\\s+(?:the\\s+)?(?:parliament|congress|senate|legislature|house\\s+of\\s+\\w+|"
                       "(?:national|legislative)\\s+assembly)\\b");
    const QString draftEn =
        QStringLiteral("\\b(?:proposals?|bills?|drafts?|amendments?|act|laws?|legislation)\\b");
    const QString toLegislatureEn =
        QStringLiteral("\\b(?:submi(?:t|ts|tted|tting|ssion)|present\\w*|introduc\\w*|tabl(?:e|es|ed|ing)|"
                       "refer(?:s|red|ring|ral)?|sen(?:d|ds|ding|t))\\b[^.;:!?]{0,40}?") +
        draftEn + QStringLiteral("[^.;:!?]{0,60}?") + legislatureEn + QStringLiteral("|") + draftEn +
        QStringLiteral("[^.;:!?]{0,60}?\\b(?:submitted|presented|introduced|tabled|referred|sent)\\s+") +
        legislatureEn;
    return toLegislatureEn + QStringLiteral("|") + actionEn + QStringLiteral("[^.;:!?]{0,80}?") +
           instrumentEn + QStringLiteral("|") + instrumentEn +
           QStringLiteral("[^.;:!?]{0,60}?\\b(?:will|shall|to|is|are)\\s+be\\s+(?:adopted|amended|enacted|"
                          "submitted|presented|passed|introduced|approved|tabled|promulgated|revised)\\b");
}

QString LegalWords::outputZh()
{
    return QStringLiteral(
        "(?<!現行)(?<!依)(?<!既有)(?:修法|法修正|修正草案|修正[^，。；]{0,12}(?:法|條例|辦法|"
        "要點|規則)|條例|"
        "辦法|要點|規則|強制揭露|法制化|立法|法律|法案|法」|法草案|施行細則|準則|法規)");
}

QString LegalWords::outputEn()
{
    return QStringLiteral("(?<!existing )(?<!current )(?<!by )(?<!under )\\b(?:laws?|(?-i:Act)|bills?|"
                          "regulations?|regulatory|statutes?|statutory|legislation|legislative|"
                          "legal\\s+(?:basis|duty|obligation|right)|mandatory|binding|decrees?|"
                          "ordinances?|amendments?|by-?laws?|rules)\\b");
}

} // namespace nap
