// The vertical order of boxes within each column: the user's, or one with fewer crossings.
#include "columnorder.h"

#include "crossings.h"
#include "diagramtree.h"

#include <QHash>

#include <map>

namespace kdd {

std::vector<std::vector<NodeId>> columnOrder(const Diagram &diagram, LayoutSettings::Order order)
{
    const std::vector<Node> &nodes = diagram.nodes();
    std::vector<std::vector<int>> layers; // node indices per used column
    {
        std::map<int, std::vector<int>> byColumn;
        if (order == LayoutSettings::Order::Tidy) {
            for (std::size_t i = 0; i < nodes.size(); ++i)
                byColumn[nodes[i].column()].push_back(static_cast<int>(i));
        } else {
            const DiagramTree tree(diagram);
            for (const int index : tree.preorder())
                byColumn[nodes[static_cast<std::size_t>(index)].column()].push_back(index);
        }
        for (auto &entry : byColumn)
            layers.push_back(std::move(entry.second));
    }

    // Tidy reorders freely: blocks would cost half the gain where links are shared widely.
    if (order == LayoutSettings::Order::Tidy && layers.size() > 1) {
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

std::vector<NodeId> nodeOrderFromColumns(const Diagram &diagram,
                                         const std::vector<std::vector<NodeId>> &columns)
{
    QHash<int, const std::vector<NodeId> *> idsOfColumn;
    for (const std::vector<NodeId> &column : columns) {
        if (!column.empty())
            idsOfColumn.insert(diagram.node(column.front())->column(), &column);
    }
    std::map<int, std::size_t> next;
    std::vector<NodeId> order;
    order.reserve(diagram.nodes().size());
    for (const Node &n : diagram.nodes()) {
        const int column = n.column();
        order.push_back(idsOfColumn.value(column)->at(next[column]++));
    }
    return order;
}

std::vector<NodeId> crossingReducedNodeOrder(const Diagram &diagram)
{
    return nodeOrderFromColumns(diagram, columnOrder(diagram, LayoutSettings::Order::Tidy));
}

} // namespace kdd
