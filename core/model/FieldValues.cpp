#include "FieldValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

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

namespace {

// Appends text as a JSON string exactly as QJsonDocument::toJson() writes it, read back as
// UTF-16 (characters below 0x20, '"' and '\\' escaped, lowercase hex, an unpaired surrogate as
// \uXXXX), so values stored by earlier versions still compare equal.
void appendJsonString(QString &out, const QString &text)
{
    static const char16_t hex[] = u"0123456789abcdef";
    out += QLatin1Char('"');
    const char16_t *src = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = src + text.size();
    const auto plain = [](char16_t u) {
        return u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u);
    };
    while (src != end) {
        const char16_t *run = src;
        while (src != end && plain(*src))
            ++src;
        out += QStringView(run, src);
        if (src == end)
            break;
        const char16_t u = *src++;
        if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            out += QChar(u);
            out += QChar(*src++);
            continue;
        }
        out += QLatin1Char('\\');
        switch (u) {
        case u'"':
        case u'\\':
            out += QChar(u);
            break;
        case 0x8:
            out += QLatin1Char('b');
            break;
        case 0xc:
            out += QLatin1Char('f');
            break;
        case 0xa:
            out += QLatin1Char('n');
            break;
        case 0xd:
            out += QLatin1Char('r');
            break;
        case 0x9:
            out += QLatin1Char('t');
            break;
        default:
            out += QLatin1Char('u');
            for (int shift = 12; shift >= 0; shift -= 4)
                out += QChar(hex[(u >> shift) & 0xf]);
        }
    }
    out += QLatin1Char('"');
}

void appendJsonPair(QString &out, const LocalizedText &t)
{
    out += QLatin1String("{\"en\":");
    appendJsonString(out, t.en);
    out += QLatin1String(",\"zh\":");
    appendJsonString(out, t.zh);
    out += QLatin1Char('}');
}

} // namespace

// Written by hand, keys in QJsonObject's (sorted) order: building a QJsonObject per milestone
// and serializing it was nine tenths of comparing an import with the workspace.
// tst_import::milestonesJsonAsQt holds it to QJsonDocument's output.
QString FieldValues::milestonesJson(const QList<Milestone> &milestones)
{
    QString out;
    out.reserve(256 * milestones.size() + 2);
    out += QLatin1Char('[');
    for (const Milestone &m : milestones) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QLatin1String("{\"completion\":");
        appendJsonString(out, Completions::code(m.completion));
        out += QLatin1String(",\"description\":");
        appendJsonPair(out, m.description);
        out += QLatin1String(",\"end\":");
        appendJsonString(out, m.end.toIso());
        out += QLatin1String(",\"expected_output\":");
        appendJsonPair(out, m.expectedOutput);
        out += m.isNew ? QLatin1String(",\"new\":true") : QLatin1String(",\"new\":false");
        out += QLatin1String(",\"progress_note\":");
        appendJsonPair(out, m.progressNote);
        out += QLatin1String(",\"responsible_agency\":");
        appendJsonString(out, m.responsibleAgency);
        out += QLatin1String(",\"stakeholders\":");
        appendJsonPair(out, m.stakeholders);
        out += QLatin1String(",\"start\":");
        appendJsonString(out, m.start.toIso());
        out += QLatin1String(",\"uuid\":");
        appendJsonString(out, m.uuid);
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
}

// By hand, as milestonesJson(): a QJsonObject per commitment and its serialization were
// most of what writing an import's baselines cost.
QString FieldValues::toJson(const QHash<Field, Value> &values)
{
    QList<Field> fields = values.keys();
    std::sort(fields.begin(), fields.end());
    QString out;
    out.reserve(4096);
    out += QLatin1Char('{');
    for (Field f : fields) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        appendJsonString(out, Fields::code(f));
        out += QLatin1String(":[");
        const Value &value = *values.constFind(f);
        appendJsonString(out, value.zh);
        out += QLatin1Char(',');
        appendJsonString(out, value.en);
        out += QLatin1Char(']');
    }
    out += QLatin1Char('}');
    return out;
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
