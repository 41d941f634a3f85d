#pragma once

#include "model/LocalizedText.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace nap {

struct CatalogEntry
{
    QString code;
    QString zh;
    QString en;
    QString group;
    QStringList shortNames; // common abbreviations (國發會, 金管會): found, never printed
    const QString &name(Language language) const { return language == Language::Chinese ? zh : en; }
};

// Reference lists shipped as resources (agencies, policy areas). The workspace stores
// codes; a value that is not a known code is a free entry (a local government, an NGO)
// and is shown as typed.
class Catalog
{
public:
    static const Catalog &agencies();
    static const Catalog &policyAreas();

    const QList<CatalogEntry> &entries() const { return m_entries; }
    const CatalogEntry *find(const QString &code) const;
    QString displayName(const QString &value, Language language) const;
    // Known code for a Chinese or English name, a short name or a code, else the empty string.
    QString codeFor(const QString &nameOrCode) const;

private:
    explicit Catalog(const QString &resource, const QString &arrayKey);
    QList<CatalogEntry> m_entries;
    QHash<QString, qsizetype> m_byCode;
};

} // namespace nap
