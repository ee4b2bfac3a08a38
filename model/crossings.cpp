#include "crossings.h"

#include <algorithm>
#include <numeric>

namespace kdd {

long long countCrossings(std::vector<std::pair<double, double>> edges)
{
    // Sort by the left end; the crossings are then the inversions among the right ends, counted
    // with a Fenwick tree over their ranks: O(E log E).
    std::sort(edges.begin(), edges.end());
    std::vector<double> rights;
    rights.reserve(edges.size());
    for (const auto &e : edges)
        rights.push_back(e.second);
    std::vector<double> ranks = rights;
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    std::vector<long long> tree(ranks.size() + 1, 0);
    long long crossings = 0;
    long long seen = 0;
    for (const double r : rights) {
        const auto rank = static_cast<std::size_t>(std::lower_bound(ranks.begin(), ranks.end(), r)
                                                   - ranks.begin())
                        + 1;
        long long notGreater = 0;
        for (std::size_t i = rank; i > 0; i -= i & (~i + 1))
            notGreater += tree[i];
        crossings += seen - notGreater; // earlier edges ending strictly lower cross this one
        for (std::size_t i = rank; i < tree.size(); i += i & (~i + 1))
            ++tree[i];
        ++seen;
    }
    return crossings;
}

LayerGraph::LayerGraph(std::vector<std::vector<int>> layers)
{
    int maxId = -1;
    for (const auto &layer : layers) {
        for (const int id : layer)
            maxId = std::max(maxId, id);
    }
    m_itemOfId.assign(static_cast<std::size_t>(maxId + 1), -1);
    m_layers.resize(layers.size());
    for (std::size_t l = 0; l < layers.size(); ++l) {
        for (const int id : layers[l]) {
            const int item = static_cast<int>(m_items.size());
            m_items.push_back({static_cast<int>(l), false, {}, {}});
            m_idOfItem.push_back(id);
            m_itemOfId[static_cast<std::size_t>(id)] = item;
            m_layers[l].push_back(item);
        }
    }
    m_position.assign(m_items.size(), 0);
    for (std::size_t l = 0; l < m_layers.size(); ++l)
        refreshPositions(l);
}

int LayerGraph::itemFor(int id) const { return m_itemOfId[static_cast<std::size_t>(id)]; }

void LayerGraph::addEdge(int from, int to)
{
    int previous = itemFor(from);
    const int last = itemFor(to);
    const int toLayer = m_items[static_cast<std::size_t>(last)].layer;
    for (int layer = m_items[static_cast<std::size_t>(previous)].layer + 1; layer < toLayer;
         ++layer) {
        // A virtual item per skipped layer, placed at the end: the first sweep moves it.
        const int item = static_cast<int>(m_items.size());
        m_items.push_back({layer, true, {}, {}});
        m_idOfItem.push_back(-1);
        m_position.push_back(static_cast<int>(m_layers[static_cast<std::size_t>(layer)].size()));
        m_layers[static_cast<std::size_t>(layer)].push_back(item);
        m_items[static_cast<std::size_t>(previous)].down.push_back(item);
        m_items[static_cast<std::size_t>(item)].up.push_back(previous);
        previous = item;
    }
    m_items[static_cast<std::size_t>(previous)].down.push_back(last);
    m_items[static_cast<std::size_t>(last)].up.push_back(previous);
}

std::vector<std::vector<int>> LayerGraph::realOrder() const
{
    std::vector<std::vector<int>> order(m_layers.size());
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        for (const int item : m_layers[l]) {
            if (!m_items[static_cast<std::size_t>(item)].isVirtual)
                order[l].push_back(m_idOfItem[static_cast<std::size_t>(item)]);
        }
    }
    return order;
}

void LayerGraph::refreshPositions(std::size_t layer)
{
    const std::vector<int> &items = m_layers[layer];
    for (std::size_t i = 0; i < items.size(); ++i)
        m_position[static_cast<std::size_t>(items[i])] = static_cast<int>(i);
}

long long LayerGraph::crossingsBetween(std::size_t upper) const
{
    std::vector<std::pair<double, double>> edges;
    for (const int item : m_layers[upper]) {
        for (const int below : m_items[static_cast<std::size_t>(item)].down)
            edges.emplace_back(m_position[static_cast<std::size_t>(item)],
                               m_position[static_cast<std::size_t>(below)]);
    }
    return countCrossings(std::move(edges));
}

long long LayerGraph::crossings() const
{
    long long total = 0;
    for (std::size_t l = 0; l + 1 < m_layers.size(); ++l)
        total += crossingsBetween(l);
    return total;
}

void LayerGraph::sortLayer(std::size_t layer, bool useUpperNeighbours)
{
    std::vector<int> &items = m_layers[layer];
    // Weighted median of the neighbours' positions (Gansner et al., 1993). Items without
    // neighbours on that side keep their slot; the others are sorted into the remaining slots.
    std::vector<std::pair<double, int>> keyed;
    std::vector<bool> fixedSlot(items.size(), false);
    std::vector<int> positions;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item &item = m_items[static_cast<std::size_t>(items[i])];
        const std::vector<int> &neighbours = useUpperNeighbours ? item.up : item.down;
        if (neighbours.empty()) {
            fixedSlot[i] = true;
            continue;
        }
        positions.clear();
        for (const int n : neighbours)
            positions.push_back(m_position[static_cast<std::size_t>(n)]);
        std::sort(positions.begin(), positions.end());
        const std::size_t m = positions.size() / 2;
        double median;
        if (positions.size() % 2 == 1) {
            median = positions[m];
        } else if (positions.size() == 2) {
            median = (positions[0] + positions[1]) / 2.0;
        } else {
            const double left = positions[m - 1] - positions.front();
            const double right = positions.back() - positions[m];
            median = left + right > 0
                       ? (positions[m - 1] * right + positions[m] * left) / (left + right)
                       : (positions[m - 1] + positions[m]) / 2.0;
        }
        // Ties keep the current order, which keeps the sort stable and the result deterministic.
        keyed.emplace_back(median + static_cast<double>(i) * 1e-9, items[i]);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::size_t next = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!fixedSlot[i])
            items[i] = keyed[next++].second;
    }
    refreshPositions(layer);
}

bool LayerGraph::transpose(int firstMovable, bool swapTies)
{
    // Crossings among the edges of two neighbouring items u (above) and v (below) on one side.
    const auto pairCrossings = [&](const std::vector<int> &a, const std::vector<int> &b) {
        long long count = 0;
        for (const int x : a) {
            for (const int y : b)
                count += m_position[static_cast<std::size_t>(x)]
                       > m_position[static_cast<std::size_t>(y)];
        }
        return count;
    };
    bool improved = false;
    for (std::size_t l = static_cast<std::size_t>(firstMovable); l < m_layers.size(); ++l) {
        std::vector<int> &items = m_layers[l];
        for (std::size_t i = 0; i + 1 < items.size(); ++i) {
            const Item &u = m_items[static_cast<std::size_t>(items[i])];
            const Item &v = m_items[static_cast<std::size_t>(items[i + 1])];
            // Skip pairs whose cost would be quadratic in huge fan-ins; medians handle those.
            if ((u.up.size() + u.down.size()) * (v.up.size() + v.down.size()) > 400)
                continue;
            const long long now = pairCrossings(u.up, v.up) + pairCrossings(u.down, v.down);
            const long long swapped = pairCrossings(v.up, u.up) + pairCrossings(v.down, u.down);
            // Swapping ties too (on alternate sweeps, as dot does) lets the order drift off a
            // plateau towards a better one; the best order seen is kept anyway.
            if (swapped < now || (swapTies && swapped == now && now > 0)) {
                std::swap(items[i], items[i + 1]);
                m_position[static_cast<std::size_t>(items[i])] = static_cast<int>(i);
                m_position[static_cast<std::size_t>(items[i + 1])] = static_cast<int>(i + 1);
                improved = improved || swapped < now;
            }
        }
    }
    return improved;
}

void LayerGraph::reduceCrossings(int firstMovable, int maxSweeps)
{
    const std::size_t first = static_cast<std::size_t>(std::max(firstMovable, 1));
    std::vector<std::vector<int>> best = m_layers;
    long long bestCrossings = crossings();
    int sinceImprovement = 0;
    for (int sweep = 0; sweep < maxSweeps && bestCrossings > 0; ++sweep) {
        if (sweep % 2 == 0) {
            for (std::size_t l = first; l < m_layers.size(); ++l)
                sortLayer(l, true);
        } else {
            for (auto l = static_cast<long>(m_layers.size()) - 2; l >= static_cast<long>(first);
                 --l)
                sortLayer(static_cast<std::size_t>(l), false);
        }
        for (int pass = 0; pass < 12 && transpose(static_cast<int>(first), sweep % 4 >= 2);
             ++pass) {
        }
        const long long now = crossings();
        if (now < bestCrossings) {
            bestCrossings = now;
            best = m_layers;
            sinceImprovement = 0;
        } else if (++sinceImprovement >= 10) {
            break;
        }
    }
    m_layers = std::move(best);
    for (std::size_t l = 0; l < m_layers.size(); ++l)
        refreshPositions(l);
}

} // namespace kdd
