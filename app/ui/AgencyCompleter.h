#pragma once

#include <QCompleter>

class QStandardItemModel;

namespace nap::ui {

// Suggests catalogue agencies while an officer types: matches anywhere in the Chinese and
// English names and the common short names (國發會, 金管會), and lists and fills in the
// official name in the interface language, which the combo box then selects.
class AgencyCompleter : public QCompleter
{
    Q_OBJECT
public:
    explicit AgencyCompleter(QObject *parent = nullptr);
    void fill(); // after a language switch

    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QStandardItemModel *m_model;
};

} // namespace nap::ui
