#include "TextAnalysis.h"

#include "LegalWords.h"
#include "TopicOnlyChange.h"

namespace nap {
namespace {

const QString kSentenceEnd = QStringLiteral("，。、；;,.！!？?\\n");

} // namespace

const TextAnalysis &TextAnalysis::instance()
{
    static const TextAnalysis analysis; // thread-safe initialisation
    return analysis;
}

TextAnalysis::Pattern TextAnalysis::pattern(const QString &zh, const QString &en)
{
    Pattern p{QRegularExpression(zh),
              QRegularExpression(en, QRegularExpression::CaseInsensitiveOption |
                                         QRegularExpression::UseUnicodePropertiesOption)};
    // Compile now, before the patterns are shared between threads.
    p.zh.optimize();
    p.en.optimize();
    Q_ASSERT_X(p.zh.isValid(), "TextAnalysis", qPrintable(p.zh.errorString() + zh));
    Q_ASSERT_X(p.en.isValid(), "TextAnalysis", qPrintable(p.en.errorString() + en));
    return p;
}

bool TextAnalysis::matches(const Pattern &p, const QString &text, Language language)
{
    return !text.isEmpty() && p.of(language).match(text).hasMatch();
}

QString TextAnalysis::found(const Pattern &p, const QString &text, Language language)
{
    if (text.isEmpty())
        return {};
    const QRegularExpressionMatch m = p.of(language).match(text);
    if (!m.hasMatch())
        return {};
    return m.lastCapturedIndex() >= 1 ? m.captured(1) : m.captured(0);
}

TextAnalysis::TextAnalysis()
{
    initMilestoneWords();
    initPledgeWords();
    initLegalWords();
    initEvidenceWords();
    initAmbitionWords();
    initLogicWords();
    initFormPatterns();
}

// B4: weak process verbs, and what makes an output concrete.
void TextAnalysis::initMilestoneWords()
{
    m_weakStart = pattern(
        QStringLiteral(
            "^(?:(?:積極|逐步|全面|進一步|繼續|共同|適度|分階段|主動|有效)\\s*)?"
            "(滾動修正|視需要|推動|強化|加強|精進|持續|賡續|研議|鼓勵|促進|宣導|提升|深化|落實|支持|"
            "優化|擴大|協助|適時)"),
        QStringLiteral(
            "^(?:(?:we|the\\s+\\w+(?:\\s+\\w+)?)\\s+will\\s+|will\\s+|to\\s+)?"
            "(?:(?:further|actively|continuously|continually|gradually|jointly|proactively|effectively|"
            "progressively|systematically|also)\\s+)?"
            "(promot(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|"
            "improv(?:e|es|ed|ing)|support(?:s|ed|ing)?|facilitat(?:e|es|ed|ing)|explor(?:e|es|ed|ing)|"
            "consider(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|continu(?:e|es|ed|ing)|"
            "rais(?:e|es|ed|ing)\\s+(?:public\\s+)?awareness|advocat(?:e|es|ed|ing))\\b"));
    m_quantity = pattern(
        QStringLiteral(
            "(?:[0-9０-９]+(?:[.,][0-9]+)*|[二三四五六七八九十兩百千]+|一[十百千])\\s*"
            "(?:場次|人次|梯次|縣市|項|場|份|件|個|次|案|處|所|筆|家|套|則|本|期|種|部|支|堂|%|％|成|倍|小時|"
            "位|名|座|條|篇|區|機關|校|萬)"),
        QStringLiteral(
            "(?<![\\d.,/-])(?!(?:19|20)\\d\\d(?![\\d,]))\\d+(?:[.,]\\d+)*|"
            "\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
            "fifty|sixty|seventy|eighty|ninety|hundred|dozens?)\\b"));
    m_completion = pattern(
        QStringLiteral(
            "上線|函報|報院|陳報行政院|送(?:請)?(?:立法院|行政院)|發布|公布|公告|施行|啟用|核定|三讀|簽署|"
            "出版|"
            "正式運作|完成[^，。；;,\\n]{0,25}?(?:草案|修法|修正|訂定|制定|建置|報告|系統|平臺|平台|網站|"
            "評估|"
            "規劃|計畫|指引|手冊|法制|辦法|要點|條例|資料集|盤點|清單|調查|研究|會議|分析|試辦|版|上線|開發|"
            "設置|設立|建立|作業)|(?:訂定|制定|修正|提出|產出|發行|編製|編印|通過|提交|提請|核定)[^，。；;,"
            "\\n]{0,20}?"
            "(?:要點|辦法|條例|規範|規則|指引|手冊|報告|白皮書|草案|標準|"
            "(?<![方做作看說想手合非違立執修])法(?![人院官庭務令規律制]))"),
        QStringLiteral(
            "\\b(?:launch(?:es|ed|ing)?|publish(?:es|ed|ing)?|issu(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|"
            "enact(?:s|ed|ing)?|submit(?:s|ted|ting)?|releas(?:e|es|ed|ing)|complet(?:e|es|ed|ing)|"
            "finali[sz](?:e|es|ed|ing)|amend(?:s|ed|ing)?|promulgat(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|"
            "go(?:es)?\\s+live|(?:goes|go|be|is)\\s+online|in\\s+force|pass(?:es|ed)?\\s+(?:the|a)\\s+\\w+)"
            "\\b"));
}

// B4: weak verbs as pledges, in the passive or in a text that names no output.
void TextAnalysis::initPledgeWords()
{
    // Weak verbs as pledges: in the passive ("will be strengthened"), or anywhere in a text that
    // names no output.
    const QString weakEn = QStringLiteral(
        "promot(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|"
        "improv(?:e|es|ed|ing)|support(?:s|ed|ing)?|facilitat(?:e|es|ed|ing)|explor(?:e|es|ed|ing)|"
        "consider(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|continu(?:e|es|ed|ing)|advocat(?:e|es|ed|ing)|"
        "foster(?:s|ed|ing)?|rais(?:e|es|ed|ing)\\s+(?:public\\s+)?awareness");
    m_weakPassive = pattern(
        QStringLiteral(
            "(?:予以|加以|獲得|得到|將被|將持續|持續予以)\\s*(強化|加強|提升|精進|推動|促進|改善|深化|鼓勵|"
            "宣導|優化|研議)"),
        QStringLiteral("\\b(?:will|shall|would|should|must|to|is|are|being)\\s+(?:be\\s+|been\\s+)"
                       "(?:further\\s+|gradually\\s+|continuously\\s+|progressively\\s+|actively\\s+)?"
                       "(strengthened|enhanced|promoted|improved|encouraged|supported|facilitated|explored|"
                       "considered|studied|continued|advocated|fostered|raised)\\b"));
    m_weakPledge = pattern(
        QStringLiteral("(推動|強化|加強|精進|持續|賡續|研議|鼓勵|促進|宣導|提升|深化|落實|優化|擴大|協助|"
                       "滾動修正|適時|視需要|倡議|支持|探討|研究|希望|期盼|盼能)"),
        // Anywhere, as in Chinese: a text that names no output has nothing else to go by.
        // …as a verb: "more support", "the support of" are nouns.
        // Hopes and suggestions pledge nothing either ("… hopes that the site will prompt …").
        QStringLiteral("(?<!more |the |of |for |its |their |our |with |any |without |public )\\b(") + weakEn +
            QStringLiteral("|hop(?:e|es)(?=\\s+(?:that|to)\\b)|believ(?:e|es)(?=\\s+that\\b)|"
                           "suggested(?=\\s+that\\b))\\b(?!\\s+of\\b)"));
}

// C3 and the estimate: an action on a named legal instrument, and legal words as outputs.
void TextAnalysis::initLegalWords()
{
    m_legalAction = pattern(LegalWords::actionZh(), LegalWords::actionEn());
    m_legal = pattern(LegalWords::outputZh(), LegalWords::outputEn());
}

// A2–A4, B5: figures, dates, comparatives, causes and value names.
void TextAnalysis::initEvidenceWords()
{
    m_year = pattern(QStringLiteral("(?<![0-9０-９])(?:(?:19|20)[0-9]{2}(?![0-9])|民國\\s*[0-9]{2,3}|"
                                    "(?:[89][0-9]|1[0-2][0-9])\\s*(?:年|/[0-9]{1,2}(?![0-9])))"),
                     QStringLiteral("(?<!\\d)(?:19|20)\\d{2}(?!\\d)"));
    m_number =
        pattern(QStringLiteral("[0-9０-９]|[一二三四五六七八九十兩百千萬億]+\\s*(?:成|倍|萬|億|%|％|分之)|"
                               "百分之|半數|過半|逾半"),
                QStringLiteral("\\d|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                               "thirty|forty|fifty|hundred|thousand|million|billion|half|percent|dozens?|"
                               "third|quarter)\\b"));
    m_comparative =
        pattern(QStringLiteral("增加|提升|擴大|提高|減少|降低|增進|改善|縮短|擴充|增強"),
                QStringLiteral(
                    "\\b(?:more|increas(?:e|es|ed|ing)|improv(?:e|es|ed|ing|ement)|reduc(?:e|es|ed|ing|tion)|"
                    "higher|lower|fewer|less|greater|better|expand(?:s|ed|ing)?|boost(?:s|ed|ing)?)\\b"));
    m_baseline = pattern(
        QStringLiteral("基準|基線|目標值|以[^，。]{0,10}為目標|由[^，。]{0,15}(?:提升|增加|降低|減少|提高)至|"
                       "達到|至少"),
        QStringLiteral("\\b(?:baseline|target|from\\s+\\S+(?:\\s+\\S+)?\\s+to|at\\s+least)\\b"));
    m_causes =
        pattern(QStringLiteral("原因|成因|由於|因為|導致|肇因|致使|源於|以致|歸因|造成"),
                QStringLiteral("\\b(?:because|due\\s+to|caused?\\s+by|causes?|as\\s+a\\s+result|owing\\s+to|"
                               "stems?\\s+from|results?\\s+from|reasons?|leads?\\s+to|driven\\s+by)\\b"));
    m_prior = pattern(
        QStringLiteral(
            "目前|現行|已(?:於|有|經|完成|建置|推動|開放|訂定)|過去|迄今|截至|自[0-9]{2,4}年|業已"),
        QStringLiteral("\\b(?:currently|so\\s+far|to\\s+date|already|has\\s+been|have\\s+been|existing|"
                       "since\\s+\\d{4}|previous(?:ly)?|in\\s+the\\s+past|until\\s+now)\\b"));
    m_valueWords = pattern(
        QStringLiteral("資訊透明|公開透明|透明度|透明化|透明|公共參與|公民參與|民眾參與|參與|課責性|課責|"
                       "問責|責任|涵容|包容|"
                       "多元|提升|增加|強化|促進|增進|落實|提高|加強|推動|確保|符合|實現|達到|有助於|政府|"
                       "公共|民眾|核心|"
                       "價值|原則|機制|之|的|及|與|和|並|以|可|性|度|更|具|有"),
        QStringLiteral(
            "\\b(?:transparen(?:cy|t)|participat(?:ion|ory|e)|accountab(?:ility|le)|"
            "inclusi(?:on|ve|veness)|open(?:ness)?|increas\\w*|improv\\w*|enhanc\\w*|promot\\w*|"
            "strengthen\\w*|ensur\\w*|foster\\w*|more|greater|better|government|public|the|a|an|of|to|"
            "and|in|for|by|with|this|commitment|will|is|it|its|be|values?|principles?|core|ogp|"
            "mechanism)\\b"));
}

// C1–C4: business as usual, standalone and binding outputs, who the public is.
void TextAnalysis::initAmbitionWords()
{
    m_bau = pattern(
        QStringLiteral("依現行規定辦理|依(?:現行)?(?:法令|法規|規定)辦理|持續(?:辦理|推動|推廣|執行|精進|"
                       "強化)|持續依[^，。；]{0,20}(?:辦理|受理|執行)|例行|賡續|維持現行|照常辦理|循例|"
                       "依往例"),
        QStringLiteral("\\b(?:continu(?:e|es|ing)\\s+to|in\\s+line\\s+with\\s+existing|as\\s+usual|"
                       "existing\\s+practice|business\\s+as\\s+usual|ongoing|as\\s+before|routine(?:ly)?|"
                       "maintain\\s+the\\s+current)\\b"));
    m_newMechanism = pattern(
        QStringLiteral(
            "新增|新設|首度|首次|建立[^，。]{0,12}(?:機制|制度)|修法|修正[^，。]{0,12}(?:法|條例)|制定|"
            "訂定|法制化|新制|創新|立法"),
        QStringLiteral("\\b(?:new|first|introduc\\w*|establish\\w*|creat\\w*|amend\\w*|enact\\w*|"
                       "legislat\\w*|launch\\w*)\\b"));
    m_modest = pattern(
        QStringLiteral("網站|網頁|專區|平臺|平台|資料集|開放資料|訓練|培訓|研習|課程|工作坊|宣導|說明會|試辦|"
                       "推廣活動|講座|影片|競賽|黑客松"),
        QStringLiteral("\\b(?:web\\s?sites?|site|portal|platforms?|datasets?|data\\s+release|"
                       "open\\s+data|training|trainings|workshops?|campaigns?|awareness|pilots?|"
                       "piloting|courses?|seminars?|outreach|hackathons?|videos?)\\b"));
    m_public =
        pattern(QStringLiteral(
                    "民眾|公眾|公民|人民|社會大眾|任何人|申請|申訴|檢舉|陳情|查詢|參與|諮詢|揭露|請求|救濟|"
                    "公開"),
                QStringLiteral("\\b(?:public|citizens?|residents?|people|anyone|request\\w*|appeal\\w*|"
                               "complain\\w*|petition\\w*|disclos\\w*|consult\\w*|participat\\w*|redress|"
                               "searchable|open\\s+to)\\b"));
    m_publicTrigger = pattern(
        QStringLiteral("民眾|公眾|公民|人民|任何人|社會大眾|申訴|檢舉|陳情|請求|救濟|質詢|申請|公開|查詢|"
                       "監督|外部|第三方|"
                       "獨立|民間團體"),
        QStringLiteral("\\b(?:public(?:ly)?|citizens?|people|anyone|residents?|complain\\w*|appeal\\w*|"
                       "petition\\w*|request\\w*|redress|publish\\w*|disclos\\w*|independent|external|"
                       "third[-\\s]party|civil\\s+society)\\b"));
    m_internal =
        pattern(QStringLiteral(
                    "內部稽核|內控|內部控制|考核|管考|列管|函報|陳報|報院|上級|定期檢討|查核|督導|稽核|自評|"
                    "績效"),
                QStringLiteral("\\b(?:internal(?:ly)?|audit\\w*|report(?:s|ing)?\\s+to\\s+(?:the\\s+)?"
                               "(?:ministry|cabinet|executive|council|supervis\\w*|head)|supervis\\w*|"
                               "performance\\s+review|self-assess\\w*|inspect\\w*)\\b"));
}

// D1, D2: the problem as a missing solution; results that reach people.
void TextAnalysis::initLogicWords()
{
    m_absence = pattern(
        QStringLiteral("(?:缺乏|缺少|欠缺|尚無|尚未建置|尚未建立|沒有|未有|並無)\\s*"
                       "(?:一個|一套|完整的?|統一的?|整合的?|專屬的?|足夠的?|相關的?|適當的?|有效的?)?"
                       "([^") +
            kSentenceEnd + QStringLiteral("]{2,20})"),
        QStringLiteral(
            "\\b(?:lack(?:s|ing)?(?:\\s+of)?|absence\\s+of|there\\s+(?:is|are)\\s+no|has\\s+no|"
            "have\\s+no|does\\s+not\\s+have|do\\s+not\\s+have|without)\\s+(?:an?\\s+|the\\s+|any\\s+)?"
            "([a-z][a-z\\s-]{2,60})"));
    m_people = pattern(
        QStringLiteral(
            "民眾|公眾|人民|使用者|青年|婦女|女性|原住民|族群|社會|公民|民間|居民|企業|團體|社群|申請人|"
            "利害關係人|弱勢|身心障礙|長者|學生|家長|勞工|消費者|可以|能夠|得以|可依法|可即時|可於|"
            "可隨時|可線上"),
        QStringLiteral("\\b(?:people|public|citizens?|residents?|users?|communit(?:y|ies)|women|youth|"
                       "young|indigenous|civil\\s+society|businesses|companies|groups?|applicants?|"
                       "requesters?|stakeholders|can|able\\s+to|anyone)\\b"));
}

// Layout: list markers, placeholders, enumerations.
void TextAnalysis::initFormPatterns()
{
    m_leadingMarkers = QRegularExpression(
        QStringLiteral(
            "^\\s*(?:(?:[（(]?(?:[0-9０-９]+|[一二三四五六七八九十]+)[)）.、．]|[•●○◦▪■□\\-–—*・])\\s*|"
            "第[一二三四五六七八九十0-9]+(?:項|點|階段|年|季)?[：:、，,\\s]\\s*|"
            "[0-9]{2,4}\\s*年(?:[0-9]{1,2}\\s*月)?(?:底前|底|前|止|起|度)?[：:，,\\s]*|"
            "(?:Q[1-4]|Phase\\s+\\d+|Stage\\s+\\d+)[：:，,\\s]\\s*)*"),
        QRegularExpression::CaseInsensitiveOption);
    m_placeholder = QRegularExpression(
        QStringLiteral(
            "^\\s*(?:n\\s*/\\s*a|n\\.a\\.?|na|none|nil|tbd|tba|not\\s+applicable|same\\s+as\\s+above|"
            "see\\s+above|to\\s+be\\s+(?:determined|confirmed)|不適用|無|尚無|暫無|同上|同前|如上|略|待補|"
            "待定|"
            "待確認|未定|[-－—–/／.。…xX×]+)\\s*[。．.!！]*\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    m_enumZh = QRegularExpression(
        QStringLiteral("(?:^|\\n)\\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"));
    m_enumEn =
        QRegularExpression(QStringLiteral("(?:^|\\n)\\s*(?:\\d+[.)]|\\(\\d+\\)|\\([a-z]\\)|[a-z]\\))\\s"));
    for (QRegularExpression *re : {&m_leadingMarkers, &m_placeholder, &m_enumZh, &m_enumEn})
        re->optimize();
}

QString TextAnalysis::weakVerbAtStart(const QString &text, Language language) const
{
    return found(m_weakStart, stripLeadingMarkers(text), language);
}

bool TextAnalysis::hasConcreteOutput(const QString &text, Language language) const
{
    return matches(m_completion, text, language) || matches(m_quantity, text, language);
}

QString TextAnalysis::weakPassive(const QString &text, Language language) const
{
    return found(m_weakPassive, text, language);
}

QString TextAnalysis::weakVerb(const QString &text, Language language) const
{
    const QString start = weakVerbAtStart(text, language);
    return start.isEmpty() ? weakPassive(text, language) : start;
}

QString TextAnalysis::vaguePledge(const QString &text, Language language) const
{
    // A purpose is not a deliverable: "… in order to adopt policies that …", "…以期提升…"; nor
    // is an outcome left to another body the commitment only advocates to or works with
    // ("advocate for legislation that …", "work with Parliament to pass …", 倡議立法, 與國會合作以通過…).
    static const QRegularExpression purpose(
        QStringLiteral(
            "\\b(?:in\\s+order\\s+to|so\\s+as\\s+to|with\\s+a\\s+view\\s+to|so\\s+that|aim(?:s|ing)?\\s+"
            "to|advocat\\w*\\s+for|lobby\\w*\\s+for|work(?:s|ing)?\\s+(?:closely\\s+)?with\\s+[^.;\\n]{0,60}?"
            "\\s+to|"
            "(?:call(?:s|ing)?\\s+(?:up)?on|urg(?:e|es|ing))\\s+[^.;\\n]{0,60}?\\s+to)\\b[^.;\\n]*|"
            "(?:以期|以利|俾|藉以|期能|希望|倡議|呼籲|合作以)[^。；\\n]*"),
        QRegularExpression::CaseInsensitiveOption);
    // Background is not a deliverable either: what was done before ("Last year a bill was nearly
    // passed …", 國會近期幾乎通過…) unless the sentence also says what will be done.
    static const QRegularExpression background(
        QStringLiteral(
            "(?:^|(?<=[.;!?\\n]))[^.;!?\\n]*\\b(?:recently|previously|in\\s+the\\s+past|last\\s+year|"
            "so\\s+far|to\\s+date|has\\s+been|have\\s+been|was|were)\\b[^.;!?\\n]*"
            "|(?:^|(?<=[，。；！？\\n]))[^，。；！？\\n]*(?:近期|近來|過去|先前|曾經?|業已|已於)[^"
            "，。；！？\\n]*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression future(QStringLiteral("\\b(?:will|shall)\\b|將"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString deliverables;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = background.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (future.match(m.captured(0)).hasMatch())
            continue;
        deliverables += text.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
    }
    deliverables += text.mid(from);
    deliverables.remove(purpose);
    const QString topicOnly = TopicOnlyChange::take(deliverables, language, *this);
    if (hasConcreteOutput(deliverables, language) || hasLegalAction(deliverables, language))
        return {};
    const QString passive = weakPassive(text, language);
    const QString verb = passive.isEmpty() ? found(m_weakPledge, text, language).trimmed() : passive;
    return verb.isEmpty() ? topicOnly : verb;
}

bool TextAnalysis::hasLegalAction(const QString &text, Language language) const
{
    return matches(m_legalAction, text, language);
}

bool TextAnalysis::isVagueMilestone(const QString &description, const QString &output,
                                    Language language) const
{
    if (weakVerb(description, language).isEmpty())
        return false;
    return !hasConcreteOutput(description, language) && !hasConcreteOutput(output, language);
}

bool TextAnalysis::hasYearOrDate(const QString &text, Language language) const
{
    // Gregorian years appear in Chinese text too, ROC years only there.
    return matches(m_year, text, Language::Chinese) || matches(m_year, text, language);
}

bool TextAnalysis::hasNumberBesidesYears(const QString &text, Language language) const
{
    if (text.isEmpty())
        return false;
    // A whole date (2024/05, 2024-12-31, 2024年12月, 113年5月1日, 113/05) is a time, not a
    // figure: "截至2024年12月" gives no baseline. "2020年45,000筆" keeps its 45,000.
    static const QRegularExpression dates(
        QStringLiteral("(?<![0-9０-９])(?:(?:19|20)[0-9]{2}(?![0-9])|民國\\s*[0-9]{2,3}|(?:[89][0-9]|1[0-2]["
                       "0-9])(?=\\s*[年/]))"
                       "(?:\\s*年(?:\\s*(?:0?[1-9]|1[0-2])(?![0-9])\\s*月(?:\\s*(?:0?[1-9]|[12][0-9]|3[01])(?"
                       "![0-9])\\s*日)?)?"
                       "|\\s*[/.\\-]\\s*(?:0?[1-9]|1[0-2])(?![0-9])(?:\\s*[/"
                       ".\\-]\\s*(?:0?[1-9]|[12][0-9]|3[01])(?![0-9]))?)?"));
    QString rest = text;
    rest.replace(dates, QStringLiteral(" "));
    rest.replace(m_year.zh, QStringLiteral(" "));
    return matches(m_number, rest, language);
}

QString TextAnalysis::comparative(const QString &text, Language language) const
{
    return found(m_comparative, text, language);
}

bool TextAnalysis::hasBaselineOrTarget(const QString &text, Language language) const
{
    return hasNumberBesidesYears(text, language) || matches(m_baseline, text, language);
}

bool TextAnalysis::describesCauses(const QString &text, Language language) const
{
    return matches(m_causes, text, language);
}

bool TextAnalysis::mentionsPriorEfforts(const QString &text, Language language) const
{
    return matches(m_prior, text, language);
}

bool TextAnalysis::isPlaceholder(const QString &text) const
{
    return !text.trimmed().isEmpty() && m_placeholder.match(text).hasMatch();
}

int TextAnalysis::substanceBeyondValueName(const QString &text, Language language) const
{
    QString rest = text;
    rest.replace(m_valueWords.of(language), QStringLiteral(" "));
    return meaningfulLength(rest, language);
}

QString TextAnalysis::businessAsUsual(const QString &text, Language language) const
{
    return found(m_bau, text, language);
}

bool TextAnalysis::hasNewMechanism(const QString &text, Language language) const
{
    return matches(m_newMechanism, text, language);
}

bool TextAnalysis::isModestOutput(const QString &text, Language language) const
{
    return matches(m_modest, text, language);
}

bool TextAnalysis::hasLegalOutput(const QString &text, Language language) const
{
    if (text.isEmpty())
        return false;
    // A law the work is done under ("under the Freedom of Government Information Law",
    // 「依政府資訊公開法」) is not a new legal output: skip a mention that such a phrase
    // introduces within the same clause.
    static const QRegularExpression citingEn(
        QStringLiteral(
            "\\b(?:under|in\\s+accordance\\s+with|pursuant\\s+to|according\\s+to|as\\s+required\\s+by|"
            "in\\s+line\\s+with|existing|current)\\b[^,.;:]{0,60}$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression citingZh(
        QStringLiteral("(?:依據|根據|依照|依|現行|既有)[^，。；：、]{0,20}$"));
    const QRegularExpression &citing = language == Language::Chinese ? citingZh : citingEn;
    QRegularExpressionMatchIterator it = m_legal.of(language).globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!citing.match(text.left(m.capturedStart())).hasMatch())
            return true;
    }
    return false;
}

bool TextAnalysis::isPublicFacing(const QString &text, Language language) const
{
    return matches(m_public, text, language);
}

bool TextAnalysis::hasPublicTrigger(const QString &text, Language language) const
{
    return matches(m_publicTrigger, text, language);
}

bool TextAnalysis::hasInternalOversight(const QString &text, Language language) const
{
    return matches(m_internal, text, language);
}

int TextAnalysis::enumeratedComponents(const QString &text) const
{
    if (text.isEmpty())
        return 0;
    const QRegularExpression &re = hasCjk(text) ? m_enumZh : m_enumEn;
    int count = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

QString TextAnalysis::absenceObject(const QString &text, Language language) const
{
    QString object = found(m_absence, text, language).trimmed();
    if (language == Language::English) {
        // The head of an English noun phrase: at most six words.
        const QStringList words = object.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        object = words.mid(0, 6).join(QLatin1Char(' '));
    }
    return object;
}

bool TextAnalysis::describesChangeForPeople(const QString &text, Language language) const
{
    return matches(m_people, text, language);
}

int TextAnalysis::meaningfulLength(const QString &text, Language language)
{
    int count = 0;
    bool inWord = false;
    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    for (const auto *end = p + text.size(); p != end; ++p) {
        const bool letter = QChar::isLetterOrNumber(char32_t(*p));
        if (language == Language::Chinese) {
            count += letter ? 1 : 0;
        } else {
            if (letter && !inWord)
                ++count;
            inWord = letter;
        }
    }
    return count;
}

QString TextAnalysis::normalized(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    auto *o = reinterpret_cast<char16_t *>(out.data());
    qsizetype n = 0;
    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    for (const auto *end = p + text.size(); p != end; ++p) {
        const char16_t u = *p;
        if (u < 0x80) {
            if ((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z'))
                o[n++] = u;
            else if (u >= u'A' && u <= u'Z')
                o[n++] = char16_t(u + 32);
        } else if (QChar::isLetterOrNumber(char32_t(u))) {
            o[n++] = char16_t(QChar::toCaseFolded(char32_t(u)));
        }
    }
    out.truncate(n);
    return out;
}

QString TextAnalysis::stripLeadingMarkers(const QString &text)
{
    const QRegularExpressionMatch m = instance().m_leadingMarkers.match(text);
    return m.hasMatch() && m.capturedLength() > 0 ? text.mid(m.capturedLength()) : text;
}

bool TextAnalysis::hasCjk(const QString &text)
{
    // Raw UTF-16 scan: this runs on every text version several times per check.
    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    const auto *end = p + text.size();
    for (; p != end; ++p) {
        const char16_t u = *p;
        if ((u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF))
            return true;
    }
    return false;
}

bool TextAnalysis::isBlank(const QString &text)
{
    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    const auto *end = p + text.size();
    for (; p != end; ++p) {
        if (!QChar::isSpace(*p))
            return false;
    }
    return true;
}

} // namespace nap
