// Orders read back from a finished layout: the tidy layout's box order and its crossing count.
#include "layoutengine.h"

#include "model/columnorder.h"
#include "model/crossings.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace kdd {

namespace {

// The column orders a tidy layout settled on, read from its boxes' positions.
std::vector<std::vector<NodeId>> columnsByPosition(const DiagramLayout &layout)
{
    std::map<int, std::vector<std::pair<qreal, NodeId>>> byColumn;
    for (const DiagramLayout::Box &b : layout.boxes)
        byColumn[b.column].emplace_back(b.rect.top(), b.id);
    std::vector<std::vector<NodeId>> columns;
    for (auto &entry : byColumn) {
        std::stable_sort(entry.second.begin(), entry.second.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        std::vector<NodeId> column;
        for (const auto &placed : entry.second)
            column.push_back(placed.second);
        columns.push_back(std::move(column));
    }
    return columns;
}

} // namespace

TidyOrder tidyOrder(const Diagram &diagram)
{
    // Graphviz refines our crossing reduction in a tidy layout; the boxes' positions tell the
    // order it settled on.
    LayoutOptions options;
    options.order = LayoutSettings::Order::Tidy;
    // Graphviz places the boxes in tidy order; straight links cost nothing to draw.
    options.links = LayoutSettings::Links::Straight;
    options.ideas = LayoutSettings::Ideas::Separate;
    options.titleBlock = false;
    options.legend = false;
    DiagramLayout layout;
    TidyOrder result;
    for (const Link &l : diagram.links())
        result.links.emplace_back(l.from, l.to);
    if (!layoutDiagram(diagram, options, layout)) {
        result.nodes = crossingReducedNodeOrder(diagram);
        return result;
    }
    result.nodes = nodeOrderFromColumns(diagram, columnsByPosition(layout));

    // For each box, the parent (in a column to its left) drawn nearest to it.
    QHash<NodeId, std::pair<qreal, NodeId>> nearest;
    for (const Link &l : diagram.links()) {
        const DiagramLayout::Box *from = layout.box(l.from);
        const DiagramLayout::Box *to = layout.box(l.to);
        if (!from || !to || from->column >= to->column)
            continue;
        const qreal distance = std::abs(from->rect.center().y() - to->rect.center().y());
        const auto found = nearest.find(l.to);
        if (found == nearest.end() || distance < found->first)
            nearest.insert(l.to, {distance, l.from});
    }
    // That parent's link moves to where the box's first incoming link was; the rest keep order.
    std::vector<std::pair<NodeId, NodeId>> links;
    QSet<NodeId> placed;
    for (const Link &l : diagram.links()) {
        const auto home = nearest.find(l.to);
        if (home == nearest.end()
            || diagram.node(l.from)->column() >= diagram.node(l.to)->column()) {
            links.emplace_back(l.from, l.to);
            continue;
        }
        if (!placed.contains(l.to)) {
            placed.insert(l.to);
            links.emplace_back(home->second, l.to);
        }
        if (l.from != home->second)
            links.emplace_back(l.from, l.to);
    }
    result.links = std::move(links);
    return result;
}

std::vector<NodeId> tidyNodeOrder(const Diagram &diagram) { return tidyOrder(diagram).nodes; }

long long adjacentColumnCrossings(const DiagramLayout &layout)
{
    std::map<int, std::vector<std::pair<double, double>>> edgesByColumn;
    std::map<int, int> nextColumn;
    std::vector<int> columns;
    for (const DiagramLayout::Box &b : layout.boxes)
        columns.push_back(b.column);
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
    for (std::size_t i = 0; i + 1 < columns.size(); ++i)
        nextColumn[columns[i]] = columns[i + 1];
    for (const DiagramLayout::Edge &e : layout.edges) {
        const DiagramLayout::Box *from = layout.box(e.from);
        const DiagramLayout::Box *to = layout.box(e.to);
        if (!from || !to || from->column == to->column)
            continue;
        const auto next = nextColumn.find(from->column);
        if (next == nextColumn.end() || next->second != to->column)
            continue;
        edgesByColumn[from->column].emplace_back(from->rect.center().y(), to->rect.center().y());
    }
    long long total = 0;
    for (auto &entry : edgesByColumn)
        total += countCrossings(std::move(entry.second));
    return total;
}

} // namespace kdd
