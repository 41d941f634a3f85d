// D. Logic (does the commitment answer its problem?) and E. document rules that concern a
// single commitment (E1 and E2 belong to the exporters).
#include "Rule.h"

namespace nap {
namespace {

// ---- D1 ------------------------------------------------------------------------------------
constexpr RuleInfo kD1{
    "D1",
    Severity::Warning,
    Field::Problem,
    QT_TRANSLATE_NOOP3("nap::check", "Problem restates the solution", "D1"),
    QT_TRANSLATE_NOOP3(
        "nap::check",
        "The problem is more than the absence of the solution (problem “no X platform”, content "
        "“build an X platform”).",
        "D1.about"),
    true,
    false};
constexpr MessageText kD1Absence =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The problem only says “%1” is missing, and the commitment is to build it. Describe "
                       "what the gap does to people, with figures: what they cannot do, what it costs them "
                       "in time or money.",
                       "D1.absence");

constexpr int kShortProblemZh = 60; // characters
constexpr int kShortProblemEn = 40; // words

// The longest part of the missing thing that the solution also names. It must reach the head
// of the phrase (its last word, or last characters in Chinese) unless it is long on its own,
// so "缺乏整合性資料開放平臺" matches "建置資料開放平臺" but not "研擬資料開放法".
QString sharedPhrase(const QString &object, const QString &solution, Language language)
{
    if (language == Language::Chinese) {
        for (qsizetype len = std::min<qsizetype>(object.size(), 12); len >= 3; --len) {
            for (qsizetype start = 0; start + len <= object.size(); ++start) {
                const bool head = start + len == object.size();
                if (!head && len < 6)
                    continue;
                const QString part = object.mid(start, len);
                if (solution.contains(part))
                    return part;
            }
        }
        return {};
    }
    const QStringList words = object.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString target = QLatin1Char(' ') + solution.toLower().simplified() + QLatin1Char(' ');
    for (qsizetype n = words.size(); n >= 1; --n) {
        for (qsizetype start = 0; start + n <= words.size(); ++start) {
            const bool head = start + n == words.size();
            if ((!head && n < 3) || (n == 1 && words.at(start).size() < 6))
                continue;
            const QString phrase = words.mid(start, n).join(QLatin1Char(' '));
            if (target.contains(QLatin1Char(' ') + phrase + QLatin1Char(' ')) ||
                target.contains(QLatin1Char(' ') + phrase + QLatin1Char('s')))
                return phrase;
        }
    }
    return {};
}

class ProblemIsSolution : public Rule
{
public:
    ProblemIsSolution() : Rule(kD1) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        QString zh;
        QString en;
        const LanguageHits h = hits(c.text(Field::Problem), [&](const QString &t, Language l) {
            const bool zhText = l == Language::Chinese;
            if (ctx.text.hasNumberBesidesYears(t, l) ||
                TextAnalysis::meaningfulLength(t, l) >= (zhText ? kShortProblemZh : kShortProblemEn))
                return false; // the problem says more than "X is missing"
            const QString object = ctx.text.absenceObject(t, l);
            if (object.isEmpty())
                return false;
            const LocalizedText &content = c.text(Field::Content);
            const LocalizedText &title = c.text(Field::Title);
            const QString solution = (zhText ? content.zh + QLatin1Char('\n') + title.zh
                                             : content.en + QLatin1Char('\n') + title.en);
            const QString shared = sharedPhrase(object, solution, l);
            (zhText ? zh : en) = shared;
            return !shared.isEmpty();
        });
        if (!h.any())
            return;
        Finding f =
            finding(kD1Absence, Field::Problem, {FindingArg{zh.isEmpty() ? en : zh, en.isEmpty() ? zh : en}});
        h.applyTo(f);
        out.append(f);
    }
};

// ---- D2 ------------------------------------------------------------------------------------
constexpr RuleInfo kD2{
    "D2",
    Severity::Hint,
    Field::ExpectedResults,
    QT_TRANSLATE_NOOP3("nap::check", "Change for people", "D2"),
    QT_TRANSLATE_NOOP3(
        "nap::check",
        "The expected results (in the NDC form, part of the content) describe a change for people, "
        "not only outputs.",
        "D2.about"),
    true,
    false};
constexpr MessageText kD2Missing =
    QT_TRANSLATE_NOOP3("nap::check",
                       "No expected results yet. Describe what will change for people once it is done, "
                       "e.g. “people who request data get an agency's answer within 30 days”.",
                       "D2.missing");
constexpr MessageText kD2Outputs =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The expected results describe outputs, not a change for people. Say who will be "
                       "able to do what differently.",
                       "D2.outputs");

class ChangeForPeople : public Rule
{
public:
    ChangeForPeople() : Rule(kD2) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const LocalizedText &results = ctx.commitment.text(Field::ExpectedResults);
        if (TextAnalysis::isBlank(results)) {
            // The NDC form asks for the expected results inside the content answer.
            const LanguageHits inContent =
                hits(ctx.commitment.text(Field::Content),
                     [&](const QString &t, Language l) { return ctx.text.describesChangeForPeople(t, l); });
            if (!inContent.any())
                out.append(finding(kD2Missing, Field::ExpectedResults));
            return;
        }
        const LanguageHits h = hits(
            results, [&](const QString &t, Language l) { return !ctx.text.describesChangeForPeople(t, l); });
        if (h.any()) {
            Finding f = finding(kD2Outputs, Field::ExpectedResults);
            h.applyTo(f);
            out.append(f);
        }
    }
};

// ---- E3 ------------------------------------------------------------------------------------
constexpr RuleInfo kE3{
    "E3",
    Severity::Warning,
    Field::Title,
    QT_TRANSLATE_NOOP3("nap::check", "English version", "E3"),
    QT_TRANSLATE_NOOP3(
        "nap::check",
        "For an English or bilingual export, every Chinese text has an English version that is not "
        "older than the Chinese.",
        "E3.about"),
    false,
    true};
constexpr MessageText kE3Missing =
    QT_TRANSLATE_NOOP3("nap::check",
                       "“%1” has no English version yet. Add the translation before an English or "
                       "bilingual export.",
                       "E3.missing");
constexpr MessageText kE3Stale =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The Chinese text of “%1” changed after its English translation. Update the English, "
                       "or mark it reviewed if both still match.",
                       "E3.stale");
constexpr MessageText kE3MilestoneMissing =
    QT_TRANSLATE_NOOP3("nap::check",
                       "Milestone %1 has no English version yet. Add the translation before an "
                       "English or bilingual export.",
                       "E3.milestone_missing");
constexpr MessageText kE3MilestoneStale =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The Chinese text of milestone %1 changed after its English translation. "
                       "Update the English, or mark it reviewed if both still match.",
                       "E3.milestone_stale");

// Missing: Chinese without English. Stale: the Chinese changed after the English.
const MessageText *englishProblem(const LocalizedText &t, const MessageText &missing,
                                  const MessageText &stale)
{
    if (t.zh.trimmed().isEmpty())
        return nullptr;
    switch (t.status()) {
    case LocalizedText::Status::Missing:
        return &missing;
    case LocalizedText::Status::Stale:
        // An English changed after review is newer than the Chinese: fine for an English export.
        return t.outdatedLanguage() == Language::English ? &stale : nullptr;
    case LocalizedText::Status::Empty:
    case LocalizedText::Status::UpToDate:
        break;
    }
    return nullptr;
}

class EnglishVersion : public Rule
{
public:
    EnglishVersion() : Rule(kE3) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        for (auto it = c.texts().cbegin(); it != c.texts().cend(); ++it) {
            if (const MessageText *m = englishProblem(it.value(), kE3Missing, kE3Stale)) {
                Finding f = finding(*m, it.key(), {FindingArg::field(it.key())});
                f.inEnglish = true;
                out.append(f);
            }
        }
        for (int i = 0; i < c.milestones.size(); ++i) {
            const Milestone &ms = c.milestones.at(i);
            const MessageText *m = englishProblem(ms.description, kE3MilestoneMissing, kE3MilestoneStale);
            if (!m)
                m = englishProblem(ms.expectedOutput, kE3MilestoneMissing, kE3MilestoneStale);
            if (m) {
                Finding f = milestoneFinding(*m, c, i, {FindingArg::number(i + 1)});
                f.inEnglish = true;
                out.append(f);
            }
        }
    }
};

} // namespace

void addLogicRules(RuleList &rules)
{
    rules.push_back(std::make_unique<ProblemIsSolution>());
    rules.push_back(std::make_unique<ChangeForPeople>());
    rules.push_back(std::make_unique<EnglishVersion>());
}

} // namespace nap
