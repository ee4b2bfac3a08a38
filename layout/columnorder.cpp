// The vertical order of boxes within each column: the user's, or one with fewer crossings.
#include "layoutengine.h"

#include "crossings.h"

#include <QHash>

#include <map>

namespace kdd {

std::vector<std::vector<NodeId>> columnOrder(const Diagram &diagram, LayoutSettings::Order order)
{
    std::map<int, std::vector<int>> byColumn; // node indices per used column, document order
    const std::vector<Node> &nodes = diagram.nodes();
    for (std::size_t i = 0; i < nodes.size(); ++i)
        byColumn[nodes[i].column()].push_back(static_cast<int>(i));
    std::vector<std::vector<int>> layers;
    for (auto &entry : byColumn)
        layers.push_back(std::move(entry.second));

    if (order == LayoutSettings::Order::Tidy && layers.size() > 1) {
        QHash<int, int> layerOfColumn;
        int layer = 0;
        for (const auto &entry : byColumn)
            layerOfColumn.insert(entry.first, layer++);
        LayerGraph graph(layers);
        for (const Link &link : diagram.links()) {
            const int from = diagram.indexOf(link.from);
            const int to = diagram.indexOf(link.to);
            if (nodes[static_cast<std::size_t>(from)].column()
                < nodes[static_cast<std::size_t>(to)].column())
                graph.addEdge(from, to);
        }
        // The aims keep the user's order (a global aim above its SMART aim).
        graph.reduceCrossings(1);
        layers = graph.realOrder();
    }

    std::vector<std::vector<NodeId>> ids;
    ids.reserve(layers.size());
    for (const std::vector<int> &layer : layers) {
        std::vector<NodeId> column;
        column.reserve(layer.size());
        for (const int index : layer)
            column.push_back(nodes[static_cast<std::size_t>(index)].id);
        ids.push_back(std::move(column));
    }
    return ids;
}

std::vector<NodeId> tidyNodeOrder(const Diagram &diagram)
{
    // The order the tidy layout actually shows (our crossing reduction refined by Graphviz's),
    // read back from the boxes' positions.
    LayoutOptions options;
    options.order = LayoutSettings::Order::Tidy;
    options.titleBlock = false;
    options.legend = false;
    DiagramLayout layout;
    std::map<int, std::vector<std::pair<qreal, NodeId>>> byColumn;
    if (layoutDiagram(diagram, options, layout)) {
        for (const DiagramLayout::Box &b : layout.boxes)
            byColumn[b.column].emplace_back(b.rect.top(), b.id);
    } else {
        for (const std::vector<NodeId> &column : columnOrder(diagram, LayoutSettings::Order::Tidy)) {
            for (std::size_t i = 0; i < column.size(); ++i)
                byColumn[diagram.node(column[i])->column()].emplace_back(static_cast<qreal>(i), column[i]);
        }
    }
    for (auto &entry : byColumn)
        std::stable_sort(entry.second.begin(), entry.second.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
    // Each column's nodes take the places in the node list that the column's nodes had before.
    std::map<int, std::size_t> next;
    std::vector<NodeId> order;
    order.reserve(diagram.nodes().size());
    for (const Node &n : diagram.nodes()) {
        const int column = n.column();
        order.push_back(byColumn[column][next[column]++].second);
    }
    return order;
}

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
