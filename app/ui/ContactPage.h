#pragma once

#include "EditorPage.h"

#include <memory>

namespace Ui {
class ContactPage;
}

namespace nap::ui {

class ContactPage : public EditorPage
{
    Q_OBJECT
public:
    explicit ContactPage(QWidget *parent = nullptr);
    ~ContactPage() override;
    QString title() const override;
    bool focusField(Field field) override;
    QList<QWidget *> fieldWidgets(Field field) const override;
    void setReadOnly(bool readOnly) override;

protected:
    void load(const Commitment &commitment) override;
    void retranslateUi() override;

private:
    std::unique_ptr<Ui::ContactPage> m_ui;
};

} // namespace nap::ui
