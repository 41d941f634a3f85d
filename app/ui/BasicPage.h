#pragma once

#include "EditorPage.h"

#include <memory>

namespace Ui {
class BasicPage;
}

namespace nap::ui {

// Basic data: number, name, area, status, lead and co-implementing agencies, period.
class BasicPage : public EditorPage
{
    Q_OBJECT
public:
    explicit BasicPage(QWidget *parent = nullptr);
    ~BasicPage() override;
    QString title() const override;
    bool focusField(Field field) override;
    QList<QWidget *> fieldWidgets(Field field) const override;
    void setReadOnly(bool readOnly) override;

protected:
    void load(const Commitment &commitment) override;
    void retranslateUi() override;
    void retranslateDynamicTexts() override;

private:
    void connectEdits();
    void fillAreas();
    void fillStatuses();
    void showPeriodProblems(const Commitment &commitment);

    std::unique_ptr<Ui::BasicPage> m_ui;
};

} // namespace nap::ui
