#pragma once

#include "typography.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <vector>

// How the PDSA badge of a change idea is drawn, shared by the layout (the room it takes) and the
// painter: a rising ramp of steps, the iterations of Plan-Do-Study-Act, then the number of cycles.
namespace kdd {

// The badge's width in a badge row of typography `t`; 0 for no cycles.
qreal pdsaBadgeWidth(int cycles, const Typography &t);
// The ramp inside the badge `rect`: a staircase of three steps as straight segments of a cubic
// spline (points[0], then 3 points per segment), and the arrowhead at its top end.
std::vector<QPointF> pdsaRampLine(const QRectF &rect);
QPolygonF pdsaRampArrow(const QRectF &rect);
// Where the count's text starts (left-aligned baseline) in the badge `rect`, for `font`.
QPointF pdsaCountBaseline(const QRectF &rect, const QFont &font);

} // namespace kdd
