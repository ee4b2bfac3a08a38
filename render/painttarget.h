#pragma once

#include "theme.h"

#include <QFont>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

namespace kdd {

// The few drawing operations a diagram needs. DiagramPainter draws through this interface so
// that one piece of code produces the screen, PDF and PNG (through QPainter) and SVG (as
// semantic XML with real text and titles).
class PaintTarget
{
public:
    virtual ~PaintTarget() = default;

    // Groups what follows (an SVG <g> with a class and a <title> for screen readers and
    // tooltips); `id` is unique within the drawing. Groups nest.
    virtual void beginGroup(const QString &id, const QString &cssClass, const QString &title) = 0;
    virtual void endGroup() = 0;
    // Whether groups are kept (SVG): a painter can skip composing ids and titles for a target
    // that drops them, which for a chart of 100,000 points is most of its text work.
    virtual bool keepsGroups() const { return true; }

    virtual void rect(const QRectF &rect, qreal radius, const QColor &fill,
                      const Stroke &stroke) = 0;
    // A cubic Bézier spline: points[0], then 3 points per segment.
    virtual void spline(const std::vector<QPointF> &points, const Stroke &stroke) = 0;
    virtual void polygon(const QPolygonF &polygon, const QColor &fill, const Stroke &stroke) = 0;
    virtual void ellipse(const QRectF &rect, const QColor &fill, const Stroke &stroke) = 0;
    // One line of text whose baseline starts at `baseline` (left-aligned) or is centred on it.
    virtual void text(const QString &line, const QFont &font, QPointF baseline, bool centred,
                      const QColor &colour) = 0;
};

} // namespace kdd
