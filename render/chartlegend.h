#pragma once

#include "chartparts.h"

#include <QString>

#include <vector>

namespace kdd {
namespace chartparts {

// The legend's entries, in order.
struct LegendEntry
{
    enum Kind { Line, Centre, Limits, Zero, Ring, Marker, More } kind;
    QColor colour;
    Shape shape = Shape::Circle;
    QString text;
};

// The keys a chart needs: its lines (but a gap chart's), centre, limits, the signals it shows,
// the zero of gaps and the PDSA markers.
std::vector<LegendEntry> legendEntries(const Context &c, bool hasMarkers);
qreal legendRowHeight(const Context &c);
// The entries that fit in `maxHeight`: when the lines' entries do not all fit (a measure with
// hundreds of strata), the first ones that do and a "shows k of n" entry; the keys to centre,
// limits and signals are always kept, since every line needs them to be read.
std::vector<LegendEntry> fitLegend(const Context &c, const std::vector<LegendEntry> &entries,
                                   qreal width, qreal maxHeight);
// Draws the legend from `top` across `width`, wrapping; returns its height.
qreal paintLegend(const Context &c, const std::vector<LegendEntry> &entries, qreal top,
                  qreal width);

} // namespace chartparts
} // namespace kdd
