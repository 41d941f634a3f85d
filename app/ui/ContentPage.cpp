#include "ContentPage.h"

#include "ui_ContentPage.h"

namespace nap::ui {

ContentPage::ContentPage(QWidget *parent) : EditorPage(parent), m_ui(std::make_unique<Ui::ContentPage>())
{
    m_ui->setupUi(this);
    bindText(m_ui->contentEdit, Field::Content);
    bindText(m_ui->resultsEdit, Field::ExpectedResults);
    bindText(m_ui->contributionEdit, Field::Contribution);
}

ContentPage::~ContentPage() = default;

QString ContentPage::title() const
{
    return tr("Commitment");
}

void ContentPage::load(const Commitment &) {}

void ContentPage::retranslateUi()
{
    m_ui->retranslateUi(this);
}

} // namespace nap::ui
