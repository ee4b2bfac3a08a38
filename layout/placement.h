#pragma once

#include "diagramlayout.h"
#include "typography.h"

#include "model/diagram.h"

#include <QString>

namespace kdd {

// Places the measured boxes of `layout` (one per node, in the document's order, sized) and draws
// the links in `links` style: curves — Graphviz places and routes; brackets and straight — our
// tree placement in the user's order (Graphviz's placement in tidy order), then our router.
// Fills layout.edges; false with `error` set if Graphviz fails.
bool placeBoxesAndLinks(const Diagram &diagram, LayoutSettings::Order order,
                        LayoutSettings::Links links, const Typography &t, DiagramLayout &layout,
                        QString *error);

} // namespace kdd
