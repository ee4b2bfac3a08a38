#include "chartexport.h"

#include "chartpainter.h"
#include "exporters.h"
#include "qpaintertarget.h"
#include "svgtarget.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace kdd {

bool parseChartFormat(const QString &word, ChartFormat &format)
{
    const QString w = word.toLower();
    if (w == QStringLiteral("svg"))
        format = ChartFormat::Svg;
    else if (w == QStringLiteral("pdf"))
        format = ChartFormat::Pdf;
    else if (w == QStringLiteral("png"))
        format = ChartFormat::Png;
    else if (w == QStringLiteral("csv"))
        format = ChartFormat::Csv;
    else
        return false;
    return true;
}

bool writeChart(const MeasureChart &chart, ChartFormat format, const ChartFileOptions &options,
                QByteArray &output, QString *error)
{
    if (format == ChartFormat::Csv) {
        output = chartCsv(chart);
        return true;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QStringLiteral("drawing needs a QGuiApplication (fonts)");
        return false;
    }
    const QSizeF size = options.size.isEmpty() ? ChartPainter::defaultSize(chart) : options.size;
    const Theme &theme = options.theme;
    const ChartPainter painter(theme);
    switch (format) {
    case ChartFormat::Svg: {
        SvgTarget svg(&output, size, ChartPainter::title(chart), ChartPainter::description(chart),
                      theme.background);
        painter.paint(chart, size, svg);
        svg.finish();
        return true;
    }
    case ChartFormat::Png: {
        ExportOptions png;
        png.theme = theme;
        png.dpi = options.dpi;
        const qreal scale = options.dpi / 96.0;
        return writePngImage(
            size * scale, png, theme.background, ChartPainter::title(chart),
            ChartPainter::description(chart),
            [&](QPainter &p) {
                p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                p.scale(scale, scale);
                QPainterTarget target(p);
                painter.paint(chart, size, target);
            },
            output, error);
    }
    case ChartFormat::Pdf:
        // One page the chart's size: 1 pixel at 96 dpi = 0.75 pt.
        return writePdfDocument(
            ChartPainter::title(chart), size * 0.75,
            [&](QPdfWriter &pdf, QString *reason) {
                QPainter p;
                if (!p.begin(&pdf)) {
                    if (reason)
                        *reason = QStringLiteral("could not write the PDF");
                    return false;
                }
                p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                p.scale(0.75, 0.75);
                p.fillRect(QRectF(QPointF(0, 0), size), theme.background);
                QPainterTarget target(p);
                painter.paint(chart, size, target);
                p.end();
                return true;
            },
            output, error);
    case ChartFormat::Csv:
        break;
    }
    return false;
}

} // namespace kdd
