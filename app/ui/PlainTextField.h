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
    // The smallest height in text lines; the field grows with its text up to kMaxLines and
    // scrolls beyond, so a long answer is read without scrolling inside a small box.
    void setLines(int lines);
    int shownLines() const { return m_shownLines; }
    static constexpr int kMaxLines = 22;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitToText();
    int measuredLines(int width) const;

    int m_lines = 4;
    int m_shownLines = 4;
};

} // namespace nap::ui
