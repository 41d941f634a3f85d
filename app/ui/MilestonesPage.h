#pragma once

#include "EditorPage.h"

#include <memory>

namespace Ui {
class MilestonesPage;
}

namespace nap::ui {

class MilestoneTableModel;

// The milestones table (add, remove, reorder by drag or Alt+Up/Down, months and agency
// edited in place) and, below it, the long texts of the selected milestone.
class MilestonesPage : public EditorPage
{
    Q_OBJECT
public:
    explicit MilestonesPage(QWidget *parent = nullptr);
    ~MilestonesPage() override;
    QString title() const override;
    bool focusField(Field field) override;
    QList<QWidget *> fieldWidgets(Field field) const override;
    void setReadOnly(bool readOnly) override;

    MilestoneTableModel *model() const { return m_model; }
    int currentRow() const;
    void selectRow(int row);
    void addMilestone();
    void removeMilestone();
    void moveMilestone(int delta);

protected:
    void load(const Commitment &commitment) override;
    void retranslateUi() override;
    void retranslateDynamicTexts() override;

private:
    void setUpTable();
    void setUpKeys();
    void connectDetails();
    void showDetails();
    void editMilestone(const QString &mergeKey, const QString &text,
                       const std::function<void(Milestone &)> &change);
    void moveRow(int from, int to);
    void updateButtons();

    std::unique_ptr<Ui::MilestonesPage> m_ui;
    MilestoneTableModel *m_model;
    QString m_selectedUuid;
};

} // namespace nap::ui
