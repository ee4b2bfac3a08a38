#include "pdsabadge.h"

#include <QFontMetricsF>
#include <QString>

namespace kdd {
namespace {

// The square the ramp is drawn in, at the badge's left end.
QRectF rampSquare(const QRectF &rect)
{
    const qreal inset = rect.height() * 0.18;
    return QRectF(rect.left() + inset, rect.top() + inset, rect.height() - 2 * inset,
                  rect.height() - 2 * inset);
}

void straightTo(std::vector<QPointF> &points, QPointF to)
{
    const QPointF from = points.back();
    points.push_back(from + (to - from) / 3);
    points.push_back(from + (to - from) * 2 / 3);
    points.push_back(to);
}

} // namespace

qreal pdsaBadgeWidth(int cycles, const Typography &t)
{
    if (cycles <= 0)
        return 0;
    const qreal number = QFontMetricsF(t.badgeFont).horizontalAdvance(QString::number(cycles));
    return t.badgeSize + number + 4;
}

std::vector<QPointF> pdsaRampLine(const QRectF &rect)
{
    const QRectF square = rampSquare(rect);
    const qreal step = square.width() / 3;
    const qreal rise = square.height() * 0.8 / 3;
    std::vector<QPointF> points{QPointF(square.left(), square.bottom())};
    QPointF at = points.front();
    for (int i = 0; i < 3; ++i) {
        at += QPointF(step * 0.55, 0);
        straightTo(points, at);
        at += QPointF(step * 0.45, -rise);
        straightTo(points, at);
    }
    return points;
}

QPolygonF pdsaRampArrow(const QRectF &rect)
{
    const QPointF tip = pdsaRampLine(rect).back() + QPointF(1, -1);
    const qreal size = rect.height() * 0.3;
    return QPolygonF({tip, tip + QPointF(-size, 0), tip + QPointF(0, size)});
}

QPointF pdsaCountBaseline(const QRectF &rect, const QFont &font)
{
    return QPointF(rect.left() + rect.height() + 1, rect.center().y() + font.pixelSize() * 0.36);
}

} // namespace kdd
