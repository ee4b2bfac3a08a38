#pragma once

#include "model/metadata.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace kdd {

// What the link router needs: the boxes with their final heights and tops (their x is decided
// here), the used-column index of each box and each column's width, and the links to draw.
struct RoutingInput
{
    struct Link
    {
        int from;
        int to;
        // The link that hangs `to` under its home parent (the trunk); the others are shared.
        bool home = false;
    };
    std::vector<QRectF> rects;
    std::vector<int> columns;
    std::vector<qreal> columnWidths;
    std::vector<Link> links;
    LayoutSettings::Links style = LayoutSettings::Links::Brackets;
    qreal minGap = 64; // between columns, widened when many tracks need room
};

struct RoutingResult
{
    std::vector<QRectF> rects;               // the boxes, now with their x
    std::vector<std::vector<QPointF>> paths; // per link, as cubic Bézier points (straight pieces)
    std::vector<int> tracks;                 // per gap between columns: the tracks it holds
};

// Lays the columns out left to right and draws every link in `style`. Brackets: each parent's
// own children hang from one vertical trunk in the gap after it, with a horizontal branch into the
// middle of each child's left side; trunks of different parents that would overlap get tracks of
// their own; shared links leave and enter a box beside its middle and run on separate tracks; a
// link that skips columns crosses them where no box is (a gutter). Every piece is horizontal or
// vertical. Straight: one line from box to box. Links within one column (a global aim above its
// SMART aim) are vertical. Not for curves: those come from Graphviz.
RoutingResult routeLinks(const RoutingInput &input);

} // namespace kdd
