#pragma once

#include "diagramlayout.h"
#include "layoutengine.h"

#include "model/diagram.h"

namespace kdd {

// Adds column headers, the title block and the legend around placed boxes and links, moves
// everything so that the whole drawing starts at (0, 0), and sets `layout.bounds`; `t` is the
// typography the boxes were measured with.
void addDecorations(const Diagram &diagram, const LayoutOptions &options, const Typography &t,
                    DiagramLayout &layout);

} // namespace kdd
