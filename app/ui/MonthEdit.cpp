#include "MonthEdit.h"

#include "DisplayNames.h"
#include "LanguageManager.h"
#include "text/MonthText.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QToolButton>
#include <QWidgetAction>

namespace nap::ui {

MonthEdit::MonthEdit(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_pick(new QToolButton(this)), m_other(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_pick);
    layout->addSpacing(4);
    layout->addWidget(m_other);
    layout->addStretch(1);
    // Wide enough for the longest form in either calendar, never clipped.
    const QFontMetrics fm = m_edit->fontMetrics();
    m_edit->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("民國 000年00月 ")) + 16);
    m_edit->setClearButtonEnabled(false);
    m_edit->installEventFilter(this);
    m_pick->setText(QStringLiteral("▾"));
    m_pick->setAutoRaise(true);
    m_pick->setFocusPolicy(Qt::NoFocus); // Alt+Down opens it from the keyboard
    m_other->setForegroundRole(QPalette::PlaceholderText);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, &MonthEdit::commitText);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        if (!m_inputProblem.isEmpty()) { // re-judged when the officer leaves the field
            m_inputProblem.clear();
            updateProblem();
        }
    });
    connect(m_pick, &QToolButton::clicked, this, &MonthEdit::pick);
    retranslate();
    showMonth();
}

MonthEdit::~MonthEdit()
{
    // The line edit outlives this part of the object (QWidget deletes children later) and
    // may still lose focus then: nothing of it may reach commitText() or eventFilter().
    m_edit->removeEventFilter(this);
    m_edit->disconnect(this);
}

QSize MonthEdit::sizeHint() const
{
    QSize s = QWidget::sizeHint();
    s.setWidth(qMax(s.width(), m_edit->minimumWidth() + m_pick->sizeHint().width() + 4));
    return s;
}

void MonthEdit::setMonth(const YearMonth &month)
{
    m_month = month;
    m_inputProblem.clear();
    showMonth();
    updateProblem();
}

bool MonthEdit::commitText()
{
    YearMonth typed;
    if (!MonthText::parse(m_edit->text(), &typed)) {
        m_inputProblem = tr("“%1” is not a month. Type it as 2021/01, 2021-1, 110/01 or 110年1月, or "
                            "pick it with the button beside the field.")
                             .arg(m_edit->text().trimmed());
        updateProblem();
        return false;
    }
    m_inputProblem.clear();
    const bool changed = typed != m_month;
    m_month = typed;
    showMonth();
    updateProblem();
    if (changed)
        emit monthEdited(m_month);
    return true;
}

void MonthEdit::step(int months)
{
    if (m_edit->isReadOnly() || !commitText())
        return;
    const YearMonth base =
        m_month.isValid() ? m_month : YearMonth(QDate::currentDate().year(), QDate::currentDate().month());
    m_month = m_month.isValid() ? base.addMonths(months) : base;
    showMonth();
    emit monthEdited(m_month);
}

void MonthEdit::pick()
{
    if (m_edit->isReadOnly() || !commitText())
        return;
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setGridVisible(false);
    calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    const YearMonth shown =
        m_month.isValid() ? m_month : YearMonth(QDate::currentDate().year(), QDate::currentDate().month());
    calendar->setSelectedDate(QDate(shown.year(), shown.month(), 1));
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    YearMonth chosen;
    connect(calendar, &QCalendarWidget::clicked, &menu, [&](const QDate &date) {
        chosen = YearMonth(date.year(), date.month());
        menu.close();
    });
    connect(calendar, &QCalendarWidget::activated, &menu, [&](const QDate &date) {
        chosen = YearMonth(date.year(), date.month());
        menu.close();
    });
    calendar->setFocus();
    menu.exec(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    if (!chosen.isValid() || chosen == m_month)
        return;
    m_month = chosen;
    showMonth();
    updateProblem();
    emit monthEdited(m_month);
}

bool MonthEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        // Ctrl+Z belongs to the document's undo stack, not to the line edit.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    } else if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) {
            pick();
            return true;
        }
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            step(key->key() == Qt::Key_Up ? 1 : -1);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_inputProblem.isEmpty()) {
            setMonth(m_month); // back to the stored month
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MonthEdit::showMonth()
{
    const bool chinese = LanguageManager::displayLanguage() == Language::Chinese;
    if (!m_month.isValid()) {
        m_edit->clear();
        m_other->clear();
        return;
    }
    const QString gregorian =
        QStringLiteral("%1/%2").arg(m_month.year()).arg(m_month.month(), 2, 10, QLatin1Char('0'));
    const QString roc = m_month.year() > 1911 ? DisplayNames::shortMonth(m_month) : QString();
    // The interface's calendar in the field, the other one beside it.
    const bool rocFirst = chinese && !roc.isEmpty();
    m_edit->setText(rocFirst ? roc : gregorian);
    m_other->setText(m_compact  ? QString()
                     : rocFirst ? gregorian
                                : (roc.isEmpty() ? QString() : tr("ROC year %1").arg(m_month.year() - 1911)));
}

void MonthEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_pick->setEnabled(!readOnly);
}

void MonthEdit::setCompact(bool compact)
{
    m_compact = compact;
    m_other->setVisible(!compact);
    showMonth();
}

void MonthEdit::setFieldName(const QString &name)
{
    m_fieldName = name;
    m_edit->setAccessibleName(name);
    m_pick->setAccessibleName(tr("Pick %1").arg(name));
}

void MonthEdit::setProblem(const QString &message)
{
    if (message == m_problem)
        return;
    m_problem = message;
    updateProblem();
}

void MonthEdit::updateProblem()
{
    const QString shown = m_inputProblem.isEmpty() ? m_problem : m_inputProblem;
    // A tinted field rather than a per-widget style sheet: the style sheet's bookkeeping
    // outlived the field when a table's cell editor was torn down with the window.
    QPalette palette = m_edit->parentWidget() ? m_edit->parentWidget()->palette() : QPalette();
    if (!shown.isEmpty()) {
        palette.setColor(QPalette::Base, QColor(0xfd, 0xec, 0xea));
        palette.setColor(QPalette::Text, QColor(0xb7, 0x1c, 0x1c));
    }
    m_edit->setPalette(palette);
    m_edit->setToolTip(shown.isEmpty() ? m_edit->placeholderText() : shown);
    m_edit->setAccessibleDescription(shown);
}

void MonthEdit::retranslate()
{
    m_edit->setPlaceholderText(tr("e.g. 2021/01 or 110/01"));
    m_pick->setToolTip(tr("Pick a month (Alt+Down)"));
    showMonth();
    updateProblem();
}

void MonthEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nap::ui
