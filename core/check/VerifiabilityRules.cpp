// B. Verifiability: can a reviewer tell, from the text alone, whether the commitment was done?
#include "Rule.h"

#include <cmath>

namespace nap {
namespace {

FindingArg month(const YearMonth &ym)
{
    return FindingArg::plain(
        ym.isValid() ? QStringLiteral("%1/%2").arg(ym.year()).arg(ym.month(), 2, 10, QLatin1Char('0'))
                     : QStringLiteral("—"));
}

// ---- B1 ------------------------------------------------------------------------------------
constexpr RuleInfo kB1{"B1",
                       Severity::Error,
                       Field::Milestones,
                       QT_TRANSLATE_NOOP3("nap::check", "Milestones", "B1"),
                       QT_TRANSLATE_NOOP3("nap::check", "There is at least one milestone.", "B1.about"),
                       true,
                       false};
constexpr MessageText kB1None =
    QT_TRANSLATE_NOOP3("nap::check",
                       "There are no milestones. List at least one verifiable deliverable with start and end "
                       "months and a responsible agency, e.g. “Submit the draft ○○ Act to the Executive Yuan "
                       "(2025/01–2025/12)”.",
                       "B1.none");

class AtLeastOneMilestone : public Rule
{
public:
    AtLeastOneMilestone() : Rule(kB1) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.commitment.milestones.isEmpty())
            out.append(finding(kB1None, Field::Milestones));
    }
};

// ---- B2 ------------------------------------------------------------------------------------
constexpr RuleInfo kB2{
    "B2",
    Severity::Error,
    Field::Milestones,
    QT_TRANSLATE_NOOP3("nap::check", "Milestone essentials", "B2"),
    QT_TRANSLATE_NOOP3("nap::check",
                       "Every milestone has a description, an end month and a responsible agency.",
                       "B2.about"),
    true,
    false};
constexpr MessageText kB2Description = QT_TRANSLATE_NOOP3(
    "nap::check", "Milestone %1 has no description. Write a deliverable that can be checked.",
    "B2.description");
constexpr MessageText kB2End = QT_TRANSLATE_NOOP3(
    "nap::check", "Milestone %1 has no end month. Enter the month it will be done (yyyy/mm).", "B2.end");
constexpr MessageText kB2Agency = QT_TRANSLATE_NOOP3(
    "nap::check", "Milestone %1 has no responsible agency. Choose the agency that will deliver it.",
    "B2.agency");

class MilestoneEssentials : public Rule
{
public:
    MilestoneEssentials() : Rule(kB2) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        for (int i = 0; i < c.milestones.size(); ++i) {
            const Milestone &m = c.milestones.at(i);
            const QList<FindingArg> n{FindingArg::number(i + 1)};
            if (TextAnalysis::isBlank(m.description))
                out.append(milestoneFinding(kB2Description, c, i, n));
            if (!m.end.isValid())
                out.append(milestoneFinding(kB2End, c, i, n));
            // Pasted text names the agency of a milestone in too many ways to read reliably.
            if (m.responsibleAgency.trimmed().isEmpty() && !ctx.options.freeText)
                out.append(milestoneFinding(kB2Agency, c, i, n));
        }
    }
};

// ---- B3 ------------------------------------------------------------------------------------
constexpr RuleInfo kB3{
    "B3",
    Severity::Error,
    Field::Period,
    QT_TRANSLATE_NOOP3("nap::check", "Dates", "B3"),
    QT_TRANSLATE_NOOP3(
        "nap::check",
        "Start is not after end; milestones lie inside the commitment period, the commitment inside "
        "the plan period; nothing starts after the plan ends.",
        "B3.about"),
    false,
    false};
constexpr MessageText kB3Missing = QT_TRANSLATE_NOOP3(
    "nap::check", "The commitment has no start or end month. Enter both (inside the plan period).",
    "B3.period_missing");
constexpr MessageText kB3Order = QT_TRANSLATE_NOOP3(
    "nap::check", "The commitment starts (%1) after it ends (%2). Correct the period.", "B3.order");
constexpr MessageText kB3OutsidePlan =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The commitment period (%1 to %2) falls outside the plan period (%3 to %4). "
                       "Move it inside the plan period.",
                       "B3.outside_plan");
constexpr MessageText kB3AfterPlan =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The commitment starts (%2) after the plan ends (%1); reviewers treat it as "
                       "outside the plan. Move the start.",
                       "B3.after_plan");
constexpr MessageText kB3MilestoneOrder = QT_TRANSLATE_NOOP3(
    "nap::check", "Milestone %1 starts (%2) after it ends (%3). Correct the dates.", "B3.milestone_order");
constexpr MessageText kB3MilestoneOutside =
    QT_TRANSLATE_NOOP3("nap::check",
                       "Milestone %1 (%2 to %3) falls outside the commitment period (%4 to %5). "
                       "Adjust the milestone or the commitment period.",
                       "B3.milestone_outside");
constexpr MessageText kB3MilestoneAfterPlan = QT_TRANSLATE_NOOP3(
    "nap::check", "Milestone %1 starts after the plan ends (%2). Move its start.", "B3.milestone_after_plan");

class Dates : public Rule
{
public:
    Dates() : Rule(kB3) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        const bool hasPlan = ctx.plan && ctx.plan->start.isValid() && ctx.plan->end.isValid();
        const bool periodValid = c.start.isValid() && c.end.isValid();
        if (!periodValid) {
            out.append(finding(kB3Missing, Field::Period));
        } else if (c.start > c.end) {
            out.append(finding(kB3Order, Field::Period, {month(c.start), month(c.end)}));
        } else if (hasPlan && c.start > ctx.plan->end) {
            out.append(finding(kB3AfterPlan, Field::Period, {month(ctx.plan->end), month(c.start)}));
        } else if (hasPlan && (c.start < ctx.plan->start || c.end > ctx.plan->end)) {
            out.append(finding(kB3OutsidePlan, Field::Period,
                               {month(c.start), month(c.end), month(ctx.plan->start), month(ctx.plan->end)}));
        }
        const bool commitmentOrdered = periodValid && c.start <= c.end;
        for (int i = 0; i < c.milestones.size(); ++i) {
            const Milestone &m = c.milestones.at(i);
            const FindingArg n = FindingArg::number(i + 1);
            if (m.start.isValid() && m.end.isValid() && m.start > m.end) {
                out.append(milestoneFinding(kB3MilestoneOrder, c, i, {n, month(m.start), month(m.end)}));
                continue;
            }
            if (hasPlan && m.start.isValid() && m.start > ctx.plan->end) {
                out.append(milestoneFinding(kB3MilestoneAfterPlan, c, i, {n, month(ctx.plan->end)}));
                continue;
            }
            const bool early = m.start.isValid() && commitmentOrdered && m.start < c.start;
            const bool late = m.end.isValid() && commitmentOrdered && m.end > c.end;
            if (early || late)
                out.append(milestoneFinding(kB3MilestoneOutside, c, i,
                                            {n, month(m.start), month(m.end), month(c.start), month(c.end)}));
        }
    }
};

// ---- B4 ------------------------------------------------------------------------------------
constexpr RuleInfo kB4{
    "B4",
    Severity::Warning,
    Field::Milestones,
    QT_TRANSLATE_NOOP3("nap::check", "Concrete outputs", "B4"),
    QT_TRANSLATE_NOOP3(
        "nap::check",
        "No milestone starts with a process verb (promote, strengthen, study…) without naming a "
        "concrete output; an output with its completion state (submitted, launched, published, "
        "N sessions) is enough.",
        "B4.about"),
    true,
    false};
constexpr MessageText kB4Vague =
    QT_TRANSLATE_NOOP3("nap::check",
                       "Milestone %1 starts with “%2” but names no concrete output. Write a deliverable "
                       "someone can check, with its completion state, e.g. “Submit the draft ○○ Act to the "
                       "Executive Yuan”, “Launch the ○○ system”, “Hold 3 public consultations”.",
                       "B4.vague");
constexpr MessageText kB4Pledge = QT_TRANSLATE_NOOP3(
    "nap::check",
    "The commitment pledges to “%1” but names nothing that will be delivered, and it has no "
    "milestones. Say what will exist when it is done, e.g. “Submit the draft ○○ Act to the "
    "Executive Yuan”, “Publish the ○○ register online”.",
    "B4.pledge");

class ConcreteOutputs : public Rule
{
public:
    ConcreteOutputs() : Rule(kB4) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        // Without milestones the content is the only statement of what will be done.
        if (ctx.facts.vaguePledge)
            out.append(finding(kB4Pledge, Field::Content, {ctx.facts.pledgeWords}));
        for (int i = 0; i < c.milestones.size(); ++i) {
            const Milestone &m = c.milestones.at(i);
            QString verbZh;
            QString verbEn;
            const LanguageHits h = hits(m.description, [&](const QString &t, Language l) {
                const QString &output = l == Language::Chinese ? m.expectedOutput.zh : m.expectedOutput.en;
                if (!ctx.text.isVagueMilestone(t, output, l))
                    return false;
                (l == Language::Chinese ? verbZh : verbEn) = ctx.text.weakVerb(t, l);
                return true;
            });
            if (!h.any())
                continue;
            const FindingArg verb{verbZh.isEmpty() ? verbEn : verbZh, verbEn.isEmpty() ? verbZh : verbEn};
            Finding f = milestoneFinding(kB4Vague, c, i, {FindingArg::number(i + 1), verb});
            h.applyTo(f);
            out.append(f);
        }
    }
};

// ---- B5 ------------------------------------------------------------------------------------
constexpr RuleInfo kB5{
    "B5",
    Severity::Warning,
    Field::ExpectedResults,
    QT_TRANSLATE_NOOP3("nap::check", "Comparatives need numbers", "B5"),
    QT_TRANSLATE_NOOP3("nap::check",
                       "Comparative words (increase, improve, more…) come with a number, baseline or target.",
                       "B5.about"),
    true,
    false};
constexpr MessageText kB5Field =
    QT_TRANSLATE_NOOP3("nap::check",
                       "“%1” says “%2” without a number, baseline or target. Say from what to what, e.g. "
                       "“raise the share of online applications from 30% to 60%”.",
                       "B5.field");
constexpr MessageText kB5Milestone =
    QT_TRANSLATE_NOOP3("nap::check",
                       "Milestone %1 says “%2” without a number, baseline or target. Give the target, "
                       "e.g. “from 30% to 60%”.",
                       "B5.milestone");

class Comparatives : public Rule
{
public:
    Comparatives() : Rule(kB5) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        Words words;
        LanguageHits h = hits(c.text(Field::ExpectedResults), [&](const QString &t, Language l) {
            return unquantified(ctx, t, QString(), l, &words);
        });
        if (h.any()) {
            // Results prose is advice territory: reviewers judge the milestones' targets.
            Finding f = finding(kB5Field, Severity::Hint, Field::ExpectedResults,
                                {FindingArg::field(Field::ExpectedResults), words.arg()});
            h.applyTo(f);
            out.append(f);
        }
        for (int i = 0; i < c.milestones.size(); ++i) {
            const Milestone &m = c.milestones.at(i);
            words = {};
            h = hits(m.description, [&](const QString &t, Language l) {
                const QString &output = l == Language::Chinese ? m.expectedOutput.zh : m.expectedOutput.en;
                // A vague milestone already gets B4, whose advice covers this.
                return !ctx.text.isVagueMilestone(t, output, l) && unquantified(ctx, t, output, l, &words);
            });
            if (h.any()) {
                Finding f = milestoneFinding(kB5Milestone, c, i, {FindingArg::number(i + 1), words.arg()});
                h.applyTo(f);
                out.append(f);
            }
        }
    }

private:
    struct Words
    {
        QString zh;
        QString en;
        FindingArg arg() const { return {zh.isEmpty() ? en : zh, en.isEmpty() ? zh : en}; }
    };

    static bool unquantified(const RuleContext &ctx, const QString &text, const QString &output, Language l,
                             Words *words)
    {
        const QString w = ctx.text.comparative(text, l);
        if (w.isEmpty() || ctx.text.hasBaselineOrTarget(text, l) || ctx.text.hasBaselineOrTarget(output, l))
            return false;
        (l == Language::Chinese ? words->zh : words->en) = w;
        return true;
    }
};

// ---- B6 ------------------------------------------------------------------------------------
constexpr RuleInfo kB6{
    "B6",
    Severity::Warning,
    Field::Milestones,
    QT_TRANSLATE_NOOP3("nap::check", "Milestone timing", "B6"),
    QT_TRANSLATE_NOOP3(
        "nap::check",
        "Milestones are not all due in the last quarter of the commitment; every plan year has a "
        "checkable deliverable.",
        "B6.about"),
    false,
    false};
constexpr MessageText kB6Late =
    QT_TRANSLATE_NOOP3("nap::check",
                       "Every milestone ends in the last quarter of the commitment (after %1), so progress "
                       "cannot be checked midway. Add interim deliverables.",
                       "B6.late");
constexpr MessageText kB6Year = QT_TRANSLATE_NOOP3(
    "nap::check", "No milestone is due in %1. Consider a checkable deliverable in each such year.",
    "B6.year");

class MilestoneTiming : public Rule
{
public:
    MilestoneTiming() : Rule(kB6) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        if (!c.start.isValid() || !c.end.isValid() || c.start >= c.end)
            return;
        QList<YearMonth> ends;
        for (const Milestone &m : c.milestones) {
            if (m.end.isValid())
                ends.append(m.end);
        }
        if (ends.isEmpty())
            return;
        const int months = c.end.index() - c.start.index() + 1; // both ends included
        if (months >= 5) {
            // 2025-01…2026-12 is 24 months; its last quarter starts with 2026-07.
            const YearMonth lastQuarter = c.start.addMonths(static_cast<int>(std::ceil(months * 0.75)));
            bool allLate = true;
            for (const YearMonth &e : std::as_const(ends))
                allLate = allLate && e >= lastQuarter;
            if (allLate)
                out.append(finding(kB6Late, Field::Milestones, {month(lastQuarter.addMonths(-1))}));
        }
        QStringList idle;
        for (int year = c.start.year(); year <= c.end.year(); ++year) {
            const int first = std::max(c.start.index(), YearMonth(year, 1).index());
            const int last = std::min(c.end.index(), YearMonth(year, 12).index());
            if (last - first + 1 < 6)
                continue; // a short stub of a year needs no deliverable of its own
            bool due = false;
            for (const YearMonth &e : std::as_const(ends))
                due = due || e.year() == year;
            if (!due)
                idle.append(QString::number(year));
        }
        if (!idle.isEmpty())
            out.append(
                finding(kB6Year, Severity::Hint, Field::Milestones,
                        {FindingArg{idle.join(QStringLiteral("、")), idle.join(QStringLiteral(", "))}}));
    }
};

// ---- B7 ------------------------------------------------------------------------------------
constexpr RuleInfo kB7{"B7",
                       Severity::Warning,
                       Field::Milestones,
                       QT_TRANSLATE_NOOP3("nap::check", "Repeated milestones", "B7"),
                       QT_TRANSLATE_NOOP3("nap::check",
                                          "No milestone repeats the commitment's name or another milestone.",
                                          "B7.about"),
                       true,
                       false};
constexpr MessageText kB7Title =
    QT_TRANSLATE_NOOP3("nap::check",
                       "Milestone %1 only repeats the commitment's name. Write the concrete deliverable of "
                       "this step.",
                       "B7.title");
constexpr MessageText kB7Duplicate = QT_TRANSLATE_NOOP3(
    "nap::check", "Milestone %1 repeats milestone %2. Merge them or give each its own deliverable.",
    "B7.duplicate");

bool nearlySame(const QString &a, const QString &b)
{
    if (a.size() < 2 || b.size() < 2)
        return false;
    if (a == b)
        return true;
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    return longer.contains(shorter) && shorter.size() * 5 >= longer.size() * 4;
}

class RepeatedMilestones : public Rule
{
public:
    RepeatedMilestones() : Rule(kB7) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        const LocalizedText &title = c.text(Field::Title);
        const QString titleZh = TextAnalysis::normalized(title.zh);
        const QString titleEn = TextAnalysis::normalized(title.en);
        QList<QString> seenZh;
        QList<QString> seenEn;
        for (int i = 0; i < c.milestones.size(); ++i) {
            const Milestone &m = c.milestones.at(i);
            const QString zh = TextAnalysis::normalized(m.description.zh);
            const QString en = TextAnalysis::normalized(m.description.en);
            LanguageHits h{nearlySame(zh, titleZh), nearlySame(en, titleEn)};
            if (h.any()) {
                Finding f = milestoneFinding(kB7Title, c, i, {FindingArg::number(i + 1)});
                h.applyTo(f);
                out.append(f);
            } else {
                for (int j = 0; j < i; ++j) {
                    h = {nearlySame(zh, seenZh.at(j)), nearlySame(en, seenEn.at(j))};
                    if (h.any()) {
                        Finding f = milestoneFinding(kB7Duplicate, c, i,
                                                     {FindingArg::number(i + 1), FindingArg::number(j + 1)});
                        h.applyTo(f);
                        out.append(f);
                        break;
                    }
                }
            }
            seenZh.append(zh);
            seenEn.append(en);
        }
    }
};

} // namespace

void addVerifiabilityRules(RuleList &rules)
{
    rules.push_back(std::make_unique<AtLeastOneMilestone>());
    rules.push_back(std::make_unique<MilestoneEssentials>());
    rules.push_back(std::make_unique<Dates>());
    rules.push_back(std::make_unique<ConcreteOutputs>());
    rules.push_back(std::make_unique<Comparatives>());
    rules.push_back(std::make_unique<MilestoneTiming>());
    rules.push_back(std::make_unique<RepeatedMilestones>());
}

} // namespace nap
