#pragma once

#include <utility>
#include <vector>

namespace kdd {

// A layered graph for ordering: layers left to right, each an ordered list of item ids; edges
// join an item to one in the next layer (long links are split into chains by the caller or by
// LayerGraph::addLongEdge).
class LayerGraph
{
public:
    explicit LayerGraph(std::vector<std::vector<int>> layers);

    // Joins `from` (in layer a) to `to` (in layer b > a), adding virtual items in between.
    void addEdge(int from, int to);

    const std::vector<std::vector<int>> &layers() const { return m_layers; }
    // The order of real items only (virtual items removed), layer by layer.
    std::vector<std::vector<int>> realOrder() const;
    // Crossings between every pair of adjacent layers, in the current order.
    long long crossings() const;

    // Reorders layers `firstMovable`.. to reduce crossings: median/barycentre sweeps in both
    // directions and adjacent transpositions, keeping the best order seen. Deterministic.
    void reduceCrossings(int firstMovable = 1, int maxSweeps = 32);

private:
    struct Item
    {
        int layer = 0;
        bool isVirtual = false;
        std::vector<int> up;   // neighbours in layer - 1 (item indices)
        std::vector<int> down; // neighbours in layer + 1
    };

    int itemFor(int id) const;
    long long crossingsBetween(std::size_t upper) const;
    void sortLayer(std::size_t layer, bool useUpperNeighbours);
    bool transpose(int firstMovable, bool swapTies);
    void refreshPositions(std::size_t layer);

    std::vector<std::vector<int>> m_layers; // item indices
    std::vector<Item> m_items;
    std::vector<int> m_idOfItem; // -1 for virtual items
    std::vector<int> m_itemOfId;
    std::vector<int> m_position; // position of each item within its layer
};

// Counts pairs of crossing edges given as (position in left layer, position in right layer).
long long countCrossings(std::vector<std::pair<double, double>> edges);

} // namespace kdd
