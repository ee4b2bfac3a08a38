#include "chartparts.h"

#include <QFontMetricsF>
#include <QPolygonF>

namespace kdd {
namespace chartparts {

void polyline(PaintTarget &target, const std::vector<QPointF> &points, const Stroke &stroke)
{
    if (points.size() < 2)
        return;
    std::vector<QPointF> spline{points.front()};
    for (std::size_t i = 1; i < points.size(); ++i)
        spline.insert(spline.end(), {points[i - 1], points[i], points[i]});
    target.spline(spline, stroke);
}

void segment(PaintTarget &target, QPointF a, QPointF b, const Stroke &stroke)
{
    polyline(target, {a, b}, stroke);
}

void drawShape(PaintTarget &target, Shape shape, QPointF c, qreal r, const QColor &fill,
               const Stroke &stroke)
{
    switch (shape) {
    case Shape::Circle:
        target.ellipse(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), fill, stroke);
        return;
    case Shape::Square:
        r *= 0.9;
        target.polygon(QPolygonF({c + QPointF(-r, -r), c + QPointF(r, -r), c + QPointF(r, r),
                                  c + QPointF(-r, r)}),
                       fill, stroke);
        return;
    case Shape::Diamond:
        r *= 1.25;
        target.polygon(QPolygonF({c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r),
                                  c + QPointF(-r, 0)}),
                       fill, stroke);
        return;
    case Shape::TriangleUp:
    case Shape::TriangleDown: {
        r *= 1.2;
        const qreal s = shape == Shape::TriangleUp ? 1 : -1;
        target.polygon(QPolygonF({c + QPointF(0, -r * s), c + QPointF(r, r * 0.8 * s),
                                  c + QPointF(-r, r * 0.8 * s)}),
                       fill, stroke);
        return;
    }
    case Shape::Hexagon: {
        QPolygonF hexagon;
        for (int i = 0; i < 6; ++i)
            hexagon << c
                           + QPointF(r * 1.1 * std::cos(M_PI / 3 * i),
                                     r * 1.1 * std::sin(M_PI / 3 * i));
        target.polygon(hexagon, fill, stroke);
        return;
    }
    }
}

QColor signalColour(spc::Direction direction, spc::Better better)
{
    if (direction == spc::Direction::None || better == spc::Better::Unspecified)
        return kNeutralSignal;
    const bool up = direction == spc::Direction::Up;
    return up == (better == spc::Better::Higher) ? kImprovement : kDeterioration;
}

bool isSignal(const spc::ChartPoint &p) { return p.rules != spc::NoRule && finite(p.value); }

qreal lineHeight(const QFont &font) { return QFontMetricsF(font).lineSpacing(); }
qreal ascent(const QFont &font) { return QFontMetricsF(font).ascent(); }
qreal advance(const QFont &font, const QString &text)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

} // namespace chartparts
} // namespace kdd
