#pragma once

#include "exportoptions.h"

#include "model/diagram.h"

#include <QByteArray>
#include <QSize>
#include <QSizeF>

#include <functional>
#include <vector>

namespace kdd {

// One page of a diagram cut into pages (render/pageplan.h), as SVG and PNG of the same drawing.
struct PagePicture
{
    QByteArray svg;
    QByteArray png;
    QSizeF points; // the page's size in points, as oriented
    QSize pixels;  // the PNG's size
};

// The diagram as a document embeds it: the same drawing as SVG (vector, for formats that take
// it) and as a PNG fallback (for readers that do not), with the drawing's natural size.
struct ReportPicture
{
    QByteArray svg;
    QByteArray png;
    QSizeF points;        // the drawing's own size in points (1/72 inch), before a page scales it
    QSize pixels;         // the PNG's size
    QString description;  // one sentence for a reader who cannot see it (alternative text)
    qreal textPoints = 0; // box text at the drawing's natural size, in points
    // The diagram on several pages instead, when the document asked for them (pageArea below).
    std::vector<PagePicture> pages;
};

// Asked by a document once the single picture is drawn: the area a page picture may fill
// (points, portrait) when the single picture would set box text too small, else an empty size.
using PageAreaRequest = std::function<QSizeF(const ReportPicture &)>;

// The longest side of a document's PNG fallback: sharp on a printed A4 page or a projected
// slide, without making a charter of a 400-box diagram weigh tens of megabytes.
constexpr int MaxReportPicturePixels = 4096;

// Which drawings a document needs: both, or the SVG alone (a web page draws it inline).
enum class PictureFormats { SvgAndPng, SvgOnly };

// Lays `diagram` out once with `options` (theme, order, links …) and draws it as SVG and, unless
// SvgOnly, as PNG, at options.dpi unless that would pass MaxReportPicturePixels; and, when
// `pageArea` names an area, on pages of it cut like the PDF charter's (box text at least
// PageRules::paper().minTextPoints), turned as options.orientation says or as suits. Needs a
// QGuiApplication; false with `error` when there is none or layout fails.
bool renderReportPicture(const Diagram &diagram, const ExportOptions &options,
                         ReportPicture &picture, QString *error,
                         PictureFormats formats = PictureFormats::SvgAndPng,
                         const PageAreaRequest &pageArea = {});

} // namespace kdd
