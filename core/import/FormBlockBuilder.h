#pragma once

#include "import/FormBlock.h"

#include <QList>

namespace nap {

// Gathers the paragraphs and table rows a document reader walks through into FormBlocks,
// whatever the format: both the .odt and the .docx reader call the same steps.
class FormBlockBuilder
{
public:
    void beginParagraph(bool heading);
    void markHeading(); // the paragraph being read is a heading after all (a .docx style)
    void text(const QString &text);
    void lineBreak();
    void endParagraph();
    void beginTable();
    void beginRow();
    void beginCell();
    void endCell();
    void endRow();
    void endTable();

    QList<FormBlock> take() { return std::move(m_blocks); }

private:
    QString *target();

    QList<FormBlock> m_blocks;
    QString m_paragraph;
    bool m_heading = false;
    int m_paragraphDepth = 0;
    int m_tableDepth = 0;
    int m_tables = 0;
    FormBlock m_row;     // the outermost table's row being read
    QString m_cell;      // its cell being read
    QStringList m_inner; // a nested table's cells in its current row
    QString m_innerCell;
};

} // namespace nap
