#include "reportpicture.h"

#include "diagrampainter.h"
#include "exporters.h"
#include "pagedrawing.h"
#include "svgtarget.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace kdd {
namespace {

// The PNG's pixels per unit of `size` (layout units or points, `unitsPerInch` an inch): the
// options' resolution unless the longest side would pass MaxReportPicturePixels.
double pixelScale(QSizeF size, const ExportOptions &options, double unitsPerInch)
{
    const double longest = std::max({size.width(), size.height(), 1.0});
    return std::min(options.dpi / unitsPerInch, MaxReportPicturePixels / longest);
}

// Page `index` of `pages` as SVG and PNG, both painted by paintDrawing so they show the same.
bool renderPage(const PreparedDrawing &drawing, const DrawingPages &pages, int index,
                const ExportOptions &options, const QString &title, const QString &description,
                PagePicture &page, QString *error)
{
    page.points = pages.pageSize();
    const QRectF sheet(QPointF(0, 0), page.points);
    QBuffer buffer(&page.svg);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(page.points.toSize());
        svg.setViewBox(sheet);
        svg.setResolution(72); // the SVG's units are points, as the page's
        // QSvgGenerator writes these as they are, markup and all.
        svg.setTitle(SvgTarget::xmlSafe(title).toHtmlEscaped());
        svg.setDescription(SvgTarget::xmlSafe(description).toHtmlEscaped());
        QPainter painter(&svg);
        paintDrawing(drawing, painter, sheet, pages, index);
    }
    // QSvgGenerator writes the control characters user text may hold, which XML forbids (each
    // is one byte in UTF-8, never part of another character).
    page.svg.removeIf(
        [](char c) { return uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'; });
    const double scale = pixelScale(page.points, options, 72.0);
    const QSizeF size = page.points * scale;
    page.pixels = QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
    ExportOptions pngOptions = options;
    pngOptions.dpi = std::max(1, int(std::lround(scale * 72.0)));
    return writePngImage(
        size, pngOptions, drawing.theme.background, title, description,
        [&](QPainter &painter) {
            paintDrawing(drawing, painter, QRectF(QPointF(0, 0), size), pages, index);
        },
        page.png, error);
}

} // namespace

bool renderReportPicture(const Diagram &diagram, const ExportOptions &options,
                         ReportPicture &picture, QString *error, PictureFormats formats,
                         const PageAreaRequest &pageArea)
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
    DiagramPainter(drawing.theme, drawing.typography()).paint(drawing.layout, svg);
    svg.finish();
    picture.png.clear();
    picture.pixels = QSize();
    picture.textPoints = DrawingPages::wholeDrawing(drawing).boxTextPoints();
    picture.pages.clear();
    if (formats == PictureFormats::SvgOnly)
        return true;

    const double scale = pixelScale(units, options, 96.0);
    const QSizeF size = units * scale;
    picture.pixels = QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
    ExportOptions pngOptions = options; // the resolution written in the PNG is the real one
    pngOptions.dpi = std::max(1, int(std::lround(scale * 96.0)));
    if (!writePngImage(
            size, pngOptions, drawing.theme.background, title, description,
            [&](QPainter &painter) {
                paintDrawing(drawing, painter, QRectF(QPointF(0, 0), size),
                             DrawingPages::wholeDrawing(drawing), 0);
            },
            picture.png, error))
        return false;

    const QSizeF area = pageArea ? pageArea(picture) : QSizeF();
    if (area.isEmpty())
        return true;
    // The same cut as the PDF charter's diagram pages, on the area the document gives them.
    const PageRules rules = PageRules::paper();
    const QSizeF portrait = area.width() <= area.height() ? area : area.transposed();
    const PageOrientation orientation = options.orientation == PageOrientation::Auto
                                          ? DrawingPages::bestOrientation(drawing, portrait, rules)
                                          : options.orientation;
    DrawingPages pages = DrawingPages::onPaper(
        drawing, orientation == PageOrientation::Portrait ? portrait : portrait.transposed(),
        rules);
    pages.numberAsParts();
    picture.pages.resize(std::size_t(pages.count()));
    for (int i = 0; i < pages.count(); ++i) {
        if (!renderPage(drawing, pages, i, options, title, description,
                        picture.pages[std::size_t(i)], error))
            return false;
    }
    return true;
}

} // namespace kdd
