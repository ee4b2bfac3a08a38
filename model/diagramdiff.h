#pragma once

#include "diagram.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace kdd {

// What changed between two versions of a diagram, by id: boxes, links and measures added,
// removed or changed (with which fields), and the title. Used by `keydriver diff` and by the
// editor's "Compare with revision".
struct DiagramDiff
{
    struct Change
    {
        QString id;          // node or measure id; "from → to" for links
        QStringList details; // for changes: "text: “a” → “b”", "status: idea → testing", …
    };

    std::vector<Change> addedNodes;
    std::vector<Change> removedNodes;
    std::vector<Change> changedNodes;
    std::vector<Change> addedLinks;
    std::vector<Change> removedLinks;
    std::vector<Change> changedLinks;
    std::vector<Change> addedMeasures;
    std::vector<Change> removedMeasures;
    std::vector<Change> changedMeasures;
    QStringList otherChanges; // title, metadata

    bool isEmpty() const;
    // One line per difference: "+ node c9 (change idea): “New idea”", "- link p1 → s2", …
    QString toText() const;
};

DiagramDiff diffDiagrams(const Diagram &before, const Diagram &after);

// `current` with the boxes that `baseline` has and `current` lacks put back, for drawing a
// comparison with a revision: each comes back just below the box that preceded it in its column in
// `baseline` (or above the one that followed it), with the baseline's links that touch it where
// both ends are present and the link is still valid. Their ids are added to `removed`.
Diagram withRemovedNodes(const Diagram &current, const Diagram &baseline,
                         QSet<NodeId> *removed = nullptr);

} // namespace kdd
