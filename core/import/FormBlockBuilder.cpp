#include "FormBlockBuilder.h"

namespace nap {

namespace {

void appendLine(QString *to, const QString &line)
{
    if (line.trimmed().isEmpty())
        return;
    if (!to->isEmpty())
        to->append(QLatin1Char('\n'));
    to->append(line);
}

} // namespace

void FormBlockBuilder::beginParagraph(bool heading)
{
    // A paragraph inside another (a note, a frame) goes on with the outer one's text.
    if (m_paragraphDepth++ > 0)
        return;
    m_paragraph.clear();
    m_heading = heading;
}

void FormBlockBuilder::markHeading()
{
    if (m_paragraphDepth == 1)
        m_heading = true;
}

void FormBlockBuilder::text(const QString &text)
{
    if (m_paragraphDepth > 0)
        m_paragraph += text;
}

void FormBlockBuilder::lineBreak()
{
    if (m_paragraphDepth > 0)
        m_paragraph += QLatin1Char('\n');
}

void FormBlockBuilder::endParagraph()
{
    if (m_paragraphDepth == 0 || --m_paragraphDepth > 0)
        return;
    const QString paragraph = m_paragraph.trimmed();
    if (m_tableDepth == 0) {
        // Empty paragraphs (the blank lines officers add) are not kept.
        if (!paragraph.isEmpty())
            m_blocks.append({{paragraph}, false, m_heading, 0});
        return;
    }
    appendLine(target(), paragraph);
}

QString *FormBlockBuilder::target()
{
    return m_tableDepth > 1 ? &m_innerCell : &m_cell;
}

void FormBlockBuilder::beginTable()
{
    if (++m_tableDepth == 1)
        ++m_tables;
}

void FormBlockBuilder::beginRow()
{
    if (m_tableDepth == 1)
        m_row = {{}, true, false, m_tables};
    else
        m_inner.clear();
}

void FormBlockBuilder::beginCell()
{
    target()->clear();
}

void FormBlockBuilder::endCell()
{
    if (m_tableDepth == 1)
        m_row.cells.append(m_cell);
    else if (m_tableDepth > 1)
        m_inner.append(m_innerCell.split(QLatin1Char('\n')).join(QLatin1Char(' ')));
}

void FormBlockBuilder::endRow()
{
    if (m_tableDepth == 1) {
        m_blocks.append(m_row);
        return;
    }
    // A nested table's row becomes a line of the outer cell.
    while (!m_inner.isEmpty() && m_inner.constLast().trimmed().isEmpty())
        m_inner.removeLast();
    if (!m_inner.isEmpty())
        appendLine(&m_cell, m_inner.join(QStringLiteral(" | ")));
}

void FormBlockBuilder::endTable()
{
    if (m_tableDepth > 0)
        --m_tableDepth;
}

} // namespace nap
