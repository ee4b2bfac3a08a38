#include "diagramkey.h"

#include <algorithm>
#include <set>

namespace kdd {

DiagramKey DiagramKey::of(const Diagram &diagram)
{
    DiagramKey key;
    std::set<ChangeStatus> used;
    for (const Node &n : diagram.nodes()) {
        if (n.isChange())
            used.insert(n.status);
    }
    if (used.size() > 1 || (used.size() == 1 && *used.begin() != ChangeStatus::Idea))
        key.statuses.assign(used.begin(), used.end()); // the enum's order
    key.linkStrengths = std::any_of(diagram.links().begin(), diagram.links().end(),
                                    [](const Link &l) { return l.strength == LinkStrength::Weak; });
    return key;
}

QString DiagramKey::label(ChangeStatus status)
{
    switch (status) {
    case ChangeStatus::Idea:
        return QStringLiteral("Not yet tested");
    case ChangeStatus::Testing:
        return QStringLiteral("Testing");
    case ChangeStatus::Adopted:
        return QStringLiteral("Adopted");
    case ChangeStatus::Abandoned:
        return QStringLiteral("Abandoned");
    }
    return QString();
}

QString DiagramKey::label(LinkStrength strength)
{
    return strength == LinkStrength::Weak ? QStringLiteral("Weak link")
                                          : QStringLiteral("Strong link");
}

} // namespace kdd
