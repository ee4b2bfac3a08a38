#pragma once

#include "diagramlayout.h"
#include "typography.h"

#include "model/diagram.h"

#include <QFont>
#include <QPolygonF>
#include <QSizeF>
#include <QString>

#include <vector>

// The sparkline badge of a box: which measure it shows, how much room it takes in the badge row,
// and the line itself. Shared by the layout (room), the painters and the canvas (tooltip).
namespace kdd {

class MeasureSignals;
class TextLanguage;

// The frame of the line: 40 by 12 at the standard text size, scaled with the badges.
QSizeF sparklineSize(const Typography &t);
// The number after the line when a box has more measures with data ("+1"), empty for none.
QString sparklineMore(int more);
// The width the sparkline takes in a badge row (line, gap and "+N"); 0 when it is not shown.
qreal sparklineWidth(const DiagramLayout::Sparkline &spark, const Typography &t);

// The sparkline of box `id`: its first measure with data, outcome measures before the others
// and otherwise in document order, with its signal from `signalCache` (computed here when absent).
// Not shown (empty measure) when no measure of the box has data. Rects are left empty.
DiagramLayout::Sparkline boxSparkline(const Diagram &diagram, const NodeId &id,
                                      const MeasureSignals *signalCache, const TextLanguage &words);

// The points of the line in `rect`: oldest at the left, the lowest value at the bottom; a flat
// series runs through the middle; values that are not numbers are skipped.
QPolygonF sparklinePoints(const std::vector<double> &values, const QRectF &rect);

// Numerator, denominator, source, target and strata of a measure, one per line, for hovering.
QString measureDefinition(const Measure &measure, const TextLanguage &words);

// "Improving", "Deteriorating", "Special-cause signal", "No signal" in the document's words.
QString verdictWords(spc::Verdict verdict, const TextLanguage &words);

} // namespace kdd
