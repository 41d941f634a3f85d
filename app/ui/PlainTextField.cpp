#include "PlainTextField.h"

#include <QKeyEvent>
#include <QResizeEvent>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace nap::ui {

PlainTextField::PlainTextField(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(this, &QPlainTextEdit::textChanged, this, &PlainTextField::fitToText);
}

QString PlainTextField::exactText() const
{
    // toPlainText() turns no-break spaces into spaces; the raw text keeps them and only
    // the block separators need to become line feeds again.
    QString text = document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

void PlainTextField::setExactText(const QString &text)
{
    if (exactText() == text)
        return;
    // The document may hand back a little less than was typed (control characters from a
    // paste are dropped): keep the cursor where the officer was typing.
    const int position = textCursor().position();
    setPlainText(text);
    if (hasFocus()) {
        QTextCursor cursor = textCursor();
        cursor.setPosition(qMin(position, document()->characterCount() - 1));
        setTextCursor(cursor);
    }
}

void PlainTextField::setLines(int lines)
{
    m_lines = lines;
    m_shownLines = lines;
    fitToText();
    updateGeometry();
}

void PlainTextField::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        fitToText();
}

void PlainTextField::fitToText()
{
    const int width = viewport()->width();
    if (width <= 0)
        return;
    // A text longer than the most narrow characters could fill into kMaxLines lines needs
    // the tallest box anyway: laying out a pasted megabyte on each keystroke would freeze typing.
    const int perLine = qMax(1, width / qMax(1, fontMetrics().horizontalAdvance(QLatin1Char('i'))));
    const int lines =
        document()->characterCount() > (kMaxLines + 1) * perLine ? kMaxLines : measuredLines(width);
    const int shown = qBound(m_lines, lines + 1, qMax(m_lines, kMaxLines)); // one line to type on
    if (shown != m_shownLines) {
        m_shownLines = shown;
        updateGeometry();
    }
}

int PlainTextField::measuredLines(int width) const
{
    // Lay the text out at the field's width in a scratch document: the plain-text layout
    // only knows the lines it has shown.
    QTextDocument measure;
    measure.setDefaultFont(font());
    measure.setDocumentMargin(document()->documentMargin());
    measure.setPlainText(document()->toPlainText());
    measure.setTextWidth(width);
    const double textHeight = measure.size().height() - 2 * document()->documentMargin();
    return int(std::ceil(textHeight / fontMetrics().lineSpacing()));
}

QSize PlainTextField::sizeHint() const
{
    const int height = fontMetrics().lineSpacing() * m_shownLines + 2 * frameWidth() +
                       int(document()->documentMargin() * 2) + 2;
    return {QPlainTextEdit::sizeHint().width(), height};
}

QSize PlainTextField::minimumSizeHint() const
{
    return {60, sizeHint().height()};
}

bool PlainTextField::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

} // namespace nap::ui
