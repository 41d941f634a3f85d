#include "TopicOnlyChange.h"

#include "TextAnalysis.h"

#include <QRegularExpression>

namespace nap {
namespace {

QString topicIn(const QString &sentence, Language language)
{
    static const QRegularExpression zh(
        QStringLiteral("(?:以|俾)?((?:反映|處理|因應|回應|納入|考量)[^，。；;\\n]{0,30}?(?:議題|問題))"));
    static const QRegularExpression en(
        QStringLiteral(
            "\\b(?:to\\s+|and\\s+)?((?:reflect|address|cover|consider|tackle|deal\\s+with|take\\s+"
            "into\\s+account)\\w*\\s+the\\s+(?:issues?|matters?|questions?|topics?|subject|problems?)\\s+"
            "(?:of|related\\s+to|regarding|concerning|around))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return (language == Language::Chinese ? zh : en).match(sentence).captured(1).trimmed();
}

// What a law will require, said beside the topic, makes the change checkable after all.
bool saysWhatItRequires(const QString &sentence, Language language)
{
    static const QRegularExpression zh(
        QStringLiteral("明定|規定|要求|應於|須於|強制|公開|公布|揭露|申報|設立|建立|禁止|限制"));
    static const QRegularExpression en(
        QStringLiteral("\\b(?:requir\\w*|oblig\\w*|mandat\\w*|establish\\w*|creat\\w*|publish\\w*|"
                       "disclos\\w*|declar\\w*|prohibit\\w*|ban(?:s|ned|ning)?|limit\\w*|cap(?:s|ped|ping)?|"
                       "set(?:ting)?\\s+up|so\\s+that)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return (language == Language::Chinese ? zh : en).match(sentence).hasMatch();
}

} // namespace

QString TopicOnlyChange::take(QString &text, Language language, const TextAnalysis &analysis)
{
    static const QRegularExpression sentences(QStringLiteral("[^.;!?\\n。；！？]+"));
    QString kept;
    QString phrase;
    for (QRegularExpressionMatchIterator it = sentences.globalMatch(text); it.hasNext();) {
        const QString s = it.next().captured(0);
        const QString topic = topicIn(s, language);
        if (!topic.isEmpty() && analysis.hasLegalAction(s, language) && !saysWhatItRequires(s, language)) {
            if (phrase.isEmpty())
                phrase = topic;
            continue;
        }
        kept += s + QLatin1Char('\n');
    }
    if (!phrase.isEmpty())
        text = kept;
    return phrase;
}

} // namespace nap
