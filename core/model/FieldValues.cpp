#include "FieldValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nap {
namespace {

const QString kSeparator = QStringLiteral("\n");

QString claims(const Commitment &c)
{
    QStringList codes;
    for (CoreValue v : CoreValues::all()) {
        if (c.isClaimed(v))
            codes.append(CoreValues::code(v));
    }
    return codes.join(QLatin1Char(','));
}

QStringList list(const QString &text)
{
    return text.split(kSeparator, Qt::SkipEmptyParts);
}

QJsonObject pair(const LocalizedText &t)
{
    return {{QStringLiteral("zh"), t.zh}, {QStringLiteral("en"), t.en}};
}

void setPair(LocalizedText *t, const QJsonValue &v, const QDateTime &when)
{
    t->setText(Language::Chinese, v[QStringLiteral("zh")].toString(), when);
    t->setText(Language::English, v[QStringLiteral("en")].toString(), when);
}

} // namespace

QList<Field> FieldValues::compared()
{
    QList<Field> out = Fields::textFields();
    out += {Field::Code,         Field::Area,        Field::LeadAgency, Field::CoAgencies,
            Field::Period,       Field::ValueClaims, Field::PolicyTags, Field::ContactPhone,
            Field::ContactEmail, Field::Status,      Field::Milestones};
    return out;
}

FieldValues::Value FieldValues::get(const Commitment &c, Field field, int areaNumber)
{
    if (Fields::isText(field))
        return {c.text(field).zh, c.text(field).en};
    switch (field) {
    case Field::Code:
        return {c.code, {}};
    case Field::Area:
        return {QString::number(areaNumber), {}};
    case Field::LeadAgency:
        return {c.leadAgency, {}};
    case Field::CoAgencies:
        return {c.coAgencies.join(kSeparator), {}};
    case Field::Period:
        return {c.start.toIso() + QLatin1Char('/') + c.end.toIso(), {}};
    case Field::ValueClaims:
        return {claims(c), {}};
    case Field::PolicyTags:
        return {c.policyTags.join(kSeparator), {}};
    case Field::ContactPhone:
        return {c.contactPhone, {}};
    case Field::ContactEmail:
        return {c.contactEmail, {}};
    case Field::Status:
        return {Statuses::code(c.status), {}};
    case Field::Milestones:
        return {milestonesJson(c.milestones), {}};
    default:
        return {};
    }
}

void FieldValues::set(Commitment *c, Field field, const Value &value, const QDateTime &when)
{
    if (Fields::isText(field)) {
        c->text(field).setText(Language::Chinese, value.zh, when);
        c->text(field).setText(Language::English, value.en, when);
        return;
    }
    switch (field) {
    case Field::Code:
        c->code = value.zh;
        break;
    case Field::LeadAgency:
        c->leadAgency = value.zh;
        break;
    case Field::CoAgencies:
        c->coAgencies = list(value.zh);
        break;
    case Field::Period:
        c->start = YearMonth::fromIso(value.zh.section(QLatin1Char('/'), 0, 0));
        c->end = YearMonth::fromIso(value.zh.section(QLatin1Char('/'), 1, 1));
        break;
    case Field::ValueClaims:
        for (CoreValue v : CoreValues::all())
            c->setClaimed(v, value.zh.split(QLatin1Char(',')).contains(CoreValues::code(v)));
        break;
    case Field::PolicyTags:
        c->policyTags = list(value.zh);
        break;
    case Field::ContactPhone:
        c->contactPhone = value.zh;
        break;
    case Field::ContactEmail:
        c->contactEmail = value.zh;
        break;
    case Field::Status:
        c->status = Statuses::fromCode(value.zh);
        break;
    case Field::Milestones:
        setMilestones(c, value.zh, when);
        break;
    default:
        break;
    }
}

QString FieldValues::milestonesJson(const QList<Milestone> &milestones)
{
    QJsonArray out;
    for (const Milestone &m : milestones) {
        out.append(QJsonObject{{QStringLiteral("uuid"), m.uuid},
                               {QStringLiteral("description"), pair(m.description)},
                               {QStringLiteral("expected_output"), pair(m.expectedOutput)},
                               {QStringLiteral("start"), m.start.toIso()},
                               {QStringLiteral("end"), m.end.toIso()},
                               {QStringLiteral("responsible_agency"), m.responsibleAgency},
                               {QStringLiteral("stakeholders"), pair(m.stakeholders)},
                               {QStringLiteral("new"), m.isNew},
                               {QStringLiteral("completion"), Completions::code(m.completion)},
                               {QStringLiteral("progress_note"), pair(m.progressNote)}});
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

// Milestones kept by uuid keep their texts' edit times where the text did not change.
void FieldValues::setMilestones(Commitment *c, const QString &json, const QDateTime &when)
{
    QList<Milestone> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        Milestone m;
        m.uuid = v[QStringLiteral("uuid")].toString();
        for (const Milestone &old : std::as_const(c->milestones)) {
            if (old.uuid == m.uuid)
                m = old;
        }
        setPair(&m.description, v[QStringLiteral("description")], when);
        setPair(&m.expectedOutput, v[QStringLiteral("expected_output")], when);
        m.start = YearMonth::fromIso(v[QStringLiteral("start")].toString());
        m.end = YearMonth::fromIso(v[QStringLiteral("end")].toString());
        m.responsibleAgency = v[QStringLiteral("responsible_agency")].toString();
        setPair(&m.stakeholders, v[QStringLiteral("stakeholders")], when);
        m.isNew = v[QStringLiteral("new")].toBool();
        m.completion = Completions::fromCode(v[QStringLiteral("completion")].toString());
        setPair(&m.progressNote, v[QStringLiteral("progress_note")], when);
        out.append(m);
    }
    c->milestones = out;
}

} // namespace nap
