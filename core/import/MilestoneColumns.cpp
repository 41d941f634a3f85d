#include "MilestoneColumns.h"

#include "check/PastedDates.h"
#include "check/TextAnalysis.h"
#include "import/AgencyNames.h"

#include <QRegularExpression>
#include <QUuid>

namespace nap {

namespace {

// A cell's lines to the Chinese and English versions by their script.
LocalizedText byScript(const QString &cell)
{
    LocalizedText t;
    for (const QString &raw : cell.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QString &target = TextAnalysis::hasCjk(line) ? t.zh : t.en;
        target += (target.isEmpty() ? QString() : QStringLiteral("\n")) + line;
    }
    return t;
}

} // namespace

MilestoneColumns::MilestoneColumns(const QStringList &header)
{
    for (const QString &cell : header)
        m_roles.append(role(cell));
}

MilestoneColumns::Role MilestoneColumns::role(const QString &header)
{
    // Most specific first: "起迄時間" holds both dates, "Expected completion date" only the end.
    static const QList<QPair<QRegularExpression, Role>> roles = [] {
        const QList<QPair<const char *, Role>> patterns{
            {"起迄|起訖|期程|期間|時程|period|timeline|duration|(?:start|開始).*(?:end|結束)", Role::Range},
            {"開始|起始|start", Role::Start},
            {"結束|完成|截止|end|completion|due", Role::End},
            {"里程碑|衡量指標|工作項目|措施|milestone|activit|measure", Role::Description},
            {"產出|成果|output|deliverable", Role::Output},
            {"日期|時間|date|when", Role::Range},
            {"主辦|協辦|負責|機關|單位|responsible|agency|lead|implement", Role::Agency},
            {"利害關係人|stakeholder", Role::Stakeholders}};
        QList<QPair<QRegularExpression, Role>> out;
        for (const auto &[pattern, role] : patterns)
            out.append(
                {QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption),
                 role});
        return out;
    }();
    const QString h = header.simplified();
    for (const auto &[re, role] : roles) {
        if (!h.isEmpty() && re.match(h).hasMatch())
            return role;
    }
    return Role::Other;
}

bool MilestoneColumns::isValid() const
{
    const bool dates =
        m_roles.contains(Role::Start) || m_roles.contains(Role::End) || m_roles.contains(Role::Range);
    return m_roles.contains(Role::Description) && dates;
}

bool MilestoneColumns::isHeader(const QStringList &cells)
{
    int named = 0;
    for (const QString &cell : cells) {
        if (cell.trimmed().isEmpty())
            continue;
        // A header cell is short; a milestone's own text would be longer.
        if (cell.simplified().size() > 40 || role(cell) == Role::Other)
            return false;
        ++named;
    }
    return named >= 2 && MilestoneColumns(cells).isValid();
}

Milestone MilestoneColumns::milestone(const QStringList &cells, bool *datesFound) const
{
    Milestone m;
    m.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    *datesFound = false;
    for (int i = 0; i < qMin(int(cells.size()), int(m_roles.size())); ++i) {
        const QString &cell = cells.at(i);
        const QList<PastedDates::Mention> months = PastedDates::find(cell);
        switch (m_roles.at(i)) {
        case Role::Description:
            m.description = byScript(cell);
            break;
        case Role::Output:
            m.expectedOutput = byScript(cell);
            break;
        case Role::Start:
            if (!months.isEmpty())
                m.start = months.constFirst().month;
            break;
        case Role::End:
            if (!months.isEmpty())
                m.end = months.constLast().month;
            break;
        case Role::Range: {
            const PastedDates::Range r = PastedDates::range(cell);
            if (r.start.isValid())
                m.start = r.start;
            if (r.end.isValid())
                m.end = r.end;
            break;
        }
        case Role::Agency:
            m.responsibleAgency = AgencyNames::parse(cell).lead;
            break;
        case Role::Stakeholders:
            m.stakeholders = byScript(cell);
            break;
        case Role::Other:
            break;
        }
    }
    *datesFound = m.start.isValid() || m.end.isValid();
    return m;
}

} // namespace nap
