#pragma once

#include "EditorPage.h"

#include <memory>

namespace Ui {
class ContentPage;
}

namespace nap::ui {

class ContentPage : public EditorPage
{
    Q_OBJECT
public:
    explicit ContentPage(QWidget *parent = nullptr);
    ~ContentPage() override;
    QString title() const override;

protected:
    void load(const Commitment &commitment) override;
    void retranslateUi() override;

private:
    std::unique_ptr<Ui::ContentPage> m_ui;
};

} // namespace nap::ui
