#pragma once

#include <QPlainTextEdit>

namespace nap::ui {

// A plain-text editor for one language of a field. Tab moves focus (keyboard users walk the
// form); Ctrl+Z / Ctrl+Shift+Z are left to the document's undo stack, which records every
// edit as a command, so the widget keeps no undo history of its own.
class PlainTextField : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PlainTextField(QWidget *parent = nullptr);

    // The text exactly as stored: control characters, no-break spaces and U+2028 kept.
    QString exactText() const;
    // Replaces the text only when it differs, so the cursor stays put on a reload.
    void setExactText(const QString &text);
    void setLines(int lines); // preferred height in text lines

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;

private:
    int m_lines = 4;
};

} // namespace nap::ui
