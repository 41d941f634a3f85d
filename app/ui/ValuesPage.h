#pragma once

#include "EditorPage.h"

#include <memory>

class QCheckBox;

namespace Ui {
class ValuesPage;
}

namespace nap::ui {

class LocalizedTextEdit;

// The four core values: a claim box and an explanation of the mechanism for each.
class ValuesPage : public EditorPage
{
    Q_OBJECT
public:
    explicit ValuesPage(QWidget *parent = nullptr);
    ~ValuesPage() override;
    QString title() const override;
    bool focusField(Field field) override;
    QList<QWidget *> fieldWidgets(Field field) const override;
    void setReadOnly(bool readOnly) override;

protected:
    void load(const Commitment &commitment) override;
    void retranslateUi() override;

private:
    QCheckBox *check(CoreValue value) const;
    std::unique_ptr<Ui::ValuesPage> m_ui;
};

} // namespace nap::ui
