#pragma once

#include "EditingMode.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class AreaPage;
}

namespace nap::ui {

class WorkspaceDocument;

// Edits the selected area: its title and preface in both languages.
class AreaEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AreaEditor(QWidget *parent = nullptr);
    ~AreaEditor() override;

    void setDocument(WorkspaceDocument *document);
    void setArea(const QString &uuid);
    QString areaUuid() const { return m_uuid; }
    void reload();
    void setEditingMode(EditingMode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::AreaPage> m_ui;
    QPointer<WorkspaceDocument> m_document;
    QString m_uuid;
};

} // namespace nap::ui
