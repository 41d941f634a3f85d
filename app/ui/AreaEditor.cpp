#include "AreaEditor.h"

#include "EditorPage.h"
#include "WorkspaceDocument.h"
#include "ui_AreaPage.h"

namespace nap::ui {

AreaEditor::AreaEditor(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::AreaPage>())
{
    m_ui->setupUi(this);
    EditorPage::styleLabels(this);
    const auto bind = [this](LocalizedTextEdit *edit, LocalizedText Area::*member, const QString &key) {
        connect(edit, &LocalizedTextEdit::textEdited, this,
                [this, member, key](nap::Language language, const QString &text) {
                    if (!m_document)
                        return;
                    const QString mergeKey =
                        key +
                        (language == nap::Language::Chinese ? QLatin1String("/zh") : QLatin1String("/en"));
                    m_document->editArea(m_uuid, mergeKey, tr("Edit area"), [&](Area &a) {
                        (a.*member).setText(language, text, WorkspaceDocument::now());
                    });
                });
        connect(edit, &LocalizedTextEdit::reviewRequested, this, [this, member] {
            if (m_document)
                m_document->editArea(m_uuid, QString(), tr("Mark area text as reviewed"),
                                     [&](Area &a) { (a.*member).markReviewed(WorkspaceDocument::now()); });
        });
    };
    bind(m_ui->titleEdit, &Area::title, QStringLiteral("title"));
    bind(m_ui->prefaceEdit, &Area::preface, QStringLiteral("preface"));
}

AreaEditor::~AreaEditor() = default;

void AreaEditor::setDocument(WorkspaceDocument *document)
{
    m_document = document;
    m_uuid.clear();
    const bool readOnly = !document || document->isReadOnly();
    m_ui->titleEdit->setReadOnly(readOnly);
    m_ui->prefaceEdit->setReadOnly(readOnly);
}

void AreaEditor::setArea(const QString &uuid)
{
    m_uuid = uuid;
    reload();
}

void AreaEditor::reload()
{
    const Area *a = m_document ? m_document->area(m_uuid) : nullptr;
    if (!a)
        return;
    m_ui->numberLabel->setText(tr("Area %1").arg(a->number));
    m_ui->titleEdit->setValue(a->title);
    m_ui->prefaceEdit->setValue(a->preface);
}

void AreaEditor::setEditingMode(EditingMode mode)
{
    m_ui->titleEdit->setEditingMode(mode);
    m_ui->prefaceEdit->setEditingMode(mode);
}

void AreaEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace nap::ui
