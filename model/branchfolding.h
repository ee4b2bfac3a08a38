#pragma once

#include "diagram.h"

#include <QHash>
#include <QSet>

namespace kdd {

// What collapsing some branches hides. A box is hidden when none of its parents from columns to
// its left is both shown and expanded; a root (no such parent) is always shown. So a shared
// box stays in sight while one of its parents does.
struct Folding
{
    QSet<NodeId> hidden;
    // For each shown, collapsed box: how many hidden boxes hang under it, counting every hidden
    // box once under the nearest shown box up its home-parent chain (what its "+N" badge says).
    QHash<NodeId, int> hiddenBelow;
};

// The folding of `diagram` with the boxes of `collapsed` collapsed (unknown ids are ignored).
Folding foldBranches(const Diagram &diagram, const QSet<NodeId> &collapsed);

// Whether `id` has a child (a box linked from it in a column to its right): whether collapsing
// it can hide anything.
bool hasChildren(const Diagram &diagram, const NodeId &id);

// The collapsed boxes up `id`'s home-parent chain: expanding them brings `id` into sight.
QSet<NodeId> collapsedAbove(const Diagram &diagram, const QSet<NodeId> &collapsed,
                            const NodeId &id);

// `diagram` without the boxes of `hidden` (their links and measure attachments go with them).
Diagram withoutNodes(const Diagram &diagram, const QSet<NodeId> &hidden);

} // namespace kdd
