#include "presentationsteps.h"

#include "model/diagramtree.h"
#include "model/lineofsight.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace kdd {

std::vector<PresentationStep> presentationSteps(const Diagram &diagram, const DiagramLayout &layout)
{
    QHash<NodeId, QRectF> drawn;
    for (const DiagramLayout::Box &box : layout.boxes)
        drawn.insert(box.id, box.rect);
    QSet<NodeId> aims;
    std::vector<const Node *> primaries;
    for (const Node &node : diagram.nodes()) {
        if (node.isAim())
            aims.insert(node.id);
        else if (node.isDriver() && node.column() == 1)
            primaries.push_back(&node);
    }
    // Where a box is read: from the top, then from the left; undrawn boxes last (stable sort).
    const auto place = [&drawn](const Node *node) {
        const auto at = drawn.constFind(node->id);
        constexpr qreal After = std::numeric_limits<qreal>::max();
        return at == drawn.cend() ? std::make_pair(After, After)
                                  : std::make_pair(at->top(), at->left());
    };
    std::stable_sort(primaries.begin(), primaries.end(),
                     [&place](const Node *a, const Node *b) { return place(a) < place(b); });
    // Each box's block on the canvas is that of the primary driver its home parents lead to.
    const DiagramTree tree(diagram);
    const auto homePrimary = [&](const NodeId &id) {
        int at = diagram.indexOf(id);
        while (at >= 0 && diagram.nodes()[static_cast<std::size_t>(at)].column() > 1)
            at = tree.parent(at);
        return at < 0 ? NodeId() : diagram.nodes()[static_cast<std::size_t>(at)].id;
    };
    std::vector<PresentationStep> steps;
    steps.reserve(primaries.size());
    for (const Node *primary : primaries) {
        PresentationStep step;
        step.primary = primary->id;
        step.text = primary->text;
        const LineOfSight sight = lineOfSight(diagram, primary->id);
        step.nodes = aims;
        step.nodes.insert(primary->id);
        QRectF bounds = drawn.value(primary->id);
        for (const NodeId &id : sight.descendants) {
            step.nodes.insert(id);
            const auto at = drawn.constFind(id);
            if (at != drawn.cend() && homePrimary(id) == primary->id)
                bounds = bounds.isNull() ? *at : bounds.united(*at);
        }
        step.branchBounds = bounds;
        steps.push_back(std::move(step));
    }
    return steps;
}

} // namespace kdd
