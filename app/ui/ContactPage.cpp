#include "ContactPage.h"

#include "DisplayNames.h"
#include "ui_ContactPage.h"

namespace nap::ui {

ContactPage::ContactPage(QWidget *parent) : EditorPage(parent), m_ui(std::make_unique<Ui::ContactPage>())
{
    m_ui->setupUi(this);
    bindText(m_ui->nameEdit, Field::ContactName);
    bindText(m_ui->titleEdit, Field::ContactTitle);
    bindText(m_ui->fillerEdit, Field::FormFiller);
    m_ui->phoneEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_ui->emailEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    connect(m_ui->phoneEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("phone"), tr("Edit %1").arg(DisplayNames::field(Field::ContactPhone)),
             [&](Commitment &c) { c.contactPhone = text; });
    });
    connect(m_ui->emailEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("email"), tr("Edit %1").arg(DisplayNames::field(Field::ContactEmail)),
             [&](Commitment &c) { c.contactEmail = text; });
    });
}

ContactPage::~ContactPage() = default;

QString ContactPage::title() const
{
    return tr("Contact");
}

void ContactPage::load(const Commitment &c)
{
    if (m_ui->phoneEdit->text() != c.contactPhone)
        m_ui->phoneEdit->setText(c.contactPhone);
    if (m_ui->emailEdit->text() != c.contactEmail)
        m_ui->emailEdit->setText(c.contactEmail);
}

QList<QWidget *> ContactPage::fieldWidgets(Field field) const
{
    if (field == Field::ContactPhone)
        return {m_ui->phoneEdit};
    if (field == Field::ContactEmail)
        return {m_ui->emailEdit};
    return EditorPage::fieldWidgets(field);
}

bool ContactPage::focusField(Field field)
{
    if (field == Field::ContactPhone)
        m_ui->phoneEdit->setFocus(Qt::OtherFocusReason);
    else if (field == Field::ContactEmail)
        m_ui->emailEdit->setFocus(Qt::OtherFocusReason);
    else
        return EditorPage::focusField(field);
    return true;
}

void ContactPage::setReadOnly(bool readOnly)
{
    EditorPage::setReadOnly(readOnly);
    m_ui->phoneEdit->setReadOnly(readOnly);
    m_ui->emailEdit->setReadOnly(readOnly);
}

void ContactPage::retranslateUi()
{
    m_ui->retranslateUi(this);
}

} // namespace nap::ui
