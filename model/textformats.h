#pragma once

#include "diagram.h"

#include <QByteArray>

// Text exports of a diagram for other tools: Graphviz, Markdown, Mermaid and spreadsheets
// (docs/text-formats.md). They need no layout and no display, and are deterministic: the same
// diagram always gives the same bytes.
namespace kdd {

// Each returns UTF-8 bytes of a complete file; all user text is escaped for the format.
QByteArray toDot(const Diagram &diagram);             // Graphviz DOT
QByteArray toMarkdownOutline(const Diagram &diagram); // indented Markdown outline
QByteArray toMermaid(const Diagram &diagram);         // Mermaid flowchart LR
QByteArray toNodesCsv(const Diagram &diagram);        // one row per node
QByteArray toMeasuresCsv(const Diagram &diagram);     // the measurement plan
QByteArray toIdeasCsv(const Diagram &diagram);        // one row per change idea, for choosing
QByteArray toPdsaCsv(const Diagram &diagram);         // one row per PDSA cycle of a change idea

} // namespace kdd
