#pragma once

#include "diagramlayout.h"
#include "typography.h"

#include "model/diagram.h"

#include <QString>

#include <vector>

namespace kdd {

// The cards of stacked change ideas: for each driver, the change ideas whose only link comes
// from it, top to bottom in the user's order — when there are at least two. Box indices.
std::vector<std::vector<int>> findIdeaCards(const Diagram &diagram);

// placeBoxesAndLinks (placement.h) with each card placed as one box as tall as its rows, with one
// connector from its driver; then the rows are stacked inside it and the card outlines recorded.
bool placeWithIdeaCards(const Diagram &diagram, LayoutSettings::Order order,
                        LayoutSettings::Links links, const Typography &t, DiagramLayout &layout,
                        QString *error);

} // namespace kdd
