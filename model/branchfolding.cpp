#include "branchfolding.h"

#include "diagramtree.h"

#include <algorithm>

namespace kdd {

Folding foldBranches(const Diagram &diagram, const QSet<NodeId> &collapsed)
{
    Folding folding;
    if (collapsed.isEmpty())
        return folding;
    const std::vector<Node> &nodes = diagram.nodes();
    // Parents from the left, by box index; links only run rightwards between columns, so going
    // column by column settles every parent before its children.
    std::vector<std::vector<int>> parents(nodes.size());
    for (const Link &l : diagram.links()) {
        const int from = diagram.indexOf(l.from);
        const int to = diagram.indexOf(l.to);
        if (from >= 0 && to >= 0
            && nodes[static_cast<std::size_t>(from)].column()
                   < nodes[static_cast<std::size_t>(to)].column())
            parents[static_cast<std::size_t>(to)].push_back(from);
    }
    std::vector<int> byColumn(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
        byColumn[i] = static_cast<int>(i);
    std::stable_sort(byColumn.begin(), byColumn.end(), [&](int a, int b) {
        return nodes[static_cast<std::size_t>(a)].column()
             < nodes[static_cast<std::size_t>(b)].column();
    });
    std::vector<char> shown(nodes.size(), 0);
    for (const int i : byColumn) {
        const auto index = static_cast<std::size_t>(i);
        bool visible = parents[index].empty();
        for (const int p : parents[index]) {
            const auto pi = static_cast<std::size_t>(p);
            if (shown[pi] && !collapsed.contains(nodes[pi].id)) {
                visible = true;
                break;
            }
        }
        shown[index] = visible;
        if (!visible)
            folding.hidden.insert(nodes[index].id);
    }
    const DiagramTree tree(diagram);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (shown[i])
            continue;
        int up = tree.parent(static_cast<int>(i));
        while (up >= 0 && !shown[static_cast<std::size_t>(up)])
            up = tree.parent(up);
        if (up >= 0)
            ++folding.hiddenBelow[nodes[static_cast<std::size_t>(up)].id];
    }
    return folding;
}

bool hasChildren(const Diagram &diagram, const NodeId &id)
{
    const Node *node = diagram.node(id);
    if (!node)
        return false;
    return std::any_of(diagram.links().begin(), diagram.links().end(), [&](const Link &l) {
        const Node *to = l.from == id ? diagram.node(l.to) : nullptr;
        return to && to->column() > node->column();
    });
}

QSet<NodeId> collapsedAbove(const Diagram &diagram, const QSet<NodeId> &collapsed, const NodeId &id)
{
    QSet<NodeId> above;
    for (NodeId up = homeParent(diagram, id); !up.isEmpty(); up = homeParent(diagram, up)) {
        if (collapsed.contains(up))
            above.insert(up);
    }
    return above;
}

Diagram withoutNodes(const Diagram &diagram, const QSet<NodeId> &hidden)
{
    Diagram reduced = diagram;
    for (const NodeId &id : hidden)
        reduced.removeNode(id);
    return reduced;
}

} // namespace kdd
