#include "AgencyCompleter.h"

#include "LanguageManager.h"
#include "text/Catalog.h"

#include <QStandardItemModel>

namespace nap::ui {
namespace {
constexpr int kSearchRole = Qt::UserRole + 1;
}

AgencyCompleter::AgencyCompleter(QObject *parent) : QCompleter(parent), m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setFilterMode(Qt::MatchContains);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setCompletionRole(kSearchRole); // matched on every name; the list shows the official one
    setMaxVisibleItems(12);
    fill();
}

void AgencyCompleter::fill()
{
    m_model->clear();
    const Language language = LanguageManager::displayLanguage();
    for (const CatalogEntry &e : Catalog::agencies().entries()) {
        const QString name = e.name(language);
        const QString other = e.name(language == Language::Chinese ? Language::English : Language::Chinese);
        // The list shows the official name (the combo box finds its row by it); short and
        // other-language names only make it found.
        auto *item = new QStandardItem(name);
        item->setData(QStringList{name, other, e.shortNames.join(QLatin1Char(' '))}.join(QLatin1Char(' ')),
                      kSearchRole);
        item->setToolTip(e.shortNames.isEmpty()
                             ? other
                             : other + QStringLiteral(" · ") + e.shortNames.join(QStringLiteral("、")));
        m_model->appendRow(item);
    }
}

QString AgencyCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace nap::ui
