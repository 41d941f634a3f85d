#pragma once

#include "LocalizedText.h"

#include <QString>

namespace nap {

// An implementing agency as a commitment stores it: the code of a central agency from the
// reference list (official Chinese and English names), or a name typed in full for a local
// government or any other body. The workspace keeps the value; names are looked up.
class Agency
{
public:
    Agency() = default;
    explicit Agency(const QString &value) : m_value(value.trimmed()) {}

    QString value() const { return m_value; } // what the workspace stores
    bool isEmpty() const { return m_value.isEmpty(); }
    bool isCatalogued() const; // a code of the reference list
    // The official name in that language; a free name as typed.
    QString name(Language language) const;
    // Executive Yuan ministries, councils, other branches… (empty for free names).
    QString group() const;

    bool operator==(const Agency &other) const { return m_value == other.m_value; }

private:
    QString m_value;
};

} // namespace nap
