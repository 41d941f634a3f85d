#include "Commitment.h"

namespace nap {

const LocalizedText &Commitment::text(Field field) const
{
    static const LocalizedText empty;
    const auto it = m_texts.constFind(field);
    return it == m_texts.cend() ? empty : *it;
}

LocalizedText &Commitment::text(Field field)
{
    Q_ASSERT(Fields::isText(field));
    return m_texts[field];
}

Contact Commitment::contact() const
{
    return {text(Field::ContactName), text(Field::ContactTitle), contactPhone, contactEmail};
}

void Commitment::setContact(const Contact &contact)
{
    text(Field::ContactName) = contact.name;
    text(Field::ContactTitle) = contact.title;
    contactPhone = contact.phone;
    contactEmail = contact.email;
}

Field Commitment::explanationField(CoreValue value)
{
    switch (value) {
    case CoreValue::Transparency:
        return Field::ValueTransparency;
    case CoreValue::Participation:
        return Field::ValueParticipation;
    case CoreValue::Accountability:
        return Field::ValueAccountability;
    case CoreValue::Inclusion:
        return Field::ValueInclusion;
    }
    return Field::ValueTransparency;
}

bool Commitment::operator==(const Commitment &o) const
{
    for (Field f : Fields::textFields()) {
        if (text(f) != o.text(f))
            return false;
    }
    return uuid == o.uuid && areaUuid == o.areaUuid && code == o.code && sortOrder == o.sortOrder &&
           leadAgency == o.leadAgency && coAgencies == o.coAgencies && start == o.start && end == o.end &&
           std::equal(std::begin(claimed), std::end(claimed), std::begin(o.claimed)) &&
           policyTags == o.policyTags && contactPhone == o.contactPhone && contactEmail == o.contactEmail &&
           status == o.status && created == o.created && modified == o.modified && milestones == o.milestones;
}

QList<CoreValue> CoreValues::all()
{
    return {CoreValue::Transparency, CoreValue::Participation, CoreValue::Accountability,
            CoreValue::Inclusion};
}

QString CoreValues::code(CoreValue value)
{
    switch (value) {
    case CoreValue::Transparency:
        return QStringLiteral("transparency");
    case CoreValue::Participation:
        return QStringLiteral("participation");
    case CoreValue::Accountability:
        return QStringLiteral("accountability");
    case CoreValue::Inclusion:
        return QStringLiteral("inclusion");
    }
    return {};
}

QString Statuses::code(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::Draft:
        return QStringLiteral("draft");
    case CommitmentStatus::Ready:
        return QStringLiteral("ready");
    case CommitmentStatus::Submitted:
        return QStringLiteral("submitted");
    }
    return {};
}

CommitmentStatus Statuses::fromCode(const QString &code)
{
    if (code == QLatin1String("ready"))
        return CommitmentStatus::Ready;
    if (code == QLatin1String("submitted"))
        return CommitmentStatus::Submitted;
    return CommitmentStatus::Draft;
}

} // namespace nap
