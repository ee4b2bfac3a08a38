#pragma once

#include "painttarget.h"

class QPainter;

namespace kdd {

// Draws on any QPainter: the editor's canvas, a PDF page, a PNG image, a printer.
class QPainterTarget : public PaintTarget
{
public:
    explicit QPainterTarget(QPainter &painter) : m_painter(painter) {}

    void beginGroup(const QString &, const QString &, const QString &) override {}
    void endGroup() override {}
    bool keepsGroups() const override { return false; }
    void rect(const QRectF &rect, qreal radius, const QColor &fill, const Stroke &stroke) override;
    void spline(const std::vector<QPointF> &points, const Stroke &stroke) override;
    void polygon(const QPolygonF &polygon, const QColor &fill, const Stroke &stroke) override;
    void ellipse(const QRectF &rect, const QColor &fill, const Stroke &stroke) override;
    void text(const QString &line, const QFont &font, QPointF baseline, bool centred,
              const QColor &colour) override;

private:
    void setStroke(const Stroke &stroke);
    // Draws `line` from `at` on a PDF page, a left-to-right line with each character beyond
    // U+FFFF on its own, and lists those characters on the paint device (kOutsideBmpProperty)
    // in drawing order, so that the PDF's text map can name them (repairPdfTextMapping).
    void drawNamingOutsideBmp(const QString &line, QPointF at, const QFont &font);

    QPainter &m_painter;
};

} // namespace kdd
