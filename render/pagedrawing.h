#pragma once

#include "exportoptions.h"
#include "preparedrawing.h"

#include <QRectF>
#include <QSizeF>

class QPagedPaintDevice;
class QPainter;

namespace kdd {

// The pages a drawing is put on: one page exactly the drawing's size, or sheets of paper with
// the drawing scaled to fit inside a margin — or, when fitting would make box text smaller than
// 7 pt, tiled over several sheets with overlapping edges and marks to join them by. Sizes are in
// points (1/72 inch); the drawing is in layout units (1/96 inch).
class DrawingPages
{
public:
    // One page the size of the drawing (a PNG, a PDF with --page fit).
    static DrawingPages wholeDrawing(const PreparedDrawing &drawing);
    // Sheets of `paper` (points, as oriented).
    static DrawingPages onPaper(const PreparedDrawing &drawing, QSizeF paper);
    // A4 or Letter, landscape, in points; empty for ExportPage::Fit.
    static QSizeF paperSize(ExportPage page);

    int count() const { return m_rows * m_columns; }
    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    bool isTiled() const { return count() > 1; }
    QSizeF pageSize() const { return m_page; }
    // Points per layout unit on the page.
    qreal scale() const { return m_scale; }
    // The part of the drawing (layout units) that page `index` (from 0, row by row) shows.
    QRectF shownRect(int index) const;
    // Where that part lands on the page (points).
    QRectF placedRect(int index) const;

private:
    QRectF m_bounds;
    QSizeF m_page;
    qreal m_scale = 1;
    bool m_onPaper = false;
    int m_rows = 1;
    int m_columns = 1;
    QSizeF m_tile; // layout units per tile
};

// The one way a prepared drawing reaches a QPainter — a PNG's pixels, a PDF page, a printer's
// paper: paints page `index` of `pages` into `target` (the painter's coordinates), scaled
// uniformly to fit it and centred. Tiled pages get their joining marks.
void paintDrawing(const PreparedDrawing &drawing, QPainter &painter, const QRectF &target,
                  const DrawingPages &pages, int index);

// Paints every page of `pages` on a paged device (a PDF writer, a printer), each over the whole
// sheet — the device's own margins do not shrink it, the pages carry their margin.
bool paintDrawingPages(const PreparedDrawing &drawing, const DrawingPages &pages,
                       QPagedPaintDevice &device, QString *error);

// Prints `diagram` on the paper `device` is set to (a printer, or a PDF writer): the same pages
// as a PDF export on that paper — scaled to fit, or tiled. `options` give the theme and layout.
bool printDiagram(const Diagram &diagram, const ExportOptions &options, QPagedPaintDevice &device,
                  QString *error);

} // namespace kdd
