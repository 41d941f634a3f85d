#pragma once

#include "FindingsModel.h"
#include "check/Estimate.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace nap::ui {

class CheckScheduler;

// The findings dock: what the quality checker found in the commitment being edited, grouped
// by editor page, with a counts line and the reviewer's estimate with its reasons. Clicking a
// finding (or Enter on it) asks the window to jump to its field. For an area or the plan it
// shows the plan's totals instead.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setScheduler(CheckScheduler *scheduler);
    void setPages(FindingsModel::PageOf pageOf, FindingsModel::PageTitle pageTitle);
    // A commitment's uuid, or anything else (an area, the plan, empty) for the plan's totals.
    void setCommitment(const QString &uuid);
    QString commitmentUuid() const { return m_uuid; }

    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    const Finding *currentFinding() const;
    QString summaryText() const;
    QString estimateText() const; // the estimate with its reasons, as shown

signals:
    // A finding was chosen: show its field (Field as int; milestone -1 when not a milestone).
    void findingActivated(const QString &commitmentUuid, int field, int milestoneIndex);
    // "Guidance" was pressed for the chosen finding's field (Field as int).
    void guidanceRequested(int field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpView();
    void layOut();
    void refresh();
    void showPlanTotals();
    void showEstimate(const Estimate *estimate);
    void activate(const QModelIndex &index);
    void updateButtons();
    void retranslate();

    QPointer<CheckScheduler> m_scheduler;
    QString m_uuid;
    FindingsModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QLabel *m_estimateTitle;
    QLabel *m_estimate;
    QPushButton *m_guidanceButton;
};

} // namespace nap::ui
