#pragma once

#include "model/YearMonth.h"

#include <QWidget>

class QDateEdit;
class QLabel;

namespace nap::ui {

// Picks a month ("2025/03"), shows the ROC year beside it (民國114年), and can show a
// validation problem on itself without changing the value. The lowest month means "not set".
class MonthEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString fieldName READ fieldName WRITE setFieldName)

public:
    explicit MonthEdit(QWidget *parent = nullptr);

    YearMonth month() const;
    void setMonth(const YearMonth &month); // does not emit monthEdited
    void setReadOnly(bool readOnly);
    // An empty message clears the problem.
    void setProblem(const QString &message);
    QString problem() const { return m_problem; }
    QDateEdit *dateEdit() const { return m_edit; }
    QString fieldName() const { return m_fieldName; }
    void setFieldName(const QString &name);

signals:
    void monthEdited(const nap::YearMonth &month);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateRoc();
    void retranslate();

    QDateEdit *m_edit;
    QLabel *m_roc;
    QString m_problem;
    QString m_fieldName;
    bool m_loading = false;
};

} // namespace nap::ui
