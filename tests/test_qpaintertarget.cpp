// The QPainter target's long straight lines: drawn on a raster image in pieces for speed, they
// must give the pixels one stroked path gives (joins included), and a dashed line's dashes must
// run on across its pieces rather than start again at each one.
#include "catchqt.h"

#include "render/qpaintertarget.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace kdd;

namespace {

// A line through `points` as chart lines send it: a start, then each piece as a straight cubic.
std::vector<QPointF> straightSpline(const std::vector<QPointF> &points)
{
    std::vector<QPointF> spline{points.front()};
    for (std::size_t i = 1; i < points.size(); ++i)
        spline.insert(spline.end(), {points[i - 1], points[i], points[i]});
    return spline;
}

QImage blank()
{
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

// How dark a pixel is, 0 (white) to 255.
int ink(QRgb pixel) { return 255 - qGray(pixel); }

} // namespace

TEST_CASE("a long zigzag line in pieces has the pixels of one stroked path", "[render]")
{
    std::vector<QPointF> points;
    for (int i = 0; i < 200; ++i)
        points.emplace_back(10 + i * 1.9, i % 2 ? 20 + (i * 37) % 250 : 280 - (i * 53) % 250);
    const Stroke stroke{QColor(0x1f, 0x4e, 0x79), 3.2, false};

    QImage pieces = blank();
    {
        QPainter painter(&pieces);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterTarget target(painter);
        target.spline(straightSpline(points), stroke);
    }
    QImage whole = blank();
    {
        QPainter painter(&whole);
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen(stroke.color, stroke.width);
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        QPainterPath path(points.front());
        for (std::size_t i = 1; i < points.size(); ++i)
            path.lineTo(points[i]);
        painter.drawPath(path);
    }
    int painted = 0;
    int differ = 0;
    for (int y = 0; y < whole.height(); ++y) {
        for (int x = 0; x < whole.width(); ++x) {
            const int a = ink(whole.pixel(x, y));
            const int b = ink(pieces.pixel(x, y));
            painted += a > 128 ? 1 : 0;
            // Where pieces overlap, their antialiased edges add up: a few levels, not a shape.
            differ += std::abs(a - b) > 64 ? 1 : 0;
        }
    }
    REQUIRE(painted > 5000);
    CHECK(differ < painted / 100);
}

TEST_CASE("a dashed line of many short pieces keeps its dashes", "[render]")
{
    // 300 pieces of 1 px: were each piece dashed from its own start, the line would be solid.
    std::vector<QPointF> points;
    for (int i = 0; i <= 300; ++i)
        points.emplace_back(50 + i, 150);
    QImage image = blank();
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterTarget target(painter);
        target.spline(straightSpline(points), {Qt::black, 1, true});
    }
    int inked = 0;
    int gaps = 0;
    bool inGap = false;
    for (int x = 52; x < 348; ++x) {
        const bool dark = ink(image.pixel(x, 150)) > 100 || ink(image.pixel(x, 149)) > 100;
        inked += dark ? 1 : 0;
        if (!dark && !inGap)
            ++gaps;
        inGap = !dark;
    }
    // The pattern is 4.5 on, 3.5 off: 37 dashes over 296 px, ink on about 56 % of them.
    CHECK(gaps > 30);
    CHECK(gaps < 45);
    CHECK(inked > 296 * 40 / 100);
    CHECK(inked < 296 * 70 / 100);
}
