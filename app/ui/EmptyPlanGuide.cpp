#include "EmptyPlanGuide.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace nap::ui {

EmptyPlanGuide::EmptyPlanGuide(QAction *addArea, QAction *addCommitment, QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_addArea(new QToolButton(this)),
      m_addCommitment(new QToolButton(this))
{
    setObjectName(QStringLiteral("emptyPlanGuide"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    for (QToolButton *button : {m_addArea, m_addCommitment}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(16, 16));
        button->setFocusPolicy(Qt::StrongFocus);
    }
    m_addArea->setDefaultAction(addArea);
    m_addCommitment->setDefaultAction(addCommitment);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addArea);
    buttons->addWidget(m_addCommitment);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    retranslate();
}

void EmptyPlanGuide::setHasAreas(bool hasAreas)
{
    m_hasAreas = hasAreas;
    retranslate();
}

void EmptyPlanGuide::retranslate()
{
    m_text->setText(
        m_hasAreas
            ? tr("This plan has no commitments yet. Select an area in the tree and add a commitment to "
                 "it, or add another area first.")
            : tr("This plan is empty. Start with an area (a policy area such as open data groups "
                 "related commitments and numbers them 1-1, 1-2 …), then add its commitments. Fill "
                 "in the plan's title and period below; every date of the plan must fit in it."));
}

void EmptyPlanGuide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace nap::ui
