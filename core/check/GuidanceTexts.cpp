// Field help written for NAP Desk from the NDC form, the OGP templates and the independent
// review method (domain.md). Entries follow the order of the Field enum.
#include "GuidanceTexts.h"

#include <array>

namespace nap {
namespace {

constexpr std::array<FieldGuidance, 32> kGuidance{{
    {Field::Title,
     {"title", "承諾事項名稱", "Commitment name"},
     {"title.look", "一句話說出要改變什麼。以成果命名，而不是以業務或口號命名；避免用「推動」「強化」開頭。",
      "One line that says what will change. Name the result, not the programme or a slogan; avoid starting "
      "with "
      "“promote” or “strengthen”."},
     {"title.strong", "政府資料開放與運用法制化", "Legislating government open data and its use"},
     {"title.weak", "推動資料開放", "Promoting open data"}},
    {Field::Brief,
     {"brief", "簡要說明", "Brief description"},
     {"brief.look", "兩三句話交代問題、要做什麼、完成後有什麼不同，讓沒讀全文的人也看得懂。",
      "Two or three sentences: the problem, what will be done, and what will be different afterwards, so a "
      "reader "
      "who skips the rest still understands."},
     {"brief.strong",
      "民眾目前無法依法要求機關開放資料。本承諾制定資料開放法，讓民眾可提出申請，機關須於30日內回覆。",
      "People cannot currently require an agency to open data. This commitment enacts an open data law so "
      "anyone "
      "can file a request and the agency must answer within 30 days."},
     {"brief.weak", "本承諾旨在推動開放政府，提升施政透明。",
      "This commitment aims to promote open government and improve transparency."}},
    {Field::Problem,
     {"problem", "承諾事項涉及的公共問題", "Public problem"},
     {"problem.look",
      "民眾面對的具體問題、受影響的人，並附基準資料：至少一個數據與年份。問題不能只是「缺乏」你要建置的東西"
      "。",
      "The concrete problem people face and who is affected, with baseline evidence: at least one figure and "
      "its "
      "year. The problem must be more than the absence of what you plan to build."},
     {"problem.strong",
      "109年政府資料開放平臺約有4萬5千項資料集，其中約3成逾1年未更新；民眾無權要求機關開放特定資料。",
      "In 2020 the national portal listed about 45,000 datasets, some 30% not updated for a year, and people "
      "had no "
      "right to request a specific dataset."},
     {"problem.weak", "缺乏資料開放平臺。", "There is no open data platform."}},
    {Field::Causes,
     {"causes", "問題成因", "Causes"},
     {"causes.look", "問題為什麼存在：法規、誘因、資源或能力的缺口。承諾應該針對這些成因。",
      "Why the problem exists: gaps in rules, incentives, resources or skills. The commitment should act on "
      "these "
      "causes."},
     {"causes.strong", "開放義務只規定在行政規則，沒有法律位階的申請機制；機關缺乏整理資料的人力與預算。",
      "The duty to open data rests on administrative rules only, with no statutory request mechanism; "
      "agencies lack "
      "staff and budget to prepare data."},
     {"causes.weak", "各機關不夠重視。", "Agencies do not pay enough attention."}},
    {Field::PriorEfforts,
     {"prior_efforts", "目前已採取的作為", "What has been done so far"},
     {"prior_efforts.look", "已經做過什麼、成效如何、還缺什麼，藉此說明本承諾新增的部分。",
      "What has been tried, what it achieved and what is still missing, which shows what this commitment "
      "adds."},
     {"prior_efforts.strong",
      "自101年起以行政規則推動資料開放，已開放約4萬5千項資料集，但民眾仍無法要求開放特定資料。",
      "Since 2012 administrative rules have opened some 45,000 datasets, but people still cannot ask for a "
      "specific one."},
     {"prior_efforts.weak", "本機關一向重視資料開放。", "Our agency has always valued open data."}},
    {Field::Content,
     {"content", "承諾事項內容", "What the commitment is"},
     {"content.look",
      "具體要做什麼、由誰做、何時完成，以及預期成果與整體目標。說明新的機制，而不是延續現有業務。",
      "Exactly what will be done, by whom and by when, with the expected results and overall goal. Describe "
      "the new "
      "mechanism, not the continuation of existing work."},
     {"content.strong",
      "研擬「政府資料開放與運用法」草案，明定開放範圍、民眾申請程序、爭議處理與資料品質要求，並公開徵詢各界意"
      "見。",
      "Draft a Government Data Openness and Use Act that defines what must be opened, how the public may "
      "request "
      "data, how disputes are settled and what quality data must meet, and consult the public on the draft."},
     {"content.weak", "持續推動資料開放，提升政府透明度。",
      "Continue to promote open data and improve transparency."}},
    {Field::ExpectedResults,
     {"expected_results", "預期成果", "Expected results"},
     {"expected_results.look", "完成後民眾或使用者會有什麼不同，最好可以衡量（數字、期限）。產出不等於成果。",
      "What will be different for people or users afterwards, ideally measurable (numbers, deadlines). "
      "Outputs are "
      "not results."},
     {"expected_results.strong", "民眾可依法申請開放資料，機關須於30日內回覆並說明理由；不服者可提出申訴。",
      "People can request data by law; agencies must answer within 30 days with reasons, and refusals can be "
      "appealed."},
     {"expected_results.weak", "完成平臺建置。", "The platform is built."}},
    {Field::Contribution,
     {"contribution", "對解決問題的貢獻", "How it helps solve the problem"},
     {"contribution.look", "承諾如何一步步解決前面寫的問題與成因；審查者會檢查兩者是否對得上。",
      "How the commitment, step by step, solves the problem and causes described above; reviewers check that "
      "the "
      "two match."},
     {"contribution.strong", "以法律取代行政規則，使資料開放成為機關義務，並讓民眾有請求與救濟的管道。",
      "Turning rules into law makes openness a duty of every agency and gives the public a right to request "
      "data and "
      "to seek redress."},
     {"contribution.weak", "有助於解決上述問題。", "It will help solve the problem."}},
    {Field::ValueTransparency,
     {"value_transparency", "與「透明」的關聯", "Relevance to transparency"},
     {"value_transparency.look",
      "哪些資訊會公開、何時、以什麼形式、民眾在哪裡可以取得。只寫「提升透明」不算。",
      "Which information becomes public, when, in what form and where people find it. “Improves "
      "transparency” alone "
      "does not count."},
     {"value_transparency.strong", "各機關須公開資料清單與不開放的理由，民眾可於平臺查詢。",
      "Every agency must publish its data inventory and its reasons for withholding, searchable on the "
      "portal."},
     {"value_transparency.weak", "提升政府透明度。", "Improves government transparency."}},
    {Field::ValueParticipation,
     {"value_participation", "與「公共參與」的關聯", "Relevance to participation"},
     {"value_participation.look", "民眾能影響哪一個決定、用什麼方式參與，以及意見如何被回應。",
      "Which decision the public can influence, how they take part, and how their input is answered."},
     {"value_participation.strong", "草案於公共政策網路參與平臺預告60日，並辦理3場公開諮詢，意見回應表公開。",
      "The draft is posted for 60 days of comment on the participation platform, with three open "
      "consultations and "
      "a published response to every comment."},
     {"value_participation.weak", "擴大公共參與。", "Broadens public participation."}},
    {Field::ValueAccountability,
     {"value_accountability", "與「課責」的關聯", "Relevance to accountability"},
     {"value_accountability.look",
      "民眾能啟動的機制：申訴、請求說明、公開審議結果，以及之後會發生什麼。內部稽核或向上級報告不算。",
      "A mechanism the public can trigger: complaints, requests for reasons, published decisions, and what "
      "follows. "
      "Internal audit or reporting upward does not count."},
     {"value_accountability.strong", "申請遭拒者可提出申訴，由資料開放諮詢小組於30日內公開審議結果。",
      "A refused requester can appeal, and the advisory group publishes its decision within 30 days."},
     {"value_accountability.weak", "定期向上級報告辦理情形。",
      "Progress is reported to the ministry regularly."}},
    {Field::ValueInclusion,
     {"value_inclusion", "與「涵容」的關聯", "Relevance to inclusion"},
     {"value_inclusion.look", "哪些群體、排除了什麼障礙、如何確保他們參與。涵容須搭配透明、參與或課責之一。",
      "Which groups, which barriers are removed, and how their part is ensured. Inclusion counts only beside "
      "transparency, participation or accountability."},
     {"value_inclusion.strong", "諮詢會議提供手語翻譯與原住民族語口譯，並在偏鄉辦理1場。",
      "Consultations offer sign-language and indigenous-language interpretation, and one is held in a rural "
      "township."},
     {"value_inclusion.weak", "落實多元包容。", "Ensures diversity and inclusion."}},
    {Field::AdditionalInfo,
     {"additional_info", "其他資訊", "Additional information"},
     {"additional_info.look",
      "預算、與其他政府計畫或國家政策的關聯、對應的永續發展目標。沒有就說明原因，不要只寫「無」。",
      "Budget, links to other government programmes or national plans, the SDG targets served. If there is "
      "nothing, "
      "say why rather than writing “none”."},
     {"additional_info.strong", "與「數位政府計畫」及SDG 16.10相關；經費由年度公務預算支應。",
      "Linked to the Digital Government Programme and SDG 16.10; funded from the annual budget."},
     {"additional_info.weak", "無。", "None."}},
    {Field::Budget,
     {"budget", "預算", "Budget"},
     {"budget.look", "金額、來源與期間，讓審查者判斷承諾是否有資源執行。",
      "Amount, source and period, so reviewers can judge whether the commitment is resourced."},
     {"budget.strong", "114至117年每年約新臺幣500萬元，由國家發展委員會公務預算支應。",
      "About NT$5 million a year in 2025–2028 from the National Development Council's budget."},
     {"budget.weak", "視預算編列情形辦理。", "Depending on the budget."}},
    {Field::RelatedProgrammes,
     {"related_programmes", "相關政府計畫", "Related government programmes"},
     {"related_programmes.look", "寫出計畫全名與它和本承諾的關係（經費、分工或時程）。",
      "The programme's full name and how it relates to this commitment (funding, division of work, timing)."},
     {"related_programmes.strong", "「數位政府計畫（114–117年）」資料治理子計畫提供平臺改版經費。",
      "The data governance part of the Digital Government Programme 2025–2028 funds the portal upgrade."},
     {"related_programmes.weak", "相關計畫。", "Related programmes."}},
    {Field::Sdgs,
     {"sdgs", "永續發展目標", "Sustainable Development Goals"},
     {"sdgs.look", "寫到細項目標編號，並只列真正相關的。",
      "Give target numbers, and only the targets that truly apply."},
     {"sdgs.strong", "SDG 16.6（有效、負責且透明的機構）、16.10（確保民眾取得資訊）",
      "SDG 16.6 (effective, accountable and transparent institutions), 16.10 (public access to information)"},
     {"sdgs.weak", "SDGs", "SDGs"}},
    {Field::ActorsGovernment,
     {"actors_government", "參與的政府機關", "Government actors"},
     {"actors_government.look", "列出機關名稱與各自的角色。", "Name each agency and its role."},
     {"actors_government.strong", "數位發展部（平臺維運）、法務部（法制諮詢）",
      "Ministry of Digital Affairs (runs the portal), Ministry of Justice (legal advice)"},
     {"actors_government.weak", "相關機關", "Relevant agencies"}},
    {Field::ActorsCivil,
     {"actors_civil", "參與的民間團體及其他單位", "Civil society and other actors"},
     {"actors_civil.look", "列出民間團體、企業或國際組織的名稱與角色；共同參與是開放政府的核心。",
      "Name the civil society organisations, businesses or multilaterals and their roles; co-creation is at "
      "the "
      "heart of open government."},
     {"actors_civil.strong", "開放文化基金會（參與草案諮詢）、臺灣資料協會（試用並回饋）",
      "Open Culture Foundation (consulted on the draft), a data users' association (tests and gives "
      "feedback)"},
     {"actors_civil.weak", "民間團體", "NGOs"}},
    {Field::ContactName,
     {"contact_name", "聯絡人姓名", "Contact name"},
     {"contact_name.look", "能回答本承諾問題的承辦人本名。",
      "The real name of the officer who can answer questions about it."},
     {"contact_name.strong", "王小明", "Wang Hsiao-ming"},
     {"contact_name.weak", "承辦人", "Officer in charge"}},
    {Field::ContactTitle,
     {"contact_title", "聯絡人職稱與單位", "Contact title and unit"},
     {"contact_title.look", "職稱與所屬單位，方便聯絡與轉介。",
      "Title and unit, so people can reach or refer to the contact."},
     {"contact_title.strong", "國家發展委員會資訊管理處 科長",
      "Section Chief, Department of Information Management, NDC"},
     {"contact_title.weak", "—", "—"}},
    {Field::FormFiller,
     {"form_filler", "填表人／機關／團體", "Form filled in by"},
     {"form_filler.look", "填寫本表的機關或團體全名，必要時加上單位。",
      "The full name of the agency or organisation completing the form, with the unit if useful."},
     {"form_filler.strong", "國家發展委員會資訊管理處",
      "Department of Information Management, National Development Council"},
     {"form_filler.weak", "本會", "Us"}},
    {Field::Code,
     {"code", "編號", "Number"},
     {"code.look", "「領域-序號」，例如1-1；由領域編號與在領域中的順序組成。",
      "“Area-number”, e.g. 1-1: the area's number and the position within the area."},
     {"code.strong", "2-4", "2-4"},
     {"code.weak", "A", "A"}},
    {Field::Area,
     {"area", "領域", "Area"},
     {"area.look", "選擇承諾主要處理的挑戰領域，它決定編號與方案中的位置。",
      "The challenge area the commitment mainly addresses; it sets the number and the place in the plan."},
     {"area.strong", "數位治理", "Digital governance"},
     {"area.weak", "其他", "Other"}},
    {Field::LeadAgency,
     {"lead_agency", "主政機關", "Lead agency"},
     {"lead_agency.look", "一個負責交付成果、可以被問責的機關。",
      "One agency that is responsible for delivery and can be held to account."},
     {"lead_agency.strong", "國家發展委員會", "National Development Council"},
     {"lead_agency.weak", "各部會", "All ministries"}},
    {Field::CoAgencies,
     {"co_agencies", "協辦機關", "Co-implementing agencies"},
     {"co_agencies.look", "實際負責部分工作的機關；每個協辦機關最好都有自己負責的里程碑。",
      "Agencies that deliver part of the work; each should own at least one milestone."},
     {"co_agencies.strong", "數位發展部、法務部", "Ministry of Digital Affairs, Ministry of Justice"},
     {"co_agencies.weak", "相關機關", "Relevant agencies"}},
    {Field::Period,
     {"period", "起迄時間", "Start and end"},
     {"period.look", "以年月表示，須在方案期間內，且與里程碑一致。",
      "Months, inside the plan period and consistent with the milestones."},
     {"period.strong", "2025/03～2028/12", "2025/03 to 2028/12"},
     {"period.weak", "2025/03～2030/12（方案於2028年結束）", "2025/03 to 2030/12 (the plan ends in 2028)"}},
    {Field::ValueClaims,
     {"value_claims", "核心價值", "Core values claimed"},
     {"value_claims.look", "只勾選有具體說明的價值；涵容與科技創新須搭配透明、參與或課責。",
      "Tick only the values you explain; inclusion and technology count only beside transparency, "
      "participation or "
      "accountability."},
     {"value_claims.strong", "透明、課責（各有不同的具體說明）",
      "Transparency and accountability, each with its own explanation"},
     {"value_claims.weak", "四項全勾，說明都是同一句話", "All four ticked, with the same sentence for each"}},
    {Field::PolicyTags,
     {"policy_tags", "政策領域", "Policy areas"},
     {"policy_tags.look", "選擇承諾真正涉及的OGP政策領域，方便彙整與比較。",
      "The OGP policy areas the commitment really touches, for consolidation and comparison."},
     {"policy_tags.strong", "開放資料、立法", "Open data, legislation"},
     {"policy_tags.weak", "勾選全部領域", "Every area ticked"}},
    {Field::ContactPhone,
     {"contact_phone", "聯絡電話", "Contact phone"},
     {"contact_phone.look", "含區碼，可加分機。", "With area code; an extension is fine."},
     {"contact_phone.strong", "02-2316-5300#123", "02-2316-5300#123"},
     {"contact_phone.weak", "23165300", "23165300"}},
    {Field::ContactEmail,
     {"contact_email", "電子郵件", "E-mail"},
     {"contact_email.look", "可收信的完整地址；建議用單位信箱，人員異動時仍聯絡得到。",
      "A complete address that receives mail; a unit mailbox still works when staff change."},
     {"contact_email.strong", "opendata@ndc.gov.tw", "opendata@ndc.gov.tw"},
     {"contact_email.weak", "ndc.gov.tw", "ndc.gov.tw"}},
    {Field::Status,
     {"status", "狀態", "Status"},
     {"status.look", "沒有錯誤與警告時才標示為「完成」；送出後的修改需重新確認。",
      "Mark it ready only when no errors or warnings remain; changes after submission need a new check."},
     {"status.strong", "完成：檢查無錯誤與警告", "Ready: no errors or warnings left"},
     {"status.weak", "已送出，但仍有錯誤", "Submitted with open errors"}},
    {Field::Milestones,
     {"milestones", "關鍵里程碑", "Milestones"},
     {"milestones.look",
      "每項是可查證的交付成果加上完成狀態（函報、上線、發布、N場次），有起迄年月與負責機關，並分布在各年度。",
      "Each is a verifiable deliverable with its completion state (submitted, launched, published, N "
      "sessions), "
      "start and end months and a responsible agency, spread over the years."},
     {"milestones.strong", "完成「政府資料開放與運用法」草案並函報行政院（2025/01～2025/12，國家發展委員會）",
      "Submit the draft Government Data Openness and Use Act to the Executive Yuan (2025/01–2025/12, "
      "National "
      "Development Council)"},
     {"milestones.weak", "持續推動資料開放（2025/01～2028/12）",
      "Continue to promote open data (2025/01–2028/12)"}},
}};

} // namespace

const FieldGuidance &guidanceFor(Field field)
{
    const auto index = static_cast<size_t>(field);
    Q_ASSERT(index < kGuidance.size() && kGuidance[index].field == field);
    return kGuidance[index < kGuidance.size() ? index : 0];
}

} // namespace nap
