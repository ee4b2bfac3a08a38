// The document's text size in layout and export: the standard size draws exactly as before,
// every bundled example keeps the layout invariants at the smallest and the largest size, and
// the exports carry the larger text.
#include "catchqt.h"
#include "testsupport.h"

#include "layout/layoutengine.h"
#include "layout/typography.h"
#include "render/exporter.h"
#include "render/exporters.h"

#include <QImage>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

using namespace kdd;
using namespace kddtest;

namespace {

Diagram sized(Diagram d, double points,
              LayoutSettings::Ideas ideas = LayoutSettings::Ideas::Separate)
{
    LayoutSettings s = d.layoutSettings();
    s.textSize = points;
    s.ideas = ideas;
    d.setLayoutSettings(s);
    return d;
}

qreal distanceToRect(QPointF p, const QRectF &r)
{
    const qreal dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const qreal dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    return std::hypot(dx, dy);
}

// No overlapping boxes, text inside its box with the padding of its size, links from box to box,
// headers above the boxes: what must hold at every size.
void checkSizedLayout(const Diagram &d, const DiagramLayout &layout, const Typography &t)
{
    REQUIRE(layout.boxes.size() == d.nodes().size());
    std::map<int, std::vector<const DiagramLayout::Box *>> columns;
    for (const DiagramLayout::Box &b : layout.boxes) {
        columns[b.column].push_back(&b);
        CHECK(layout.bounds.contains(b.rect));
    }
    int overlaps = 0;
    for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < layout.boxes.size(); ++j) {
            const QRectF common = layout.boxes[i].rect.intersected(layout.boxes[j].rect);
            overlaps += common.width() > 0.01 && common.height() > 0.01;
        }
    }
    CHECK(overlaps == 0);
    int tooWide = 0;
    int tooTall = 0;
    int badgesOutside = 0;
    for (const DiagramLayout::Box &b : layout.boxes) {
        for (const TextBlock::Line &line : b.text.lines)
            tooWide += line.width > b.rect.width() - 2 * t.paddingX + 0.5;
        tooTall += b.textTopLeft.y() < b.rect.top()
                || b.textTopLeft.y() + b.text.height() > b.rect.bottom() + 0.5;
        for (const DiagramLayout::Badge &badge : b.badges)
            badgesOutside += !b.rect.contains(badge.rect);
    }
    CHECK(tooWide == 0);
    CHECK(tooTall == 0);
    CHECK(badgesOutside == 0);
    int badEnds = 0;
    for (const DiagramLayout::Edge &e : layout.edges) {
        REQUIRE(e.points.size() >= 2);
        badEnds += distanceToRect(e.points.front(), layout.box(e.from)->rect) > 1.5;
        badEnds += distanceToRect(e.points.back(), layout.box(e.to)->rect) > 1.5;
    }
    CHECK(badEnds == 0);
    qreal topOfBoxes = 1e9;
    for (const DiagramLayout::Box &b : layout.boxes)
        topOfBoxes = std::min(topOfBoxes, b.rect.top());
    for (const DiagramLayout::Header &h : layout.headers)
        CHECK(h.rect.bottom() <= topOfBoxes);
}

// The font sizes of the SVG's texts, largest first.
std::vector<double> svgFontSizes(const QByteArray &svg)
{
    std::vector<double> sizes;
    const QRegularExpression re(QStringLiteral("<text[^>]* font-size=\"([0-9.]+)\""));
    for (auto it = re.globalMatch(QString::fromUtf8(svg)); it.hasNext();)
        sizes.push_back(it.next().captured(1).toDouble());
    std::sort(sizes.rbegin(), sizes.rend());
    return sizes;
}

QByteArray exported(const Diagram &d, ExportFormat format)
{
    QByteArray bytes;
    QString error;
    const bool ok = findExporter(format)->write(d, ExportOptions(), bytes, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return bytes;
}

} // namespace

TEST_CASE("the standard text size is the standard typography", "[layout][textsize]")
{
    const Typography standard = Typography::standard();
    const Typography ten = Typography::sized(LayoutSettings::DefaultTextSize);
    CHECK(ten.boxFont == standard.boxFont);
    CHECK(ten.badgeFont == standard.badgeFont);
    CHECK(ten.maxTextWidth == standard.maxTextWidth);
    CHECK(ten.paddingX == standard.paddingX);
    CHECK(standard.boxFont.pixelSize() == 13); // 10 pt at 96 per inch

    const Typography large = Typography::sized(LayoutSettings::MaxTextSize);
    CHECK(large.boxFont.pixelSize() == 21); // 16 pt
    CHECK(large.aimFont.pixelSize() > standard.aimFont.pixelSize());
    CHECK(large.badgeFont.pixelSize() > standard.badgeFont.pixelSize());
    CHECK(large.maxTextWidth > standard.maxTextWidth);
    CHECK(large.paddingX > standard.paddingX);
    CHECK(large.badgeSize > standard.badgeSize);
    const Typography small = Typography::sized(LayoutSettings::MinTextSize);
    CHECK(small.boxFont.pixelSize() == 11);
    CHECK(small.maxTextWidth < standard.maxTextWidth);
}

TEST_CASE("files without a text size lay out exactly as the standard typography does",
          "[layout][textsize]")
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    REQUIRE(loaded.ok());
    LayoutOptions standard;
    standard.typography = Typography::standard();
    DiagramLayout a;
    DiagramLayout b;
    REQUIRE(layoutDiagram(*loaded.diagram, standard, a));
    REQUIRE(layoutDiagram(*loaded.diagram, LayoutOptions(), b));
    REQUIRE(a.boxes.size() == b.boxes.size());
    for (std::size_t i = 0; i < a.boxes.size(); ++i)
        CHECK(a.boxes[i].rect == b.boxes[i].rect);
    CHECK(a.bounds == b.bounds);
}

TEST_CASE("every example keeps the layout invariants at the smallest and largest text size",
          "[layout][textsize]")
{
    for (const QString &path : examplePaths()) {
        const LoadResult loaded = loadDiagram(path);
        REQUIRE(loaded.ok());
        for (const double points : {LayoutSettings::MinTextSize, LayoutSettings::MaxTextSize}) {
            for (const auto ideas :
                 {LayoutSettings::Ideas::Separate, LayoutSettings::Ideas::Stacked}) {
                INFO(path.toStdString()
                     << " at " << points << " pt"
                     << (ideas == LayoutSettings::Ideas::Stacked ? ", stacked" : ""));
                const Diagram d = sized(*loaded.diagram, points, ideas);
                DiagramLayout layout;
                QString error;
                const bool ok = layoutDiagram(d, LayoutOptions(), layout, &error);
                INFO(error.toStdString());
                REQUIRE(ok);
                const Typography t = Typography::sized(points);
                if (ideas == LayoutSettings::Ideas::Separate) {
                    checkSizedLayout(d, layout, t);
                } else {
                    // Stacked ideas share a card: the boxes still must not overlap.
                    for (const DiagramLayout::Box &b : layout.boxes)
                        for (const TextBlock::Line &line : b.text.lines)
                            CHECK(line.width <= b.rect.width() - 2 * t.paddingX + 0.5);
                }
                for (const DiagramLayout::Box &b : layout.boxes) {
                    const QFont &expected = b.kind == NodeKind::Aim ? t.aimFont : t.boxFont;
                    CHECK(b.text.font.pixelSize() == expected.pixelSize());
                }
            }
        }
    }
}

TEST_CASE("an export at a larger text size has larger text", "[render][textsize]")
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    REQUIRE(loaded.ok());
    const Diagram standard = *loaded.diagram;
    const Diagram large = sized(standard, 14);

    const std::vector<double> before = svgFontSizes(exported(standard, ExportFormat::Svg));
    const std::vector<double> after = svgFontSizes(exported(large, ExportFormat::Svg));
    REQUIRE_FALSE(before.empty());
    REQUIRE(before.size() == after.size());
    const auto count = [](const std::vector<double> &sizes, double size) {
        return std::count(sizes.begin(), sizes.end(), size);
    };
    // The boxes' text: 13 px at 10 pt, 19 px at 14 pt.
    CHECK(count(before, 13) > 0);
    CHECK(count(after, 13) == 0);
    CHECK(count(after, 19) == count(before, 13));
    for (std::size_t i = 0; i < before.size(); ++i)
        CHECK(after[i] > before[i]);

    // The PNG grows with it, and the impact and effort grid follows the document too.
    const QImage small = QImage::fromData(exported(standard, ExportFormat::Png), "PNG");
    const QImage big = QImage::fromData(exported(large, ExportFormat::Png), "PNG");
    CHECK(big.width() > small.width());
    CHECK(big.height() > small.height());
    QByteArray grid;
    QByteArray largeGrid;
    QString error;
    REQUIRE(writePriorityGrid(standard, ExportOptions(), ExportFormat::Svg, grid, &error));
    REQUIRE(writePriorityGrid(large, ExportOptions(), ExportFormat::Svg, largeGrid, &error));
    CHECK(count(svgFontSizes(grid), 13) > 0);
    CHECK(count(svgFontSizes(largeGrid), 13) == 0);
    CHECK(count(svgFontSizes(largeGrid), 19) > 0);
}
