// Where things go on a Word page: the diagram's size and paper, the widths of table columns,
// and the DrawingML of the inline picture.
#include "docxlayout.h"

#include "pageplan.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kdd::docx {
namespace {

// What shares the diagram's page with it: the section heading and the one-line count above it.
constexpr int DiagramHeadingReserve = 1800;
// A landscape page only when it makes the diagram's text clearly larger.
constexpr double LandscapeGain = 1.1;
// A small diagram grows to the text width only so far: its box text at 1.5 times its natural
// size is large enough, and an empty diagram's key stays a key.
constexpr double MaxPictureScale = 1.5;
constexpr int MinColumnWidth = 700; // 1.2 cm
constexpr int MaxWordWidth = 2400;  // a longer word may break rather than take the table
// The width of a character of 9.5 pt table text, on the wide side (fonts differ where the
// document is opened).
constexpr int TwipsPerCharacter = 105;
constexpr int BoldTwipsPerCharacter = 125;
constexpr int CellMargins = 200;
// A table of this many columns reads better across a landscape page.
constexpr qsizetype LandscapeColumns = 6;

void extent(QXmlStreamWriter &xml, const QString &name, qint64 cx, qint64 cy)
{
    xml.writeEmptyElement(name);
    xml.writeAttribute(QStringLiteral("cx"), QString::number(cx));
    xml.writeAttribute(QStringLiteral("cy"), QString::number(cy));
}

void pictureElement(QXmlStreamWriter &xml, qint64 cx, qint64 cy, const QString &description,
                    int number)
{
    xml.writeStartElement(QStringLiteral("pic:pic"));
    xml.writeStartElement(QStringLiteral("pic:nvPicPr"));
    xml.writeEmptyElement(QStringLiteral("pic:cNvPr"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("name"),
                       picturePart(number, false).section(QLatin1Char('/'), -1));
    xml.writeAttribute(QStringLiteral("descr"), description);
    xml.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    xml.writeEndElement(); // pic:nvPicPr
    xml.writeStartElement(QStringLiteral("pic:blipFill"));
    xml.writeStartElement(QStringLiteral("a:blip"));
    xml.writeAttribute(QStringLiteral("r:embed"), pictureRelationship(number, false));
    xml.writeStartElement(QStringLiteral("a:extLst"));
    xml.writeStartElement(QStringLiteral("a:ext"));
    xml.writeAttribute(QStringLiteral("uri"),
                       QStringLiteral("{96DAC541-7B7A-43D3-8B79-37D633B846F1}"));
    xml.writeEmptyElement(QStringLiteral("asvg:svgBlip"));
    xml.writeAttribute(QStringLiteral("xmlns:asvg"),
                       QStringLiteral("http://schemas.microsoft.com/office/drawing/2016/SVG/main"));
    xml.writeAttribute(QStringLiteral("r:embed"), pictureRelationship(number, true));
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
        std::min({page.textWidth() / width, (page.textHeight() - DiagramHeadingReserve) / height,
                  MaxPictureScale});
    const double landscape =
        std::min({page.textHeight() / width, (page.textWidth() - DiagramHeadingReserve) / height,
                  MaxPictureScale});
    PicturePlacement placement;
    // Upright unless the diagram has to shrink there and would be clearly larger turned.
    placement.landscape = portrait < 1.0 && landscape > portrait * LandscapeGain;
    const double scale = placement.landscape ? landscape : portrait;
    placement.width = std::max<qint64>(1, std::llround(width * scale));
    placement.height = std::max<qint64>(1, std::llround(height * scale));
    return placement;
}

QSizeF diagramPageArea(const PageGeometry &page, QSizeF points, qreal textPoints)
{
    const PicturePlacement single = placePicture(page, points);
    const double scale = single.width / (std::max(points.width(), 1.0) * 20.0);
    if (scale * textPoints >= PageRules::paper().minTextPoints)
        return {};
    // A picture a little shorter than the text area, so that Word's line around it never
    // pushes it onto the next page.
    constexpr double Slack = 6;
    return QSizeF((page.width - 2 * DiagramPageMargin) / 20.0,
                  (page.height - 2 * DiagramPageMargin) / 20.0 - Slack);
}

namespace {

// What each column of a table holds: its share of the text, and how narrow (its longest word)
// and how wide (its longest line) it may usefully be, in twips.
struct ColumnBounds
{
    std::vector<double> weights;
    std::vector<int> minimum;
    std::vector<int> maximum;
};

ColumnBounds columnBounds(const ReportBlock &table)
{
    const size_t columns = size_t(table.header.size());
    ColumnBounds bounds{std::vector<double>(columns, 1.0), std::vector<int>(columns, 0),
                        std::vector<int>(columns, 0)};
    auto &weights = bounds.weights;
    auto &minimum = bounds.minimum;
    auto &maximum = bounds.maximum;
    for (size_t c = 0; c < columns; ++c) {
        QStringList cells{table.header.value(int(c))};
        double length = 0;
        for (const QStringList &row : table.rows) {
            cells << row.value(int(c));
            length += row.value(int(c)).size();
        }
        weights[c] = std::max(
            {1.0, double(cells.front().size()), length / std::max<size_t>(1, table.rows.size())});
        // Lines break at spaces and after hyphens and slashes; the header is bold.
        static const QRegularExpression breaks(QStringLiteral("[ /-]"));
        int longestWord = 0, longestLine = 0;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const int perCharacter = i == 0 ? BoldTwipsPerCharacter : TwipsPerCharacter;
            for (const QString &line : cells[i].split(QLatin1Char('\n'))) {
                longestLine = std::max(longestLine, int(line.size()) * perCharacter);
                for (const QString &word : line.split(breaks))
                    longestWord = std::max(longestWord, int(word.size() + 1) * perCharacter);
            }
        }
        minimum[c] = std::clamp(longestWord + CellMargins, MinColumnWidth, MaxWordWidth);
        maximum[c] = std::max(minimum[c], longestLine + CellMargins);
    }
    return bounds;
}

} // namespace

bool wantsLandscape(const ReportBlock &table, const PageGeometry &page)
{
    const ColumnBounds bounds = columnBounds(table);
    return table.header.size() >= LandscapeColumns
        || std::accumulate(bounds.minimum.begin(), bounds.minimum.end(), 0) > page.textWidth();
}

std::vector<int> columnWidths(const ReportBlock &table, int total)
{
    const size_t columns = size_t(table.header.size());
    const ColumnBounds bounds = columnBounds(table);
    const auto &weights = bounds.weights;
    const auto &minimum = bounds.minimum;
    const auto &maximum = bounds.maximum;
    const auto sum = [](const std::vector<int> &widths) {
        return std::accumulate(widths.begin(), widths.end(), 0);
    };
    // Scales `widths` to fill `total` exactly, in proportion.
    const auto fill = [total, &sum](std::vector<int> widths) {
        const double factor = double(total) / std::max(1, sum(widths));
        for (int &width : widths)
            width = int(width * factor);
        if (!widths.empty())
            widths.back() += total - sum(widths);
        return widths;
    };
    if (sum(maximum) <= total || sum(minimum) >= total)
        return fill(sum(maximum) <= total ? maximum : minimum);
    // Each column's share of the width goes with the amount of text it holds, within its
    // bounds; columns held at a bound leave the rest to the others.
    std::vector<int> widths(columns, 0);
    std::vector<bool> held(columns, false);
    for (bool changed = true; changed;) {
        changed = false;
        double free = 0;
        int left = total;
        for (size_t c = 0; c < columns; ++c) {
            if (held[c])
                left -= widths[c];
            else
                free += weights[c];
        }
        for (size_t c = 0; c < columns && !changed; ++c) {
            if (held[c])
                continue;
            const int share = int(left * weights[c] / free);
            widths[c] = std::clamp(share, minimum[c], maximum[c]);
            if (widths[c] != share) {
                held[c] = true;
                changed = true; // start over with the new bounds
            }
        }
    }
    return fill(widths);
}

int estimatedRowHeight(const QStringList &cells, const std::vector<int> &widths)
{
    constexpr int LineHeight = 230; // 9.5 pt text, single spaced
    int lines = 1;
    for (size_t c = 0; c < widths.size(); ++c) {
        const int perLine = std::max(1, (widths[c] - CellMargins) / TwipsPerCharacter);
        int cellLines = 0;
        for (const QString &line : cells.value(int(c)).split(QLatin1Char('\n')))
            cellLines += 1 + int(line.size()) / perLine;
        lines = std::max(lines, cellLines);
    }
    return lines * LineHeight + CellMargins;
}

void writeInlinePicture(QXmlStreamWriter &xml, qint64 cx, qint64 cy, const QString &description,
                        int number)
{
    xml.writeStartElement(QStringLiteral("wp:inline"));
    for (const char *distance : {"distT", "distB", "distL", "distR"})
        xml.writeAttribute(QLatin1String(distance), QStringLiteral("0"));
    extent(xml, QStringLiteral("wp:extent"), cx, cy);
    xml.writeEmptyElement(QStringLiteral("wp:effectExtent"));
    for (const char *side : {"l", "t", "r", "b"})
        xml.writeAttribute(QLatin1String(side), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("wp:docPr"));
    xml.writeAttribute(QStringLiteral("id"), QString::number(number + 1)); // unique in the body
    xml.writeAttribute(QStringLiteral("name"),
                       number >= FirstChartPicture
                           ? QStringLiteral("Chart %1").arg(number - FirstChartPicture + 1)
                       : number == 0 ? QStringLiteral("Key driver diagram")
                                     : QStringLiteral("Key driver diagram, part %1").arg(number));
    xml.writeAttribute(QStringLiteral("descr"), description);
    xml.writeStartElement(QStringLiteral("wp:cNvGraphicFramePr"));
    xml.writeEmptyElement(QStringLiteral("a:graphicFrameLocks"));
    xml.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("a:graphic"));
    xml.writeStartElement(QStringLiteral("a:graphicData"));
    xml.writeAttribute(QStringLiteral("uri"),
                       QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    pictureElement(xml, cx, cy, description, number);
    xml.writeEndElement(); // a:graphicData
    xml.writeEndElement(); // a:graphic
    xml.writeEndElement(); // wp:inline
}

} // namespace kdd::docx
