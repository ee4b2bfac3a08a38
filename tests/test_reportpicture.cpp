// The diagram as documents embed it (render/reportpicture.h): SVG and PNG of one layout.
#include "catchqt.h"
#include "testsupport.h"

#include "render/reportpicture.h"

#include <QImage>

using namespace kdd;
using namespace kddtest;

TEST_CASE("a report picture is the same drawing as SVG and as a PNG of matching size",
          "[render][report]")
{
    const Diagram diagram = goodDiagram();
    ReportPicture picture;
    QString error;
    REQUIRE(renderReportPicture(diagram, ExportOptions(), picture, &error));
    CHECK(picture.svg.contains("<svg"));
    for (const Node &node : diagram.nodes())
        CHECK(picture.svg.contains(node.text.toHtmlEscaped().toUtf8().left(20)));
    QImage image;
    REQUIRE(image.loadFromData(picture.png, "PNG"));
    CHECK(image.size() == picture.pixels);
    // 192 dpi by default: 192/72 pixels per point.
    CHECK(std::abs(picture.pixels.width() - picture.points.width() * 192.0 / 72.0) <= 1.0);
    CHECK(std::abs(picture.pixels.height() - picture.points.height() * 192.0 / 72.0) <= 1.0);
}

TEST_CASE("a report picture of a large diagram keeps its PNG within the document limit",
          "[render][report]")
{
    const Diagram diagram = generatedDiagram(400);
    ReportPicture picture;
    QString error;
    REQUIRE(renderReportPicture(diagram, ExportOptions(), picture, &error));
    CHECK(std::max(picture.pixels.width(), picture.pixels.height()) <= MaxReportPicturePixels);
    CHECK(std::max(picture.points.width(), picture.points.height()) * 192.0 / 72.0
          > MaxReportPicturePixels); // the cap did bite: the SVG keeps the full size
    const QImage image = QImage::fromData(picture.png, "PNG");
    REQUIRE_FALSE(image.isNull());
    // The resolution written in the file is the one the picture really has (to a whole dpi).
    const double writtenDpi = image.dotsPerMeterX() * 0.0254;
    const double realDpi = picture.pixels.width() * 72.0 / picture.points.width();
    CHECK(std::abs(writtenDpi - realDpi) <= 0.6);
}
