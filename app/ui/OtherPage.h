#pragma once

#include "EditorPage.h"

#include <memory>

namespace Ui {
class OtherPage;
}

namespace nap::ui {

// Other information: budget, programmes, SDGs, policy-area tags and other actors.
class OtherPage : public EditorPage
{
    Q_OBJECT
public:
    explicit OtherPage(QWidget *parent = nullptr);
    ~OtherPage() override;
    QString title() const override;
    bool focusField(Field field) override;
    QList<QWidget *> fieldWidgets(Field field) const override;
    void setReadOnly(bool readOnly) override;

protected:
    void load(const Commitment &commitment) override;
    void retranslateUi() override;
    void retranslateDynamicTexts() override;

private:
    void fillTags();
    std::unique_ptr<Ui::OtherPage> m_ui;
};

} // namespace nap::ui
