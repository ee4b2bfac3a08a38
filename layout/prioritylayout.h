#pragma once

#include "textblock.h"
#include "typography.h"

#include "model/diagram.h"
#include "model/priority.h"

#include <QRectF>

#include <vector>

namespace kdd {

// Where everything of the prioritising grid goes, in layout units: the four PICK quadrants of
// impact (rows: high on top) × effort (columns: low on the left), the strip of ideas not placed
// yet on the left, and one card per change idea. The Prioritise view draws it, hit-tests drops
// on it, and the grid exports draw the same layout, so a file looks like the screen.
struct PriorityLayout
{
    struct Card
    {
        NodeId id;
        PickQuadrant quadrant = PickQuadrant::None;
        ChangeStatus status = ChangeStatus::Idea;
        int votes = 0;
        QRectF rect;
        TextBlock text; // wrapped, with an "Adopted:"/"Abandoned:" prefix as on the diagram
        QPointF textTopLeft;
        QRectF votesRect; // empty without votes
        QString fullText;
    };

    // A quadrant, or (quadrant None) the strip of ideas not placed yet.
    struct Region
    {
        PickQuadrant quadrant = PickQuadrant::None;
        QRectF rect;
        TextBlock name; // "Implement"
        TextBlock hint; // "low effort, high impact"
        QPointF nameTopLeft;
    };

    // "Low effort" above a column, "High impact" beside a row.
    struct Label
    {
        TextBlock text;
        QPointF topLeft;
    };

    TextBlock title;   // the diagram's title
    TextBlock details; // what the grid shows, with counts
    QPointF titleTopLeft;
    std::vector<Region> regions; // the strip, then Implement, Challenge, Possible, Kill
    std::vector<Label> labels;
    std::vector<Card> cards; // by region, most votes first, then in document order
    QRectF bounds;

    const Card *card(const NodeId &id) const;
    // The region at `point`, or nullptr outside all of them.
    const Region *regionAt(QPointF point) const;
    const Region *region(PickQuadrant quadrant) const;
};

// Lays out the change ideas of `diagram` with the fonts of `typography`. Needs fonts (a
// QGuiApplication); no Graphviz.
PriorityLayout layoutPriorities(const Diagram &diagram, const Typography &typography);

} // namespace kdd
