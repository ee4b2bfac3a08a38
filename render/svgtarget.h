#pragma once

#include "painttarget.h"

#include <QByteArray>
#include <QXmlStreamWriter>

namespace kdd {

// Writes SVG 1.1 as clean, semantic XML: real <text> with <tspan>s, a <title> per group (read
// by screen readers and shown as tooltips), classes a stylesheet can target. All user text is
// escaped by the XML writer; characters XML cannot hold are dropped.
class SvgTarget : public PaintTarget
{
public:
    // Starts the document: `size` in layout units (pixels), `title` and `description` for
    // accessibility, `background` (transparent if alpha is 0).
    SvgTarget(QByteArray *output, QSizeF size, const QString &title, const QString &description,
              const QColor &background);
    ~SvgTarget() override;

    // Closes all open elements; the output is complete after this (or after destruction).
    void finish();

    void beginGroup(const QString &id, const QString &cssClass, const QString &title) override;
    void endGroup() override;
    void rect(const QRectF &rect, qreal radius, const QColor &fill, const Stroke &stroke) override;
    void spline(const std::vector<QPointF> &points, const Stroke &stroke) override;
    void polygon(const QPolygonF &polygon, const QColor &fill, const Stroke &stroke) override;
    void ellipse(const QRectF &rect, const QColor &fill, const Stroke &stroke) override;
    void text(const QString &line, const QFont &font, QPointF baseline, bool centred,
              const QColor &colour) override;

    // Removes characters that are not allowed in XML 1.0 (most control characters, lone
    // surrogates, U+FFFE/U+FFFF).
    static QString xmlSafe(const QString &text);

private:
    void writeStroke(const Stroke &stroke);
    void writeFill(const QColor &fill);

    QXmlStreamWriter m_xml;
    bool m_finished = false;
};

} // namespace kdd
