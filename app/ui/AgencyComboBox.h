#pragma once

#include <QComboBox>

namespace nap::ui {

class AgencyCompleter;

// Picks an agency from the catalogue (shown in the interface language, matched anywhere
// in the name, Chinese or English), or takes a free name for a local government or other
// body. agency() is the catalogue code, or the free name as typed.
class AgencyComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit AgencyComboBox(QWidget *parent = nullptr);

    QString agency() const;
    void setAgency(const QString &codeOrName); // does not emit agencyEdited
    // The catalogue code for what is typed now, or the typed name itself.
    QString typedAgency() const;

signals:
    void agencyEdited(const QString &codeOrName);

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void fill();
    void commitText();

    AgencyCompleter *m_completer = nullptr;
    QString m_value;
    bool m_loading = false;
};

} // namespace nap::ui
