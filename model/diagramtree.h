#pragma once

#include "diagram.h"

#include <vector>

namespace kdd {

// The forest a diagram is drawn as. Every box hangs under its home parent — the box its first
// link in `links` comes from, among links from columns to its left — and a box without such a
// link is a root. Siblings, and roots, keep the order of `nodes` (or of a given rank). Reading
// the forest depth first gives each column's order: every box's children form one contiguous
// block beside it, and blocks follow their parents' order, so a diagram without shared links
// draws without a crossing. Indices are positions in Diagram::nodes().
class DiagramTree
{
public:
    // `rank` (one value per node, lower first) orders siblings and roots instead of the
    // document's order; empty means the document's order.
    explicit DiagramTree(const Diagram &diagram, const std::vector<int> &rank = {});

    int parent(int node) const { return m_parent[static_cast<std::size_t>(node)]; }
    const std::vector<int> &children(int node) const
    {
        return m_children[static_cast<std::size_t>(node)];
    }
    const std::vector<int> &roots() const { return m_roots; }
    // Every node once, each before its children, blocks in their parents' order.
    const std::vector<int> &preorder() const { return m_preorder; }
    // A node's place in preorder().
    int position(int node) const { return m_position[static_cast<std::size_t>(node)]; }
    // The number of nodes in `node`'s block: itself and all its descendants.
    int blockSize(int node) const { return m_blockSize[static_cast<std::size_t>(node)]; }

private:
    std::vector<int> m_parent;
    std::vector<std::vector<int>> m_children;
    std::vector<int> m_roots;
    std::vector<int> m_preorder;
    std::vector<int> m_position;
    std::vector<int> m_blockSize;
};

// The home parent of `id` (see DiagramTree), or an empty id for a root.
NodeId homeParent(const Diagram &diagram, const NodeId &id);

} // namespace kdd
