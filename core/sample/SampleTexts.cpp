#include "SampleTexts.h"

// Sample content written for NAP Desk from the public outline of the 2020 draft plan.
// Phone numbers and e-mail addresses are placeholders in reserved formats.

namespace nap {
namespace {

constexpr SampleCommitment kOpenDataLaw{
    "ndc",
    "moda,moj",
    "2021-01",
    "2024-05",
    "open_data,legislation,right_to_information",
    "02-2316-5300#123",
    "opendata@example.gov.tw",
    {{
        {Field::Title, "政府資料開放與運用法制化", "Legislating government open data and its use"},
        {Field::Problem,
         "目前政府資料開放僅依行政規則推動，各機關開放程度不一。109年政府資料開放平臺計有約4萬5千項資料集，"
         "但其中約3成近1年未曾更新，民眾無從要求機關開放特定資料。",
         "Open government data currently rests on administrative rules only, so agencies open data unevenly. "
         "In 2020 the national open data portal listed about 45,000 datasets, yet some 30% had not been "
         "updated in a year, and the public had no way to request a specific dataset."},
        {Field::Causes, "缺乏法律位階的開放義務與申請機制，機關欠缺誘因與資源。",
         "There is no statutory duty to open data nor a request mechanism; agencies lack incentives and "
         "resources."},
        {Field::Content,
         "研擬「政府資料開放與運用法」草案，明定資料開放範圍、民眾申請開放程序、爭議處理與資料品質要求，"
         "並公開草案徵詢各界意見。",
         "Draft a Government Data Openness and Use Act that defines what must be opened, how the public may "
         "request data, how disputes are settled and what quality data must meet, and consult the public on "
         "the draft."},
        {Field::ExpectedResults, "民眾可依法申請開放資料，機關須於期限內回應並說明理由。",
         "People can request data by law; agencies must answer within a deadline and give reasons."},
        {Field::Contribution, "以法律取代行政規則，使資料開放成為機關義務，並讓民眾有請求與救濟的管道。",
         "Turning rules into law makes openness a duty of every agency and gives the public a right to "
         "request data and to seek redress."},
        {Field::ValueTransparency, "依法公開資料清單與未開放理由，讓民眾知道政府持有哪些資料。",
         "Agencies must publish their data inventories and the reasons for withholding, so the public knows "
         "what data government holds."},
        {Field::ValueParticipation, "草案於公共政策網路參與平臺公開預告，並舉辦至少3場公開諮詢會議。",
         "The draft is posted for comment on the public policy participation platform, with at least three "
         "open consultation meetings."},
        {Field::ValueAccountability, "民眾申請遭拒時可提出申訴，由資料開放諮詢小組公開審議結果。",
         "When a request is refused the requester can appeal, and an advisory group publishes its decision."},
        {Field::Budget, "每年約新臺幣500萬元，由國家發展委員會公務預算支應。",
         "About NT$5 million a year from the National Development Council's budget."},
        {Field::ContactName, "陳資料（範例）", "Chen Zi-liao (sample)"},
        {Field::ContactTitle, "國家發展委員會資訊管理處科長",
         "Section Chief, Department of Information Management, National Development Council"},
        {Field::FormFiller, "國家發展委員會資訊管理處",
         "National Development Council, Department of Information Management"},
    }},
    {{
        {"完成「政府資料開放與運用法」草案", "Complete the draft Government Data Openness and Use Act",
         "法律草案1份", "One draft bill", "2021-01", "2021-12", "ndc", true},
        {"辦理草案公開諮詢會議3場次並公開會議紀錄",
         "Hold three open consultations on the draft and publish the minutes", "會議紀錄3份",
         "Three sets of minutes", "2022-01", "2022-06", "ndc", true},
        {"完成草案並函報行政院", "Submit the final draft to the Executive Yuan", "函報草案",
         "Draft submitted", "2022-07", "2023-06", "ndc", true},
    }},
};

constexpr SampleCommitment kHighValueData{
    "ndc",
    "moi",
    "2021-01",
    "2023-12",
    "open_data",
    "02-2316-5300#124",
    "data@example.gov.tw",
    {{
        {Field::Title, "擴大開放高價值資料集", "Opening more high-value datasets"},
        {Field::Problem, "民間需求度高的資料（如地籍、交通、環境即時資料）開放比例偏低。",
         "Data in high public demand (land, transport, real-time environment data) is rarely open."},
        {Field::Content, "盤點各部會高價值資料並依民間需求排序開放。",
         "Inventory high-value data in every ministry and open it in the order the public asks for."},
        {Field::Contribution, "讓民間可利用資料發展服務與監督政策。",
         "Lets civil society build services on the data and monitor policy."},
        {Field::ValueTransparency, "公開高價值資料清單與開放時程。",
         "Publish the list of high-value datasets and the opening schedule."},
    }},
    {{
        {"公開高價值資料集50項", "Publish 50 high-value datasets", "資料集50項", "50 datasets", "2021-01",
         "2022-12", "ndc", true},
    }},
};

constexpr SampleCommitment kBudgetData{
    "dgbas",
    "",
    "2021-01",
    "2023-12",
    "fiscal_openness",
    "02-2380-0000",
    "budget@example.gov.tw",
    {{
        {Field::Title, "中央政府預算資訊視覺化公開",
         "Publishing the central government budget in visual form"},
        {Field::Problem, "預算書篇幅龐大，民眾不易理解政府支出用途。",
         "Budget documents are long and hard for the public to read."},
        {Field::Content, "建置預算視覺化網站並開放機器可讀預算資料。",
         "Build a budget visualisation site and release machine-readable budget data."},
        {Field::Relevance,
         "各機關預算以圖表及機器可讀格式公開，民眾可查詢每筆支出的用途，並可透過網站意見信箱就預算編列提出"
         "質疑，主計總處於30日內公開回覆。",
         "Every agency's budget is published as charts and machine-readable data, so people can see what "
         "each item of spending is for; questions sent through the site's feedback form are answered in "
         "public within 30 days."},
    }},
    {{
        {"預算視覺化網站上線", "Launch the budget visualisation site", "網站上線", "Site online", "2021-06",
         "2022-06", "dgbas", true},
    }},
    "transparency,accountability",
};

constexpr SampleCommitment kReferendum{
    "cec",
    "",
    "2021-01",
    "2024-05",
    "digital_participation,public_participation",
    "02-2356-5000",
    "referendum@example.gov.tw",
    {{
        {Field::Title, "全國性公民投票案電子連署", "Electronic signatures for national referendum petitions"},
        {Field::Problem,
         "全國性公民投票連署須以紙本為之，108年單一提案須蒐集約28萬份紙本連署書，人工查對耗時且成本高。",
         "Referendum petitions must be signed on paper: in 2019 one proposal needed about 280,000 paper "
         "signatures, checked by hand at great cost."},
        {Field::Content, "建置電子連署系統，提供民眾以自然人憑證等方式線上連署。",
         "Build an e-signature system so citizens can sign referendum petitions online with their digital "
         "certificate."},
        {Field::Contribution, "降低民眾參與直接民權的門檻與查對成本。",
         "Lowers the cost of taking part in direct democracy and of verifying signatures."},
        {Field::ValueParticipation, "民眾可隨時隨地於線上連署，擴大參與公共決策。",
         "Citizens can sign online anywhere, widening participation in public decisions."},
        {Field::ValueTransparency, "即時公開各提案連署進度。",
         "Each proposal's signature count is published live."},
    }},
    {{
        {"完成電子連署系統建置並上線", "Launch the e-signature system", "系統上線", "System online",
         "2021-01", "2021-12", "cec", true},
        {"發布電子連署作業要點", "Issue the operating rules for e-signatures", "作業要點", "Operating rules",
         "2021-06", "2022-06", "cec", true},
    }},
};

constexpr SampleCommitment kJoin{
    "ndc",
    "",
    "2021-01",
    "2024-05",
    "digital_participation",
    "02-2316-5300#200",
    "join@example.gov.tw",
    {{
        {Field::Title, "公共政策網路參與平臺功能擴充", "Expanding the public policy participation platform"},
        {Field::Problem, "民眾提議後不易追蹤機關回應。",
         "Citizens cannot easily follow how agencies answer proposals."},
        {Field::Content, "新增機關回應追蹤與提醒功能。", "Add tracking and reminders for agency responses."},
    }},
    {},
};

constexpr SampleCommitment kYouth{
    "moe",
    "",
    "2021-01",
    "2024-05",
    "youth,public_participation",
    "02-7736-6666",
    "youth@example.gov.tw",
    {{
        {Field::Title, "青年參與公共事務", "Youth participation in public affairs"},
        {Field::Problem, "青年參與政策討論的管道有限。",
         "Young people have few ways to join policy debates."},
    }},
    {},
};

constexpr SampleCommitment kGender{
    "dge",
    "",
    "2021-01",
    "2024-05",
    "gender,inclusion",
    "02-3356-6500",
    "gender@example.gov.tw",
    {{
        {Field::Title, "性別平等政策公眾參與", "Public participation in gender equality policy"},
        {Field::Problem, "性別議題的政策討論多限於專家會議。",
         "Gender policy is discussed mostly among experts."},
    }},
    {},
};

constexpr SampleCommitment kIndigenous{
    "cip",
    "",
    "2021-01",
    "2024-05",
    "inclusion",
    "02-8995-3000",
    "consult@example.gov.tw",
    {{
        {Field::Title, "原住民族部落諮商同意資訊公開",
         "Open information on indigenous community consultation and consent"},
        {Field::Problem, "部落諮商同意程序的進度與結果不易查詢。",
         "The progress and outcome of community consent procedures are hard to find."},
    }},
    {},
};

constexpr SampleCommitment kHakka{
    "hac",
    "",
    "2021-01",
    "2024-05",
    "inclusion",
    "02-8995-6988",
    "hakka@example.gov.tw",
    {{
        {Field::Title, "客家公共事務參與", "Participation in Hakka public affairs"},
    }},
    {},
};

constexpr SampleCommitment kWhistleblower{
    "moj",
    "aac",
    "2021-01",
    "2024-05",
    "whistleblower_protection,anti_corruption",
    "02-2191-0189",
    "integrity@example.gov.tw",
    {{
        {Field::Title, "揭弊者保護法制化", "Legislating whistleblower protection"},
        {Field::Problem, "揭弊者保護規定散見各法，公私部門揭弊者缺乏一致保障。",
         "Whistleblower protection is scattered across laws and uneven between the public and private "
         "sectors."},
        {Field::Content, "研擬揭弊者保護法草案。", "Draft a Whistleblower Protection Act."},
    }},
    {{
        {"完成揭弊者保護法草案並函報行政院",
         "Submit the draft Whistleblower Protection Act to the Executive Yuan", "法律草案", "Draft bill",
         "2021-01", "2022-12", "moj", true},
    }},
};

constexpr SampleCommitment kPoliticalFinance{
    "cy",
    "",
    "2021-01",
    "2024-05",
    "political_finance",
    "02-2341-3183",
    "finance@example.gov.tw",
    {{
        {Field::Title, "政治獻金資訊公開", "Open political finance data"},
        {Field::Problem, "政治獻金會計報告僅能於現場查閱。",
         "Political donation reports can be read only on site."},
    }},
    {},
};

constexpr SampleCommitment kBeneficialOwnership{
    "moj",
    "moea,fsc",
    "2021-01",
    "2024-05",
    "beneficial_ownership,anti_corruption",
    "02-2191-0189#300",
    "aml@example.gov.tw",
    {{
        {Field::Title, "實質受益人資訊透明", "Beneficial ownership transparency"},
        {Field::Problem, "公司實質受益人資訊未集中登記，洗錢防制查核不易。",
         "Beneficial owners of companies are not registered centrally, which hampers anti-money-laundering "
         "checks."},
        {Field::Content, "研議建立實質受益人登記制度。", "Study a beneficial ownership register."},
        {Field::ValueAccountability, "強化洗錢防制。", "Strengthen anti-money-laundering."},
    }},
    {{
        {"研議實質受益人登記制度", "Study a beneficial ownership register", "", "", "2021-01", "2024-05",
         "moj", true},
    }},
};

const std::array<SampleArea, 5> kAreas{{
    {1,
     "推動資料開放與資訊公開",
     "Open data and access to information",
     "以法制化與高價值資料開放，讓政府資訊成為民眾可用的公共財。",
     "Make government information a public good through legislation and high-value open data.",
     {kOpenDataLaw, kHighValueData, kBudgetData}},
    {2,
     "擴大公共參與",
     "Broadening public participation",
     "降低民眾參與公共決策的門檻。",
     "Lower the barriers to taking part in public decisions.",
     {kReferendum, kJoin, kYouth}},
    {3,
     "增加性別及族群包容對話",
     "Inclusive dialogue across gender and ethnic groups",
     "讓不同性別與族群的聲音進入政策討論。",
     "Bring the voices of all genders and ethnic groups into policy.",
     {kGender, kIndigenous, kHakka}},
    {4,
     "落實清廉施政",
     "Integrity in government",
     "以制度保障揭弊者並公開政治獻金資訊。",
     "Protect whistleblowers and open political finance data.",
     {kWhistleblower, kPoliticalFinance, {}}},
    {5,
     "執行洗錢防制",
     "Anti-money laundering",
     "提升金流與公司所有權透明度。",
     "Make money flows and company ownership more transparent.",
     {kBeneficialOwnership, {}, {}}},
}};

} // namespace

const std::array<SampleArea, 5> &sampleAreas()
{
    return kAreas;
}

} // namespace nap
