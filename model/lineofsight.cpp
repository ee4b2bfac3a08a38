#include "lineofsight.h"

#include <QHash>

#include <vector>

namespace kdd {

bool LineOfSight::containsLink(const NodeId &from, const NodeId &to) const
{
    const auto up = [this](const NodeId &id) { return id == focus || ancestors.contains(id); };
    const auto down = [this](const NodeId &id) { return id == focus || descendants.contains(id); };
    return (up(from) && up(to)) || (down(from) && down(to));
}

LineOfSight lineOfSight(const Diagram &diagram, const NodeId &id)
{
    LineOfSight sight;
    if (!diagram.contains(id))
        return sight;
    sight.focus = id;
    QHash<NodeId, std::vector<NodeId>> parents;
    QHash<NodeId, std::vector<NodeId>> children;
    for (const Link &l : diagram.links()) {
        parents[l.to].push_back(l.from);
        children[l.from].push_back(l.to);
    }
    const auto walk = [&id](const QHash<NodeId, std::vector<NodeId>> &next, QSet<NodeId> &seen) {
        std::vector<NodeId> stack{id};
        while (!stack.empty()) {
            const NodeId current = stack.back();
            stack.pop_back();
            for (const NodeId &n : next.value(current)) {
                if (n != id && !seen.contains(n)) {
                    seen.insert(n);
                    stack.push_back(n);
                }
            }
        }
    };
    walk(parents, sight.ancestors);
    walk(children, sight.descendants);
    return sight;
}

} // namespace kdd
