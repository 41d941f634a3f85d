#include "OtherPage.h"

#include "DisplayNames.h"
#include "LanguageManager.h"
#include "text/Catalog.h"
#include "ui_OtherPage.h"

namespace nap::ui {

OtherPage::OtherPage(QWidget *parent) : EditorPage(parent), m_ui(std::make_unique<Ui::OtherPage>())
{
    m_ui->setupUi(this);
    bindText(m_ui->additionalEdit, Field::AdditionalInfo);
    bindText(m_ui->budgetEdit, Field::Budget);
    bindText(m_ui->programmesEdit, Field::RelatedProgrammes);
    bindText(m_ui->sdgsEdit, Field::Sdgs);
    bindText(m_ui->governmentEdit, Field::ActorsGovernment);
    bindText(m_ui->civilEdit, Field::ActorsCivil);
    fillTags();
    connect(m_ui->tagsEdit, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString code = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        edit(QString(), tr("Edit %1").arg(DisplayNames::field(Field::PolicyTags)), [&](Commitment &c) {
            if (on && !c.policyTags.contains(code)) {
                // Keep the catalogue's order so exports list tags consistently.
                QStringList ordered;
                for (const CatalogEntry &e : Catalog::policyAreas().entries()) {
                    if (e.code == code || c.policyTags.contains(e.code))
                        ordered.append(e.code);
                }
                for (const QString &tag : std::as_const(c.policyTags)) {
                    if (!ordered.contains(tag))
                        ordered.append(tag);
                }
                c.policyTags = ordered;
            } else if (!on) {
                c.policyTags.removeAll(code);
            }
        });
    });
}

OtherPage::~OtherPage() = default;

QString OtherPage::title() const
{
    return tr("Other information");
}

void OtherPage::fillTags()
{
    const QSignalBlocker blocker(m_ui->tagsEdit);
    m_ui->tagsEdit->clear();
    const nap::Language language = LanguageManager::displayLanguage();
    for (const CatalogEntry &e : Catalog::policyAreas().entries()) {
        auto *item = new QListWidgetItem(e.name(language), m_ui->tagsEdit);
        item->setData(Qt::UserRole, e.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void OtherPage::load(const Commitment &c)
{
    const QSignalBlocker blocker(m_ui->tagsEdit);
    for (int i = 0; i < m_ui->tagsEdit->count(); ++i) {
        QListWidgetItem *item = m_ui->tagsEdit->item(i);
        const bool on = c.policyTags.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

QList<QWidget *> OtherPage::fieldWidgets(Field field) const
{
    if (field == Field::PolicyTags)
        return {m_ui->tagsEdit};
    return EditorPage::fieldWidgets(field);
}

bool OtherPage::focusField(Field field)
{
    if (field == Field::PolicyTags) {
        m_ui->tagsEdit->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return EditorPage::focusField(field);
}

void OtherPage::setReadOnly(bool readOnly)
{
    EditorPage::setReadOnly(readOnly);
    const QSignalBlocker blocker(m_ui->tagsEdit);
    for (int i = 0; i < m_ui->tagsEdit->count(); ++i) {
        QListWidgetItem *item = m_ui->tagsEdit->item(i);
        item->setFlags(readOnly ? item->flags() & ~Qt::ItemIsUserCheckable
                                : item->flags() | Qt::ItemIsUserCheckable);
    }
}

void OtherPage::retranslateUi()
{
    m_ui->retranslateUi(this);
}

void OtherPage::retranslateDynamicTexts()
{
    fillTags();
    setReadOnly(isReadOnly());
}

} // namespace nap::ui
