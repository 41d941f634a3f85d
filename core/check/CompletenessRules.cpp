// A. Completeness: the NDC form and the OGP template ask for these answers.
#include "Guidance.h"
#include "Rule.h"

#include <QRegularExpression>

namespace nap {
namespace {

FindingArg valueName(CoreValue value)
{
    switch (value) {
    case CoreValue::Transparency:
        return {QStringLiteral("透明"), QStringLiteral("transparency")};
    case CoreValue::Participation:
        return {QStringLiteral("公共參與"), QStringLiteral("participation")};
    case CoreValue::Accountability:
        return {QStringLiteral("課責"), QStringLiteral("accountability")};
    case CoreValue::Inclusion:
        return {QStringLiteral("涵容"), QStringLiteral("inclusion")};
    }
    return {};
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
    {"A1", "必填欄位", "Required answers"},
    {"A1.about",
     "國發會承諾事項表的必填欄位均已填寫：名稱、主政機關、公共問題、內容、貢獻、至少一項核心價值說明、"
     "聯絡人、電話或電子郵件、填表人。",
     "The NDC form's required answers are present: name, lead agency, problem, content, "
     "contribution, at least one value explanation, contact name, phone or e-mail, form filler."},
    false,
    false};
constexpr MessageText kA1Missing{
    "A1.missing", "「%1」尚未填寫，這是國發會承諾事項表的必填欄位。審查者看的是：%2",
    "“%1” is empty; the NDC commitment form requires it. Reviewers look for: %2"};
constexpr MessageText kA1Values{
    "A1.values", "尚未說明任何核心價值。請勾選透明、公共參與或課責至少一項，並說明本承諾如何促進該價值。",
    "No core value is explained. Tick at least one of transparency, participation or "
    "accountability and explain how this commitment advances it."};
constexpr MessageText kA1Contact{
    "A1.contact", "請填寫聯絡電話或電子郵件，讓國發會與審查者能聯絡承辦人。",
    "Give a contact phone number or e-mail address so NDC and reviewers can reach the "
    "contact person."};

class RequiredAnswers : public Rule
{
public:
    RequiredAnswers() : Rule(kA1) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
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
        bool anyValue = false;
        for (CoreValue v : CoreValues::all())
            anyValue = anyValue || !TextAnalysis::isBlank(c.text(Commitment::explanationField(v)));
        if (!anyValue)
            out.append(finding(kA1Values, Field::ValueClaims));
        missingText(Field::ContactName);
        if (c.contactPhone.trimmed().isEmpty() && c.contactEmail.trimmed().isEmpty())
            out.append(finding(kA1Contact, Field::ContactPhone));
        missingText(Field::FormFiller);
    }
};

// ---- A2 ------------------------------------------------------------------------------------
constexpr RuleInfo kA2{"A2",
                       Severity::Warning,
                       Field::Problem,
                       {"A2", "問題的基準資料", "Baseline evidence"},
                       {"A2.about", "公共問題附有基準資料：至少一個數據與其年份或日期。",
                        "The problem carries baseline evidence: at least one figure and a year or date."},
                       true,
                       false};
constexpr MessageText kA2Baseline{
    "A2.baseline",
    "公共問題缺少基準資料。請寫出至少一個數據及其年份，例如「109年平臺約4萬5千項資料集，"
    "其中約3成逾1年未更新」。",
    "The problem gives no baseline evidence. State at least one figure and the year it "
    "refers to, e.g. “In 2020 the portal listed about 45,000 datasets; 30% had not been "
    "updated for a year.”"};

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
constexpr RuleInfo kA3{
    "A3",
    Severity::Warning,
    Field::Causes,
    {"A3", "問題成因", "Causes"},
    {"A3.about", "說明問題的成因（2022年後的範本），並建議說明目前已採取的作為。",
     "The causes of the problem are described (2022+ template); what has been done so far is "
     "advised."},
    true,
    false};
constexpr MessageText kA3Causes{
    "A3.causes",
    "尚未說明問題的成因。請寫出造成問題的原因（例如缺乏法源、誘因或資源），讓審查者判斷承諾是否"
    "對症下藥。",
    "The causes of the problem are not described. Say what causes it (for example no legal "
    "basis, no incentives, no resources) so reviewers can see the commitment addresses "
    "them."};
constexpr MessageText kA3Prior{"A3.prior", "可補充目前已採取的作為及其不足，說明本承諾新增了什麼。",
                               "Consider adding what has been done so far and where it fell short, so the "
                               "commitment's added value is clear."};

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
    {"A4", "核心價值說明", "Value explanations"},
    {"A4.about", "每項勾選的核心價值都有具體說明，而非空白、只重複價值名稱，或三項共用同一句話。",
     "Every claimed value has its own explanation: not empty, not just the value's name, not one "
     "sentence shared by all values."},
    true,
    false};
constexpr MessageText kA4Empty{
    "A4.empty",
    "已勾選「%1」卻未說明。請寫出本承諾透過什麼機制促進%1，例如民眾可查詢什麼、可參與哪個決策、"
    "可向誰提出申訴。",
    "“%1” is claimed but not explained. Describe the mechanism by which the commitment "
    "advances it: what the public can see, which decision they can join, whom they can hold "
    "to account."};
constexpr MessageText kA4Thin{
    "A4.thin", "「%1」的說明只重複價值名稱或過於簡短。請具體寫出機制：誰、可以做什麼、在哪裡、何時。",
    "The %1 explanation only repeats the value's name or is too short. Describe the "
    "mechanism concretely: who can do what, where and when."};
constexpr MessageText kA4Shared{"A4.shared", "「%1」與「%2」的說明相同。請分別說明本承諾如何促進每一項價值。",
                                "The %1 explanation is the same as the %2 one. Explain separately how the "
                                "commitment advances each value."};

class ValueExplanations : public Rule
{
public:
    ValueExplanations() : Rule(kA4) {}
    void check(const RuleContext &ctx, QList<Finding> &out) const override
    {
        const Commitment &c = ctx.commitment;
        QList<CoreValue> explained;
        for (CoreValue v : CoreValues::all()) {
            const Field field = Commitment::explanationField(v);
            const LocalizedText &text = c.text(field);
            if (!c.isClaimed(v))
                continue;
            if (TextAnalysis::isBlank(text)) {
                out.append(finding(kA4Empty, field, {valueName(v)}));
                continue;
            }
            const LanguageHits thin = hits(text, [&](const QString &t, Language l) {
                const bool zh = l == Language::Chinese;
                return TextAnalysis::meaningfulLength(t, l) < (zh ? 8 : 5) ||
                       ctx.text.substanceBeyondValueName(t, l) < (zh ? 3 : 2);
            });
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
    {"A5", "價值組合", "Value combination"},
    {"A5.about", "涵容與科技創新只在搭配透明、公共參與或課責時才算數。",
     "Inclusion and technology count only beside transparency, participation or accountability."},
    true,
    false};
constexpr MessageText kA5Only{
    "A5.only", "只勾選了涵容。涵容（以及科技創新）須搭配透明、公共參與或課責至少一項才算數，請補上並說明。",
    "Only inclusion is claimed. Inclusion (like technology) counts only beside "
    "transparency, participation or accountability: claim and explain one of those too."};

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
constexpr RuleInfo kA6{"A6",
                       Severity::Warning,
                       Field::Content,
                       {"A6", "佔位答案", "Placeholder answers"},
                       {"A6.about", "沒有只填「N/A」、「不適用」、「無」、「同上」之類佔位文字的答案。",
                        "No answer is just a placeholder such as “N/A”, “不適用”, “無” or “同上”."},
                       true,
                       false};
constexpr MessageText kA6Field{
    "A6.field", "「%1」只填了「%2」。請寫出實際內容；確實不適用時，請說明原因。",
    "“%1” only says “%2”. Write the actual answer; if it truly does not apply, say why."};
constexpr MessageText kA6Milestone{"A6.milestone", "第%1項里程碑只填了「%2」。請寫出可查證的交付成果。",
                                   "Milestone %1 only says “%2”. Write a deliverable that can be checked."};

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
constexpr RuleInfo kA7{"A7",
                       Severity::Error,
                       Field::ContactEmail,
                       {"A7", "聯絡方式格式", "Contact format"},
                       {"A7.about", "電子郵件格式正確；電話為含區碼的臺灣號碼，可加分機。",
                        "The e-mail address is valid; the phone is a Taiwan number with area code, extension "
                        "allowed."},
                       false,
                       false};
constexpr MessageText kA7Email{"A7.email",
                               "電子郵件「%1」格式不正確。請填寫完整地址，例如 name@agency.gov.tw。",
                               "The e-mail address “%1” is not valid. Enter a full address such as "
                               "name@agency.gov.tw."};
constexpr MessageText kA7Phone{
    "A7.phone", "電話「%1」格式不正確。請含區碼，例如 02-2316-5300#123、(02)2316-5300 或 0912-345-678。",
    "The phone number “%1” is not valid. Include the area code, e.g. 02-2316-5300#123, "
    "(02)2316-5300 or 0912-345-678."};

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
