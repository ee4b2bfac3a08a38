#pragma once

#include "exportoptions.h"

#include "model/diagram.h"

#include <QByteArray>
#include <QSize>
#include <QSizeF>

namespace kdd {

// The diagram as a document embeds it: the same drawing as SVG (vector, for formats that take
// it) and as a PNG fallback (for readers that do not), with the drawing's natural size.
struct ReportPicture
{
    QByteArray svg;
    QByteArray png;
    QSizeF points; // the drawing's own size in points (1/72 inch), before a page scales it
    QSize pixels;  // the PNG's size
};

// The longest side of a document's PNG fallback: sharp on a printed A4 page or a projected
// slide, without making a charter of a 400-box diagram weigh tens of megabytes.
constexpr int MaxReportPicturePixels = 4096;

// Lays `diagram` out once with `options` (theme, order, links …) and draws it both ways; the PNG
// is at options.dpi unless that would pass MaxReportPicturePixels. Needs a QGuiApplication;
// false with `error` when there is none or layout fails.
bool renderReportPicture(const Diagram &diagram, const ExportOptions &options,
                         ReportPicture &picture, QString *error);

} // namespace kdd
