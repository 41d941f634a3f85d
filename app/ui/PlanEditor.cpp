#include "PlanEditor.h"

#include "EditorPage.h"
#include "EmptyPlanGuide.h"
#include "PeriodCheck.h"
#include "WorkspaceDocument.h"
#include "ui_PlanPage.h"

#include <QBoxLayout>

namespace nap::ui {

PlanEditor::PlanEditor(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::PlanPage>())
{
    m_ui->setupUi(this);
    EditorPage::styleLabels(this);
    const auto bind = [this](LocalizedTextEdit *edit, LocalizedText Plan::*member, const QString &key) {
        connect(edit, &LocalizedTextEdit::textEdited, this,
                [this, member, key](nap::Language language, const QString &text) {
                    if (!m_document)
                        return;
                    const QString mergeKey =
                        key +
                        (language == nap::Language::Chinese ? QLatin1String("/zh") : QLatin1String("/en"));
                    m_document->editPlan(mergeKey, tr("Edit plan"), [&](Plan &p) {
                        (p.*member).setText(language, text, WorkspaceDocument::now());
                    });
                });
        connect(edit, &LocalizedTextEdit::reviewRequested, this, [this, member] {
            if (m_document)
                m_document->editPlan(QString(), tr("Mark plan text as reviewed"),
                                     [&](Plan &p) { (p.*member).markReviewed(WorkspaceDocument::now()); });
        });
    };
    bind(m_ui->titleEdit, &Plan::title, QStringLiteral("title"));
    bind(m_ui->issuerEdit, &Plan::issuer, QStringLiteral("issuer"));
    connect(m_ui->startEdit, &MonthEdit::monthEdited, this, [this](const YearMonth &month) {
        if (m_document)
            m_document->editPlan(QStringLiteral("start"), tr("Edit plan start"),
                                 [&](Plan &p) { p.start = month; });
    });
    connect(m_ui->endEdit, &MonthEdit::monthEdited, this, [this](const YearMonth &month) {
        if (m_document)
            m_document->editPlan(QStringLiteral("end"), tr("Edit plan end"), [&](Plan &p) { p.end = month; });
    });
}

PlanEditor::~PlanEditor() = default;

void PlanEditor::setDocument(WorkspaceDocument *document)
{
    m_document = document;
    const bool readOnly = !document || document->isReadOnly();
    m_ui->titleEdit->setReadOnly(readOnly);
    m_ui->issuerEdit->setReadOnly(readOnly);
    m_ui->startEdit->setReadOnly(readOnly);
    m_ui->endEdit->setReadOnly(readOnly);
    reload();
}

void PlanEditor::reload()
{
    if (m_guide) {
        m_guide->setVisible(m_document && m_document->commitments().isEmpty());
        m_guide->setHasAreas(m_document && !m_document->areas().isEmpty());
    }
    if (!m_document)
        return;
    const Plan &p = m_document->plan();
    m_ui->titleEdit->setValue(p.title);
    m_ui->issuerEdit->setValue(p.issuer);
    m_ui->startEdit->setMonth(p.start);
    m_ui->endEdit->setMonth(p.end);
    const QString problem = PeriodCheck::endProblem(p.start, p.end, {}, {}, PeriodCheck::Scope::Plan);
    m_ui->endEdit->setProblem(problem);
    m_ui->periodProblem->setText(problem);
    m_ui->periodProblem->setVisible(!problem.isEmpty());
}

void PlanEditor::setStartActions(QAction *addArea, QAction *addCommitment)
{
    delete m_guide;
    m_guide = new EmptyPlanGuide(addArea, addCommitment, this);
    m_ui->pageLayout->insertWidget(0, m_guide);
    reload();
}

void PlanEditor::setEditingMode(EditingMode mode)
{
    m_ui->titleEdit->setEditingMode(mode);
    m_ui->issuerEdit->setEditingMode(mode);
}

void PlanEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace nap::ui
