// A. Completeness: the NDC form and the OGP template ask for these answers.
#include "Guidance.h"
#include "Rule.h"
#include "text/BilingualText.h"

#include <QRegularExpression>

namespace nap {
namespace {

FindingArg valueName(CoreValue value)
{
    const char *name = nullptr;
    switch (value) {
    case CoreValue::Transparency:
        name = QT_TRANSLATE_NOOP("nap::check", "transparency");
        break;
    case CoreValue::Participation:
        name = QT_TRANSLATE_NOOP("nap::check", "participation");
        break;
    case CoreValue::Accountability:
        name = QT_TRANSLATE_NOOP("nap::check", "accountability");
        break;
    case CoreValue::Inclusion:
        name = QT_TRANSLATE_NOOP("nap::check", "inclusion");
        break;
    }
    return {BilingualText::of(Language::Chinese, "nap::check", name),
            BilingualText::of(Language::English, "nap::check", name)};
}

// "Field" plus what reviewers look for in it, so the message says what to write.
QList<FindingArg> missingArgs(Field field)
{
    return {FindingArg::field(field), FindingArg{Guidance::lookFor(field, Language::Chinese),
                                                 Guidance::lookFor(field, Language::English)}};
}

const QList<CoreValue> kMainValues{CoreValue::Transparency, CoreValue::Participation,
                                   CoreValue::Accountability};

// ---- A1 ------------------------------------------------------------------------------------
constexpr RuleInfo kA1{
    "A1",
    Severity::Error,
    Field::Title,
    QT_TRANSLATE_NOOP3("nap::check", "Required answers", "A1"),
    QT_TRANSLATE_NOOP3(
        "nap::check",
        "The NDC form's required answers are present: name, lead agency, problem, content, "
        "contribution, at least one value explanation, contact name, phone or e-mail, form filler.",
        "A1.about"),
    true,
    false};
constexpr MessageText kA1Missing = QT_TRANSLATE_NOOP3(
    "nap::check", "“%1” is empty; the NDC commitment form requires it. Reviewers look for: %2", "A1.missing");
constexpr MessageText kA1Values =
    QT_TRANSLATE_NOOP3("nap::check",
                       "No core value is explained. Tick at least one of transparency, participation or "
                       "accountability and explain how this commitment advances it.",
                       "A1.values");
constexpr MessageText kA1Contact =
    QT_TRANSLATE_NOOP3("nap::check",
                       "Give a contact phone number or e-mail address so NDC and reviewers can reach the "
                       "contact person.",
                       "A1.contact");

constexpr MessageText kA1Unticked = QT_TRANSLATE_NOOP3(
    "nap::check",
    "The relevance to the core values is answered, but no value is ticked. Tick the values "
    "the answer explains: transparency, participation or accountability.",
    "A1.unticked");

bool anyClaimed(const Commitment &c)
{
    for (CoreValue v : CoreValues::all()) {
        if (c.isClaimed(v))
            return true;
    }
    return false;
}

bool anyValueExplained(const Commitment &c)
{
    if (!TextAnalysis::isBlank(c.text(Field::Relevance)))
        return true; // the officer may answer NDC's one question in one text
    for (CoreValue v : CoreValues::all()) {
        if (!TextAnalysis::isBlank(c.text(Commitment::explanationField(v))))
            return true;
    }
    return false;
}

class RequiredAnswers : public Rule
{
public:
    RequiredAnswers() : Rule(kA1) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        if (ctx.options.freeText) {
            // Pasted text is often an excerpt: only the value explanation, which reviewers
            // always look for, is asked for, as a warning.
            if (!anyValueExplained(c))
                out.append(finding(kA1Values, Severity::Warning, Field::ValueClaims));
            return;
        }
        const auto missingText = [&](Field f) {
            if (TextAnalysis::isBlank(c.text(f)))
                out.append(finding(kA1Missing, f, missingArgs(f)));
        };
        missingText(Field::Title);
        if (c.leadAgency.trimmed().isEmpty())
            out.append(finding(kA1Missing, Field::LeadAgency, missingArgs(Field::LeadAgency)));
        missingText(Field::Problem);
        missingText(Field::Content);
        missingText(Field::Contribution);
        if (!anyValueExplained(c))
            out.append(finding(kA1Values, Field::ValueClaims));
        else if (!anyClaimed(c))
            out.append(finding(kA1Unticked, Field::ValueClaims));
        missingText(Field::ContactName);
        if (c.contactPhone.trimmed().isEmpty() && c.contactEmail.trimmed().isEmpty())
            out.append(finding(kA1Contact, Field::ContactPhone));
        missingText(Field::FormFiller);
    }
};

// ---- A2 ------------------------------------------------------------------------------------
constexpr RuleInfo kA2{
    "A2",
    Severity::Warning,
    Field::Problem,
    QT_TRANSLATE_NOOP3("nap::check", "Baseline evidence", "A2"),
    QT_TRANSLATE_NOOP3("nap::check",
                       "The problem carries baseline evidence: at least one figure and a year or date.",
                       "A2.about"),
    true,
    false};
constexpr MessageText kA2Baseline =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The problem gives no baseline evidence. State at least one figure and the year it "
                       "refers to, e.g. “In 2020 the portal listed about 45,000 datasets; 30% had not been "
                       "updated for a year.”",
                       "A2.baseline");

class BaselineEvidence : public Rule
{
public:
    BaselineEvidence() : Rule(kA2) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const LanguageHits h = hits(ctx.commitment.text(Field::Problem), [&](const QString &t, Language l) {
            return !(ctx.text.hasYearOrDate(t, l) && ctx.text.hasNumberBesidesYears(t, l));
        });
        if (h.any()) {
            Finding f = finding(kA2Baseline, Field::Problem);
            h.applyTo(f);
            out.append(f);
        }
    }
};

// ---- A3 ------------------------------------------------------------------------------------
// NDC's form does not ask for causes or earlier efforts (the OGP 2022+ template does): they
// are advice, a hint that never holds a commitment back from "ready".
constexpr RuleInfo kA3{
    "A3",
    Severity::Hint,
    Field::Causes,
    QT_TRANSLATE_NOOP3("nap::check", "Causes", "A3"),
    QT_TRANSLATE_NOOP3(
        "nap::check",
        "Optional: the causes of the problem and what has been done so far (OGP 2022+ template; "
        "not on NDC's form).",
        "A3.about"),
    true,
    false};
constexpr MessageText kA3Causes = QT_TRANSLATE_NOOP3(
    "nap::check",
    "The causes of the problem are not described. Say what causes it (for example no legal "
    "basis, no incentives, no resources) so reviewers can see the commitment addresses "
    "them.",
    "A3.causes");
constexpr MessageText kA3Prior =
    QT_TRANSLATE_NOOP3("nap::check",
                       "Consider adding what has been done so far and where it fell short, so the "
                       "commitment's added value is clear.",
                       "A3.prior");

class Causes : public Rule
{
public:
    Causes() : Rule(kA3) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        const LocalizedText &problem = c.text(Field::Problem);
        if (TextAnalysis::isBlank(problem))
            return; // A1 asks for the problem first
        if (TextAnalysis::isBlank(c.text(Field::Causes))) {
            const LanguageHits explained =
                hits(problem, [&](const QString &t, Language l) { return ctx.text.describesCauses(t, l); });
            if (!explained.any())
                out.append(finding(kA3Causes, Field::Causes));
        }
        if (TextAnalysis::isBlank(c.text(Field::PriorEfforts))) {
            const auto mentions = [&](Field f) {
                return hits(c.text(f),
                            [&](const QString &t, Language l) { return ctx.text.mentionsPriorEfforts(t, l); })
                    .any();
            };
            if (!mentions(Field::Problem) && !mentions(Field::Causes) && !mentions(Field::Content))
                out.append(finding(kA3Prior, Severity::Hint, Field::PriorEfforts));
        }
    }
};

// ---- A4 ------------------------------------------------------------------------------------
constexpr RuleInfo kA4{
    "A4",
    Severity::Warning,
    Field::ValueTransparency,
    QT_TRANSLATE_NOOP3("nap::check", "Value explanations", "A4"),
    QT_TRANSLATE_NOOP3(
        "nap::check",
        "Every claimed value has its own explanation: not empty, not just the value's name, not one "
        "sentence shared by all values.",
        "A4.about"),
    true,
    false};
constexpr MessageText kA4Empty = QT_TRANSLATE_NOOP3(
    "nap::check",
    "“%1” is claimed but not explained. Describe the mechanism by which the commitment "
    "advances it: what the public can see, which decision they can join, whom they can hold "
    "to account.",
    "A4.empty");
constexpr MessageText kA4Thin =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The %1 explanation only repeats the value's name or is too short. Describe the "
                       "mechanism concretely: who can do what, where and when.",
                       "A4.thin");
constexpr MessageText kA4Shared =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The %1 explanation is the same as the %2 one. Explain separately how the "
                       "commitment advances each value.",
                       "A4.shared");

class ValueExplanations : public Rule
{
    // Empty of substance: too short, or little beyond the value's name.
    static LanguageHits isThin(const RuleContext &ctx, const LocalizedText &text)
    {
        return hits(text, [&](const QString &t, Language l) {
            const bool zh = l == Language::Chinese;
            return TextAnalysis::meaningfulLength(t, l) < (zh ? 8 : 5) ||
                   ctx.text.substanceBeyondValueName(t, l) < (zh ? 3 : 2);
        });
    }

public:
    ValueExplanations() : Rule(kA4) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        // One substantial answer on the core values covers the claimed values without their own.
        const bool oneAnswer =
            !TextAnalysis::isBlank(c.text(Field::Relevance)) && !isThin(ctx, c.text(Field::Relevance)).any();
        QList<CoreValue> explained;
        for (CoreValue v : CoreValues::all()) {
            const Field field = Commitment::explanationField(v);
            const LocalizedText &text = c.text(field);
            if (!c.isClaimed(v))
                continue;
            if (TextAnalysis::isBlank(text)) {
                if (!oneAnswer)
                    out.append(finding(kA4Empty, field, {valueName(v)}));
                continue;
            }
            const LanguageHits thin = isThin(ctx, text);
            if (thin.any()) {
                Finding f = finding(kA4Thin, field, {valueName(v)});
                thin.applyTo(f);
                out.append(f);
                continue;
            }
            const QString norm = TextAnalysis::normalized(text.zh.isEmpty() ? text.en : text.zh);
            bool shared = false;
            for (CoreValue earlier : std::as_const(explained)) {
                const LocalizedText &other = c.text(Commitment::explanationField(earlier));
                if (TextAnalysis::normalized(other.zh.isEmpty() ? other.en : other.zh) == norm) {
                    out.append(finding(kA4Shared, field, {valueName(v), valueName(earlier)}));
                    shared = true;
                    break;
                }
            }
            if (!shared)
                explained.append(v);
        }
    }
};

// ---- A5 ------------------------------------------------------------------------------------
constexpr RuleInfo kA5{
    "A5",
    Severity::Warning,
    Field::ValueClaims,
    QT_TRANSLATE_NOOP3("nap::check", "Value combination", "A5"),
    QT_TRANSLATE_NOOP3(
        "nap::check",
        "Inclusion and technology count only beside transparency, participation or accountability.",
        "A5.about"),
    true,
    false};
constexpr MessageText kA5Only =
    QT_TRANSLATE_NOOP3("nap::check",
                       "Only inclusion is claimed. Inclusion (like technology) counts only beside "
                       "transparency, participation or accountability: claim and explain one of those too.",
                       "A5.only");

class ValueCombination : public Rule
{
public:
    ValueCombination() : Rule(kA5) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        bool main = false;
        for (CoreValue v : kMainValues)
            main = main || c.isClaimed(v);
        if (c.isClaimed(CoreValue::Inclusion) && !main)
            out.append(finding(kA5Only, Field::ValueClaims));
    }
};

// ---- A6 ------------------------------------------------------------------------------------
constexpr RuleInfo kA6{
    "A6",
    Severity::Warning,
    Field::Content,
    QT_TRANSLATE_NOOP3("nap::check", "Placeholder answers", "A6"),
    QT_TRANSLATE_NOOP3(
        "nap::check", "No answer is just a placeholder such as “N/A”, “不適用”, “無” or “同上”.", "A6.about"),
    true,
    false};
constexpr MessageText kA6Field = QT_TRANSLATE_NOOP3(
    "nap::check", "“%1” only says “%2”. Write the actual answer; if it truly does not apply, say why.",
    "A6.field");
constexpr MessageText kA6Milestone = QT_TRANSLATE_NOOP3(
    "nap::check", "Milestone %1 only says “%2”. Write a deliverable that can be checked.", "A6.milestone");

class Placeholders : public Rule
{
public:
    Placeholders() : Rule(kA6) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        for (auto it = c.texts().cbegin(); it != c.texts().cend(); ++it)
            report(
                ctx, it.value(),
                [&](const QString &shown) {
                    return finding(kA6Field, it.key(),
                                   {FindingArg::field(it.key()), FindingArg::plain(shown)});
                },
                out);
        for (int i = 0; i < c.milestones.size(); ++i) {
            const Milestone &m = c.milestones.at(i);
            for (const LocalizedText *t : {&m.description, &m.expectedOutput})
                report(
                    ctx, *t,
                    [&](const QString &shown) {
                        return milestoneFinding(kA6Milestone, c, i,
                                                {FindingArg::number(i + 1), FindingArg::plain(shown)});
                    },
                    out);
        }
    }

private:
    template <typename Make>
    static void report(const RuleContext &ctx, const LocalizedText &text, Make make, QList<Finding> &out)
    {
        const LanguageHits h =
            hits(text, [&](const QString &t, Language) { return ctx.text.isPlaceholder(t); });
        if (!h.any())
            return;
        Finding f = make((h.zh ? text.zh : text.en).trimmed());
        h.applyTo(f);
        out.append(f);
    }
};

// ---- A7 ------------------------------------------------------------------------------------
constexpr RuleInfo kA7{
    "A7",
    Severity::Error,
    Field::ContactEmail,
    QT_TRANSLATE_NOOP3("nap::check", "Contact format", "A7"),
    QT_TRANSLATE_NOOP3("nap::check",
                       "The e-mail address is valid; the phone is a Taiwan number with area code, extension "
                       "allowed.",
                       "A7.about"),
    false,
    false};
constexpr MessageText kA7Email =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The e-mail address “%1” is not valid. Enter a full address such as "
                       "name@agency.gov.tw.",
                       "A7.email");
constexpr MessageText kA7Phone =
    QT_TRANSLATE_NOOP3("nap::check",
                       "The phone number “%1” is not valid. Include the area code, e.g. 02-2316-5300#123, "
                       "(02)2316-5300 or 0912-345-678.",
                       "A7.phone");

class ContactFormat : public Rule
{
public:
    ContactFormat() : Rule(kA7) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        const QString email = c.contactEmail.trimmed();
        if (!email.isEmpty() && !isValidEmail(email))
            out.append(finding(kA7Email, Field::ContactEmail, {FindingArg::plain(email)}));
        const QString phone = c.contactPhone.trimmed();
        if (!phone.isEmpty() && !isValidPhone(phone))
            out.append(finding(kA7Phone, Field::ContactPhone, {FindingArg::plain(phone)}));
    }

    static bool isValidEmail(const QString &email)
    {
        static const QRegularExpression re(
            QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                           "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                           "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}$"));
        return re.match(email).hasMatch();
    }

    static bool isValidPhone(const QString &phone)
    {
        // Main number, then an optional extension: "#123", "轉123", "分機123", "ext. 123", "x123".
        static const QRegularExpression re(
            QStringLiteral("^(\\+?886[\\s-]?|[(（]?0)([0-9\\s()（）-]{6,16}?)\\s*"
                           "(?:(?:#|＃|轉|分機|ext\\.?|x)\\s*[0-9]{1,6})?$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = re.match(phone);
        if (!m.hasMatch())
            return false;
        int digits = 0;
        for (const QChar ch : m.captured(2))
            digits += ch.isDigit() ? 1 : 0;
        // Area code + subscriber number, without the leading 0: 8 or 9 digits (mobile 9).
        return digits >= 7 && digits <= 9;
    }
};

} // namespace

void addCompletenessRules(RuleList &rules)
{
    rules.push_back(std::make_unique<RequiredAnswers>());
    rules.push_back(std::make_unique<BaselineEvidence>());
    rules.push_back(std::make_unique<Causes>());
    rules.push_back(std::make_unique<ValueExplanations>());
    rules.push_back(std::make_unique<ValueCombination>());
    rules.push_back(std::make_unique<Placeholders>());
    rules.push_back(std::make_unique<ContactFormat>());
}

} // namespace nap
