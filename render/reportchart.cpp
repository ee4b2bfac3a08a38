#include "reportchart.h"

#include "chartexport.h"
#include "chartpainter.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace kdd {

QSizeF reportChartSize(const MeasureChart &chart)
{
    // 640 px = 480 pt: the text width of an A4 page with 2 cm margins is 483 pt.
    const QSizeF natural = ChartPainter::defaultSize(chart);
    constexpr qreal width = 640;
    return {width, std::max<qreal>(300, natural.height() * width / natural.width())};
}

MeasureChart reportChart(const Diagram &diagram, const ReportBlock &block)
{
    for (const Measure &measure : diagram.measures()) {
        if (measure.id != block.measure)
            continue;
        ChartRequest request;
        request.view = block.byStratum ? ChartView::ByStratum : ChartView::Total;
        return chartMeasure(diagram, measure, request);
    }
    MeasureChart missing;
    missing.measure = block.measure;
    missing.name = block.measure;
    missing.problems << QStringLiteral("No measure has the id %1.").arg(block.measure);
    return missing;
}

bool renderReportCharts(const Diagram &diagram, const Theme &theme, PictureFormats formats,
                        ReportDocument &report, QString *error)
{
    for (ReportBlock &block : report.blocks) {
        if (block.kind != ReportBlock::Kind::Chart)
            continue;
        const MeasureChart chart = reportChart(diagram, block);
        ChartFileOptions options;
        options.theme = theme;
        options.size = reportChartSize(chart);
        // Sharp when a 16 cm wide picture prints at 300 dpi, light enough for dozens of measures.
        options.dpi = 192;
        ReportFigure &figure = block.figure;
        figure.title = ChartPainter::title(chart);
        figure.description = ChartPainter::description(chart);
        figure.points = options.size * 0.75;
        if (!writeChart(chart, ChartFormat::Svg, options, figure.svg, error))
            return false;
        if (formats == PictureFormats::SvgAndPng) {
            if (!writeChart(chart, ChartFormat::Png, options, figure.png, error))
                return false;
            const qreal scale = options.dpi / 96.0;
            figure.pixels = QSize(int(std::ceil(options.size.width() * scale)),
                                  int(std::ceil(options.size.height() * scale)));
        }
    }
    return true;
}

} // namespace kdd
