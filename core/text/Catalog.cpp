#include "Catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nap {

Catalog::Catalog(const QString &resource, const QString &arrayKey)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("NAP Desk: reference data %s missing from the build", qPrintable(resource));
    const QJsonArray array = QJsonDocument::fromJson(f.readAll()).object().value(arrayKey).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        CatalogEntry e{o.value(QLatin1String("code")).toString(),
                       o.value(QLatin1String("zh")).toString(),
                       o.value(QLatin1String("en")).toString(),
                       o.value(QLatin1String("group")).toString(),
                       {}};
        for (const QJsonValue &name : o.value(QLatin1String("short")).toArray())
            e.shortNames.append(name.toString());
        m_byCode.insert(e.code, m_entries.size());
        m_entries.append(e);
    }
}

const Catalog &Catalog::agencies()
{
    static const Catalog catalog(QStringLiteral(":/core/data/agencies.json"), QStringLiteral("agencies"));
    return catalog;
}

const Catalog &Catalog::policyAreas()
{
    static const Catalog catalog(QStringLiteral(":/core/data/policy_areas.json"), QStringLiteral("areas"));
    return catalog;
}

const CatalogEntry *Catalog::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_entries.at(*it);
}

QString Catalog::displayName(const QString &value, Language language) const
{
    const CatalogEntry *e = find(value);
    return e ? e->name(language) : value;
}

QString Catalog::codeFor(const QString &nameOrCode) const
{
    const QString key = nameOrCode.trimmed();
    if (find(key))
        return key;
    for (const CatalogEntry &e : m_entries) {
        if (e.zh == key || e.en.compare(key, Qt::CaseInsensitive) == 0 || e.shortNames.contains(key))
            return e.code;
    }
    return {};
}

} // namespace nap
