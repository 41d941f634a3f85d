#include "StartPage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace nap::ui {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)), m_new(new QPushButton(this)),
      m_open(new QPushButton(this)), m_sample(new QPushButton(this)), m_sampleNote(new QLabel(this)),
      m_recentTitle(new QLabel(this)), m_recent(new QListWidget(this)), m_noRecent(new QLabel(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    for (QLabel *label : {m_intro, m_sampleNote, m_noRecent}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_recentTitle->setBuddy(m_recent);
    m_new->setDefault(true);
    m_recent->setObjectName(QStringLiteral("recentWorkspaces"));
    m_recent->setUniformItemSizes(true);

    for (QPushButton *button : {m_new, m_open, m_sample})
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_new, 0, 0);
    buttons->addWidget(m_open, 1, 0);
    buttons->addWidget(m_sample, 2, 0);
    buttons->addWidget(m_sampleNote, 2, 1);
    buttons->setColumnStretch(1, 1);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent, 3);
    column->addWidget(m_noRecent);
    column->addStretch(1); // packs the page at the top while the recent list is hidden

    // A readable column in the middle of a wide window.
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 6);
    outer->addStretch(1);

    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_sample, &QPushButton::clicked, this, &StartPage::sampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::chooseRecent);
    connect(m_recent, &QListWidget::itemClicked, this, &StartPage::chooseRecent);
    retranslate();
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_paths = paths;
    retranslate();
}

void StartPage::chooseRecent(QListWidgetItem *item)
{
    if (item && (item->flags() & Qt::ItemIsEnabled))
        emit recentRequested(item->data(Qt::UserRole).toString());
}

void StartPage::retranslate()
{
    m_title->setText(tr("NAP Desk"));
    m_intro->setText(tr("Drafts of Open Government National Action Plan commitments are kept in a workspace "
                        "file on this computer. Every change is saved as you type."));
    m_new->setText(tr("&New Workspace…"));
    m_new->setToolTip(tr("Start an empty plan in a new workspace file (Ctrl+N)"));
    m_open->setText(tr("&Open Workspace…"));
    m_open->setToolTip(tr("Open a workspace file you or a colleague saved (Ctrl+O)"));
    m_sample->setText(tr("Open the &Sample Plan"));
    m_sampleNote->setText(
        tr("An example plan with twelve commitments, for trying NAP Desk out. It is a "
           "separate file in Documents/NAP Desk: changes to it never reach your own plan."));
    m_recentTitle->setText(tr("&Recent workspaces"));
    m_noRecent->setText(tr("No workspace opened yet."));
    m_recent->clear();
    for (const QString &path : m_paths) {
        const QFileInfo info(path);
        const bool exists = info.exists();
        auto *item = new QListWidgetItem(
            exists ? tr("%1 — %2").arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath()))
                   : tr("%1 — missing (moved or deleted)").arg(QDir::toNativeSeparators(path)),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!exists)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_recent->setVisible(!m_paths.isEmpty());
    m_noRecent->setVisible(m_paths.isEmpty());

    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nap::ui
