#pragma once

#include "exportoptions.h"
#include "pageplan.h"
#include "preparedrawing.h"

#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace kdd {

// The one way a prepared drawing reaches a QPainter — a PNG's pixels, a PDF page, a printer's
// paper: paints page `index` of `pages` into `target` (the painter's coordinates), scaled
// uniformly to fit it and centred, with the page's margin notes.
void paintDrawing(const PreparedDrawing &drawing, QPainter &painter, const QRectF &target,
                  const DrawingPages &pages, int index);

// Paints every page of `pages` on a paged device (a PDF writer, a printer), each over the whole
// sheet — the device's own margins do not shrink it, the pages carry their margin.
bool paintDrawingPages(const PreparedDrawing &drawing, const DrawingPages &pages,
                       QPagedPaintDevice &device, QString *error);

// Prints `diagram` on the paper `device` is set to (a printer, or a PDF writer): the same pages
// as a PDF export on that paper and orientation. `options` give the theme and layout.
bool printDiagram(const Diagram &diagram, const ExportOptions &options, QPagedPaintDevice &device,
                  QString *error);

// The orientation that suits `diagram` on `paper` (either way round), as --orientation auto
// chooses it; Landscape when the diagram cannot be laid out.
PageOrientation preferredOrientation(const Diagram &diagram, const ExportOptions &options,
                                     QSizeF paper);

} // namespace kdd
