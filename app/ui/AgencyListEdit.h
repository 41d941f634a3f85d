#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace nap::ui {

class AgencyComboBox;

// An ordered list of agencies (co-implementing agencies): pick or type one and add it,
// remove it, move it up or down (also Alt+Up / Alt+Down in the list).
class AgencyListEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString fieldName READ fieldName WRITE setFieldName)

public:
    explicit AgencyListEdit(QWidget *parent = nullptr);

    QStringList agencies() const { return m_agencies; }
    void setAgencies(const QStringList &agencies); // does not emit agenciesEdited
    void setReadOnly(bool readOnly);
    QString fieldName() const { return m_fieldName; }
    void setFieldName(const QString &name);
    QListWidget *list() const { return m_list; }
    AgencyComboBox *picker() const { return m_picker; }

signals:
    void agenciesEdited(const QStringList &agencies);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addCurrent();
    void removeSelected();
    void moveSelected(int delta);
    void refresh();
    void updateButtons();
    void retranslate();
    void change(const QStringList &agencies, int selectRow);

    QListWidget *m_list;
    AgencyComboBox *m_picker;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QStringList m_agencies;
    QString m_fieldName;
    bool m_readOnly = false;
};

} // namespace nap::ui
