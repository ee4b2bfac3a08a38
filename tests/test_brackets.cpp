// The user's-order placement and the bracket connectors: tree order without crossings, parents
// centred on their blocks, and the routing invariants (axis-aligned, clear of boxes, no shared
// trunk lines) on generated diagrams with shared and column-skipping links.
#include "catchqt.h"
#include "testsupport.h"

#include "layout/ideacards.h"
#include "layout/layoutengine.h"
#include "model/diagramtree.h"

#include <QLineF>

#include <algorithm>
#include <random>

using namespace kdd;
using namespace kddtest;

namespace {

DiagramLayout laidOut(const Diagram &d, LayoutSettings::Order order,
                      LayoutSettings::Links links = LayoutSettings::Links::Brackets)
{
    LayoutOptions options;
    options.order = order;
    options.links = links;
    DiagramLayout layout;
    QString error;
    const bool ok = layoutDiagram(d, options, layout, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return layout;
}

// The straight pieces of a link drawn as cubic segments whose control points lie on the line.
std::vector<QLineF> segments(const DiagramLayout::Edge &e)
{
    std::vector<QLineF> pieces;
    for (std::size_t i = 0; i + 3 < e.points.size(); i += 3)
        pieces.emplace_back(e.points[i], e.points[i + 3]);
    return pieces;
}

bool onLine(const QLineF &line, QPointF p)
{
    const QPointF d = line.p2() - line.p1();
    const qreal cross = d.x() * (p.y() - line.p1().y()) - d.y() * (p.x() - line.p1().x());
    return std::abs(cross) <= 0.01 * std::max<qreal>(1, line.length());
}

// A generated many-to-many diagram with links that skip one and two columns added.
Diagram withSkippingLinks(int size, unsigned seed)
{
    Diagram d = generatedDiagram(size, seed);
    std::mt19937 random(seed);
    std::vector<NodeId> primaries;
    std::vector<NodeId> ideas;
    for (const Node &n : d.nodes()) {
        if (n.isDriver() && n.level == 1)
            primaries.push_back(n.id);
        if (n.isChange())
            ideas.push_back(n.id);
    }
    for (int i = 0; i < size / 10; ++i)
        d.addLink({primaries[random() % primaries.size()],
                   ideas[random() % ideas.size()],
                   i % 3 ? LinkStrength::Strong : LinkStrength::Weak,
                   {}});
    return d;
}

void checkRouting(const Diagram &d, const DiagramLayout &layout)
{
    struct Vertical
    {
        qreal x, top, bottom;
        NodeId owner;
    };
    std::vector<Vertical> verticals;
    int slanted = 0;
    int throughBoxes = 0;
    int curved = 0;
    for (const DiagramLayout::Edge &e : layout.edges) {
        REQUIRE(e.points.size() >= 4);
        for (std::size_t i = 0; i + 3 < e.points.size(); i += 3) {
            const QLineF line(e.points[i], e.points[i + 3]);
            curved += !onLine(line, e.points[i + 1]) || !onLine(line, e.points[i + 2]);
        }
        for (const QLineF &s : segments(e)) {
            const bool vertical = std::abs(s.dx()) < 0.01;
            const bool horizontal = std::abs(s.dy()) < 0.01;
            slanted += !vertical && !horizontal;
            if (vertical && std::abs(s.dy()) > 0.01)
                verticals.push_back(
                    {s.x1(), std::min(s.y1(), s.y2()), std::max(s.y1(), s.y2()), e.from});
            // No piece passes through the inside of any box (its own ends touch the sides).
            for (const DiagramLayout::Box &b : layout.boxes) {
                const QRectF inside = b.rect.adjusted(1, 1, -1, -1);
                const QRectF span =
                    QRectF(s.p1(), s.p2()).normalized().adjusted(-0.01, -0.01, 0.01, 0.01);
                throughBoxes += inside.intersects(span);
            }
        }
    }
    CHECK(curved == 0);
    CHECK(slanted == 0);
    CHECK(throughBoxes == 0);
    // No two vertical pieces of links from different parents lie on one line and overlap.
    std::sort(verticals.begin(), verticals.end(), [](const Vertical &a, const Vertical &b) {
        return std::tie(a.x, a.top) < std::tie(b.x, b.top);
    });
    int overlaps = 0;
    for (std::size_t i = 0; i < verticals.size(); ++i) {
        for (std::size_t j = i + 1;
             j < verticals.size() && std::abs(verticals[j].x - verticals[i].x) < 0.5; ++j) {
            if (verticals[j].owner != verticals[i].owner
                && verticals[j].top < verticals[i].bottom - 0.5)
                ++overlaps;
        }
    }
    CHECK(overlaps == 0);
    REQUIRE(layout.edges.size() == d.links().size());
}

} // namespace

TEST_CASE("brackets are axis-aligned, clear of boxes and never share a trunk line", "[layout]")
{
    for (const int size : {40, 150, 400}) {
        for (const auto order : {LayoutSettings::Order::Keep, LayoutSettings::Order::Tidy}) {
            INFO("size " << size << (order == LayoutSettings::Order::Keep ? " keep" : " tidy"));
            const Diagram d = withSkippingLinks(size, static_cast<unsigned>(size));
            checkRouting(d, laidOut(d, order));
        }
    }
    for (const QString &path : examplePaths()) {
        INFO(path.toStdString());
        const LoadResult loaded = loadDiagram(path);
        REQUIRE(loaded.ok());
        checkRouting(*loaded.diagram, laidOut(*loaded.diagram, LayoutSettings::Order::Keep));
        checkRouting(*loaded.diagram, laidOut(*loaded.diagram, LayoutSettings::Order::Tidy));
    }
}

TEST_CASE("a tree in keep order draws without a crossing, each parent centred on its block",
          "[layout]")
{
    for (unsigned seed = 1; seed <= 10; ++seed) {
        INFO("seed " << seed);
        const Diagram d = shuffledTree(seed, 30 + static_cast<int>(seed) * 20);
        const DiagramLayout layout = laidOut(d, LayoutSettings::Order::Keep);
        CHECK(adjacentColumnCrossings(layout) == 0);
        checkRouting(d, layout);
        const DiagramTree tree(d);
        int offCentre = 0;
        for (std::size_t i = 0; i < d.nodes().size(); ++i) {
            const std::vector<int> &kids = tree.children(static_cast<int>(i));
            if (kids.empty() || d.nodes()[i].isAim())
                continue;
            qreal top = 1e9;
            qreal bottom = -1e9;
            for (const int k : kids) {
                top = std::min(top, layout.boxes[static_cast<std::size_t>(k)].rect.top());
                bottom = std::max(bottom, layout.boxes[static_cast<std::size_t>(k)].rect.bottom());
            }
            offCentre += std::abs(layout.boxes[i].rect.center().y() - (top + bottom) / 2) > 0.5;
        }
        CHECK(offCentre == 0);
        // Every link of a tree is one trunk branch: it leaves its parent's middle and enters the
        // middle of its child's left side.
        for (const DiagramLayout::Edge &e : layout.edges) {
            CHECK_FALSE(e.shared);
            CHECK(std::abs(e.points.front().y() - layout.box(e.from)->rect.center().y()) < 0.01);
            CHECK(std::abs(e.points.back().y() - layout.box(e.to)->rect.center().y()) < 0.01);
        }
    }
}

TEST_CASE("straight links are one line from box to box and curves stay splines", "[layout]")
{
    const Diagram d = goodDiagram();
    const DiagramLayout straight =
        laidOut(d, LayoutSettings::Order::Keep, LayoutSettings::Links::Straight);
    for (const DiagramLayout::Edge &e : straight.edges) {
        if (straight.box(e.from)->column == straight.box(e.to)->column)
            continue;
        CHECK(e.points.size() == 4);
        CHECK(std::abs(e.points.front().x() - straight.box(e.from)->rect.right()) < 0.01);
        CHECK(std::abs(e.points.back().x() - straight.box(e.to)->rect.left()) < 0.01);
    }
    const DiagramLayout curves =
        laidOut(d, LayoutSettings::Order::Keep, LayoutSettings::Links::Curves);
    int bent = 0; // Graphviz's splines have control points off the chord somewhere
    for (const DiagramLayout::Edge &e : curves.edges) {
        for (std::size_t i = 0; i + 3 < e.points.size(); i += 3)
            bent += !onLine(QLineF(e.points[i], e.points[i + 3]), e.points[i + 1]);
    }
    CHECK(bent > 0);
}

TEST_CASE("a shared link leaves and enters beside the middle, apart from the trunk", "[layout]")
{
    Diagram d = goodDiagram();
    // c1 hangs under p1; a second link from p2 is shared.
    const NodeId home = homeParent(d, QStringLiteral("c1"));
    REQUIRE_FALSE(home.isEmpty());
    const NodeId other = home == QStringLiteral("p1") ? QStringLiteral("p2") : QStringLiteral("p1");
    REQUIRE(d.addLink({other, QStringLiteral("c1"), LinkStrength::Weak, {}}));
    const DiagramLayout layout = laidOut(d, LayoutSettings::Order::Keep);
    checkRouting(d, layout);
    const DiagramLayout::Edge *own = nullptr;
    const DiagramLayout::Edge *shared = nullptr;
    for (const DiagramLayout::Edge &e : layout.edges) {
        if (e.to == QStringLiteral("c1"))
            (e.from == home ? own : shared) = &e;
    }
    REQUIRE(own);
    REQUIRE(shared);
    CHECK_FALSE(own->shared);
    CHECK(shared->shared);
    CHECK(std::abs(shared->points.back().y() - own->points.back().y()) >= 4);
}

TEST_CASE("stacked ideas become cards of rows with one connector, in every style and order",
          "[layout]")
{
    const Diagram d = shuffledTree(7, 160);
    const std::vector<std::vector<int>> expected = findIdeaCards(d);
    REQUIRE(expected.size() >= 3);
    for (const auto links : {LayoutSettings::Links::Brackets, LayoutSettings::Links::Straight,
                             LayoutSettings::Links::Curves}) {
        for (const auto order : {LayoutSettings::Order::Keep, LayoutSettings::Order::Tidy}) {
            LayoutOptions options;
            options.order = order;
            options.links = links;
            options.ideas = LayoutSettings::Ideas::Stacked;
            DiagramLayout stacked;
            REQUIRE(layoutDiagram(d, options, stacked));
            options.ideas = LayoutSettings::Ideas::Separate;
            DiagramLayout separate;
            REQUIRE(layoutDiagram(d, options, separate));
            REQUIRE(stacked.cards.size() == expected.size());
            CHECK(separate.cards.empty());
            CHECK(stacked.bounds.height() < separate.bounds.height());
            for (const DiagramLayout::Card &card : stacked.cards) {
                REQUIRE(card.rows.size() >= 2);
                int connectors = 0;
                for (const DiagramLayout::Edge &e : stacked.edges) {
                    if (std::find(card.rows.begin(), card.rows.end(), e.to) != card.rows.end())
                        connectors += !e.merged;
                }
                CHECK(connectors == 1);
                qreal y = card.rect.top();
                for (const NodeId &id : card.rows) {
                    const DiagramLayout::Box *row = stacked.box(id);
                    REQUIRE(row);
                    CHECK(row->inCard);
                    CHECK(std::abs(row->rect.top() - y) < 0.01); // rows touch, in order
                    CHECK(std::abs(row->rect.left() - card.rect.left()) < 0.01);
                    CHECK(std::abs(row->rect.width() - card.rect.width()) < 0.01);
                    CHECK(row->text.height() <= row->rect.height());
                    y = row->rect.bottom();
                }
                CHECK(std::abs(y - card.rect.bottom()) < 0.01);
            }
            if (links == LayoutSettings::Links::Brackets)
                checkRouting(d, stacked);
        }
    }
}
