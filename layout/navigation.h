#pragma once

#include "diagramlayout.h"

#include "model/diagram.h"

namespace kdd {

enum class Direction { Up, Down, Left, Right };

// The box the arrow keys go to from `from` in a finished layout. Up/Down: the nearest box above
// or below in the same column. Left/Right: a linked box nearer the aim / further out, nearest in
// height; failing that, the nearest box in the neighbouring column. Boxes the layout shows but
// the diagram does not hold (ghosts of a comparison) are never chosen. With no `from` (or one
// not laid out) it is the diagram's first box. Empty when there is nowhere to go.
NodeId neighbourBox(const DiagramLayout &layout, const Diagram &diagram, const NodeId &from,
                    Direction direction);

} // namespace kdd
