#pragma once

#include <QStringList>

namespace nap {

// One piece of a word-processor document, in reading order: a paragraph (one cell) or a row
// of a table (its cells, each cell's paragraphs joined by line breaks). A table inside a cell
// is flattened into that cell, a row to a line, its cells joined by " | ".
struct FormBlock
{
    QStringList cells;
    bool tableRow = false;
    bool heading = false; // a paragraph the author styled as a heading
    int table = 0;        // which table a row belongs to (1, 2, …), 0 for a paragraph
};

} // namespace nap
