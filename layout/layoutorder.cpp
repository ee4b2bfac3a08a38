// Orders read back from a finished layout: the tidy layout's box order and its crossing count.
#include "layoutengine.h"

#include "model/crossings.h"

#include <algorithm>
#include <map>

namespace kdd {

std::vector<NodeId> tidyNodeOrder(const Diagram &diagram)
{
    // Graphviz refines our crossing reduction in a tidy layout; the boxes' positions tell the
    // order it settled on.
    LayoutOptions options;
    options.order = LayoutSettings::Order::Tidy;
    options.titleBlock = false;
    options.legend = false;
    DiagramLayout layout;
    if (!layoutDiagram(diagram, options, layout))
        return crossingReducedNodeOrder(diagram);
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
    return nodeOrderFromColumns(diagram, columns);
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
