#pragma once

#include "model/Milestone.h"

#include <QList>
#include <QStringList>

namespace nap {

// The columns of a milestone table in a hand-filled form, told by its header row in either
// language ("關鍵里程碑 | 起迄時間 | 主辦機關", "Milestone | Expected output | Start | End |
// Responsible agency"), and each later row read by them.
class MilestoneColumns
{
public:
    enum class Role
    {
        Other,
        Description,
        Output,
        Start,
        End,
        Range, // one cell with both dates ("2021/01～2021/12")
        Agency,
        Stakeholders
    };

    MilestoneColumns() = default;
    explicit MilestoneColumns(const QStringList &header);

    // A header names a description column and at least one date column.
    bool isValid() const;
    static bool isHeader(const QStringList &cells);
    static Role role(const QString &header);

    // The row's milestone; `datesFound` false when its date cells name no month.
    Milestone milestone(const QStringList &cells, bool *datesFound) const;

private:
    QList<Role> m_roles;
};

} // namespace nap
