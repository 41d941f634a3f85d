#include "LocalizedTextEdit.h"

#include "PlainTextField.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace nap::ui {

LocalizedTextEdit::LocalizedTextEdit(QWidget *parent)
    : QWidget(parent), m_zh(new PlainTextField(this)), m_en(new PlainTextField(this)),
      m_zhLabel(new QLabel(this)), m_enLabel(new QLabel(this)), m_badge(new QLabel(this)),
      m_review(new QToolButton(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    auto *enHeader = new QHBoxLayout;
    enHeader->setContentsMargins(0, 0, 0, 0);
    enHeader->addWidget(m_enLabel);
    enHeader->addStretch(1);
    enHeader->addWidget(m_badge);
    enHeader->addWidget(m_review);
    grid->addWidget(m_zhLabel, 0, 0);
    grid->addLayout(enHeader, 0, 1);
    grid->addWidget(m_zh, 1, 0);
    grid->addWidget(m_en, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    for (QLabel *label : {m_zhLabel, m_enLabel}) {
        QFont small = label->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        label->setFont(small);
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    m_badge->setObjectName(QStringLiteral("translationBadge"));
    m_review->setAutoRaise(true);
    m_review->setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusProxy(m_zh);
    setLines(m_lines);

    connect(m_zh, &QPlainTextEdit::textChanged, this, [this] { onTextChanged(nap::Language::Chinese); });
    connect(m_en, &QPlainTextEdit::textChanged, this, [this] { onTextChanged(nap::Language::English); });
    connect(m_review, &QToolButton::clicked, this, &LocalizedTextEdit::reviewRequested);
    retranslate();
    updateBadge();
}

void LocalizedTextEdit::setFieldName(const QString &name)
{
    m_fieldName = name;
    retranslate();
}

void LocalizedTextEdit::setLines(int lines)
{
    m_lines = lines;
    m_zh->setLines(lines);
    m_en->setLines(lines);
}

PlainTextField *LocalizedTextEdit::editor(nap::Language language) const
{
    return language == nap::Language::Chinese ? m_zh : m_en;
}

void LocalizedTextEdit::focusLanguage(nap::Language language)
{
    PlainTextField *target = editor(language);
    if (target->isHidden())
        target = target == m_zh ? m_en : m_zh;
    target->setFocus(Qt::OtherFocusReason);
}

void LocalizedTextEdit::setValue(const LocalizedText &value)
{
    m_loading = true;
    // Compare with what the editors last showed or sent; a 1 MB text is not re-set.
    if (value.zh != m_value.zh)
        m_zh->setExactText(value.zh);
    if (value.en != m_value.en)
        m_en->setExactText(value.en);
    m_loading = false;
    m_value = value;
    updateBadge();
}

void LocalizedTextEdit::onTextChanged(nap::Language language)
{
    if (m_loading)
        return;
    const QString text = editor(language)->exactText();
    (language == nap::Language::Chinese ? m_value.zh : m_value.en) = text;
    emit textEdited(language, text);
}

void LocalizedTextEdit::setEditingMode(EditingMode mode)
{
    m_mode = mode;
    updateVisibility();
}

void LocalizedTextEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_zh->setReadOnly(readOnly);
    m_en->setReadOnly(readOnly);
    updateBadge();
}

void LocalizedTextEdit::updateVisibility()
{
    const bool zh = m_mode != EditingMode::EnglishOnly;
    const bool en = m_mode != EditingMode::ChineseOnly;
    m_zh->setVisible(zh);
    m_zhLabel->setVisible(zh);
    m_en->setVisible(en);
    m_enLabel->setVisible(en);
    setFocusProxy(zh ? m_zh : m_en);
}

void LocalizedTextEdit::updateBadge()
{
    QString text;
    QString color;
    switch (m_value.status()) {
    case LocalizedText::Status::Empty:
        break;
    case LocalizedText::Status::Missing:
        text = m_value.zh.trimmed().isEmpty() ? tr("Chinese missing") : tr("English missing");
        color = QStringLiteral("#a15c00");
        break;
    case LocalizedText::Status::Stale:
        text = m_value.outdatedLanguage() == Language::English ? tr("Translation out of date")
                                                               : tr("English changed after review");
        color = QStringLiteral("#b3261e");
        break;
    case LocalizedText::Status::UpToDate:
        text = tr("Translation up to date");
        color = QStringLiteral("#2e7d32");
        break;
    }
    m_badge->setText(text);
    m_badge->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
    m_badge->setVisible(!text.isEmpty());
    m_review->setVisible(!m_readOnly && m_value.status() == LocalizedText::Status::Stale);
}

void LocalizedTextEdit::retranslate()
{
    m_zhLabel->setText(tr("Chinese"));
    m_enLabel->setText(tr("English"));
    m_review->setText(tr("Mark as reviewed"));
    m_review->setToolTip(tr("Confirm that the English still matches the Chinese text"));
    const QString name = m_fieldName.isEmpty() ? tr("Text") : m_fieldName;
    m_zh->setAccessibleName(tr("%1 (Chinese)").arg(name));
    m_en->setAccessibleName(tr("%1 (English)").arg(name));
    m_review->setAccessibleName(tr("Mark %1 as reviewed").arg(name));
    updateBadge();
}

void LocalizedTextEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nap::ui
