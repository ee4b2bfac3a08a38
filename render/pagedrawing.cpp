// Painting planned pages (pageplan.h): shared by PNG, PDF and printing, so a printed sheet is the
// PDF page of the same paper.
#include "pagedrawing.h"

#include "diagrampainter.h"
#include "qpaintertarget.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace kdd {
namespace {

QRectF pointsOf(const std::vector<QPointF> &points)
{
    QRectF r;
    for (const QPointF &p : points)
        r |= QRectF(p, QSizeF(0.001, 0.001));
    return r;
}

// The part of `layout` a page piece shows. Clipping alone would leave the hidden text in the
// file (a PDF reader's search and copy would find it), so what lies outside is left out; links
// are kept whole and clipped.
DiagramLayout partOf(const DiagramLayout &layout, const PagePiece &piece)
{
    const QRectF &source = piece.source;
    DiagramLayout part;
    part.bounds = source;
    for (const DiagramLayout::Box &box : layout.boxes) {
        if (box.rect.intersects(source))
            part.boxes.push_back(box);
    }
    for (const DiagramLayout::Edge &edge : layout.edges) {
        // A Bézier curve stays within its control points.
        if (edge.points.empty() || pointsOf(edge.points).intersects(source))
            part.edges.push_back(edge);
    }
    for (const DiagramLayout::Header &header : layout.headers) {
        if (header.rect.intersects(source))
            part.headers.push_back(header);
    }
    if (piece.withTitle && layout.title.rect.intersects(source))
        part.title = layout.title;
    if (layout.legend.rect.intersects(source))
        part.legend = layout.legend;
    const DiagramLayout::Table &table = layout.measuresTable;
    if (table.rect.intersects(source)) {
        part.measuresTable.rect = table.rect;
        part.measuresTable.rules = table.rules;
        for (const DiagramLayout::Table::Cell &cell : table.cells) {
            const QRectF rect(cell.topLeft, QSizeF(cell.text.width(), cell.text.height()));
            if (rect.intersects(source))
                part.measuresTable.cells.push_back(cell);
        }
    }
    return part;
}

void paintMarks(QPainter &painter, const std::vector<PageMark> &marks)
{
    if (marks.empty())
        return;
    painter.save();
    painter.setPen(QColor(0x66, 0x66, 0x66));
    // A point size would be read at the device's resolution (72 for a PDF, 1200 for a printer);
    // a pixel size follows the painter's transform, which is in points here. Pixel sizes are
    // whole numbers, so 6.5 pt is drawn as 13 at half scale.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    painter.setFont(font);
    for (const PageMark &mark : marks) {
        painter.save();
        painter.translate(mark.rect.center());
        painter.rotate(mark.rotation);
        painter.scale(0.5, 0.5);
        const QSizeF size = mark.rect.size() * 2;
        painter.drawText(QRectF(QPointF(-size.width() / 2, -size.height() / 2), size),
                         static_cast<int>(mark.alignment | Qt::AlignVCenter), mark.text);
        painter.restore();
    }
    painter.restore();
}

} // namespace

void paintDrawing(const PreparedDrawing &drawing, QPainter &painter, const QRectF &target,
                  const DrawingPages &pages, int index)
{
    const QSizeF page = pages.pageSize();
    if (page.isEmpty() || target.isEmpty() || index < 0 || index >= pages.count())
        return;
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // Paper is white already; a dark drawing (for dark slides) fills its whole sheet.
    if (drawing.theme.isDark())
        painter.fillRect(target, drawing.theme.background);
    const qreal toTarget = std::min(target.width() / page.width(), target.height() / page.height());
    painter.translate(target.center() - QPointF(page.width(), page.height()) * toTarget / 2);
    painter.scale(toTarget, toTarget); // from here on, points on the page

    const DiagramPainter diagramPainter(drawing.theme, drawing.typography());
    const PlannedPage &planned = pages.page(index);
    for (const PagePiece &piece : planned.pieces) {
        if (piece.source.isEmpty())
            continue;
        painter.save();
        painter.setClipRect(piece.placed);
        painter.translate(piece.placed.topLeft());
        painter.scale(piece.scale(), piece.scale());
        painter.translate(-piece.source.topLeft());
        QPainterTarget paintTarget(painter);
        if (piece.withTitle && piece.source.contains(drawing.layout.bounds))
            diagramPainter.paint(drawing.layout, paintTarget); // the whole drawing: no copy
        else
            diagramPainter.paint(partOf(drawing.layout, piece), paintTarget);
        painter.restore();
    }
    paintMarks(painter, planned.marks);
    painter.restore();
}

bool paintDrawingPages(const PreparedDrawing &drawing, const DrawingPages &pages,
                       QPagedPaintDevice &device, QString *error)
{
    // The painter starts at the corner of the device's paint rectangle; the sheet starts before
    // it by the device's margins.
    const QPageLayout layout = device.pageLayout();
    const qreal toDevice = device.logicalDpiX() / 72.0;
    const QRectF sheet = layout.fullRect(QPageLayout::Point);
    const QRectF paintable = layout.paintRect(QPageLayout::Point);
    const QRectF target((sheet.topLeft() - paintable.topLeft()) * toDevice,
                        sheet.size() * toDevice);
    QPainter painter;
    if (!painter.begin(&device)) {
        if (error)
            *error = QStringLiteral("could not start painting the pages");
        return false;
    }
    for (int i = 0; i < pages.count(); ++i) {
        if (i > 0 && !device.newPage()) {
            if (error)
                *error = QStringLiteral("could not start page %1").arg(i + 1);
            return false;
        }
        paintDrawing(drawing, painter, target, pages, i);
    }
    if (!painter.end()) {
        if (error)
            *error = QStringLiteral("could not finish the pages");
        return false;
    }
    return true;
}

bool printDiagram(const Diagram &diagram, const ExportOptions &options, QPagedPaintDevice &device,
                  QString *error)
{
    PreparedDrawing drawing;
    if (!prepareDrawing(diagram, options, drawing, error))
        return false;
    const QSizeF paper = device.pageLayout().fullRect(QPageLayout::Point).size();
    return paintDrawingPages(drawing, DrawingPages::onPaper(drawing, paper, PageRules::paper()),
                             device, error);
}

PageOrientation preferredOrientation(const Diagram &diagram, const ExportOptions &options,
                                     QSizeF paper)
{
    PreparedDrawing drawing;
    if (!prepareDrawing(diagram, options, drawing, nullptr))
        return PageOrientation::Landscape;
    return DrawingPages::bestOrientation(drawing, paper, PageRules::paper());
}

} // namespace kdd
