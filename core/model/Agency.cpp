#include "Agency.h"

#include "text/Catalog.h"

namespace nap {

bool Agency::isCatalogued() const
{
    return Catalog::agencies().find(m_value) != nullptr;
}

QString Agency::name(Language language) const
{
    return Catalog::agencies().displayName(m_value, language);
}

QString Agency::group() const
{
    const CatalogEntry *entry = Catalog::agencies().find(m_value);
    return entry ? entry->group : QString();
}

} // namespace nap
