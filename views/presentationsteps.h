#pragma once

#include "layout/diagramlayout.h"
#include "model/diagram.h"

#include <QRectF>
#include <QSet>
#include <QString>

#include <vector>

namespace kdd {

// One step of a presentation after the first (the whole diagram): a primary driver's branch —
// the aims, that driver and everything under it — and where the branch is drawn.
struct PresentationStep
{
    NodeId primary;
    QString text;       // the primary driver's text, for the step indicator
    QSet<NodeId> nodes; // shown at full strength (links count when both ends are in it)
    // The driver and the boxes drawn in its block on the canvas: its descendants that hang
    // under it, not the ideas it shares with a driver drawn elsewhere (nor the aims).
    QRectF branchBounds;
};

// The steps after the whole diagram, one per primary driver in the order a room reads them: top
// to bottom as drawn in `layout` (boxes of `diagram` missing from it go last, in file order).
std::vector<PresentationStep> presentationSteps(const Diagram &diagram,
                                                const DiagramLayout &layout);

} // namespace kdd
