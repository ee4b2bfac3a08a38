#pragma once

#include "reportpicture.h"
#include "theme.h"

#include "model/diagram.h"
#include "model/measurecharts.h"
#include "model/reportdocument.h"

#include <QSizeF>

namespace kdd {

// The size a chart is drawn at in a document (pixels at 96 dpi): as wide as an A4 or Letter
// page's text, so its words print at the size they have on screen.
QSizeF reportChartSize(const MeasureChart &chart);

// The chart a Chart block names (an empty chart with a problem when the measure is gone).
MeasureChart reportChart(const Diagram &diagram, const ReportBlock &block);

// Draws every Chart block of `report` into its `figure`: SVG and, unless SvgOnly, PNG at
// `theme` on an opaque background. Needs a QGuiApplication; false with `error` otherwise.
bool renderReportCharts(const Diagram &diagram, const Theme &theme, PictureFormats formats,
                        ReportDocument &report, QString *error);

} // namespace kdd
