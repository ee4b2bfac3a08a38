// Box placement and link drawing for each link style: Graphviz for curves (and for the tidy
// order's placement), our tree placer and router for brackets and straight links.
#include "placement.h"

#include "graphvizplacer.h"
#include "linkrouter.h"
#include "treeplacer.h"

#include "model/columnorder.h"
#include "model/diagramtree.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace kdd {
namespace {

std::vector<QPointF> straightSpline(QPointF from, QPointF to)
{
    return {from, from + (to - from) / 3, from + (to - from) * 2 / 3, to};
}

// Curves: Graphviz places the boxes and routes the links as splines.
bool placeWithSplines(const Diagram &diagram, LayoutSettings::Order order, const Typography &t,
                      const QHash<NodeId, int> &boxOf, DiagramLayout &layout, QString *error,
                      bool routeEdges = true)
{
    PlacementInput input;
    input.columnGap = t.columnGap;
    input.rowGap = t.rowGap;
    // Keep: the document's order is held fixed. Tidy: our own crossing reduction gives Graphviz
    // its starting order (nodes and links are created in that order, which dot's initial
    // ranking follows), and Graphviz's crossing minimisation refines it.
    input.fixedOrder = order == LayoutSettings::Order::Keep;
    input.routeEdges = routeEdges;
    for (const DiagramLayout::Box &b : layout.boxes)
        input.sizes.push_back(b.rect.size());
    std::vector<int> rankIndex(layout.boxes.size(), 0);
    for (const std::vector<NodeId> &column : columnOrder(diagram, order)) {
        std::vector<int> indices;
        for (const NodeId &id : column) {
            rankIndex[static_cast<std::size_t>(boxOf.value(id))] = static_cast<int>(indices.size());
            indices.push_back(boxOf.value(id));
        }
        input.columns.push_back(std::move(indices));
    }
    std::vector<int> edgeOfLink; // index into input.edges, or -1 for aim -> aim connectors
    for (const Link &link : diagram.links()) {
        const int from = boxOf.value(link.from);
        const int to = boxOf.value(link.to);
        if (layout.boxes[static_cast<std::size_t>(from)].column
            < layout.boxes[static_cast<std::size_t>(to)].column) {
            edgeOfLink.push_back(static_cast<int>(input.edges.size()));
            input.edges.push_back({from, to});
        } else {
            edgeOfLink.push_back(-1);
        }
    }

    // Links reach Graphviz sorted by their ends' places in the columns: dot builds its initial
    // order by walking links in the order they were created.
    std::vector<std::size_t> edgeOrder(input.edges.size());
    std::iota(edgeOrder.begin(), edgeOrder.end(), 0);
    const auto key = [&](std::size_t e) {
        const PlacementInput::Edge &edge = input.edges[e];
        return std::make_tuple(layout.boxes[static_cast<std::size_t>(edge.from)].column,
                               rankIndex[static_cast<std::size_t>(edge.from)],
                               rankIndex[static_cast<std::size_t>(edge.to)]);
    };
    std::stable_sort(edgeOrder.begin(), edgeOrder.end(),
                     [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    PlacementInput sorted = input;
    for (std::size_t i = 0; i < edgeOrder.size(); ++i)
        sorted.edges[i] = input.edges[edgeOrder[i]];
    std::vector<int> placedIndexOf(input.edges.size());
    for (std::size_t i = 0; i < edgeOrder.size(); ++i)
        placedIndexOf[edgeOrder[i]] = static_cast<int>(i);
    for (int &e : edgeOfLink) {
        if (e >= 0)
            e = placedIndexOf[static_cast<std::size_t>(e)];
    }

    {
        const PlacementResult placed = placeWithGraphviz(sorted);
        if (!placed.ok) {
            *error = placed.error;
            return false;
        }
        for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
            QRectF &r = layout.boxes[i].rect;
            r.moveCenter(placed.centres[i]);
        }
        std::size_t linkIndex = 0;
        for (const Link &link : diagram.links()) {
            DiagramLayout::Edge edge{link.from, link.to, link.strength, {}};
            const int placedEdge = edgeOfLink[linkIndex++];
            if (placedEdge >= 0) {
                edge.points = placed.splines[static_cast<std::size_t>(placedEdge)];
            } else {
                // Global aim -> SMART aim: a short vertical connector in the aim column.
                const QRectF &a =
                    layout.boxes[static_cast<std::size_t>(boxOf.value(link.from))].rect;
                const QRectF &b = layout.boxes[static_cast<std::size_t>(boxOf.value(link.to))].rect;
                const bool down = a.center().y() < b.center().y();
                edge.points = straightSpline(QPointF(a.center().x(), down ? a.bottom() : a.top()),
                                             QPointF(b.center().x(), down ? b.top() : b.bottom()));
            }
            layout.edges.push_back(std::move(edge));
        }
    }
    return true;
}

// Brackets and straight links: in the user's order our own tree placement (no crossing
// minimisation, so an edit costs a few milliseconds); in tidy order Graphviz places the boxes.
// Then our router spaces the columns and draws the links.
bool placeWithConnectors(const Diagram &diagram, LayoutSettings::Order order,
                         LayoutSettings::Links style, const Typography &t,
                         const QHash<NodeId, int> &boxOf, DiagramLayout &layout, QString *error)
{
    const std::size_t count = layout.boxes.size();
    std::vector<int> used; // the drawn columns, left to right
    for (const DiagramLayout::Box &b : layout.boxes)
        used.push_back(b.column);
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    RoutingInput routing;
    routing.style = style;
    routing.minGap = t.columnGap;
    routing.columnWidths.assign(used.size(), 0);
    for (const DiagramLayout::Box &b : layout.boxes) {
        const auto c =
            static_cast<int>(std::lower_bound(used.begin(), used.end(), b.column) - used.begin());
        routing.columns.push_back(c);
        qreal &width = routing.columnWidths[static_cast<std::size_t>(c)];
        width = std::max(width, b.rect.width());
    }
    const DiagramTree tree(diagram);
    if (order == LayoutSettings::Order::Keep) {
        TreePlacementInput input;
        input.tree = &tree;
        input.columns = routing.columns;
        input.rowGap = t.rowGap;
        input.blockGap = t.rowGap;
        for (const DiagramLayout::Box &b : layout.boxes)
            input.sizes.push_back(b.rect.size());
        const std::vector<qreal> tops = placeTree(input);
        for (std::size_t i = 0; i < count; ++i)
            layout.boxes[i].rect.moveTop(tops[i]);
    } else {
        // Graphviz only places the boxes: our router draws the links, so its splines are not
        // computed at all.
        if (!placeWithSplines(diagram, order, t, boxOf, layout, error, false))
            return false;
        layout.edges.clear();
    }
    for (const DiagramLayout::Box &b : layout.boxes)
        routing.rects.push_back(b.rect);
    for (const Link &link : diagram.links()) {
        const int from = boxOf.value(link.from);
        const int to = boxOf.value(link.to);
        routing.links.push_back({from, to, tree.parent(to) == from});
    }
    RoutingResult routed = routeLinks(routing);
    for (std::size_t i = 0; i < count; ++i)
        layout.boxes[i].rect = routed.rects[i];
    std::size_t i = 0;
    for (const Link &link : diagram.links()) {
        DiagramLayout::Edge edge{link.from, link.to, link.strength, {}};
        edge.shared = !routing.links[i].home
                   && layout.boxes[static_cast<std::size_t>(routing.links[i].from)].column
                          != layout.boxes[static_cast<std::size_t>(routing.links[i].to)].column;
        edge.points = std::move(routed.paths[i++]);
        layout.edges.push_back(std::move(edge));
    }
    return true;
}

} // namespace

bool placeBoxesAndLinks(const Diagram &diagram, LayoutSettings::Order order,
                        LayoutSettings::Links links, const Typography &t, DiagramLayout &layout,
                        QString *error)
{
    QHash<NodeId, int> boxOf;
    for (std::size_t i = 0; i < layout.boxes.size(); ++i)
        boxOf.insert(layout.boxes[i].id, static_cast<int>(i));
    layout.edges.clear();
    if (links == LayoutSettings::Links::Curves)
        return placeWithSplines(diagram, order, t, boxOf, layout, error);
    return placeWithConnectors(diagram, order, links, t, boxOf, layout, error);
}

} // namespace kdd
