#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

namespace nap::ui {

// Shown on the plan page while the plan has no commitment: says how to begin and offers the
// window's Add Area and Add Commitment actions as buttons (same texts, shortcuts and state).
class EmptyPlanGuide : public QFrame
{
    Q_OBJECT
public:
    EmptyPlanGuide(QAction *addArea, QAction *addCommitment, QWidget *parent = nullptr);
    // No area yet: adding a commitment also makes its area, so both buttons work either way.
    void setHasAreas(bool hasAreas);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text;
    QToolButton *m_addArea;
    QToolButton *m_addCommitment;
    bool m_hasAreas = false;
};

} // namespace nap::ui
