#include "AgencyComboBox.h"

#include "AgencyCompleter.h"
#include "LanguageManager.h"
#include "text/Catalog.h"

#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace nap::ui {

AgencyComboBox::AgencyComboBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    fill();
    m_completer = new AgencyCompleter(this);
    setCompleter(m_completer);
    connect(this, &QComboBox::activated, this, [this](int) { commitText(); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &AgencyComboBox::commitText);
}

void AgencyComboBox::fill()
{
    m_loading = true;
    const QString keep = m_value;
    clear();
    const nap::Language language = LanguageManager::displayLanguage();
    for (const CatalogEntry &e : Catalog::agencies().entries()) {
        addItem(e.name(language), e.code);
        // The other language's name is searchable through the tooltip role.
        setItemData(count() - 1, language == nap::Language::Chinese ? e.en : e.zh, Qt::ToolTipRole);
    }
    m_loading = false;
    setAgency(keep);
}

QString AgencyComboBox::agency() const
{
    return m_value;
}

void AgencyComboBox::setAgency(const QString &codeOrName)
{
    m_loading = true;
    m_value = codeOrName;
    const int index = codeOrName.isEmpty() ? -1 : findData(codeOrName);
    setCurrentIndex(index);
    if (index < 0)
        setEditText(codeOrName);
    m_loading = false;
}

QString AgencyComboBox::typedAgency() const
{
    const QString typed = currentText().trimmed();
    const int index = findText(typed, Qt::MatchFixedString);
    if (index >= 0)
        return itemData(index).toString();
    const QString code = Catalog::agencies().codeFor(typed);
    return code.isEmpty() ? typed : code;
}

void AgencyComboBox::commitText()
{
    if (m_loading)
        return;
    const QString value = typedAgency();
    if (value == m_value)
        return;
    setAgency(value);
    emit agencyEdited(value);
}

void AgencyComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fill();
        m_completer->fill();
    }
    QComboBox::changeEvent(event);
}

bool AgencyComboBox::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QComboBox::event(event);
}

} // namespace nap::ui
