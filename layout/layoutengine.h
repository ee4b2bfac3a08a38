#pragma once

#include "diagramlayout.h"
#include "typography.h"

#include "model/columnorder.h"
#include "model/diagram.h"

#include <QString>

#include <optional>
#include <vector>

namespace kdd {

class MeasureSignals;

struct LayoutOptions
{
    // Overrides the document's own choice (LayoutSettings::order) when set.
    std::optional<LayoutSettings::Order> order;
    std::optional<LayoutSettings::Links> links; // likewise for the link style
    std::optional<LayoutSettings::Ideas> ideas; // and for how change ideas are drawn
    // Overrides the document's text size (LayoutSettings::textSize) when set: a slide tries
    // tighter spacing.
    std::optional<Typography> typography;
    bool titleBlock = true;
    bool legend = true;
    bool measuresTable = false; // the measurement plan as a table under the diagram
    // Refuse diagrams past model/layoutlimits.h before Graphviz sees them. Only the probe that
    // measures those limits turns this off.
    bool enforceLimits = true;
    // The measures' signals for the sparkline badges, when already computed (an editor keeps
    // them across edits); the others are computed during the layout. Read only.
    const MeasureSignals *signalCache = nullptr;
};

// The fonts and spacing `diagram` is laid out with under `options`: theirs when set, else the
// standard set at the document's text size.
Typography layoutTypography(const Diagram &diagram, const LayoutOptions &options);

// Computes where every box, link, header, the title block and the legend of a diagram go.
// Needs a QGuiApplication (fonts). Returns false with `error` set if the diagram is past the
// layout limits (model/layoutlimits.h; checked first, in milliseconds) or if Graphviz fails.
bool layoutDiagram(const Diagram &diagram, const LayoutOptions &options, DiagramLayout &layout,
                   QString *error = nullptr);

// Brings the measure badges' names and definitions up to date with `diagram` without laying it
// out again. Returns false, changing nothing, if any box would gain, lose or reorder a badge or
// change a badge's type or number: that can change sizes and the legend, and needs
// layoutDiagram(). The sparklines are refreshed too (values and colours), with `signalCache`
// as in LayoutOptions; one that appears, disappears or changes its "+N" needs a layout.
bool refreshBadges(const Diagram &diagram, DiagramLayout &layout,
                   const MeasureSignals *signalCache = nullptr);

// The document's node list in the order a tidy layout shows within each column (each column
// taking the places its nodes had), for an editor's "Tidy up" that rewrites the order once: our
// crossing reduction (model/columnorder.h) refined by Graphviz's, read back from the boxes'
// positions, which has 4-12% fewer crossings than ours alone. Needs a QGuiApplication.
std::vector<NodeId> tidyNodeOrder(const Diagram &diagram);

// What "Tidy up" writes back, read from one tidy layout: the node order (as tidyNodeOrder) and
// the link order, in which the first link into a box with several parents comes from the
// parent the tidy layout drew it nearest — so that keep-my-order, which puts each box in its
// first parent's block, shows the untangled drawing. Needs a QGuiApplication.
struct TidyOrder
{
    std::vector<NodeId> nodes;
    std::vector<std::pair<NodeId, NodeId>> links; // (from, to), every link once
};
TidyOrder tidyOrder(const Diagram &diagram);

// Crossings between links of adjacent columns in a finished layout (box centres decide the
// order), as in the benchmark: a lower number reads more easily.
long long adjacentColumnCrossings(const DiagramLayout &layout);

} // namespace kdd
