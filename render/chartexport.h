#pragma once

#include "theme.h"

#include "model/measurecharts.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

namespace kdd {

// The files a chart is written as.
enum class ChartFormat { Svg, Pdf, Png, Csv };

// "svg", "pdf", "png" or "csv" (a file's suffix, any case); false for anything else.
bool parseChartFormat(const QString &word, ChartFormat &format);

struct ChartFileOptions
{
    Theme theme = Theme::standard();
    QSizeF size;   // pixels at 96 dpi; empty: ChartPainter::defaultSize
    int dpi = 192; // PNG
};

// `chart` as the bytes of a file: SVG (real text, tooltips), PDF (one page the chart's size,
// searchable text), PNG or the chart's CSV (chartCsv). False with `error` when the drawing
// cannot be made (no QGuiApplication, an image too large).
bool writeChart(const MeasureChart &chart, ChartFormat format, const ChartFileOptions &options,
                QByteArray &output, QString *error);

} // namespace kdd
