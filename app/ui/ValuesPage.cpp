#include "ValuesPage.h"

#include "DisplayNames.h"
#include "LocalizedTextEdit.h"
#include "ui_ValuesPage.h"

namespace nap::ui {

ValuesPage::ValuesPage(QWidget *parent) : EditorPage(parent), m_ui(std::make_unique<Ui::ValuesPage>())
{
    m_ui->setupUi(this);
    bindText(m_ui->relevanceEdit, Field::Relevance);
    bindText(m_ui->transparencyEdit, Field::ValueTransparency);
    bindText(m_ui->participationEdit, Field::ValueParticipation);
    bindText(m_ui->accountabilityEdit, Field::ValueAccountability);
    bindText(m_ui->inclusionEdit, Field::ValueInclusion);
    // Explaining a value claims it: typing under an unticked value ticks it, in the same
    // undo step as the typing (same merge key as EditorPage::bindText).
    const std::pair<LocalizedTextEdit *, CoreValue> explained[] = {
        {m_ui->transparencyEdit, CoreValue::Transparency},
        {m_ui->participationEdit, CoreValue::Participation},
        {m_ui->accountabilityEdit, CoreValue::Accountability},
        {m_ui->inclusionEdit, CoreValue::Inclusion}};
    for (const auto &[widget, value] : explained) {
        connect(widget, &LocalizedTextEdit::textEdited, this,
                [this, value = value](nap::Language language, const QString &text) {
                    if (text.trimmed().isEmpty() || check(value)->isChecked())
                        return;
                    const Field field = Commitment::explanationField(value);
                    const QString key =
                        Fields::code(field) +
                        (language == nap::Language::Chinese ? QLatin1String("/zh") : QLatin1String("/en"));
                    edit(key, tr("Edit %1").arg(DisplayNames::field(field)),
                         [&](Commitment &c) { c.setClaimed(value, true); });
                });
    }
    for (CoreValue value : CoreValues::all()) {
        connect(check(value), &QCheckBox::toggled, this, [this, value](bool on) {
            const QString text = on ? tr("Claim %1").arg(DisplayNames::value(value))
                                    : tr("Withdraw claim %1").arg(DisplayNames::value(value));
            edit(QString(), text, [&](Commitment &c) { c.setClaimed(value, on); });
        });
    }
}

ValuesPage::~ValuesPage() = default;

QString ValuesPage::title() const
{
    return tr("Core values");
}

QCheckBox *ValuesPage::check(CoreValue value) const
{
    switch (value) {
    case CoreValue::Transparency:
        return m_ui->transparencyCheck;
    case CoreValue::Participation:
        return m_ui->participationCheck;
    case CoreValue::Accountability:
        return m_ui->accountabilityCheck;
    case CoreValue::Inclusion:
        return m_ui->inclusionCheck;
    }
    return m_ui->transparencyCheck;
}

void ValuesPage::load(const Commitment &c)
{
    for (CoreValue value : CoreValues::all())
        check(value)->setChecked(c.isClaimed(value));
}

QList<QWidget *> ValuesPage::fieldWidgets(Field field) const
{
    if (field == Field::ValueClaims) {
        QList<QWidget *> boxes;
        for (CoreValue value : CoreValues::all())
            boxes.append(check(value));
        return boxes;
    }
    return EditorPage::fieldWidgets(field);
}

bool ValuesPage::focusField(Field field)
{
    if (field == Field::ValueClaims) {
        m_ui->transparencyCheck->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return EditorPage::focusField(field);
}

void ValuesPage::setReadOnly(bool readOnly)
{
    EditorPage::setReadOnly(readOnly);
    for (CoreValue value : CoreValues::all())
        check(value)->setEnabled(!readOnly);
}

void ValuesPage::retranslateUi()
{
    m_ui->retranslateUi(this);
}

} // namespace nap::ui
