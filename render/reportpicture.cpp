#include "reportpicture.h"

#include "diagrampainter.h"
#include "exporters.h"
#include "pagedrawing.h"
#include "svgtarget.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kdd {

bool renderReportPicture(const Diagram &diagram, const ExportOptions &options,
                         ReportPicture &picture, QString *error, PictureFormats formats)
{
    PreparedDrawing drawing;
    if (!prepareDrawing(diagram, options, drawing, error))
        return false;
    const QSizeF units = drawing.layout.bounds.size(); // layout units are 1/96 inch
    picture.points = units * (72.0 / 96.0);

    const QString title =
        diagram.title().isEmpty() ? QStringLiteral("Key driver diagram") : diagram.title();
    const QString description = describeDiagram(diagram);
    picture.description = description;
    picture.svg.clear();
    SvgTarget svg(&picture.svg, units, title, description, drawing.theme.background);
    DiagramPainter(drawing.theme, drawing.layoutOptions.typography).paint(drawing.layout, svg);
    svg.finish();
    picture.png.clear();
    picture.pixels = QSize();
    if (formats == PictureFormats::SvgOnly)
        return true;

    const double longest = std::max({units.width(), units.height(), 1.0});
    const double scale = std::min(options.dpi / 96.0, MaxReportPicturePixels / longest);
    const QSizeF size = units * scale;
    picture.pixels = QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
    ExportOptions pngOptions = options; // the resolution written in the PNG is the real one
    pngOptions.dpi = std::max(1, int(std::lround(scale * 96.0)));
    return writePngImage(
        size, pngOptions, drawing.theme.background, title, description,
        [&](QPainter &painter) {
            paintDrawing(drawing, painter, QRectF(QPointF(0, 0), size),
                         DrawingPages::wholeDrawing(drawing), 0);
        },
        picture.png, error);
}

} // namespace kdd
