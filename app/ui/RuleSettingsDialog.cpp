#include "RuleSettingsDialog.h"

#include "LanguageManager.h"
#include "WorkspaceDocument.h"
#include "check/Checker.h"
#include "check/RuleSettings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nap::ui {
namespace {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return RuleSettingsDialog::tr("Error");
    case Severity::Warning:
        return RuleSettingsDialog::tr("Warning");
    case Severity::Hint:
        return RuleSettingsDialog::tr("Hint");
    }
    return {};
}

} // namespace

RuleSettingsDialog::RuleSettingsDialog(WorkspaceDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_intro(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_about(new QLabel(this)), m_reasonLabel(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_switch(new QPushButton(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("ruleSettingsDialog"));
    m_intro->setWordWrap(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_about->setWordWrap(true);
    m_about->setMinimumHeight(m_about->fontMetrics().lineSpacing() * 3);
    m_about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reason->setObjectName(QStringLiteral("ruleReasonEdit"));
    m_reasonLabel->setBuddy(m_reason);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_reasonLabel);
    row->addWidget(m_reason, 1);
    row->addWidget(m_switch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_about);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RuleSettingsDialog::showSelected);
    connect(m_reason, &QLineEdit::textChanged, this, &RuleSettingsDialog::showSelected);
    connect(m_reason, &QLineEdit::returnPressed, this, &RuleSettingsDialog::toggleSelected);
    connect(m_switch, &QPushButton::clicked, this, &RuleSettingsDialog::toggleSelected);
    if (document)
        connect(document, &WorkspaceDocument::ruleSettingsChanged, this, &RuleSettingsDialog::fill);
    resize(820, 560);
    retranslate();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

QString RuleSettingsDialog::selectedRule() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(IdColumn) : QString();
}

void RuleSettingsDialog::selectRule(const QString &ruleId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(IdColumn) == ruleId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void RuleSettingsDialog::fill()
{
    const QString selected = selectedRule();
    const Language language = LanguageManager::displayLanguage();
    const RuleSettings settings = m_document ? RuleSettings::load(m_document->workspace()) : RuleSettings();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const RuleInfo *rule : Checker::rules()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(IdColumn, rule->ruleId());
        item->setText(TitleColumn, rule->title(language));
        item->setText(SeverityColumn, severityName(rule->severity));
        item->setToolTip(TitleColumn, rule->description(language));
        if (settings.isDisabled(rule->ruleId())) {
            const RuleSettings::Switch s = settings.disabledSwitch(rule->ruleId());
            item->setText(StateColumn,
                          tr("Off since %1")
                              .arg(QLocale().toString(s.when.toLocalTime().date(), QLocale::ShortFormat)));
            item->setText(ReasonColumn, s.reason);
            item->setToolTip(ReasonColumn, s.reason);
            item->setForeground(StateColumn, QColor(0xc6, 0x28, 0x28));
            if (!s.by.isEmpty())
                item->setToolTip(StateColumn, tr("Switched off by %1").arg(s.by));
        } else {
            item->setText(StateColumn, tr("On"));
        }
        if (item->text(IdColumn) == selected)
            m_list->setCurrentItem(item);
    }
    for (int c = 0; c < ReasonColumn; ++c)
        m_list->resizeColumnToContents(c);
    showSelected();
}

void RuleSettingsDialog::showSelected()
{
    const QString id = selectedRule();
    const RuleInfo *rule = id.isEmpty() ? nullptr : Checker::rule(id);
    const bool writable = m_document && !m_document->isReadOnly();
    const bool off = m_document && rule && RuleSettings::load(m_document->workspace()).isDisabled(id);
    m_about->setText(rule ? tr("%1 %2: %3")
                                .arg(rule->ruleId(), rule->title(LanguageManager::displayLanguage()),
                                     rule->description(LanguageManager::displayLanguage()))
                          : QString());
    m_switch->setText(off ? tr("Switch &On") : tr("Switch &Off"));
    m_reason->setEnabled(writable && rule && !off);
    m_switch->setEnabled(writable && rule && (off || !m_reason->text().trimmed().isEmpty()));
    if (!writable)
        m_reason->setPlaceholderText(tr("This workspace is open read-only."));
    else if (off)
        m_reason->setPlaceholderText(tr("Switched off; the reason is shown in the list."));
    else
        m_reason->setPlaceholderText(tr("Why this rule does not apply to this plan (recorded)"));
}

bool RuleSettingsDialog::toggleSelected()
{
    const QString id = selectedRule();
    if (!m_document || id.isEmpty() || !m_switch->isEnabled())
        return false;
    const bool off = RuleSettings::load(m_document->workspace()).isDisabled(id);
    Error error;
    if (!m_document->setRuleEnabled(id, off, m_reason->text().trimmed(), &error)) {
        m_problem->setText(error.message());
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_reason->clear();
    fill();
    return true;
}

void RuleSettingsDialog::retranslate()
{
    setWindowTitle(tr("Checker Rules"));
    m_intro->setText(tr("The quality checker's rules for this workspace. Switching a rule off removes its "
                        "findings for everyone who uses this workspace file; the reason and the date are "
                        "recorded in the workspace."));
    m_list->setHeaderLabels({tr("Rule"), tr("Name"), tr("Severity"), tr("State"), tr("Reason")});
    m_reasonLabel->setText(tr("&Reason:"));
    fill();
}

void RuleSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace nap::ui
