#include "svgtarget.h"

namespace kdd {
namespace {

QString number(qreal value)
{
    // Two decimals are far below what anyone can see and keep files small and diffable.
    QString s = QString::number(value, 'f', 2);
    while (s.contains(QLatin1Char('.'))
           && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s == QStringLiteral("-0") ? QStringLiteral("0") : s;
}

QString colourName(const QColor &c) { return c.name(QColor::HexRgb); }

QString point(QPointF p) { return number(p.x()) + QLatin1Char(',') + number(p.y()); }

} // namespace

QString SvgTarget::xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            safe += c;
            safe += text[++i];
            continue;
        }
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        if (u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D)
            continue;
        safe += c;
    }
    return safe;
}

SvgTarget::SvgTarget(QByteArray *output, QSizeF size, const QString &title,
                     const QString &description, const QColor &background)
    : m_xml(output)
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(1);
    m_xml.writeStartDocument();
    m_xml.writeStartElement(QStringLiteral("svg"));
    m_xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    m_xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    m_xml.writeAttribute(QStringLiteral("width"), number(size.width()));
    m_xml.writeAttribute(QStringLiteral("height"), number(size.height()));
    m_xml.writeAttribute(
        QStringLiteral("viewBox"),
        QStringLiteral("0 0 %1 %2").arg(number(size.width()), number(size.height())));
    m_xml.writeAttribute(QStringLiteral("role"), QStringLiteral("img"));
    m_xml.writeAttribute(QStringLiteral("aria-labelledby"), QStringLiteral("kdd-title kdd-desc"));
    m_xml.writeAttribute(
        QStringLiteral("font-family"),
        QStringLiteral("'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif"));
    m_xml.writeStartElement(QStringLiteral("title"));
    m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("kdd-title"));
    m_xml.writeCharacters(xmlSafe(title));
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("desc"));
    m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("kdd-desc"));
    m_xml.writeCharacters(xmlSafe(description));
    m_xml.writeEndElement();
    if (background.alpha() > 0) {
        m_xml.writeEmptyElement(QStringLiteral("rect"));
        m_xml.writeAttribute(QStringLiteral("class"), QStringLiteral("background"));
        m_xml.writeAttribute(QStringLiteral("width"), QStringLiteral("100%"));
        m_xml.writeAttribute(QStringLiteral("height"), QStringLiteral("100%"));
        m_xml.writeAttribute(QStringLiteral("fill"), colourName(background));
    }
}

SvgTarget::~SvgTarget() { finish(); }

void SvgTarget::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_xml.writeEndDocument(); // closes every open element
}

void SvgTarget::beginGroup(const QString &id, const QString &cssClass, const QString &title)
{
    m_xml.writeStartElement(QStringLiteral("g"));
    if (!id.isEmpty())
        m_xml.writeAttribute(QStringLiteral("id"), xmlSafe(id));
    if (!cssClass.isEmpty())
        m_xml.writeAttribute(QStringLiteral("class"), cssClass);
    if (!title.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("title"));
        m_xml.writeCharacters(xmlSafe(title));
        m_xml.writeEndElement();
    }
}

void SvgTarget::endGroup() { m_xml.writeEndElement(); }

void SvgTarget::writeStroke(const Stroke &stroke)
{
    if (stroke.width <= 0) {
        m_xml.writeAttribute(QStringLiteral("stroke"), QStringLiteral("none"));
        return;
    }
    m_xml.writeAttribute(QStringLiteral("stroke"), colourName(stroke.color));
    m_xml.writeAttribute(QStringLiteral("stroke-width"), number(stroke.width));
    if (stroke.dashed)
        m_xml.writeAttribute(QStringLiteral("stroke-dasharray"), QStringLiteral("4.5 3.5"));
}

void SvgTarget::writeFill(const QColor &fill)
{
    m_xml.writeAttribute(QStringLiteral("fill"),
                         fill.alpha() == 0 ? QStringLiteral("none") : colourName(fill));
}

void SvgTarget::rect(const QRectF &r, qreal radius, const QColor &fill, const Stroke &stroke)
{
    m_xml.writeEmptyElement(QStringLiteral("rect"));
    m_xml.writeAttribute(QStringLiteral("x"), number(r.x()));
    m_xml.writeAttribute(QStringLiteral("y"), number(r.y()));
    m_xml.writeAttribute(QStringLiteral("width"), number(r.width()));
    m_xml.writeAttribute(QStringLiteral("height"), number(r.height()));
    if (radius > 0)
        m_xml.writeAttribute(QStringLiteral("rx"), number(radius));
    writeFill(fill);
    writeStroke(stroke);
}

void SvgTarget::spline(const std::vector<QPointF> &points, const Stroke &stroke)
{
    if (points.size() < 2)
        return;
    QString d = QStringLiteral("M") + point(points[0]);
    std::size_t i = 1;
    for (; i + 2 < points.size(); i += 3)
        d += QStringLiteral(" C") + point(points[i]) + QLatin1Char(' ') + point(points[i + 1])
           + QLatin1Char(' ') + point(points[i + 2]);
    for (; i < points.size(); ++i)
        d += QStringLiteral(" L") + point(points[i]);
    m_xml.writeEmptyElement(QStringLiteral("path"));
    m_xml.writeAttribute(QStringLiteral("d"), d);
    m_xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
    writeStroke(stroke);
}

void SvgTarget::polygon(const QPolygonF &polygon, const QColor &fill, const Stroke &stroke)
{
    QStringList points;
    for (const QPointF &p : polygon)
        points << point(p);
    m_xml.writeEmptyElement(QStringLiteral("polygon"));
    m_xml.writeAttribute(QStringLiteral("points"), points.join(QLatin1Char(' ')));
    writeFill(fill);
    writeStroke(stroke);
}

void SvgTarget::ellipse(const QRectF &r, const QColor &fill, const Stroke &stroke)
{
    m_xml.writeEmptyElement(QStringLiteral("ellipse"));
    m_xml.writeAttribute(QStringLiteral("cx"), number(r.center().x()));
    m_xml.writeAttribute(QStringLiteral("cy"), number(r.center().y()));
    m_xml.writeAttribute(QStringLiteral("rx"), number(r.width() / 2));
    m_xml.writeAttribute(QStringLiteral("ry"), number(r.height() / 2));
    writeFill(fill);
    writeStroke(stroke);
}

void SvgTarget::text(const QString &line, const QFont &font, QPointF baseline, bool centred,
                     const QColor &colour)
{
    m_xml.writeStartElement(QStringLiteral("text"));
    m_xml.writeAttribute(QStringLiteral("x"), number(baseline.x()));
    m_xml.writeAttribute(QStringLiteral("y"), number(baseline.y()));
    m_xml.writeAttribute(
        QStringLiteral("font-size"),
        number(font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96 / 72));
    if (font.bold())
        m_xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
    if (centred)
        m_xml.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
    if (colour != Qt::black)
        m_xml.writeAttribute(QStringLiteral("fill"), colourName(colour));
    // Keep spaces as typed (leading spaces in a line would otherwise collapse).
    m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    m_xml.writeCharacters(xmlSafe(line));
    m_xml.writeEndElement();
}

} // namespace kdd
