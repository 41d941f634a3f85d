#pragma once

#include "Agency.h"
#include "Contact.h"
#include "Field.h"
#include "LocalizedText.h"
#include "Milestone.h"
#include "YearMonth.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace nap {

enum class CoreValue
{
    Transparency,
    Participation,
    Accountability,
    Inclusion
};
enum class CommitmentStatus
{
    Draft,
    Ready,
    Submitted
};

// One commitment of the plan, as the NDC form and the OGP templates describe it.
struct Commitment
{
    QString uuid;
    QString areaUuid;
    QString code; // "1-1": area number, then position
    int sortOrder = 0;
    QString leadAgency;     // agency code from the catalogue, or a free name
    QStringList coAgencies; // ordered, same convention
    YearMonth start;
    YearMonth end;
    bool claimed[4] = {false, false, false, false}; // indexed by CoreValue
    QStringList policyTags;                         // policy-area codes
    QString contactPhone;
    QString contactEmail;
    CommitmentStatus status = CommitmentStatus::Draft;
    QDateTime created; // UTC
    QDateTime modified;
    QList<Milestone> milestones;

    const LocalizedText &text(Field field) const;
    LocalizedText &text(Field field);
    const QMap<Field, LocalizedText> &texts() const { return m_texts; }

    bool isClaimed(CoreValue value) const { return claimed[static_cast<int>(value)]; }
    void setClaimed(CoreValue value, bool on) { claimed[static_cast<int>(value)] = on; }
    static Field explanationField(CoreValue value);

    Agency lead() const { return Agency(leadAgency); }
    // The contact block of the form (its texts live with the other text fields).
    Contact contact() const;
    void setContact(const Contact &contact);

    bool operator==(const Commitment &other) const;
    bool operator!=(const Commitment &other) const { return !(*this == other); }

private:
    QMap<Field, LocalizedText> m_texts; // only text fields; absent means empty
};

namespace CoreValues {
QList<CoreValue> all();
QString code(CoreValue value);
} // namespace CoreValues

namespace Statuses {
QString code(CommitmentStatus status);
CommitmentStatus fromCode(const QString &code);
} // namespace Statuses

} // namespace nap
