#include "node.h"

#include <algorithm>

namespace kdd {

int Node::column() const
{
    switch (kind) {
    case NodeKind::Aim:
        return AimColumn;
    case NodeKind::Driver:
        return std::clamp(level, MinDriverLevel, MaxDriverLevel);
    case NodeKind::Change:
        return ChangeColumn;
    }
    return AimColumn;
}

bool Node::hasPractice(Practice practice) const
{
    return std::find(practices.begin(), practices.end(), practice) != practices.end();
}

bool operator==(const Node &a, const Node &b)
{
    return a.id == b.id && a.kind == b.kind && a.role == b.role && a.level == b.level
        && a.text == b.text && a.notes == b.notes && a.status == b.status
        && a.reliability == b.reliability && a.owner == b.owner && a.partners == b.partners
        && a.votes == b.votes && a.impact == b.impact && a.effort == b.effort
        && a.practices == b.practices && a.cycles == b.cycles && a.extras == b.extras;
}

} // namespace kdd
