#pragma once

// Commitment fixtures for the checker tests, read from tests/data/check/*.json.
#include "TestPaths.h"
#include "model/Commitment.h"
#include "model/Plan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace nap::test {

inline QDateTime fixtureTime()
{
    return QDateTime(QDate(2025, 1, 6), QTime(9, 0), Qt::UTC);
}

inline LocalizedText fixtureText(const QString &zh, const QString &en)
{
    LocalizedText t;
    t.setText(Language::Chinese, zh, fixtureTime());
    t.setText(Language::English, en, fixtureTime());
    return t;
}

// Reads a fixture commitment; values are claimed when listed in "claimed", else when explained.
inline Commitment loadFixture(const QString &name)
{
    QFile f(TestPaths::data(QStringLiteral("check/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    Commitment c;
    c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.code = o.value(QStringLiteral("code")).toString();
    c.leadAgency = o.value(QStringLiteral("leadAgency")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("coAgencies")).toArray())
        c.coAgencies.append(v.toString());
    c.start = YearMonth::fromIso(o.value(QStringLiteral("start")).toString());
    c.end = YearMonth::fromIso(o.value(QStringLiteral("end")).toString());
    c.contactPhone = o.value(QStringLiteral("contactPhone")).toString();
    c.contactEmail = o.value(QStringLiteral("contactEmail")).toString();
    const QJsonObject texts = o.value(QStringLiteral("texts")).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        Field field;
        if (!Fields::fromCode(it.key(), &field))
            qFatal("unknown field %s", qPrintable(it.key()));
        const QJsonObject t = it.value().toObject();
        c.text(field) =
            fixtureText(t.value(QStringLiteral("zh")).toString(), t.value(QStringLiteral("en")).toString());
    }
    const QJsonArray claimed = o.value(QStringLiteral("claimed")).toArray();
    for (CoreValue v : CoreValues::all()) {
        c.setClaimed(v, claimed.isEmpty() ? !c.text(Commitment::explanationField(v)).isEmpty()
                                          : claimed.contains(CoreValues::code(v)));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("milestones")).toArray()) {
        const QJsonObject m = v.toObject();
        Milestone ms;
        ms.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ms.description =
            fixtureText(m.value(QStringLiteral("zh")).toString(), m.value(QStringLiteral("en")).toString());
        ms.expectedOutput = fixtureText(m.value(QStringLiteral("outputZh")).toString(),
                                        m.value(QStringLiteral("outputEn")).toString());
        ms.start = YearMonth::fromIso(m.value(QStringLiteral("start")).toString());
        ms.end = YearMonth::fromIso(m.value(QStringLiteral("end")).toString());
        ms.responsibleAgency = m.value(QStringLiteral("agency")).toString();
        ms.isNew = m.value(QStringLiteral("isNew")).toBool(true);
        c.milestones.append(ms);
    }
    return c;
}

inline Plan fixturePlan()
{
    Plan p;
    p.uuid = QStringLiteral("plan");
    p.start = YearMonth(2025, 1);
    p.end = YearMonth(2028, 12);
    return p;
}

} // namespace nap::test
