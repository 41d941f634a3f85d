#pragma once

#include <QList>
#include <QString>

namespace nap {

// Every field of a commitment. Findings, guidance and the editor's "jump to field" name
// fields by this enum; the store and the export schema use the stable code().
enum class Field
{
    // Bilingual free-text fields, in NDC form order.
    Title,
    Brief,
    Problem,
    Causes,
    PriorEfforts,
    Content,
    ExpectedResults,
    Contribution,
    Relevance, // one answer on the core values, instead of or beside the per-value ones
    ValueTransparency,
    ValueParticipation,
    ValueAccountability,
    ValueInclusion,
    AdditionalInfo,
    Budget,
    RelatedProgrammes,
    Sdgs,
    ActorsGovernment,
    ActorsCivil,
    ContactName,
    ContactTitle,
    FormFiller,
    // Plain (single-language or structured) fields.
    Code,
    Area,
    LeadAgency,
    CoAgencies,
    Period,
    ValueClaims,
    PolicyTags,
    ContactPhone,
    ContactEmail,
    Status,
    Milestones,
};

namespace Fields {
bool isText(Field field);
QList<Field> textFields();
QList<Field> all();
// Stable ASCII code ("problem", "value_transparency"); never translated.
QString code(Field field);
// Returns false when the code is unknown.
bool fromCode(const QString &code, Field *field);
} // namespace Fields

} // namespace nap
