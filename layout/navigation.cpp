#include "navigation.h"

#include <algorithm>
#include <cmath>

namespace kdd {

NodeId neighbourBox(const DiagramLayout &layout, const Diagram &diagram, const NodeId &fromId,
                    Direction direction)
{
    const DiagramLayout::Box *from = layout.box(fromId);
    if (!from)
        return diagram.nodes().empty() ? NodeId() : diagram.nodes().front().id;
    const DiagramLayout::Box *best = nullptr;
    qreal bestDistance = 1e18;
    const qreal y = from->rect.center().y();
    const auto consider = [&](const DiagramLayout::Box *b) {
        if (!b || b->id == fromId || !diagram.contains(b->id))
            return;
        const qreal distance = std::abs(b->rect.center().y() - y);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = b;
        }
    };
    if (direction == Direction::Up || direction == Direction::Down) {
        for (const DiagramLayout::Box &b : layout.boxes) {
            const bool above = b.rect.center().y() < y;
            if (b.column == from->column && (direction == Direction::Up ? above : !above))
                consider(&b);
        }
        return best ? best->id : NodeId();
    }
    const bool left = direction == Direction::Left;
    for (const Link &l : diagram.links()) {
        if (left && l.to == fromId)
            consider(layout.box(l.from));
        if (!left && l.from == fromId)
            consider(layout.box(l.to));
    }
    if (best)
        return best->id;
    int column = left ? -1 : 1 << 20;
    for (const DiagramLayout::Box &b : layout.boxes) {
        if (!diagram.contains(b.id))
            continue;
        if (left && b.column < from->column)
            column = std::max(column, b.column);
        if (!left && b.column > from->column)
            column = std::min(column, b.column);
    }
    for (const DiagramLayout::Box &b : layout.boxes) {
        if (b.column == column)
            consider(&b);
    }
    return best ? best->id : NodeId();
}

} // namespace kdd
