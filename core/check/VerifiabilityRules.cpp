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
                       {"B1", "里程碑", "Milestones"},
                       {"B1.about", "至少有一項里程碑。", "There is at least one milestone."},
                       false,
                       false};
constexpr MessageText kB1None{
    "B1.none",
    "尚無里程碑。請列出至少一項可查證的交付成果，附起迄年月與負責機關，例如「完成○○草案並函報行政院"
    "（2025/01～2025/12）」。",
    "There are no milestones. List at least one verifiable deliverable with start and end "
    "months and a responsible agency, e.g. “Submit the draft ○○ Act to the Executive Yuan "
    "(2025/01–2025/12)”."};

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
constexpr RuleInfo kB2{"B2",
                       Severity::Error,
                       Field::Milestones,
                       {"B2", "里程碑要素", "Milestone essentials"},
                       {"B2.about", "每項里程碑都有描述、完成年月與負責機關。",
                        "Every milestone has a description, an end month and a responsible agency."},
                       false,
                       false};
constexpr MessageText kB2Description{
    "B2.description", "第%1項里程碑沒有描述。請寫出可查證的交付成果。",
    "Milestone %1 has no description. Write a deliverable that can be checked."};
constexpr MessageText kB2End{"B2.end", "第%1項里程碑沒有完成年月。請填寫預計完成的年月（yyyy/mm）。",
                             "Milestone %1 has no end month. Enter the month it will be done (yyyy/mm)."};
constexpr MessageText kB2Agency{
    "B2.agency", "第%1項里程碑沒有負責機關。請選擇負責完成的機關。",
    "Milestone %1 has no responsible agency. Choose the agency that will deliver it."};

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
            if (m.responsibleAgency.trimmed().isEmpty())
                out.append(milestoneFinding(kB2Agency, c, i, n));
        }
    }
};

// ---- B3 ------------------------------------------------------------------------------------
constexpr RuleInfo kB3{
    "B3",
    Severity::Error,
    Field::Period,
    {"B3", "起迄時間", "Dates"},
    {"B3.about", "開始不晚於結束；里程碑在承諾期間內；承諾事項在方案期間內；沒有任何項目在方案結束後才開始。",
     "Start is not after end; milestones lie inside the commitment period, the commitment inside "
     "the plan period; nothing starts after the plan ends."},
    false,
    false};
constexpr MessageText kB3Missing{
    "B3.period_missing", "承諾事項尚未填寫起迄年月。請填寫開始與結束年月（須在方案期間內）。",
    "The commitment has no start or end month. Enter both (inside the plan period)."};
constexpr MessageText kB3Order{"B3.order", "承諾事項的開始年月（%1）晚於結束年月（%2）。請更正起迄時間。",
                               "The commitment starts (%1) after it ends (%2). Correct the period."};
constexpr MessageText kB3OutsidePlan{
    "B3.outside_plan", "承諾事項期間（%1～%2）超出方案期間（%3～%4）。請將起迄時間調整至方案期間內。",
    "The commitment period (%1 to %2) falls outside the plan period (%3 to %4). "
    "Move it inside the plan period."};
constexpr MessageText kB3AfterPlan{
    "B3.after_plan", "承諾事項在方案結束（%1）之後才開始（%2），審查者會視為不屬於本期方案。請調整開始年月。",
    "The commitment starts (%2) after the plan ends (%1); reviewers treat it as "
    "outside the plan. Move the start."};
constexpr MessageText kB3MilestoneOrder{"B3.milestone_order",
                                        "第%1項里程碑的開始年月（%2）晚於完成年月（%3）。請更正。",
                                        "Milestone %1 starts (%2) after it ends (%3). Correct the dates."};
constexpr MessageText kB3MilestoneOutside{
    "B3.milestone_outside",
    "第%1項里程碑（%2～%3）超出承諾事項期間（%4～%5）。請調整里程碑或承諾事項的起迄"
    "時間。",
    "Milestone %1 (%2 to %3) falls outside the commitment period (%4 to %5). "
    "Adjust the milestone or the commitment period."};
constexpr MessageText kB3MilestoneAfterPlan{"B3.milestone_after_plan",
                                            "第%1項里程碑在方案結束（%2）之後才開始。請調整開始年月。",
                                            "Milestone %1 starts after the plan ends (%2). Move its start."};

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
    {"B4", "具體產出", "Concrete outputs"},
    {"B4.about",
     "里程碑不以「推動、強化、研議」等過程動詞開頭而沒有具體產出；寫出產出與完成狀態（函報、上線、發布、"
     "N 場次）即可。",
     "No milestone starts with a process verb (promote, strengthen, study…) without naming a "
     "concrete output; an output with its completion state (submitted, launched, published, "
     "N sessions) is enough."},
    true,
    false};
constexpr MessageText kB4Vague{
    "B4.vague",
    "第%1項里程碑以「%2」開頭，卻沒有寫出具體產出。請寫明可查證的成果與完成狀態，例如「完成○○"
    "草案並函報行政院」、「○○系統上線」、「辦理3場次公開諮詢」。",
    "Milestone %1 starts with “%2” but names no concrete output. Write a deliverable "
    "someone can check, with its completion state, e.g. “Submit the draft ○○ Act to the "
    "Executive Yuan”, “Launch the ○○ system”, “Hold 3 public consultations”."};

class ConcreteOutputs : public Rule
{
public:
    ConcreteOutputs() : Rule(kB4) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        for (int i = 0; i < c.milestones.size(); ++i) {
            const Milestone &m = c.milestones.at(i);
            QString verbZh;
            QString verbEn;
            const LanguageHits h = hits(m.description, [&](const QString &t, Language l) {
                const QString &output = l == Language::Chinese ? m.expectedOutput.zh : m.expectedOutput.en;
                if (!ctx.text.isVagueMilestone(t, output, l))
                    return false;
                (l == Language::Chinese ? verbZh : verbEn) = ctx.text.weakVerbAtStart(t, l);
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
    {"B5", "比較詞需有數字", "Comparatives need numbers"},
    {"B5.about", "「增加、提升、擴大」等比較詞附有數字、基準或目標值。",
     "Comparative words (increase, improve, more…) come with a number, baseline or target."},
    true,
    false};
constexpr MessageText kB5Field{
    "B5.field",
    "「%1」使用「%2」卻沒有數字、基準或目標值。請寫出從多少到多少，例如「線上申辦比率由30%提升至"
    "60%」。",
    "“%1” says “%2” without a number, baseline or target. Say from what to what, e.g. "
    "“raise the share of online applications from 30% to 60%”."};
constexpr MessageText kB5Milestone{
    "B5.milestone",
    "第%1項里程碑使用「%2」卻沒有數字、基準或目標值。請寫出目標數值，例如「由30%提升至60%」。",
    "Milestone %1 says “%2” without a number, baseline or target. Give the target, "
    "e.g. “from 30% to 60%”."};

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
            Finding f = finding(kB5Field, Field::ExpectedResults,
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
    {"B6", "里程碑時程分布", "Milestone timing"},
    {"B6.about", "里程碑不全擠在承諾期間的最後一季；每個方案年度都有可查核的成果。",
     "Milestones are not all due in the last quarter of the commitment; every plan year has a "
     "checkable deliverable."},
    false,
    false};
constexpr MessageText kB6Late{
    "B6.late",
    "所有里程碑都在承諾期間的最後四分之一（%1之後）才完成，期中無法查核進度。請安排期中可交付的"
    "成果。",
    "Every milestone ends in the last quarter of the commitment (after %1), so progress "
    "cannot be checked midway. Add interim deliverables."};
constexpr MessageText kB6Year{
    "B6.year", "%1年沒有任何里程碑到期。可考慮在這些年度各安排一項可查核的成果。",
    "No milestone is due in %1. Consider a checkable deliverable in each such year."};

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
                       {"B7", "重複的里程碑", "Repeated milestones"},
                       {"B7.about", "里程碑不重複承諾事項名稱，也不彼此重複。",
                        "No milestone repeats the commitment's name or another milestone."},
                       true,
                       false};
constexpr MessageText kB7Title{
    "B7.title", "第%1項里程碑只重複了承諾事項名稱。請寫出這一步要交付的具體成果。",
    "Milestone %1 only repeats the commitment's name. Write the concrete deliverable of "
    "this step."};
constexpr MessageText kB7Duplicate{
    "B7.duplicate", "第%1項里程碑與第%2項重複。請合併，或分別寫出不同的交付成果。",
    "Milestone %1 repeats milestone %2. Merge them or give each its own deliverable."};

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
