// Where things go on a Word page: the diagram's size and paper, the widths of table columns,
// and the DrawingML of the inline picture.
#include "docxlayout.h"

#include <algorithm>
#include <cmath>

namespace kdd::docx {
namespace {

// What shares the diagram's page with it: the section heading and the one-line count above it.
constexpr int DiagramHeadingReserve = 1800;
// A landscape page only when it makes the diagram's text clearly larger.
constexpr double LandscapeGain = 1.1;
constexpr int MinColumnWidth = 700;    // 1.2 cm
constexpr int MaxWordWidth = 2400;     // a longer word may break rather than take the table
constexpr int TwipsPerCharacter = 130; // 9.5 pt, bold in the header, in a wide font
constexpr int CellMargins = 200;

void extent(QXmlStreamWriter &xml, const QString &name, qint64 cx, qint64 cy)
{
    xml.writeEmptyElement(name);
    xml.writeAttribute(QStringLiteral("cx"), QString::number(cx));
    xml.writeAttribute(QStringLiteral("cy"), QString::number(cy));
}

void pictureElement(QXmlStreamWriter &xml, qint64 cx, qint64 cy, const QString &description)
{
    xml.writeStartElement(QStringLiteral("pic:pic"));
    xml.writeStartElement(QStringLiteral("pic:nvPicPr"));
    xml.writeEmptyElement(QStringLiteral("pic:cNvPr"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("diagram.png"));
    xml.writeAttribute(QStringLiteral("descr"), description);
    xml.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    xml.writeEndElement(); // pic:nvPicPr
    xml.writeStartElement(QStringLiteral("pic:blipFill"));
    xml.writeStartElement(QStringLiteral("a:blip"));
    xml.writeAttribute(QStringLiteral("r:embed"), PngRelationship);
    xml.writeStartElement(QStringLiteral("a:extLst"));
    xml.writeStartElement(QStringLiteral("a:ext"));
    xml.writeAttribute(QStringLiteral("uri"),
                       QStringLiteral("{96DAC541-7B7A-43D3-8B79-37D633B846F1}"));
    xml.writeEmptyElement(QStringLiteral("asvg:svgBlip"));
    xml.writeAttribute(QStringLiteral("xmlns:asvg"),
                       QStringLiteral("http://schemas.microsoft.com/office/drawing/2016/SVG/main"));
    xml.writeAttribute(QStringLiteral("r:embed"), SvgRelationship);
    xml.writeEndElement(); // a:ext
    xml.writeEndElement(); // a:extLst
    xml.writeEndElement(); // a:blip
    xml.writeStartElement(QStringLiteral("a:stretch"));
    xml.writeEmptyElement(QStringLiteral("a:fillRect"));
    xml.writeEndElement();
    xml.writeEndElement(); // pic:blipFill
    xml.writeStartElement(QStringLiteral("pic:spPr"));
    xml.writeStartElement(QStringLiteral("a:xfrm"));
    xml.writeEmptyElement(QStringLiteral("a:off"));
    xml.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
    extent(xml, QStringLiteral("a:ext"), cx, cy);
    xml.writeEndElement(); // a:xfrm
    xml.writeStartElement(QStringLiteral("a:prstGeom"));
    xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    xml.writeEmptyElement(QStringLiteral("a:avLst"));
    xml.writeEndElement();
    xml.writeEndElement(); // pic:spPr
    xml.writeEndElement(); // pic:pic
}

} // namespace

PicturePlacement placePicture(const PageGeometry &page, QSizeF points)
{
    const double width = std::max(points.width(), 1.0) * 20.0; // points to twips
    const double height = std::max(points.height(), 1.0) * 20.0;
    const double portrait =
        std::min(page.textWidth() / width, (page.textHeight() - DiagramHeadingReserve) / height);
    const double landscape =
        std::min(page.textHeight() / width, (page.textWidth() - DiagramHeadingReserve) / height);
    PicturePlacement placement;
    placement.landscape = landscape > portrait * LandscapeGain;
    const double scale = placement.landscape ? landscape : portrait;
    placement.width = std::max<qint64>(1, std::llround(width * scale));
    placement.height = std::max<qint64>(1, std::llround(height * scale));
    return placement;
}

std::vector<int> columnWidths(const ReportBlock &table, int total)
{
    const size_t columns = size_t(table.header.size());
    std::vector<double> weights(columns, 1.0);
    std::vector<int> minimum(columns, 0);
    auto measure = [&](size_t column, const QString &text) {
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            weights[column] = std::max(weights[column], double(line.size()));
            for (const QString &word : line.split(QLatin1Char(' ')))
                minimum[column] = std::max(minimum[column], int(word.size()));
        }
    };
    for (size_t c = 0; c < columns; ++c) {
        measure(c, table.header.value(int(c)));
        for (const QStringList &row : table.rows)
            measure(c, row.value(int(c)));
    }
    int minimumSum = 0;
    for (size_t c = 0; c < columns; ++c) {
        weights[c] = std::clamp(weights[c], 6.0, 45.0);
        minimum[c] =
            std::clamp(minimum[c] * TwipsPerCharacter + CellMargins, MinColumnWidth, MaxWordWidth);
        minimumSum += minimum[c];
    }
    if (minimumSum > total) { // many columns of long words: every column gives up alike
        for (int &width : minimum)
            width = width * total / minimumSum;
    }
    // Columns that would fall under their minimum get it; the rest share what is left.
    std::vector<int> widths(columns, 0);
    std::vector<bool> fixed(columns, false);
    for (bool changed = true; changed;) {
        changed = false;
        double free = 0;
        int left = total;
        for (size_t c = 0; c < columns; ++c) {
            if (fixed[c])
                left -= minimum[c];
            else
                free += weights[c];
        }
        for (size_t c = 0; c < columns; ++c) {
            widths[c] = fixed[c] ? minimum[c] : int(left * weights[c] / free);
            if (!fixed[c] && widths[c] < minimum[c]) {
                fixed[c] = true;
                changed = true;
            }
        }
    }
    return widths;
}

void writeInlinePicture(QXmlStreamWriter &xml, qint64 cx, qint64 cy, const QString &description)
{
    xml.writeStartElement(QStringLiteral("wp:inline"));
    for (const char *distance : {"distT", "distB", "distL", "distR"})
        xml.writeAttribute(QLatin1String(distance), QStringLiteral("0"));
    extent(xml, QStringLiteral("wp:extent"), cx, cy);
    xml.writeEmptyElement(QStringLiteral("wp:effectExtent"));
    for (const char *side : {"l", "t", "r", "b"})
        xml.writeAttribute(QLatin1String(side), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("wp:docPr"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Key driver diagram"));
    xml.writeAttribute(QStringLiteral("descr"), description);
    xml.writeStartElement(QStringLiteral("wp:cNvGraphicFramePr"));
    xml.writeEmptyElement(QStringLiteral("a:graphicFrameLocks"));
    xml.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("a:graphic"));
    xml.writeStartElement(QStringLiteral("a:graphicData"));
    xml.writeAttribute(QStringLiteral("uri"),
                       QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    pictureElement(xml, cx, cy, description);
    xml.writeEndElement(); // a:graphicData
    xml.writeEndElement(); // a:graphic
    xml.writeEndElement(); // wp:inline
}

} // namespace kdd::docx
