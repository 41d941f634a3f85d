#pragma once

#include "model/Commitment.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace nap {

// Each field of a commitment as a pair of strings, so an import can compare, show and record
// any field the same way: texts as themselves, plain fields as their stored code in zh (en
// empty), the milestones as one JSON array holding both languages. Edit times are not part
// of a value: they say when, not what.
class FieldValues
{
public:
    struct Value
    {
        QString zh;
        QString en;
        friend bool operator==(const Value &a, const Value &b) { return a.zh == b.zh && a.en == b.en; }
        friend bool operator!=(const Value &a, const Value &b) { return !(a == b); }
    };

    // Every field an import compares, in form order (the area by its number).
    static QList<Field> compared();
    static Value get(const Commitment &c, Field field, int areaNumber);
    // Sets every field but the area (which the caller maps to a workspace area); texts that
    // change are stamped with `when`, as an edit would.
    static void set(Commitment *c, Field field, const Value &value, const QDateTime &when);
    // Values as one JSON object, {"code": ["zh", "en"], ...} in field order (what an import
    // baseline stores; QJsonDocument reads it back).
    static QString toJson(const QHash<Field, Value> &values);

private:
    static QString milestonesJson(const QList<Milestone> &milestones);
    static void setMilestones(Commitment *c, const QString &json, const QDateTime &when);
};

} // namespace nap
