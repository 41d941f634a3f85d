#pragma once

// Commitment fixtures for the checker tests, read from tests/data/check/*.json.
#include "TestPaths.h"
#include "check/Checker.h"
#include "model/Commitment.h"
#include "model/Plan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

Q_DECLARE_METATYPE(nap::Commitment)

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

inline QJsonDocument readFixture(const QString &name)
{
    QFile f(TestPaths::data(QStringLiteral("check/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll());
}

// A commitment from its JSON form; values are claimed when listed in "claimed", else when
// explained.
inline Commitment commitmentFromJson(const QJsonObject &o)
{
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

inline Commitment loadFixture(const QString &name)
{
    return commitmentFromJson(readFixture(name).object());
}

inline Plan fixturePlan()
{
    Plan p;
    p.uuid = QStringLiteral("plan");
    p.start = YearMonth(2025, 1);
    p.end = YearMonth(2028, 12);
    return p;
}

// ---- Data-driven rule tests: one row = one commitment that must or must not trigger a rule.

inline const Commitment &strong()
{
    static const Commitment c = loadFixture(QStringLiteral("strong.json"));
    return c;
}

inline bool isChinese(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x3400 && ch.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

// The strong commitment with one text replaced in the language it is written in.
inline Commitment withText(Field field, const QString &text, Commitment c = strong())
{
    LocalizedText &t = c.text(field);
    (isChinese(text) ? t.zh : t.en) = text;
    return c;
}

// The strong commitment with milestone i described by text (and its output in that language).
inline Commitment withMilestone(int i, const QString &text, const QString &output = QString(),
                                Commitment c = strong())
{
    Milestone &m = c.milestones[i];
    const bool zh = isChinese(text);
    (zh ? m.description.zh : m.description.en) = text;
    (zh ? m.expectedOutput.zh : m.expectedOutput.en) = output;
    return c;
}

inline void columns()
{
    QTest::addColumn<Commitment>("commitment");
    QTest::addColumn<bool>("triggers");
    QTest::addColumn<QString>("language"); // "zh", "en" or "" when not text-specific
}

inline void row(const char *name, const Commitment &c, bool triggers, const char *language = "")
{
    QTest::newRow(name) << c << triggers << QString::fromLatin1(language);
}

inline void runRule(const QString &ruleId, CheckOptions options = {})
{
    QFETCH(Commitment, commitment);
    QFETCH(bool, triggers);
    QFETCH(QString, language);
    const Plan plan = fixturePlan();
    const QList<Finding> findings = Checker(options).findings(commitment, &plan);
    QList<Finding> hits;
    for (const Finding &f : findings) {
        if (f.ruleId == ruleId)
            hits.append(f);
    }
    QStringList messages;
    for (const Finding &f : std::as_const(hits))
        messages.append(f.message(Language::English));
    QVERIFY2(hits.isEmpty() != triggers, qPrintable(messages.join(QLatin1String(" | "))));
    if (!triggers || language.isEmpty())
        return;
    const bool zh = language == QLatin1String("zh");
    const bool marked = std::any_of(hits.cbegin(), hits.cend(),
                                    [&](const Finding &f) { return zh ? f.inChinese : f.inEnglish; });
    QVERIFY2(marked, "the finding does not name the language that triggered it");
}

inline QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace nap::test
