#include "ProblemPage.h"

#include "ui_ProblemPage.h"

namespace nap::ui {

ProblemPage::ProblemPage(QWidget *parent) : EditorPage(parent), m_ui(std::make_unique<Ui::ProblemPage>())
{
    m_ui->setupUi(this);
    bindText(m_ui->problemEdit, Field::Problem);
    bindText(m_ui->causesEdit, Field::Causes);
    bindText(m_ui->priorEdit, Field::PriorEfforts);
}

ProblemPage::~ProblemPage() = default;

QString ProblemPage::title() const
{
    return tr("Problem");
}

void ProblemPage::load(const Commitment &) {}

void ProblemPage::retranslateUi()
{
    m_ui->retranslateUi(this);
}

} // namespace nap::ui
