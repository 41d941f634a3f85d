#pragma once

#include "EditorPage.h"

#include <memory>

namespace Ui {
class ProblemPage;
}

namespace nap::ui {

class ProblemPage : public EditorPage
{
    Q_OBJECT
public:
    explicit ProblemPage(QWidget *parent = nullptr);
    ~ProblemPage() override;
    QString title() const override;

protected:
    void load(const Commitment &commitment) override;
    void retranslateUi() override;

private:
    std::unique_ptr<Ui::ProblemPage> m_ui;
};

} // namespace nap::ui
