#pragma once

#include "model/YearMonth.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace nap::ui {

// One month field for the whole app (commitment and plan periods, milestone cells). The
// officer types the month in either calendar ("2021/01", "2021-1", "110/01", "110年1月",
// "民國110年1月") or picks it from a calendar; it is shown in the interface's calendar (ROC
// in Chinese, Gregorian in English) with the other one beside it. Up/Down step a month.
// Text that is not a month is marked and explained, never stored. A validation problem
// from outside (a month outside the period) is shown the same way without changing the value.
class MonthEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString fieldName READ fieldName WRITE setFieldName)

public:
    explicit MonthEdit(QWidget *parent = nullptr);
    ~MonthEdit() override;

    YearMonth month() const { return m_month; }
    void setMonth(const YearMonth &month); // does not emit monthEdited
    void setReadOnly(bool readOnly);
    // An empty message clears the problem.
    void setProblem(const QString &message);
    QString problem() const { return m_problem; }
    QString fieldName() const { return m_fieldName; }
    void setFieldName(const QString &name);
    // Hides the other calendar's label (narrow table cells).
    void setCompact(bool compact);
    QLineEdit *lineEdit() const { return m_edit; }
    // Reads what is typed now; true when it is a month (or empty). Emits monthEdited on a change.
    bool commitText();
    // Why the typed text is not a month; empty when it is one.
    QString inputProblem() const { return m_inputProblem; }

    QSize sizeHint() const override;

signals:
    void monthEdited(const nap::YearMonth &month);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMonth();
    void step(int months);
    void pick();
    void updateProblem();
    void retranslate();

    QLineEdit *m_edit;
    QToolButton *m_pick;
    QLabel *m_other;
    YearMonth m_month;
    QString m_problem;
    QString m_inputProblem;
    QString m_fieldName;
    bool m_compact = false;
};

} // namespace nap::ui
