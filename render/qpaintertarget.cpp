#include "qpaintertarget.h"

#include "pdftextmap.h"

#include <QFontMetricsF>
#include <QObject>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QVariant>

#include <algorithm>

namespace kdd {
namespace {

// Whether `line` has symbols (emoji among them) that a fallback font may have to draw.
bool hasSymbols(const QString &line)
{
    const QList<uint> codes = line.toUcs4();
    return std::any_of(codes.begin(), codes.end(),
                       [](uint c) { return QChar::category(c) == QChar::Symbol_Other; });
}

// The font for a line with symbols on a PDF page. Qt embeds glyph outlines in a PDF, and the
// colour emoji fonts desktops use for symbols (Noto Color Emoji) have bitmaps only: their glyphs
// would come out empty. So outline symbol fonts are tried before the system's fallback.
// Whether `line` has characters beyond U+FFFF (Qt's PDF text map never names them).
bool hasOutsideBmp(const QString &line)
{
    return std::any_of(line.begin(), line.end(), [](QChar c) { return c.isSurrogate(); });
}

bool isRightToLeftAnywhere(const QString &line)
{
    return std::any_of(line.begin(), line.end(), [](QChar c) {
        return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
    });
}

QFont pdfFont(const QFont &font)
{
    QFont pdf = font;
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    for (const char *outline : {"Noto Sans Symbols2", "Symbola"}) {
        if (!families.contains(QLatin1String(outline)))
            families << QLatin1String(outline);
    }
    pdf.setFamilies(families);
    return pdf;
}

} // namespace

void QPainterTarget::setStroke(const Stroke &stroke)
{
    if (stroke.width <= 0) {
        m_painter.setPen(Qt::NoPen);
        return;
    }
    QPen pen(stroke.color, stroke.width);
    if (stroke.dashed)
        pen.setDashPattern({4.5 / stroke.width, 3.5 / stroke.width}); // in units of the width
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    m_painter.setPen(pen);
}

void QPainterTarget::rect(const QRectF &rect, qreal radius, const QColor &fill,
                          const Stroke &stroke)
{
    setStroke(stroke);
    m_painter.setBrush(fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(fill));
    if (radius > 0)
        m_painter.drawRoundedRect(rect, radius, radius);
    else
        m_painter.drawRect(rect);
}

namespace {

// Whether `points` (a start, then three points per cubic) are all straight pieces: each cubic's
// control points on its ends, as chart lines send them.
bool allStraight(const std::vector<QPointF> &points)
{
    if ((points.size() - 1) % 3 != 0)
        return false;
    for (std::size_t i = 1; i + 2 < points.size(); i += 3) {
        if (points[i] != points[i - 1] || points[i + 1] != points[i + 2])
            return false;
    }
    return true;
}

} // namespace

void QPainterTarget::spline(const std::vector<QPointF> &points, const Stroke &stroke)
{
    if (points.size() < 2)
        return;
    setStroke(stroke);
    m_painter.setBrush(Qt::NoBrush);
    // A chart line of hundreds of zigzagging segments, stroked as one path, overlaps itself so
    // often that Qt's antialiased rasterizer takes seconds (1,800 segments: 4 s); as separate
    // flat-capped segments, with a disc at each bend where the round join would be, the same
    // pixels take milliseconds. A dashed line's segments carry its dash pattern on from one to
    // the next. Vector engines (PDF) keep the one path: small and exact.
    const QPaintEngine *engine = m_painter.paintEngine();
    const bool raster = engine && engine->type() == QPaintEngine::Raster;
    constexpr std::size_t ManySegments = 8;
    if (raster && stroke.width > 0 && points.size() > 3 * ManySegments + 1 && allStraight(points)) {
        if (stroke.dashed) {
            QPen pen = m_painter.pen();
            qreal travelled = 0; // in pen widths, as dash patterns are
            for (std::size_t i = 3; i < points.size(); i += 3) {
                const QLineF line(points[i - 3], points[i]);
                pen.setDashOffset(travelled);
                m_painter.setPen(pen);
                m_painter.drawLine(line);
                travelled += line.length() / stroke.width;
            }
            return;
        }
        std::vector<QLineF> lines;
        lines.reserve(points.size() / 3);
        for (std::size_t i = 3; i < points.size(); i += 3)
            lines.emplace_back(points[i - 3], points[i]);
        m_painter.drawLines(lines.data(), static_cast<int>(lines.size()));
        const qreal radius = stroke.width / 2;
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(stroke.color);
        for (std::size_t i = 3; i + 3 < points.size(); i += 3)
            m_painter.drawEllipse(points[i], radius, radius);
        return;
    }
    QPainterPath path(points[0]);
    std::size_t i = 1;
    for (; i + 2 < points.size(); i += 3)
        path.cubicTo(points[i], points[i + 1], points[i + 2]);
    for (; i < points.size(); ++i)
        path.lineTo(points[i]);
    m_painter.drawPath(path);
}

void QPainterTarget::polygon(const QPolygonF &polygon, const QColor &fill, const Stroke &stroke)
{
    setStroke(stroke);
    m_painter.setBrush(fill);
    m_painter.drawPolygon(polygon);
}

void QPainterTarget::ellipse(const QRectF &rect, const QColor &fill, const Stroke &stroke)
{
    setStroke(stroke);
    m_painter.setBrush(fill);
    m_painter.drawEllipse(rect);
}

void QPainterTarget::text(const QString &line, const QFont &font, QPointF baseline, bool centred,
                          const QColor &colour)
{
    const QPaintEngine *engine = m_painter.paintEngine();
    const bool pdf = engine && engine->type() == QPaintEngine::Pdf;
    const QFont used = pdf && hasSymbols(line) ? pdfFont(font) : font;
    m_painter.setFont(used);
    m_painter.setPen(colour);
    QPointF at = baseline;
    if (centred)
        at.rx() -= QFontMetricsF(used).horizontalAdvance(line) / 2;
    if (pdf && hasOutsideBmp(line))
        drawNamingOutsideBmp(line, at, used);
    else
        m_painter.drawText(at, line);
}

void QPainterTarget::drawNamingOutsideBmp(const QString &line, QPointF at, const QFont &font)
{
    QObject *device = dynamic_cast<QObject *>(m_painter.device());
    if (!device) {
        m_painter.drawText(at, line);
        return;
    }
    // The characters some font can draw: a missing one is drawn as the empty glyph, which the
    // text map already names.
    const QFontMetricsF metrics(font);
    std::vector<int> outside;
    for (int i = 0; i + 1 < line.size(); ++i) {
        if (line[i].isHighSurrogate() && line[i + 1].isLowSurrogate()) {
            if (metrics.inFontUcs4(QChar::surrogateToUcs4(line[i], line[i + 1])))
                outside.push_back(i);
            ++i;
        }
    }
    QStringList drawn = device->property(kOutsideBmpProperty).toStringList();
    if (isRightToLeftAnywhere(line)) {
        // Drawn whole, as the bidirectional order places them: their glyphs' order is then
        // known only when they are all the same; otherwise they hold their places unnamed.
        m_painter.drawText(at, line);
        const bool same = std::all_of(outside.begin(), outside.end(), [&](int i) {
            return line.mid(i, 2) == line.mid(outside.front(), 2);
        });
        for (const int i : outside)
            drawn << (same ? line.mid(i, 2) : QString());
    } else {
        const auto drawPart = [&](int from, int to) {
            if (to > from) {
                m_painter.drawText(at + QPointF(metrics.horizontalAdvance(line.left(from)), 0),
                                   line.mid(from, to - from));
            }
        };
        int start = 0;
        for (const int i : outside) {
            drawPart(start, i);
            drawPart(i, i + 2);
            drawn << line.mid(i, 2);
            start = i + 2;
        }
        drawPart(start, int(line.size()));
    }
    device->setProperty(kOutsideBmpProperty, drawn);
}

} // namespace kdd
