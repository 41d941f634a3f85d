#include "Field.h"

#include <array>

namespace nap {
namespace {

struct FieldCode
{
    Field field;
    const char *code;
};

constexpr std::array kCodes{
    FieldCode{Field::Title, "title"},
    FieldCode{Field::Brief, "brief"},
    FieldCode{Field::Problem, "problem"},
    FieldCode{Field::Causes, "causes"},
    FieldCode{Field::PriorEfforts, "prior_efforts"},
    FieldCode{Field::Content, "content"},
    FieldCode{Field::ExpectedResults, "expected_results"},
    FieldCode{Field::Contribution, "contribution"},
    FieldCode{Field::Relevance, "relevance"},
    FieldCode{Field::ValueTransparency, "value_transparency"},
    FieldCode{Field::ValueParticipation, "value_participation"},
    FieldCode{Field::ValueAccountability, "value_accountability"},
    FieldCode{Field::ValueInclusion, "value_inclusion"},
    FieldCode{Field::AdditionalInfo, "additional_info"},
    FieldCode{Field::Budget, "budget"},
    FieldCode{Field::RelatedProgrammes, "related_programmes"},
    FieldCode{Field::Sdgs, "sdgs"},
    FieldCode{Field::ActorsGovernment, "actors_government"},
    FieldCode{Field::ActorsCivil, "actors_civil"},
    FieldCode{Field::ContactName, "contact_name"},
    FieldCode{Field::ContactTitle, "contact_title"},
    FieldCode{Field::FormFiller, "form_filler"},
    FieldCode{Field::Code, "code"},
    FieldCode{Field::Area, "area"},
    FieldCode{Field::LeadAgency, "lead_agency"},
    FieldCode{Field::CoAgencies, "co_agencies"},
    FieldCode{Field::Period, "period"},
    FieldCode{Field::ValueClaims, "value_claims"},
    FieldCode{Field::PolicyTags, "policy_tags"},
    FieldCode{Field::ContactPhone, "contact_phone"},
    FieldCode{Field::ContactEmail, "contact_email"},
    FieldCode{Field::Status, "status"},
    FieldCode{Field::Milestones, "milestones"},
};

} // namespace

bool Fields::isText(Field field)
{
    return static_cast<int>(field) <= static_cast<int>(Field::FormFiller);
}

QList<Field> Fields::textFields()
{
    QList<Field> out;
    for (const auto &fc : kCodes) {
        if (isText(fc.field))
            out.append(fc.field);
    }
    return out;
}

QList<Field> Fields::all()
{
    QList<Field> out;
    for (const auto &fc : kCodes)
        out.append(fc.field);
    return out;
}

QString Fields::code(Field field)
{
    return QString::fromLatin1(kCodes.at(static_cast<size_t>(field)).code);
}

bool Fields::fromCode(const QString &code, Field *field)
{
    for (const auto &fc : kCodes) {
        if (code == QLatin1String(fc.code)) {
            *field = fc.field;
            return true;
        }
    }
    return false;
}

} // namespace nap
