#pragma once

#include "diagram.h"
#include "metadata.h"

#include <vector>

namespace kdd {

// The node ids per column (aims, levels 1-3, change ideas; empty columns left out), in the order
// the layout starts from: keep — the tree order of DiagramTree (each box's children one block
// beside it, siblings in the document's order); tidy — reordered freely for fewer crossing links
// (the aim column always keeps the document's order, so a global aim stays above its SMART aim).
std::vector<std::vector<NodeId>> columnOrder(const Diagram &diagram, LayoutSettings::Order order);

// The document's node list with each column's nodes put in the order `columns` gives, each column
// taking the places in the list that its nodes had before (so only the order within columns
// changes). `columns` must hold every node exactly once, grouped by column as columnOrder does.
std::vector<NodeId> nodeOrderFromColumns(const Diagram &diagram,
                                         const std::vector<std::vector<NodeId>> &columns);

// The document's node list reordered by our crossing reduction within each column (each column
// taking the places its nodes had). Needs no layout; the tidy layout refines this order further
// with Graphviz (tidyNodeOrder in layout/layoutengine.h reads that one back).
std::vector<NodeId> crossingReducedNodeOrder(const Diagram &diagram);

} // namespace kdd
