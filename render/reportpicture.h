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
    QSizeF points;       // the drawing's own size in points (1/72 inch), before a page scales it
    QSize pixels;        // the PNG's size
    QString description; // one sentence for a reader who cannot see it (alternative text)
};

// The longest side of a document's PNG fallback: sharp on a printed A4 page or a projected
// slide, without making a charter of a 400-box diagram weigh tens of megabytes.
constexpr int MaxReportPicturePixels = 4096;

// Which drawings a document needs: both, or the SVG alone (a web page draws it inline).
enum class PictureFormats { SvgAndPng, SvgOnly };

// Lays `diagram` out once with `options` (theme, order, links …) and draws it as SVG and, unless
// SvgOnly, as PNG, at options.dpi unless that would pass MaxReportPicturePixels. Needs a
// QGuiApplication; false with `error` when there is none or layout fails.
bool renderReportPicture(const Diagram &diagram, const ExportOptions &options,
                         ReportPicture &picture, QString *error,
                         PictureFormats formats = PictureFormats::SvgAndPng);

} // namespace kdd
