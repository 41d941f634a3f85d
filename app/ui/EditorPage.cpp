#include "EditorPage.h"

#include "DisplayNames.h"
#include "LocalizedTextEdit.h"
#include "WorkspaceDocument.h"

#include <QEvent>
#include <QLabel>

namespace nap::ui {

void EditorPage::styleLabels(QWidget *root)
{
    const auto colour = [](QLabel *label, const QColor &c) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, c);
        label->setPalette(palette);
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->property("heading").toBool()) {
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
        }
        if (label->property("guidance").toBool())
            colour(label, QColor(0x5f, 0x63, 0x68));
        if (label->property("problem").toBool())
            colour(label, QColor(0xc6, 0x28, 0x28));
    }
}

EditorPage::EditorPage(QWidget *parent) : QWidget(parent) {}

void EditorPage::setDocument(WorkspaceDocument *document)
{
    m_document = document;
    m_uuid.clear();
}

void EditorPage::setCommitment(const QString &uuid)
{
    m_uuid = uuid;
    reload();
}

WorkspaceDocument *EditorPage::document() const
{
    return m_document;
}

const Commitment *EditorPage::current() const
{
    return m_document ? m_document->commitment(m_uuid) : nullptr;
}

void EditorPage::reload()
{
    const Commitment *c = current();
    if (!c)
        return;
    m_loading = true;
    for (const auto &binding : std::as_const(m_texts))
        binding.first->setValue(c->text(binding.second));
    load(*c);
    m_loading = false;
}

bool EditorPage::focusField(Field field)
{
    for (const auto &binding : std::as_const(m_texts)) {
        if (binding.second == field) {
            binding.first->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

QList<QWidget *> EditorPage::fieldWidgets(Field field) const
{
    for (const auto &binding : std::as_const(m_texts)) {
        if (binding.second == field)
            return {binding.first};
    }
    return {};
}

bool EditorPage::fieldAt(const QWidget *widget, Field *field) const
{
    if (!widget || !isAncestorOf(widget))
        return false;
    for (Field f : Fields::all()) {
        for (const QWidget *w : fieldWidgets(f)) {
            if (w == widget || w->isAncestorOf(widget)) {
                *field = f;
                return true;
            }
        }
    }
    return false;
}

void EditorPage::setEditingMode(EditingMode mode)
{
    for (LocalizedTextEdit *edit : findChildren<LocalizedTextEdit *>())
        edit->setEditingMode(mode);
}

void EditorPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (LocalizedTextEdit *edit : findChildren<LocalizedTextEdit *>())
        edit->setReadOnly(readOnly);
}

void EditorPage::bindText(LocalizedTextEdit *widget, Field field)
{
    m_texts.append({widget, field});
    connect(widget, &LocalizedTextEdit::textEdited, this,
            [this, field](nap::Language language, const QString &text) {
                if (m_loading)
                    return;
                const QString key =
                    Fields::code(field) +
                    (language == nap::Language::Chinese ? QLatin1String("/zh") : QLatin1String("/en"));
                edit(key, tr("Edit %1").arg(DisplayNames::field(field)),
                     [&](Commitment &c) { c.text(field).setText(language, text, WorkspaceDocument::now()); });
            });
    connect(widget, &LocalizedTextEdit::reviewRequested, this, [this, field] {
        edit(QString(), tr("Mark %1 as reviewed").arg(DisplayNames::field(field)),
             [&](Commitment &c) { c.text(field).markReviewed(WorkspaceDocument::now()); });
    });
}

bool EditorPage::edit(const QString &mergeKey, const QString &text,
                      const std::function<void(Commitment &)> &change)
{
    if (m_loading || !m_document || m_uuid.isEmpty() || m_readOnly)
        return false;
    return m_document->editCommitment(m_uuid, mergeKey, text, change);
}

void EditorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_loading = true;
        retranslateUi();
        retranslateDynamicTexts();
        m_loading = false;
        reload();
        emit titleChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace nap::ui
