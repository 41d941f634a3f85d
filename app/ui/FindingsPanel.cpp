#include "FindingsPanel.h"

#include "CheckScheduler.h"
#include "FindingsDelegate.h"
#include "LanguageManager.h"
#include "WorkspaceDocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeView>
#include <QVBoxLayout>

namespace nap::ui {
namespace {

QString countsText(const FindingCounts &c)
{
    return FindingsPanel::tr("%1 · %2 · %3")
        .arg(FindingsPanel::tr("%n error(s)", nullptr, c.errors),
             FindingsPanel::tr("%n warning(s)", nullptr, c.warnings),
             FindingsPanel::tr("%n hint(s)", nullptr, c.hints));
}

// The estimate's phrases are written to run on after a colon ("verifiable"); on a line of their
// own they start with a capital.
QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent), m_model(new FindingsModel(this)), m_view(new QTreeView(this)),
      m_summary(new QLabel(this)), m_estimateTitle(new QLabel), m_estimate(new QLabel),
      m_guidanceButton(new QPushButton(this))
{
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_estimateTitle->setFont(bold);
    m_estimateTitle->setWordWrap(true);
    m_estimate->setObjectName(QStringLiteral("estimateText"));
    m_estimate->setWordWrap(true);
    m_estimate->setTextFormat(Qt::RichText);
    m_estimate->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);

    setUpView();
    layOut();

    connect(m_view, &QTreeView::clicked, this, &FindingsPanel::activate);
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsPanel::updateButtons);
    connect(m_guidanceButton, &QPushButton::clicked, this, [this] {
        if (const Finding *f = currentFinding())
            emit guidanceRequested(static_cast<int>(f->field));
    });
    setFocusProxy(m_view);
    retranslate();
}

void FindingsPanel::setUpView()
{
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FindingsDelegate(m_view));
    m_view->setRootIsDecorated(true);
    m_view->setWordWrap(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::FieldColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::RuleColumn, QHeaderView::ResizeToContents);
}

void FindingsPanel::layOut()
{
    // The estimate sits beside the list: a bottom dock has width to spare, not height.
    auto *estimateBox = new QWidget;
    estimateBox->setObjectName(QStringLiteral("estimateBox"));
    auto *estimateLayout = new QVBoxLayout(estimateBox);
    estimateLayout->setContentsMargins(8, 4, 8, 4);
    estimateLayout->addWidget(m_estimateTitle);
    estimateLayout->addWidget(m_estimate, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(estimateBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setMinimumWidth(260);
    scroll->setMaximumWidth(420);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_guidanceButton);
    auto *left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(m_view, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addLayout(left, 1);
    layout->addWidget(scroll);
}

void FindingsPanel::setScheduler(CheckScheduler *scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    if (scheduler) {
        connect(scheduler, &CheckScheduler::checked, this, [this](const QStringList &uuids) {
            // A commitment's own results, or any result for the plan's totals.
            if (uuids.contains(m_uuid) || !m_scheduler->document() ||
                !m_scheduler->document()->commitment(m_uuid))
                refresh();
        });
    }
    refresh();
}

void FindingsPanel::setPages(FindingsModel::PageOf pageOf, FindingsModel::PageTitle pageTitle)
{
    m_model->setPages(std::move(pageOf), std::move(pageTitle));
}

void FindingsPanel::setCommitment(const QString &uuid)
{
    if (uuid == m_uuid)
        return;
    m_uuid = uuid;
    refresh();
}

const Finding *FindingsPanel::currentFinding() const
{
    return m_model->finding(m_view->currentIndex());
}

QString FindingsPanel::summaryText() const
{
    return m_summary->text();
}

QString FindingsPanel::estimateText() const
{
    return m_estimateTitle->text() + QLatin1Char('\n') + m_estimate->text();
}

void FindingsPanel::refresh()
{
    WorkspaceDocument *document = m_scheduler ? m_scheduler->document() : nullptr;
    const Commitment *c = document ? document->commitment(m_uuid) : nullptr;
    if (!c) {
        m_model->setFindings({});
        showPlanTotals();
        showEstimate(nullptr);
        return;
    }
    const CheckResult *result = m_scheduler->result(m_uuid);
    if (!result) {
        m_model->setFindings({});
        m_summary->setText(tr("Checking…"));
        showEstimate(nullptr);
        return;
    }
    m_model->setFindings(result->findings);
    const FindingCounts counts = result->counts();
    QString text = countsText(counts);
    if (counts.isReady())
        text = tr("Ready for export: no errors or warnings. %1").arg(text);
    else if (counts.errors > 0)
        text = tr("%1 — errors must be fixed, or confirmed with a reason when exporting.").arg(text);
    m_summary->setText(text);
    showEstimate(&result->estimate);
}

void FindingsPanel::showPlanTotals()
{
    WorkspaceDocument *document = m_scheduler ? m_scheduler->document() : nullptr;
    if (!document) {
        m_summary->setText(tr("No workspace is open."));
        return;
    }
    if (document->commitments().isEmpty()) {
        m_summary->setText(tr("The plan has no commitments yet: nothing to check."));
        return;
    }
    FindingCounts total;
    int ready = 0;
    int checked = 0;
    for (const Commitment &c : document->commitments()) {
        const CheckResult *r = m_scheduler->result(c.uuid);
        if (!r)
            continue;
        const FindingCounts counts = r->counts();
        ++checked;
        ready += counts.isReady();
        total.errors += counts.errors;
        total.warnings += counts.warnings;
        total.hints += counts.hints;
    }
    m_summary->setText(
        tr("Plan: %1 of %n commitment(s) ready for export · %2", nullptr, int(document->commitments().size()))
            .arg(ready)
            .arg(countsText(total)) +
        (checked < document->commitments().size() ? tr(" (checking…)") : QString()));
}

void FindingsPanel::showEstimate(const Estimate *estimate)
{
    const Language language = LanguageManager::displayLanguage();
    m_estimateTitle->setText(Estimate::label(language));
    if (!estimate) {
        m_estimate->setText(tr("Select a commitment to see how an independent review would likely rate it."));
        return;
    }
    QString html = QStringLiteral("<p>%1<br>%2</p><table cellspacing=\"0\" cellpadding=\"1\">")
                       .arg(capitalized(estimate->verifiableText(language)).toHtmlEscaped(),
                            tr("Potential for results: %1")
                                .arg(Estimate::potentialName(estimate->potential, language).toHtmlEscaped()));
    for (const Estimate::Reason &r : estimate->reasons)
        html += QStringLiteral("<tr><td>•&nbsp;</td><td>%1</td></tr>").arg(r.text(language).toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_estimate->setText(html);
}

void FindingsPanel::activate(const QModelIndex &index)
{
    const Finding *f = m_model->finding(index);
    if (f)
        emit findingActivated(m_uuid, static_cast<int>(f->field), f->milestoneIndex);
}

void FindingsPanel::updateButtons()
{
    m_guidanceButton->setEnabled(currentFinding() != nullptr);
}

void FindingsPanel::retranslate()
{
    m_guidanceButton->setText(tr("Field Guidance (F1)"));
    m_guidanceButton->setToolTip(
        tr("What reviewers look for in the field of the selected finding, with a strong and a weak example"));
    m_view->setAccessibleName(tr("Findings"));
    m_model->retranslate();
    refresh();
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nap::ui
