#pragma once

#include <QPointF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace kdd {

// What Graphviz needs to place one diagram: box sizes, the column of each box, the order of the
// boxes within each column, and the links. Units as in DiagramLayout.
struct PlacementInput
{
    std::vector<QSizeF> sizes;             // one per box
    std::vector<std::vector<int>> columns; // used columns left to right, box indices top to bottom
    struct Edge
    {
        int from;
        int to; // in a column to the right of `from`'s
    };
    std::vector<Edge> edges;
    qreal columnGap = 64;
    qreal rowGap = 14;
    // Hold each column in the given order (true), or let Graphviz minimise crossings (false).
    bool fixedOrder = true;
    // Route the links as splines (true), or only place the boxes (the splines come back empty).
    bool routeEdges = true;
};

struct PlacementResult
{
    bool ok = false;
    QString error;                             // Graphviz's own message when !ok
    std::vector<QPointF> centres;              // one per box, y down
    std::vector<std::vector<QPointF>> splines; // one per edge: Bézier points, tail to head
};

// Runs Graphviz's dot layout in-process (never the `dot` program). Graphviz is not thread-safe;
// calls are serialised internally.
PlacementResult placeWithGraphviz(const PlacementInput &input);

} // namespace kdd
