// Putting a prepared drawing on pages and painting it there: shared by PNG, PDF and printing,
// so a printed sheet is the PDF page of the same paper.
#include "pagedrawing.h"

#include "diagrampainter.h"
#include "qpaintertarget.h"

#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kdd {
namespace {

constexpr qreal PointsPerUnit = 72.0 / 96.0; // layout units are 1/96 inch
constexpr qreal PageMargin = 28;             // points (about 1 cm)
constexpr qreal MinTextPoints = 7;           // smallest box text we will print
constexpr qreal TileOverlap = 24;            // points repeated on neighbouring tiles

void paintTileMarks(QPainter &painter, QSizeF page, int row, int column, int rows, int columns)
{
    // Corner marks show where the overlapping strip begins, so tiles can be trimmed and joined.
    painter.save();
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.5));
    const QRectF inner =
        QRectF(QPointF(0, 0), page).adjusted(PageMargin, PageMargin, -PageMargin, -PageMargin);
    const qreal m = 10;
    for (const QPointF &corner :
         {inner.topLeft(), inner.topRight(), inner.bottomLeft(), inner.bottomRight()}) {
        painter.drawLine(corner - QPointF(m, 0), corner + QPointF(m, 0));
        painter.drawLine(corner - QPointF(0, m), corner + QPointF(0, m));
    }
    // A point size would be read at the device's resolution (72 for a PDF, 1200 for a printer);
    // a pixel size follows the painter's transform, which is in points here. Pixel sizes are
    // whole numbers, so 6.5 pt is drawn as 13 at half scale.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    painter.setFont(font);
    painter.scale(0.5, 0.5);
    const QRectF caption(inner.left(), inner.bottom() + 4, inner.width(), PageMargin - 6);
    painter.drawText(QRectF(caption.topLeft() * 2, caption.size() * 2),
                     Qt::AlignLeft | Qt::AlignTop,
                     QStringLiteral("Page row %1 of %2, column %3 of %4 — edges overlap by %5 mm")
                         .arg(row + 1)
                         .arg(rows)
                         .arg(column + 1)
                         .arg(columns)
                         .arg(std::lround(TileOverlap / 72 * 25.4)));
    painter.restore();
}

} // namespace

DrawingPages DrawingPages::wholeDrawing(const PreparedDrawing &drawing)
{
    DrawingPages pages;
    pages.m_bounds = drawing.layout.bounds;
    pages.m_scale = PointsPerUnit;
    pages.m_page = pages.m_bounds.size() * PointsPerUnit;
    pages.m_tile = pages.m_bounds.size();
    return pages;
}

DrawingPages DrawingPages::onPaper(const PreparedDrawing &drawing, QSizeF paper)
{
    DrawingPages pages = wholeDrawing(drawing);
    pages.m_onPaper = true;
    pages.m_page = paper;
    const QRectF &bounds = pages.m_bounds;
    const QSizeF diagramPoints = bounds.size() * PointsPerUnit;
    const QSizeF usable(paper.width() - 2 * PageMargin, paper.height() - 2 * PageMargin);
    if (diagramPoints.isEmpty() || usable.isEmpty())
        return pages;
    const qreal fit =
        std::min(usable.width() / diagramPoints.width(), usable.height() / diagramPoints.height());
    const qreal textPoints = drawing.layoutOptions.typography.boxFont.pixelSize() * PointsPerUnit;
    const qreal smallestFit = MinTextPoints / textPoints;
    pages.m_scale = PointsPerUnit * std::min<qreal>(1.0, std::max(fit, smallestFit));
    if (fit < smallestFit) {
        pages.m_tile = usable / pages.m_scale;
        const qreal overlap = TileOverlap / pages.m_scale;
        pages.m_columns = static_cast<int>(
            std::ceil((bounds.width() - overlap) / (pages.m_tile.width() - overlap)));
        pages.m_rows = static_cast<int>(
            std::ceil((bounds.height() - overlap) / (pages.m_tile.height() - overlap)));
    }
    return pages;
}

QSizeF DrawingPages::paperSize(ExportPage page)
{
    switch (page) {
    case ExportPage::Fit:
        break;
    case ExportPage::A4:
        return QPageSize(QPageSize::A4).size(QPageSize::Point).transposed();
    case ExportPage::Letter:
        return QPageSize(QPageSize::Letter).size(QPageSize::Point).transposed();
    }
    return {};
}

QRectF DrawingPages::shownRect(int index) const
{
    if (!isTiled())
        return m_bounds;
    const qreal overlap = TileOverlap / m_scale;
    const int row = index / m_columns;
    const int column = index % m_columns;
    return QRectF(QPointF(m_bounds.left() + column * (m_tile.width() - overlap),
                          m_bounds.top() + row * (m_tile.height() - overlap)),
                  m_tile);
}

QRectF DrawingPages::placedRect(int index) const
{
    const QSizeF size = shownRect(index).size() * m_scale;
    if (!m_onPaper)
        return QRectF(QPointF(0, 0), size);
    // Tiles start at the margin; a drawing that fits is centred.
    if (isTiled())
        return QRectF(QPointF(PageMargin, PageMargin), size);
    return QRectF(
        QPointF((m_page.width() - size.width()) / 2, (m_page.height() - size.height()) / 2), size);
}

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

    const QRectF shown = pages.shownRect(index);
    const QRectF placed = pages.placedRect(index);
    painter.save();
    painter.setClipRect(placed);
    painter.translate(placed.topLeft());
    painter.scale(pages.scale(), pages.scale());
    painter.translate(-shown.topLeft());
    QPainterTarget paintTarget(painter);
    DiagramPainter(drawing.theme, drawing.layoutOptions.typography)
        .paint(drawing.layout, paintTarget);
    painter.restore();

    if (pages.isTiled())
        paintTileMarks(painter, page, index / pages.columns(), index % pages.columns(),
                       pages.rows(), pages.columns());
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
    return paintDrawingPages(drawing, DrawingPages::onPaper(drawing, paper), device, error);
}

} // namespace kdd
