// The layout of the prioritising grid: every change idea a card inside its quadrant (or the strip
// of unplaced ideas), no two cards overlapping, the most voted first, the axes labelled.
#include "catchqt.h"
#include "testsupport.h"

#include "layout/prioritylayout.h"
#include "layout/votedots.h"

using namespace kdd;
using namespace kddtest;

TEST_CASE("the grid puts each idea's card in its quadrant, most votes first", "[layout][priority]")
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/antiracism.kdd")));
    REQUIRE(loaded.ok());
    Diagram d = *loaded.diagram;
    // Ratings and votes on a few ideas; the rest stay unplaced.
    const std::vector<std::tuple<const char *, int, Rating, Rating>> plan = {
        {"c1", 3, Rating::High, Rating::Low},  {"c2", 12, Rating::High, Rating::Low},
        {"c3", 1, Rating::High, Rating::High}, {"c4", 0, Rating::Low, Rating::Low},
        {"c5", 2, Rating::Low, Rating::High},  {"c6", 4, Rating::Unset, Rating::Unset}};
    for (const auto &[id, votes, impact, effort] : plan) {
        Node n = *d.node(QString::fromLatin1(id));
        n.votes = votes;
        n.impact = impact;
        n.effort = effort;
        REQUIRE(d.updateNode(n));
    }
    const PriorityLayout layout = layoutPriorities(d, Typography::standard());
    int ideas = 0;
    for (const Node &n : d.nodes())
        ideas += n.isChange() ? 1 : 0;
    REQUIRE(static_cast<int>(layout.cards.size()) == ideas);
    REQUIRE(layout.regions.size() == 5);
    for (const PriorityLayout::Card &card : layout.cards) {
        INFO(card.id.toStdString());
        CHECK(card.quadrant == pickQuadrant(*d.node(card.id)));
        const PriorityLayout::Region *region = layout.region(card.quadrant);
        REQUIRE(region);
        CHECK(region->rect.contains(card.rect));
        CHECK(layout.regionAt(card.rect.center()) == region);
        CHECK(layout.bounds.contains(card.rect));
        if (card.votes > 0) {
            CHECK(card.rect.contains(card.votesRect));
            CHECK(card.votesRect.width()
                  == voteDotsWidth(card.votes, card.votesRect.height(),
                                   Typography::standard().badgeFont));
        }
        for (const PriorityLayout::Card &other : layout.cards)
            CHECK((&other == &card || !other.rect.intersects(card.rect)));
    }
    // Implement holds c2 (12 votes) before c1 (3).
    const auto at = [&](const char *id) {
        for (std::size_t i = 0; i < layout.cards.size(); ++i) {
            if (layout.cards[i].id == QLatin1String(id))
                return static_cast<int>(i);
        }
        return -1;
    };
    CHECK(at("c2") < at("c1"));
    CHECK(layout.card(QStringLiteral("c2"))->rect.top()
          <= layout.card(QStringLiteral("c1"))->rect.top());
    // Implement top-left, Challenge top-right, Possible bottom-left, Kill bottom-right.
    const QRectF implement = layout.region(PickQuadrant::Implement)->rect;
    const QRectF challenge = layout.region(PickQuadrant::Challenge)->rect;
    const QRectF possible = layout.region(PickQuadrant::Possible)->rect;
    const QRectF kill = layout.region(PickQuadrant::Kill)->rect;
    CHECK(implement.right() <= challenge.left());
    CHECK(implement.bottom() <= possible.top());
    CHECK(possible.right() <= kill.left());
    CHECK(challenge.bottom() <= kill.top());
    CHECK(layout.region(PickQuadrant::None)->rect.right() < implement.left());
    QStringList labels;
    for (const PriorityLayout::Label &l : layout.labels)
        labels << l.text.plainText();
    CHECK(labels
          == QStringList{QStringLiteral("Low effort"), QStringLiteral("High effort"),
                         QStringLiteral("High impact"), QStringLiteral("Low impact")});
}

TEST_CASE("vote dots: one per vote up to eight, then one dot and the number", "[layout][priority]")
{
    const QRectF row(10, 20, 100, 14);
    CHECK(voteDotRects(0, row).empty());
    CHECK(voteDotRects(8, row).size() == 8);
    CHECK(voteNumber(8).isEmpty());
    CHECK(voteDotRects(9, row).size() == 1);
    CHECK(voteNumber(9) == QStringLiteral("9"));
    const std::vector<QRectF> dots = voteDotRects(3, row);
    CHECK(dots[1].left() > dots[0].right());
    CHECK(row.contains(dots[2]));
}
