#pragma once

// Workspace content for the store's suites: fixed edit times, and a commitment with every
// field of every type filled in both languages.
#include "model/Commitment.h"

#include <QDateTime>
#include <QUuid>

namespace nap::test {

inline QDateTime at(int seconds)
{
    return QDateTime(QDate(2025, 3, 20), QTime(8, 0), Qt::UTC).addSecs(seconds);
}

inline LocalizedText text(const QString &zh, const QString &en, int t)
{
    LocalizedText l;
    l.setText(Language::Chinese, zh, at(t));
    l.setText(Language::English, en, at(t + 1));
    l.reviewed = at(t + 2);
    return l;
}

inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline Commitment fullCommitment(const QString &areaUuid)
{
    Commitment c;
    c.uuid = uuid();
    c.areaUuid = areaUuid;
    c.code = QStringLiteral("2-4");
    c.sortOrder = 4;
    c.leadAgency = QStringLiteral("moi");
    c.coAgencies = {QStringLiteral("cy"), QStringLiteral("臺北市政府")};
    c.start = YearMonth(2025, 3);
    c.end = YearMonth(2028, 12);
    c.setClaimed(CoreValue::Transparency, true);
    c.setClaimed(CoreValue::Inclusion, true);
    c.policyTags = {QStringLiteral("open_data"), QStringLiteral("justice")};
    c.contactPhone = QStringLiteral("02-2316-5300#123");
    c.contactEmail = QStringLiteral("officer@example.gov.tw");
    c.status = CommitmentStatus::Ready;
    c.created = at(0);
    c.modified = at(100);
    int t = 10;
    for (Field f : Fields::textFields()) {
        c.text(f) = text(QStringLiteral("中文：%1\n第二行\t tab").arg(Fields::code(f)),
                         QStringLiteral("English: %1").arg(Fields::code(f)), t);
        t += 5;
    }
    for (int i = 0; i < 3; ++i) {
        Milestone m;
        m.uuid = uuid();
        m.description =
            text(QStringLiteral("完成第%1項").arg(i), QStringLiteral("Complete item %1").arg(i), i);
        m.expectedOutput = text(QStringLiteral("產出%1").arg(i), QStringLiteral("Output %1").arg(i), i);
        m.stakeholders = text(QStringLiteral("公民團體"), QStringLiteral("CSOs"), i);
        m.progressNote = text(QStringLiteral("進度"), QStringLiteral("Progress"), i);
        m.start = YearMonth(2025, 1 + i);
        m.end = YearMonth(2026, 2 + i);
        m.responsibleAgency = i == 1 ? QStringLiteral("新北市政府") : QStringLiteral("moj");
        m.isNew = i != 2;
        m.completion = static_cast<Completion>(i + 2);
        c.milestones.append(m);
    }
    return c;
}

} // namespace nap::test
