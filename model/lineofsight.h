#pragma once

#include "diagram.h"

#include <QSet>

namespace kdd {

// Why a box matters and what it depends on: every box on a path from the aim down to it
// (ancestors), every box under it (descendants), and the links on those paths.
struct LineOfSight
{
    NodeId focus;
    QSet<NodeId> ancestors;
    QSet<NodeId> descendants;

    bool contains(const NodeId &id) const
    {
        return id == focus || ancestors.contains(id) || descendants.contains(id);
    }
    // Whether from -> to lies on a path through the focus (aim ... -> focus -> ... idea).
    bool containsLink(const NodeId &from, const NodeId &to) const;
};

// The line of sight of `id` (empty sets if it is unknown). Follows links in both directions
// whatever columns they skip; linear in the number of links.
LineOfSight lineOfSight(const Diagram &diagram, const NodeId &id);

} // namespace kdd
