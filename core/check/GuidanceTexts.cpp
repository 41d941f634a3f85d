// Field help written for NAP Desk from the NDC form, the OGP templates and the independent
// review method (domain.md). Entries follow the order of the Field enum.
#include "GuidanceTexts.h"

#include <array>

namespace nap {
namespace {

constexpr std::array<FieldGuidance, 33> kGuidance{{
    {Field::Title, QT_TRANSLATE_NOOP3("nap::check", "Commitment name", "title"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "One line that says what will change. Name the result, not the programme or a "
                        "slogan; avoid starting "
                        "with "
                        "“promote” or “strengthen”.",
                        "title.look"),
     QT_TRANSLATE_NOOP3("nap::check", "Legislating government open data and its use", "title.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Promoting open data", "title.weak")},
    {Field::Brief, QT_TRANSLATE_NOOP3("nap::check", "Brief description", "brief"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "Two or three sentences: the problem, what will be done, and what will be different "
                        "afterwards, so a "
                        "reader "
                        "who skips the rest still understands.",
                        "brief.look"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "People cannot currently require an agency to open data. This commitment enacts an open data law so "
         "anyone "
         "can file a request and the agency must answer within 30 days.",
         "brief.strong"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "This commitment aims to promote open government and improve transparency.",
                        "brief.weak")},
    {Field::Problem, QT_TRANSLATE_NOOP3("nap::check", "Public problem", "problem"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "The concrete problem people face and who is affected, with baseline evidence: at "
                        "least one figure and "
                        "its "
                        "year. The problem must be more than the absence of what you plan to build.",
                        "problem.look"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "In 2020 the national portal listed about 45,000 datasets, some 30% not updated for "
                        "a year, and people "
                        "had no "
                        "right to request a specific dataset.",
                        "problem.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "There is no open data platform.", "problem.weak")},
    {Field::Causes, QT_TRANSLATE_NOOP3("nap::check", "Causes of the problem", "causes"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "Why the problem exists: gaps in rules, incentives, resources or skills. The "
                        "commitment should act on "
                        "these "
                        "causes.",
                        "causes.look"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "The duty to open data rests on administrative rules only, with no statutory request mechanism; "
         "agencies lack "
         "staff and budget to prepare data.",
         "causes.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Agencies do not pay enough attention.", "causes.weak")},
    {Field::PriorEfforts, QT_TRANSLATE_NOOP3("nap::check", "What has been done so far", "prior_efforts"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "What has been tried, what it achieved and what is still missing, which shows what this commitment "
         "adds.",
         "prior_efforts.look"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "Since 2012 administrative rules have opened some 45,000 datasets, but people still "
                        "cannot ask for a "
                        "specific one.",
                        "prior_efforts.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Our agency has always valued open data.", "prior_efforts.weak")},
    {Field::Content, QT_TRANSLATE_NOOP3("nap::check", "Commitment content", "content"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "Exactly what will be done, by whom and by when, with the expected results and "
                        "overall goal. Describe "
                        "the new "
                        "mechanism, not the continuation of existing work.",
                        "content.look"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "Draft a Government Data Openness and Use Act that defines what must be opened, how the public may "
         "request "
         "data, how disputes are settled and what quality data must meet, and consult the public on the "
         "draft.",
         "content.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Continue to promote open data and improve transparency.",
                        "content.weak")},
    {Field::ExpectedResults, QT_TRANSLATE_NOOP3("nap::check", "Expected results", "expected_results"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "What will be different for people or users afterwards, ideally measurable (numbers, deadlines). "
         "Outputs are "
         "not results.",
         "expected_results.look"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "People can request data by law; agencies must answer within 30 days with reasons, "
                        "and refusals can be "
                        "appealed.",
                        "expected_results.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "The platform is built.", "expected_results.weak")},
    {Field::Contribution,
     QT_TRANSLATE_NOOP3("nap::check", "Contribution to solving the problem", "contribution"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "How the commitment, step by step, solves the problem and causes described above; "
                        "reviewers check that "
                        "the "
                        "two match.",
                        "contribution.look"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "Turning rules into law makes openness a duty of every agency and gives the public a "
                        "right to request "
                        "data and "
                        "to seek redress.",
                        "contribution.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "It will help solve the problem.", "contribution.weak")},
    {Field::Relevance, QT_TRANSLATE_NOOP3("nap::check", "Relevance to the core values", "relevance"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "One answer for the values ticked: for each, the mechanism (what the public can see, "
                        "which decision they can join, whom they can hold to account). Naming the values "
                        "alone does not count.",
                        "relevance.look"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "Budgets are published as machine-readable data; questions sent through the site "
                        "are answered in public within 30 days.",
                        "relevance.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "The commitment embodies the spirit of open government.",
                        "relevance.weak")},
    {Field::ValueTransparency,
     QT_TRANSLATE_NOOP3("nap::check", "Relevance to transparency", "value_transparency"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "Which information becomes public, when, in what form and where people find it. “Improves "
         "transparency” alone "
         "does not count.",
         "value_transparency.look"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "Every agency must publish its data inventory and its reasons for withholding, searchable on the "
         "portal.",
         "value_transparency.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Improves government transparency.", "value_transparency.weak")},
    {Field::ValueParticipation,
     QT_TRANSLATE_NOOP3("nap::check", "Relevance to public participation", "value_participation"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "Which decision the public can influence, how they take part, and how their input is answered.",
         "value_participation.look"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "The draft is posted for 60 days of comment on the participation platform, with three open "
         "consultations and "
         "a published response to every comment.",
         "value_participation.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Broadens public participation.", "value_participation.weak")},
    {Field::ValueAccountability,
     QT_TRANSLATE_NOOP3("nap::check", "Relevance to accountability", "value_accountability"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "A mechanism the public can trigger: complaints, requests for reasons, published "
                        "decisions, and what "
                        "follows. "
                        "Internal audit or reporting upward does not count.",
                        "value_accountability.look"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "A refused requester can appeal, and the advisory group publishes its decision within 30 days.",
         "value_accountability.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Progress is reported to the ministry regularly.",
                        "value_accountability.weak")},
    {Field::ValueInclusion, QT_TRANSLATE_NOOP3("nap::check", "Relevance to inclusion", "value_inclusion"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "Which groups, which barriers are removed, and how their part is ensured. Inclusion "
                        "counts only beside "
                        "transparency, participation or accountability.",
                        "value_inclusion.look"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "Consultations offer sign-language and indigenous-language interpretation, and one "
                        "is held in a rural "
                        "township.",
                        "value_inclusion.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Ensures diversity and inclusion.", "value_inclusion.weak")},
    {Field::AdditionalInfo, QT_TRANSLATE_NOOP3("nap::check", "Additional information", "additional_info"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "Budget, links to other government programmes or national plans, the SDG targets "
                        "served. If there is "
                        "nothing, "
                        "say why rather than writing “none”.",
                        "additional_info.look"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "Linked to the Digital Government Programme and SDG 16.10; funded from the annual budget.",
         "additional_info.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "None.", "additional_info.weak")},
    {Field::Budget, QT_TRANSLATE_NOOP3("nap::check", "Budget", "budget"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "Amount, source and period, so reviewers can judge whether the commitment is resourced.",
         "budget.look"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "About NT$5 million a year in 2025–2028 from the National Development Council's budget.",
         "budget.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Depending on the budget.", "budget.weak")},
    {Field::RelatedProgrammes,
     QT_TRANSLATE_NOOP3("nap::check", "Related government programmes", "related_programmes"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "The programme's full name and how it relates to this commitment (funding, division "
                        "of work, timing).",
                        "related_programmes.look"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "The data governance part of the Digital Government Programme 2025–2028 funds the portal upgrade.",
         "related_programmes.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Related programmes.", "related_programmes.weak")},
    {Field::Sdgs, QT_TRANSLATE_NOOP3("nap::check", "Sustainable Development Goals", "sdgs"),
     QT_TRANSLATE_NOOP3("nap::check", "Give target numbers, and only the targets that truly apply.",
                        "sdgs.look"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "SDG 16.6 (effective, accountable and transparent institutions), 16.10 (public "
                        "access to information)",
                        "sdgs.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "SDGs", "sdgs.weak")},
    {Field::ActorsGovernment,
     QT_TRANSLATE_NOOP3("nap::check", "Other government actors", "actors_government"),
     QT_TRANSLATE_NOOP3("nap::check", "Name each agency and its role.", "actors_government.look"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "Ministry of Digital Affairs (runs the portal), Ministry of Justice (legal advice)",
                        "actors_government.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Relevant agencies", "actors_government.weak")},
    {Field::ActorsCivil,
     QT_TRANSLATE_NOOP3("nap::check", "Civil society, private sector and multilateral actors",
                        "actors_civil"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "Name the civil society organisations, businesses or multilaterals and their roles; "
                        "co-creation is at "
                        "the "
                        "heart of open government.",
                        "actors_civil.look"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "Open Culture Foundation (consulted on the draft), a data users' association (tests and gives "
         "feedback)",
         "actors_civil.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "NGOs", "actors_civil.weak")},
    {Field::ContactName, QT_TRANSLATE_NOOP3("nap::check", "Contact name", "contact_name"),
     QT_TRANSLATE_NOOP3("nap::check", "The real name of the officer who can answer questions about it.",
                        "contact_name.look"),
     QT_TRANSLATE_NOOP3("nap::check", "Wang Hsiao-ming", "contact_name.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Officer in charge", "contact_name.weak")},
    {Field::ContactTitle, QT_TRANSLATE_NOOP3("nap::check", "Contact title and department", "contact_title"),
     QT_TRANSLATE_NOOP3("nap::check", "Title and unit, so people can reach or refer to the contact.",
                        "contact_title.look"),
     QT_TRANSLATE_NOOP3("nap::check", "Section Chief, Department of Information Management, NDC",
                        "contact_title.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "—", "contact_title.weak")},
    {Field::FormFiller, QT_TRANSLATE_NOOP3("nap::check", "Form filled in by", "form_filler"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "The full name of the agency or organisation completing the form, with the unit if useful.",
         "form_filler.look"),
     QT_TRANSLATE_NOOP3("nap::check", "Department of Information Management, National Development Council",
                        "form_filler.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Us", "form_filler.weak")},
    {Field::Code, QT_TRANSLATE_NOOP3("nap::check", "Number", "code"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "“Area-number”, e.g. 1-1: the area's number and the position within the area.",
                        "code.look"),
     QT_TRANSLATE_NOOP3("nap::check", "2-4", "code.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "A", "code.weak")},
    {Field::Area, QT_TRANSLATE_NOOP3("nap::check", "Area", "area"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "The challenge area the commitment mainly addresses; it sets the number and the place in the plan.",
         "area.look"),
     QT_TRANSLATE_NOOP3("nap::check", "Digital governance", "area.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Other", "area.weak")},
    {Field::LeadAgency, QT_TRANSLATE_NOOP3("nap::check", "Lead agency", "lead_agency"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "One agency that is responsible for delivery and can be held to account.",
                        "lead_agency.look"),
     QT_TRANSLATE_NOOP3("nap::check", "National Development Council", "lead_agency.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "All ministries", "lead_agency.weak")},
    {Field::CoAgencies, QT_TRANSLATE_NOOP3("nap::check", "Co-implementing agencies", "co_agencies"),
     QT_TRANSLATE_NOOP3("nap::check",
                        "Agencies that deliver part of the work; each should own at least one milestone.",
                        "co_agencies.look"),
     QT_TRANSLATE_NOOP3("nap::check", "Ministry of Digital Affairs, Ministry of Justice",
                        "co_agencies.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Relevant agencies", "co_agencies.weak")},
    {Field::Period, QT_TRANSLATE_NOOP3("nap::check", "Period", "period"),
     QT_TRANSLATE_NOOP3("nap::check", "Months, inside the plan period and consistent with the milestones.",
                        "period.look"),
     QT_TRANSLATE_NOOP3("nap::check", "2025/03 to 2028/12", "period.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "2025/03 to 2030/12 (the plan ends in 2028)", "period.weak")},
    {Field::ValueClaims, QT_TRANSLATE_NOOP3("nap::check", "Core values", "value_claims"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "Tick only the values you explain; inclusion and technology count only beside transparency, "
         "participation or "
         "accountability.",
         "value_claims.look"),
     QT_TRANSLATE_NOOP3("nap::check", "Transparency and accountability, each with its own explanation",
                        "value_claims.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "All four ticked, with the same sentence for each",
                        "value_claims.weak")},
    {Field::PolicyTags, QT_TRANSLATE_NOOP3("nap::check", "Policy areas", "policy_tags"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "The OGP policy areas the commitment really touches, for consolidation and comparison.",
         "policy_tags.look"),
     QT_TRANSLATE_NOOP3("nap::check", "Open data, legislation", "policy_tags.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Every area ticked", "policy_tags.weak")},
    {Field::ContactPhone, QT_TRANSLATE_NOOP3("nap::check", "Contact phone", "contact_phone"),
     QT_TRANSLATE_NOOP3("nap::check", "With area code; an extension is fine.", "contact_phone.look"),
     QT_TRANSLATE_NOOP3("nap::check", "02-2316-5300#123", "contact_phone.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "23165300", "contact_phone.weak")},
    {Field::ContactEmail, QT_TRANSLATE_NOOP3("nap::check", "Contact e-mail", "contact_email"),
     QT_TRANSLATE_NOOP3(
         "nap::check", "A complete address that receives mail; a unit mailbox still works when staff change.",
         "contact_email.look"),
     QT_TRANSLATE_NOOP3("nap::check", "opendata@ndc.gov.tw", "contact_email.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "ndc.gov.tw", "contact_email.weak")},
    {Field::Status, QT_TRANSLATE_NOOP3("nap::check", "Status", "status"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "Mark it ready only when no errors or warnings remain; changes after submission need a new check.",
         "status.look"),
     QT_TRANSLATE_NOOP3("nap::check", "Ready: no errors or warnings left", "status.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Submitted with open errors", "status.weak")},
    {Field::Milestones, QT_TRANSLATE_NOOP3("nap::check", "Milestones", "milestones"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "Each is a verifiable deliverable with its completion state (submitted, launched, published, N "
         "sessions), "
         "start and end months and a responsible agency, spread over the years.",
         "milestones.look"),
     QT_TRANSLATE_NOOP3(
         "nap::check",
         "Submit the draft Government Data Openness and Use Act to the Executive Yuan (2025/01–2025/12, "
         "National "
         "Development Council)",
         "milestones.strong"),
     QT_TRANSLATE_NOOP3("nap::check", "Continue to promote open data (2025/01–2028/12)", "milestones.weak")},
}};

} // namespace

const FieldGuidance &guidanceFor(Field field)
{
    const auto index = static_cast<size_t>(field);
    Q_ASSERT(index < kGuidance.size() && kGuidance[index].field == field);
    return kGuidance[index < kGuidance.size() ? index : 0];
}

} // namespace nap
