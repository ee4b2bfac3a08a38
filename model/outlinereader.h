#pragma once

#include "kddfile.h"

#include <QByteArray>
#include <QString>

// Reading outlines back into diagrams (docs/text-formats.md, "Importing"): the Markdown outline
// that toMarkdownOutline writes, and indented plain text as people type it in meeting notes.
// Like readDiagram, they never throw and never return half a diagram: either a whole diagram or
// the problems, each with the file name and its line.
namespace kdd {

// The Markdown outline of `export … -o OUT.md`. Reading what toMarkdownOutline wrote and writing
// it again gives the same bytes.
LoadResult readMarkdownOutline(const QByteArray &bytes, const QString &fileName);

// Indented plain text, one box a line (see docs/text-formats.md). The shallowest lines become
// boxes of column `firstColumn` (0 = aims), the deepest change ideas, the ones between drivers.
LoadResult readPlainOutline(const QByteArray &bytes, const QString &fileName, int firstColumn = 0);

} // namespace kdd
