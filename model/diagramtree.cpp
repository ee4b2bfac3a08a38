// The home-parent forest behind the user's order ("keep my order").
#include "diagramtree.h"

#include <algorithm>
#include <numeric>

namespace kdd {

DiagramTree::DiagramTree(const Diagram &diagram, const std::vector<int> &rank)
{
    const std::vector<Node> &nodes = diagram.nodes();
    const std::size_t n = nodes.size();
    m_parent.assign(n, -1);
    m_children.assign(n, {});
    m_position.assign(n, 0);
    m_blockSize.assign(n, 1);
    std::vector<int> column(n);
    for (std::size_t i = 0; i < n; ++i)
        column[i] = nodes[i].column();
    for (const Link &link : diagram.links()) {
        const int from = diagram.indexOf(link.from);
        const int to = diagram.indexOf(link.to);
        if (from < 0 || to < 0)
            continue;
        const auto t = static_cast<std::size_t>(to);
        // Links within the aim column (global aim -> SMART aim) are not part of the tree.
        if (m_parent[t] < 0 && column[static_cast<std::size_t>(from)] < column[t])
            m_parent[t] = from;
    }
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    if (rank.size() == n) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return rank[static_cast<std::size_t>(a)] < rank[static_cast<std::size_t>(b)];
        });
    }
    for (const int i : order) {
        const int p = m_parent[static_cast<std::size_t>(i)];
        if (p < 0)
            m_roots.push_back(i);
        else
            m_children[static_cast<std::size_t>(p)].push_back(i);
    }
    // Depth first without recursion: a tree may be deep enough in a hostile file to matter.
    m_preorder.reserve(n);
    std::vector<int> stack(m_roots.rbegin(), m_roots.rend());
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        m_position[static_cast<std::size_t>(node)] = static_cast<int>(m_preorder.size());
        m_preorder.push_back(node);
        const std::vector<int> &kids = m_children[static_cast<std::size_t>(node)];
        stack.insert(stack.end(), kids.rbegin(), kids.rend());
    }
    for (auto it = m_preorder.rbegin(); it != m_preorder.rend(); ++it) {
        const int p = m_parent[static_cast<std::size_t>(*it)];
        if (p >= 0)
            m_blockSize[static_cast<std::size_t>(p)] += m_blockSize[static_cast<std::size_t>(*it)];
    }
}

NodeId homeParent(const Diagram &diagram, const NodeId &id)
{
    const Node *node = diagram.node(id);
    if (!node)
        return {};
    for (const Link &link : diagram.links()) {
        const Node *from = link.to == id ? diagram.node(link.from) : nullptr;
        if (from && from->column() < node->column())
            return link.from;
    }
    return {};
}

} // namespace kdd
