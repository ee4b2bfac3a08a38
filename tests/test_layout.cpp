// Layout invariants on every example and on generated diagrams, in both ordering modes.
#include "catchqt.h"
#include "testsupport.h"

#include "layout/layoutengine.h"
#include "layout/textblock.h"
#include "model/columnorder.h"
#include "model/layoutlimits.h"

#include <QElapsedTimer>
#include <QFontInfo>
#include <QHash>
#include <QLineF>
#include <QTextBoundaryFinder>

#include <map>
#include <random>

using namespace kdd;
using namespace kddtest;

namespace {

DiagramLayout laidOut(const Diagram &d, LayoutSettings::Order order)
{
    LayoutOptions options;
    options.order = order;
    DiagramLayout layout;
    QString error;
    const bool ok = layoutDiagram(d, options, layout, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return layout;
}

qreal distanceToRect(QPointF p, const QRectF &r)
{
    const qreal dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const qreal dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    return std::hypot(dx, dy);
}

// The invariants every layout must keep, whatever the diagram.
void checkInvariants(const Diagram &d, const DiagramLayout &layout, bool keepOrder)
{
    REQUIRE(layout.boxes.size() == d.nodes().size());
    std::map<int, std::vector<const DiagramLayout::Box *>> columns;
    for (const DiagramLayout::Box &b : layout.boxes) {
        REQUIRE(b.rect.isValid());
        columns[b.column].push_back(&b);
        CHECK(layout.bounds.contains(b.rect));
    }
    // Columns strictly left to right.
    qreal previousRight = -1e9;
    for (const auto &[column, boxes] : columns) {
        qreal left = 1e9;
        qreal right = -1e9;
        for (const auto *b : boxes) {
            left = std::min(left, b->rect.left());
            right = std::max(right, b->rect.right());
        }
        CHECK(left > previousRight);
        previousRight = right;
    }
    // No two boxes overlap (boxes in different columns cannot, by the check above).
    int overlaps = 0;
    for (auto &[column, boxes] : columns) {
        std::sort(boxes.begin(), boxes.end(),
                  [](const auto *a, const auto *b) { return a->rect.top() < b->rect.top(); });
        for (std::size_t i = 1; i < boxes.size(); ++i)
            overlaps += boxes[i]->rect.top() < boxes[i - 1]->rect.bottom() - 0.01;
    }
    CHECK(overlaps == 0);
    // In keep-my-order mode the vertical order in each column is the tree order of the
    // document (model/columnorder.h): blocks under their home parents, siblings as listed.
    if (keepOrder) {
        const std::vector<std::vector<NodeId>> expected =
            columnOrder(d, LayoutSettings::Order::Keep);
        std::vector<std::vector<NodeId>> drawn;
        for (const auto &[column, boxes] : columns) {
            drawn.emplace_back();
            for (const auto *b : boxes)
                drawn.back().push_back(b->id);
        }
        CHECK(drawn == expected);
    }
    // Every link is drawn, starting on its own `from` box and ending on its own `to` box.
    REQUIRE(layout.edges.size() == d.links().size());
    int badEnds = 0;
    for (std::size_t i = 0; i < layout.edges.size(); ++i) {
        const DiagramLayout::Edge &e = layout.edges[i];
        CHECK(e.from == d.links()[i].from);
        CHECK(e.to == d.links()[i].to);
        REQUIRE(e.points.size() >= 4);
        CHECK((e.points.size() - 1) % 3 == 0);
        badEnds += distanceToRect(e.points.front(), layout.box(e.from)->rect) > 1.5;
        badEnds += distanceToRect(e.points.back(), layout.box(e.to)->rect) > 1.5;
    }
    CHECK(badEnds == 0);
    // Text fits in its box; every line no wider than the box.
    for (const DiagramLayout::Box &b : layout.boxes) {
        for (const TextBlock::Line &line : b.text.lines)
            CHECK(line.width <= b.rect.width() - 2 * 8 + 0.5);
        CHECK(b.textTopLeft.y() >= b.rect.top());
        CHECK(b.textTopLeft.y() + b.text.height() <= b.rect.bottom() + 0.5);
        for (const DiagramLayout::Badge &badge : b.badges)
            CHECK(b.rect.contains(badge.rect));
    }
    // Headers sit above the boxes, the title above the headers, the legend below everything.
    qreal topOfBoxes = 1e9;
    qreal bottomOfBoxes = -1e9;
    for (const DiagramLayout::Box &b : layout.boxes) {
        topOfBoxes = std::min(topOfBoxes, b.rect.top());
        bottomOfBoxes = std::max(bottomOfBoxes, b.rect.bottom());
    }
    for (const DiagramLayout::Header &h : layout.headers) {
        CHECK(h.rect.bottom() <= topOfBoxes);
        if (!layout.title.rect.isNull())
            CHECK(layout.title.rect.bottom() <= h.rect.top());
    }
    if (!layout.legend.rect.isNull())
        CHECK(layout.legend.rect.top() >= bottomOfBoxes);
}

} // namespace

TEST_CASE("the box font resolves to an installed font", "[layout]")
{
    const Typography t = Typography::standard();
    const QFontInfo info(t.boxFont);
    INFO(info.family().toStdString());
    CHECK(info.family().contains(QStringLiteral("DejaVu")));
    const TextBlock block = wrapText(QStringLiteral("Reliable follow-up"), t.boxFont, 190);
    REQUIRE(block.lines.size() == 1);
    CHECK(block.lines[0].width > 50); // real glyphs, not empty boxes
}

TEST_CASE("layout invariants hold for every example in both orders", "[layout]")
{
    for (const QString &path : examplePaths()) {
        INFO(path.toStdString());
        const LoadResult loaded = loadDiagram(path);
        REQUIRE(loaded.ok());
        checkInvariants(*loaded.diagram, laidOut(*loaded.diagram, LayoutSettings::Order::Keep),
                        true);
        checkInvariants(*loaded.diagram, laidOut(*loaded.diagram, LayoutSettings::Order::Tidy),
                        false);
    }
}

TEST_CASE("layout invariants hold for generated diagrams", "[layout]")
{
    for (const int size : {25, 100, 400}) {
        INFO(size);
        const Diagram d = generatedDiagram(size, static_cast<unsigned>(size));
        checkInvariants(d, laidOut(d, LayoutSettings::Order::Keep), true);
        checkInvariants(d, laidOut(d, LayoutSettings::Order::Tidy), false);
    }
}

TEST_CASE("a global aim stays above its SMART aim in both orders", "[layout]")
{
    for (const QString &path : examplePaths()) {
        const LoadResult loaded = loadDiagram(path);
        REQUIRE(loaded.ok());
        for (const auto order : {LayoutSettings::Order::Keep, LayoutSettings::Order::Tidy}) {
            const DiagramLayout layout = laidOut(*loaded.diagram, order);
            const DiagramLayout::Box *global = nullptr;
            const DiagramLayout::Box *smart = nullptr;
            for (const DiagramLayout::Box &b : layout.boxes) {
                if (b.kind == NodeKind::Aim && b.role == AimRole::Global)
                    global = &b;
                if (b.kind == NodeKind::Aim && b.role == AimRole::Smart)
                    smart = &b;
            }
            if (global && smart) {
                INFO(path.toStdString());
                CHECK(global->rect.bottom() < smart->rect.top());
            }
        }
    }
}

TEST_CASE("columns stay in place even without links", "[layout]")
{
    Diagram d;
    d.insertNode(makeNode(QStringLiteral("c"), NodeKind::Change, QStringLiteral("Idea")));
    d.insertNode(makeNode(QStringLiteral("s"), NodeKind::Driver, QStringLiteral("Secondary"), 2));
    d.insertNode(makeNode(QStringLiteral("a"), NodeKind::Aim, QStringLiteral("Aim")));
    d.insertNode(makeNode(QStringLiteral("p"), NodeKind::Driver, QStringLiteral("Primary"), 1));
    const DiagramLayout layout = laidOut(d, LayoutSettings::Order::Keep);
    checkInvariants(d, layout, true);
    CHECK(layout.box(QStringLiteral("a"))->rect.right()
          < layout.box(QStringLiteral("p"))->rect.left());
    CHECK(layout.box(QStringLiteral("p"))->rect.right()
          < layout.box(QStringLiteral("s"))->rect.left());
    CHECK(layout.box(QStringLiteral("s"))->rect.right()
          < layout.box(QStringLiteral("c"))->rect.left());
    CHECK(layout.headers.size() == 4);
}

TEST_CASE("keep my order holds for boxes without links and with skipping links", "[layout]")
{
    // Boxes with no parent or no child are not held by dot's in-rank chain alone; shuffled
    // orders, skipped columns and unlinked boxes must all keep the document's order.
    for (unsigned seed = 1; seed <= 12; ++seed) {
        INFO(seed);
        std::mt19937 rng(seed);
        Diagram d = generatedDiagram(60, seed);
        std::vector<NodeId> ids;
        for (const Node &n : d.nodes())
            ids.push_back(n.id);
        for (int i = 0; i < 40; ++i)
            d.moveNode(ids[rng() % ids.size()], static_cast<int>(rng() % ids.size()));
        for (int i = 0; i < 8; ++i) {
            const NodeId id = QStringLiteral("loose%1").arg(i);
            d.insertNode(makeNode(id, i % 2 ? NodeKind::Change : NodeKind::Driver,
                                  QStringLiteral("Loose box"), 1 + static_cast<int>(rng() % 3)),
                         static_cast<int>(rng() % d.nodes().size()));
        }
        for (int i = 0; i < 10; ++i) { // drop some links, add some that skip columns
            const Link l = d.links()[rng() % d.links().size()];
            d.removeLink(l.from, l.to);
        }
        d.addLink({QStringLiteral("aim"), QStringLiteral("c3"), LinkStrength::Strong, {}});
        d.addLink({QStringLiteral("p1"), QStringLiteral("c7"), LinkStrength::Weak, {}});
        checkInvariants(d, laidOut(d, LayoutSettings::Order::Keep), true);
    }
}

TEST_CASE("a link that skips columns is routed around the boxes in between", "[layout]")
{
    Diagram d = goodDiagram();
    for (int i = 0; i < 6; ++i) {
        const QString id = QStringLiteral("s%1").arg(i);
        REQUIRE(d.insertNode(
            makeNode(id, NodeKind::Driver, QStringLiteral("Secondary driver %1").arg(i), 2)));
        REQUIRE(d.addLink({QStringLiteral("p1"), id, LinkStrength::Strong, {}}));
        REQUIRE(d.addLink({id, QStringLiteral("c1"), LinkStrength::Strong, {}}));
    }
    REQUIRE(d.addLink({QStringLiteral("p2"), QStringLiteral("c1"), LinkStrength::Strong, {}}));
    const DiagramLayout layout = laidOut(d, LayoutSettings::Order::Keep);
    checkInvariants(d, layout, true);
    const DiagramLayout::Edge *skip = nullptr;
    for (const DiagramLayout::Edge &e : layout.edges) {
        if (e.from == QStringLiteral("p2") && e.to == QStringLiteral("c1"))
            skip = &e;
    }
    REQUIRE(skip);
    // Sample the spline: no point lies inside a secondary driver's box.
    int inside = 0;
    for (std::size_t i = 0; i + 3 < skip->points.size(); i += 3) {
        for (int k = 0; k <= 20; ++k) {
            const qreal t = k / 20.0;
            const qreal u = 1 - t;
            const QPointF p = u * u * u * skip->points[i] + 3 * u * u * t * skip->points[i + 1]
                            + 3 * u * t * t * skip->points[i + 2] + t * t * t * skip->points[i + 3];
            for (const DiagramLayout::Box &b : layout.boxes)
                inside += b.column == 2 && b.rect.adjusted(1, 1, -1, -1).contains(p);
        }
    }
    CHECK(inside == 0);
}

TEST_CASE("keep my order: adding a node moves no other node in the order", "[layout]")
{
    Diagram d = generatedDiagram(100, 5);
    const DiagramLayout before = laidOut(d, LayoutSettings::Order::Keep);
    REQUIRE(d.insertNode(
        makeNode(QStringLiteral("new-idea"), NodeKind::Change, QStringLiteral("A new idea")), 40));
    REQUIRE(
        d.addLink({QStringLiteral("s3"), QStringLiteral("new-idea"), LinkStrength::Strong, {}}));
    const DiagramLayout after = laidOut(d, LayoutSettings::Order::Keep);
    checkInvariants(d, after, true);
    // The relative vertical order of every pair of old boxes in a column is unchanged.
    std::map<int, std::vector<NodeId>> orderBefore;
    std::map<int, std::vector<NodeId>> orderAfter;
    const auto byColumn = [](const DiagramLayout &l, std::map<int, std::vector<NodeId>> &out) {
        std::vector<const DiagramLayout::Box *> boxes;
        for (const auto &b : l.boxes)
            boxes.push_back(&b);
        std::sort(boxes.begin(), boxes.end(),
                  [](const auto *a, const auto *b) { return a->rect.top() < b->rect.top(); });
        for (const auto *b : boxes) {
            if (b->id != QStringLiteral("new-idea"))
                out[b->column].push_back(b->id);
        }
    };
    byColumn(before, orderBefore);
    byColumn(after, orderAfter);
    CHECK(orderBefore == orderAfter);
}

TEST_CASE("long text wraps inside the box and never overflows", "[layout]")
{
    Diagram d = goodDiagram();
    Node n = *d.node(QStringLiteral("c1"));
    n.text = QString(2000, QLatin1Char('x')); // one enormous word
    REQUIRE(d.updateNode(n));
    Node p = *d.node(QStringLiteral("p1"));
    for (int i = 0; i < 200; ++i)
        p.text += QStringLiteral(" wrapped words");
    REQUIRE(d.updateNode(p));
    const DiagramLayout layout = laidOut(d, LayoutSettings::Order::Keep);
    checkInvariants(d, layout, true);
    const DiagramLayout::Box *idea = layout.box(QStringLiteral("c1"));
    CHECK(idea->text.lines.size() > 5);
    CHECK(idea->rect.width() <= Typography::standard().maxTextWidth + 2 * 10 + 0.5);
    // Very long text is cut to a readable box with an ellipsis, not a box the size of a wall.
    const DiagramLayout::Box *driver = layout.box(QStringLiteral("p1"));
    CHECK(driver->text.lines.size() <= 60);
    CHECK(driver->text.lines.back().text.endsWith(QChar(0x2026)));
}

TEST_CASE("tidy reduces crossings and rewrites the order within columns only", "[layout]")
{
    Diagram d = generatedDiagram(400, 11);
    // Shuffle the change ideas so the document order is a bad one.
    std::vector<NodeId> ideas;
    for (const Node &n : d.nodes()) {
        if (n.isChange())
            ideas.push_back(n.id);
    }
    for (std::size_t i = 0; i < ideas.size(); i += 2)
        REQUIRE(d.moveNode(ideas[i], static_cast<int>(d.nodes().size()) - 1));
    const long long keep = adjacentColumnCrossings(laidOut(d, LayoutSettings::Order::Keep));
    const long long tidy = adjacentColumnCrossings(laidOut(d, LayoutSettings::Order::Tidy));
    INFO("keep " << keep << ", tidy " << tidy);
    CHECK(tidy < keep * 9 / 10);

    const std::vector<NodeId> order = tidyNodeOrder(d);
    REQUIRE(order.size() == d.nodes().size());
    for (std::size_t i = 0; i < order.size(); ++i) // each slot keeps a node of the same column
        CHECK(d.node(order[i])->column() == d.nodes()[i].column());
    std::vector<NodeId> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::unique(sorted.begin(), sorted.end()) == sorted.end());
    // Written into the document, keep-my-order draws the same blocks with siblings in tidy's
    // order, which removes crossings too.
    Diagram tidied = d;
    for (std::size_t i = 0; i < order.size(); ++i)
        REQUIRE(tidied.moveNode(order[i], static_cast<int>(i)));
    const long long nodesOnly =
        adjacentColumnCrossings(laidOut(tidied, LayoutSettings::Order::Keep));
    CHECK(nodesOnly < keep);
    // With the link order too, each shared box goes under the parent tidy drew it nearest, and
    // keep-my-order comes closer still to the tidy drawing.
    const TidyOrder full = tidyOrder(d);
    CHECK(full.nodes == order);
    REQUIRE(full.links.size() == d.links().size());
    for (const auto &[from, to] : full.links)
        REQUIRE(tidied.removeLink(from, to));
    for (const auto &[from, to] : full.links)
        REQUIRE(tidied.addLink({from, to, d.link(from, to)->strength, {}}));
    const long long withHomes =
        adjacentColumnCrossings(laidOut(tidied, LayoutSettings::Order::Keep));
    INFO("keep " << keep << ", after tidy up (nodes) " << nodesOnly << ", (nodes and links) "
                 << withHomes << ", tidy " << tidy);
    CHECK(withHomes < nodesOnly);
}

TEST_CASE("an empty diagram lays out to an empty drawing", "[layout]")
{
    const DiagramLayout layout = laidOut(Diagram(), LayoutSettings::Order::Keep);
    CHECK(layout.boxes.empty());
    CHECK(layout.bounds.isValid());
}

TEST_CASE("46,400 boxes in one column are refused before Graphviz, in well under a second",
          "[layout][limits]")
{
    // Before the limits Graphviz ran out of memory on this diagram and the process died.
    const Diagram d = ideaColumn(46400);
    DiagramLayout layout;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool ok = layoutDiagram(d, {}, layout, &error);
    const qint64 ms = timer.elapsed();
    CHECK_FALSE(ok);
    CHECK(ms < 1000);
    INFO(error.toStdString());
    CHECK(error.startsWith(
        QStringLiteral("the diagram is too large to lay out: the Change ideas column has "
                       "46,400 boxes, ")));
    CHECK(error.contains(QStringLiteral("more than the limit of")));
    CHECK(layout.boxes.empty()); // nothing was measured
}

TEST_CASE("a column at the per-column limit still lays out", "[layout][limits]")
{
    const Diagram d = ideaColumn(layoutlimits::maxBoxesPerColumn);
    REQUIRE(layoutLimitProblem(d).isEmpty());
    QElapsedTimer timer;
    timer.start();
    const DiagramLayout layout = laidOut(d, LayoutSettings::Order::Keep);
    INFO("laid out in " << timer.elapsed() << " ms");
    CHECK(layout.boxes.size() == d.nodes().size());
    CHECK(timer.elapsed() < 15000); // about 1.5 s on the reference machine
}

TEST_CASE("a megabyte-long word lays out at once, cut to a box of the usual width",
          "[layout][limits]")
{
    Diagram d = ideaColumn(2);
    Node aim = *d.node(QStringLiteral("aim"));
    aim.text = QString(1 << 20, QLatin1Char('w'));
    REQUIRE(d.updateNode(aim));
    Node idea = *d.node(QStringLiteral("c0"));
    idea.text = QStringLiteral("Short words first ") + QString(1 << 20, QLatin1Char('x'));
    REQUIRE(d.updateNode(idea));
    QElapsedTimer timer;
    timer.start();
    const DiagramLayout layout = laidOut(d, LayoutSettings::Order::Keep);
    const qint64 ms = timer.elapsed();
    CHECK(ms < 1000);
    const Typography t = Typography::standard();
    const DiagramLayout::Box *aimBox = layout.box(QStringLiteral("aim"));
    CHECK(aimBox->rect.width() <= t.maxAimTextWidth + 2 * t.paddingX + 0.5);
    CHECK(aimBox->text.lines.size() <= 60);
    CHECK(aimBox->text.lines.back().text.endsWith(QChar(0x2026)));
    for (const TextBlock::Line &line : aimBox->text.lines)
        CHECK(line.width <= t.maxAimTextWidth);
    CHECK(aimBox->fullText.size() == (1 << 20)); // the whole text stays for tooltips and titles
    const DiagramLayout::Box *ideaBox = layout.box(QStringLiteral("c0"));
    CHECK(ideaBox->rect.width() <= t.maxTextWidth + 2 * t.paddingX + 0.5);
    CHECK(ideaBox->text.lines.front().text.startsWith(QStringLiteral("Short words")));
    CHECK(ideaBox->text.lines.back().text.endsWith(QChar(0x2026)));
}

TEST_CASE("a long text is cut between graphemes, never inside one", "[layout][limits]")
{
    // e + combining acute, and an emoji outside the BMP (a surrogate pair): a cut at the limit
    // could fall inside either.
    const QString unit = QStringLiteral("e\u0301\U0001F600");
    QString text;
    while (text.size() < layoutlimits::maxMeasuredTextLength + 10)
        text += unit;
    for (int shift = 0; shift < 3; ++shift) {
        const QString shifted = QString(shift, QLatin1Char('a')) + text;
        const TextBlock block = wrapText(shifted, Typography::standard().boxFont, 190);
        REQUIRE_FALSE(block.lines.empty());
        CHECK(block.lines.back().text.endsWith(QChar(0x2026)));
        for (const TextBlock::Line &line : block.lines) {
            QString body = line.text;
            if (body.endsWith(QChar(0x2026)))
                body.chop(1);
            QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, body);
            graphemes.toEnd();
            CHECK(graphemes.isAtBoundary());
            CHECK_FALSE(body.isEmpty());
            CHECK_FALSE(body.front().isLowSurrogate());
            CHECK_FALSE(body.back().isHighSurrogate());
            CHECK(body.front().category() != QChar::Mark_NonSpacing);
        }
    }
}

TEST_CASE("layout invariants hold for every example in Spanish, headers and key included",
          "[layout][i18n]")
{
    for (const QString &path : examplePaths()) {
        INFO(path.toStdString());
        const LoadResult loaded = loadDiagram(path);
        REQUIRE(loaded.ok());
        // The Spanish default headers (longer than the English ones) instead of the example's
        // own titles, with the measurement plan's table too.
        Diagram d = *loaded.diagram;
        Metadata meta = d.metadata();
        meta.language = QStringLiteral("es");
        d.setMetadata(meta);
        d.setColumnTitles(ColumnTitles());
        LayoutOptions options;
        options.measuresTable = true;
        DiagramLayout layout;
        QString error;
        REQUIRE(layoutDiagram(d, options, layout, &error));
        checkInvariants(d, layout, true);
        bool spanishHeader = false;
        for (const DiagramLayout::Header &h : layout.headers) {
            for (const TextBlock::Line &line : h.text.lines) {
                CHECK(line.width <= h.rect.width() + 0.5);
                spanishHeader = spanishHeader || line.text.startsWith(QStringLiteral("Impulsores"))
                             || line.text == QStringLiteral("Objetivo");
            }
        }
        CHECK(spanishHeader);
        // Headers side by side never touch.
        for (std::size_t i = 1; i < layout.headers.size(); ++i)
            CHECK(layout.headers[i - 1].rect.right() <= layout.headers[i].rect.left());
        // The key's entries sit side by side or on rows of their own, never on each other.
        const auto &items = layout.legend.items;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const QRectF a(items[i].labelTopLeft,
                           QSizeF(items[i].label.width(), items[i].label.height()));
            CHECK(layout.legend.rect.contains(items[i].symbolRect));
            for (std::size_t j = i + 1; j < items.size(); ++j) {
                const QRectF b(items[j].labelTopLeft,
                               QSizeF(items[j].label.width(), items[j].label.height()));
                CHECK_FALSE(a.intersects(b));
                CHECK_FALSE(a.intersects(items[j].symbolRect));
            }
        }
    }
}
