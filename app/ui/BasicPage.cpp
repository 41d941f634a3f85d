#include "BasicPage.h"

#include "DisplayNames.h"
#include "PeriodCheck.h"
#include "WorkspaceDocument.h"
#include "ui_BasicPage.h"

namespace nap::ui {

BasicPage::BasicPage(QWidget *parent) : EditorPage(parent), m_ui(std::make_unique<Ui::BasicPage>())
{
    m_ui->setupUi(this);
    bindText(m_ui->titleEdit, Field::Title);
    bindText(m_ui->briefEdit, Field::Brief);
    fillStatuses();
    connectEdits();
}

BasicPage::~BasicPage() = default;

QString BasicPage::title() const
{
    return tr("Basic data");
}

void BasicPage::connectEdits()
{
    connect(m_ui->codeEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("code"), tr("Edit %1").arg(DisplayNames::field(Field::Code)),
             [&](Commitment &c) { c.code = text; });
    });
    connect(m_ui->areaEdit, &QComboBox::activated, this, [this](int index) {
        const QString area = m_ui->areaEdit->itemData(index).toString();
        if (!isLoading() && !isReadOnly() && document() && current() && current()->areaUuid != area)
            document()->moveCommitment(commitmentUuid(), area);
    });
    connect(m_ui->statusEdit, &QComboBox::activated, this, [this](int index) {
        const auto status = static_cast<CommitmentStatus>(m_ui->statusEdit->itemData(index).toInt());
        edit(QString(), tr("Set status to %1").arg(DisplayNames::status(status)),
             [&](Commitment &c) { c.status = status; });
    });
    connect(m_ui->leadEdit, &AgencyComboBox::agencyEdited, this, [this](const QString &agency) {
        edit(QString(), tr("Edit %1").arg(DisplayNames::field(Field::LeadAgency)),
             [&](Commitment &c) { c.leadAgency = agency; });
    });
    connect(m_ui->coEdit, &AgencyListEdit::agenciesEdited, this, [this](const QStringList &agencies) {
        edit(QString(), tr("Edit %1").arg(DisplayNames::field(Field::CoAgencies)),
             [&](Commitment &c) { c.coAgencies = agencies; });
    });
    connect(m_ui->startEdit, &MonthEdit::monthEdited, this, [this](const YearMonth &month) {
        edit(QStringLiteral("start"), tr("Edit start month"), [&](Commitment &c) { c.start = month; });
    });
    connect(m_ui->endEdit, &MonthEdit::monthEdited, this, [this](const YearMonth &month) {
        edit(QStringLiteral("end"), tr("Edit end month"), [&](Commitment &c) { c.end = month; });
    });
}

void BasicPage::fillAreas()
{
    QComboBox *combo = m_ui->areaEdit;
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!document())
        return;
    for (const Area &a : document()->areas())
        combo->addItem(tr("%1. %2").arg(a.number).arg(DisplayNames::text(a.title)), a.uuid);
}

void BasicPage::fillStatuses()
{
    QComboBox *combo = m_ui->statusEdit;
    const QSignalBlocker blocker(combo);
    const int current = combo->currentIndex();
    combo->clear();
    for (CommitmentStatus s : {CommitmentStatus::Draft, CommitmentStatus::Ready, CommitmentStatus::Submitted})
        combo->addItem(DisplayNames::status(s), static_cast<int>(s));
    combo->setCurrentIndex(current);
}

void BasicPage::load(const Commitment &c)
{
    if (m_ui->codeEdit->text() != c.code)
        m_ui->codeEdit->setText(c.code);
    fillAreas();
    m_ui->areaEdit->setCurrentIndex(m_ui->areaEdit->findData(c.areaUuid));
    m_ui->statusEdit->setCurrentIndex(m_ui->statusEdit->findData(static_cast<int>(c.status)));
    if (m_ui->leadEdit->agency() != c.leadAgency)
        m_ui->leadEdit->setAgency(c.leadAgency);
    m_ui->coEdit->setAgencies(c.coAgencies);
    m_ui->startEdit->setMonth(c.start);
    m_ui->endEdit->setMonth(c.end);
    showPeriodProblems(c);
}

void BasicPage::showPeriodProblems(const Commitment &c)
{
    const Plan &plan = document()->plan();
    const QString start = PeriodCheck::startProblem(c.start, plan.start, plan.end, PeriodCheck::Scope::Plan);
    const QString end =
        PeriodCheck::endProblem(c.start, c.end, plan.start, plan.end, PeriodCheck::Scope::Plan);
    m_ui->startEdit->setProblem(start);
    m_ui->endEdit->setProblem(end);
    QStringList problems;
    for (const QString &p : {start, end}) {
        if (!p.isEmpty())
            problems.append(p);
    }
    m_ui->periodProblem->setText(problems.join(QLatin1Char(' ')));
    m_ui->periodProblem->setVisible(!problems.isEmpty());
}

QList<QWidget *> BasicPage::fieldWidgets(Field field) const
{
    switch (field) {
    case Field::Code:
        return {m_ui->codeEdit};
    case Field::Area:
        return {m_ui->areaEdit};
    case Field::Status:
        return {m_ui->statusEdit};
    case Field::LeadAgency:
        return {m_ui->leadEdit};
    case Field::CoAgencies:
        return {m_ui->coEdit};
    case Field::Period:
        return {m_ui->startEdit, m_ui->endEdit};
    default:
        return EditorPage::fieldWidgets(field);
    }
}

bool BasicPage::focusField(Field field)
{
    QWidget *target = nullptr;
    switch (field) {
    case Field::Code:
        target = m_ui->codeEdit;
        break;
    case Field::Area:
        target = m_ui->areaEdit;
        break;
    case Field::Status:
        target = m_ui->statusEdit;
        break;
    case Field::LeadAgency:
        target = m_ui->leadEdit;
        break;
    case Field::CoAgencies:
        target = m_ui->coEdit;
        break;
    case Field::Period:
        target = m_ui->startEdit;
        break;
    default:
        return EditorPage::focusField(field);
    }
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void BasicPage::setReadOnly(bool readOnly)
{
    EditorPage::setReadOnly(readOnly);
    m_ui->codeEdit->setReadOnly(readOnly);
    m_ui->areaEdit->setEnabled(!readOnly);
    m_ui->statusEdit->setEnabled(!readOnly);
    m_ui->leadEdit->setEnabled(!readOnly);
    m_ui->coEdit->setReadOnly(readOnly);
    m_ui->startEdit->setReadOnly(readOnly);
    m_ui->endEdit->setReadOnly(readOnly);
}

void BasicPage::retranslateUi()
{
    m_ui->retranslateUi(this);
}

void BasicPage::retranslateDynamicTexts()
{
    fillStatuses();
}

} // namespace nap::ui
