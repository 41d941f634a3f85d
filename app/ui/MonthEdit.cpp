#include "MonthEdit.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>

namespace nap::ui {
namespace {

const QDate kUnset(1999, 12, 1);

// Leaves Ctrl+Z to the document's undo stack.
class MonthDateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                event->ignore();
                return true;
            }
        }
        return QDateEdit::event(event);
    }
};

} // namespace

MonthEdit::MonthEdit(QWidget *parent)
    : QWidget(parent), m_edit(new MonthDateEdit(this)), m_roc(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_roc);
    layout->addStretch(1);
    m_edit->setDisplayFormat(QStringLiteral("yyyy/MM"));
    m_edit->setDateRange(kUnset, QDate(2099, 12, 1));
    m_edit->setDate(kUnset);
    m_edit->setCurrentSection(QDateTimeEdit::YearSection);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000/00")) * 2);
    m_roc->setForegroundRole(QPalette::PlaceholderText);
    setFocusProxy(m_edit);
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        updateRoc();
        if (!m_loading)
            emit monthEdited(month());
    });
    retranslate();
}

YearMonth MonthEdit::month() const
{
    const QDate d = m_edit->date();
    if (d <= kUnset)
        return {};
    return YearMonth(d.year(), d.month());
}

void MonthEdit::setMonth(const YearMonth &month)
{
    const QDate date = month.isValid() ? QDate(month.year(), month.month(), 1) : kUnset;
    if (date == m_edit->date())
        return;
    m_loading = true;
    m_edit->setDate(date);
    m_loading = false;
    updateRoc();
}

void MonthEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void MonthEdit::setFieldName(const QString &name)
{
    m_fieldName = name;
    m_edit->setAccessibleName(name);
}

void MonthEdit::setProblem(const QString &message)
{
    if (message == m_problem)
        return;
    m_problem = message;
    m_edit->setStyleSheet(message.isEmpty() ? QString()
                                            : QStringLiteral("QDateEdit { border: 2px solid #c62828; }"));
    m_edit->setToolTip(message);
    m_edit->setAccessibleDescription(message);
}

void MonthEdit::updateRoc()
{
    const YearMonth m = month();
    m_roc->setText(m.isValid() && m.year() > 1911 ? tr("ROC year %1").arg(m.year() - 1911) : QString());
}

void MonthEdit::retranslate()
{
    m_edit->setSpecialValueText(tr("not set"));
    updateRoc();
}

void MonthEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nap::ui
