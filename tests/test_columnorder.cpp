// Crossing reduction and the tidy node order, without a layout (no Graphviz, no fonts).
#include "catchqt.h"
#include "testsupport.h"

#include "model/columnorder.h"
#include "model/crossings.h"
#include "model/diagramtree.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <random>

using namespace kdd;
using namespace kddtest;

namespace {

// Crossings between links of adjacent used columns when each column is drawn in the given order
// (the same count the benchmark takes from a finished layout).
long long crossingsOf(const Diagram &d, const std::vector<std::vector<NodeId>> &columns)
{
    QHash<NodeId, int> row;
    QHash<int, int> layerOfColumn;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        layerOfColumn.insert(d.node(columns[c].front())->column(), static_cast<int>(c));
        for (std::size_t i = 0; i < columns[c].size(); ++i)
            row.insert(columns[c][i], static_cast<int>(i));
    }
    std::vector<std::vector<std::pair<double, double>>> edges(columns.size());
    for (const Link &l : d.links()) {
        const int from = layerOfColumn.value(d.node(l.from)->column());
        const int to = layerOfColumn.value(d.node(l.to)->column());
        if (to == from + 1)
            edges[static_cast<std::size_t>(from)].emplace_back(row.value(l.from), row.value(l.to));
    }
    long long total = 0;
    for (auto &list : edges)
        total += countCrossings(std::move(list));
    return total;
}

// A generated diagram whose document order is a bad one: every other change idea moved last.
Diagram shuffledDiagram()
{
    Diagram d = generatedDiagram(400, 11);
    std::vector<NodeId> ideas;
    for (const Node &n : d.nodes()) {
        if (n.isChange())
            ideas.push_back(n.id);
    }
    for (std::size_t i = 0; i < ideas.size(); i += 2)
        REQUIRE(d.moveNode(ideas[i], static_cast<int>(d.nodes().size()) - 1));
    return d;
}

} // namespace

TEST_CASE("crossing counting", "[model][order]")
{
    CHECK(countCrossings({{0, 1}, {1, 0}}) == 1);
    CHECK(countCrossings({{0, 0}, {0, 1}, {1, 0}, {1, 1}}) == 1);
    CHECK(countCrossings({{0, 2}, {1, 1}, {2, 0}}) == 3);
    CHECK(countCrossings({{0, 0}, {1, 1}, {2, 2}}) == 0);
    LayerGraph g({{0, 1}, {2, 3}});
    g.addEdge(0, 3);
    g.addEdge(1, 2);
    CHECK(g.crossings() == 1);
    g.reduceCrossings();
    CHECK(g.crossings() == 0);
}

TEST_CASE("keep-my-order columns follow the document, skipping empty columns", "[model][order]")
{
    Diagram d;
    d.insertNode(makeNode(QStringLiteral("c1"), NodeKind::Change, QStringLiteral("C1")));
    d.insertNode(makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Aim")));
    d.insertNode(makeNode(QStringLiteral("p2"), NodeKind::Driver, QStringLiteral("P2"), 1));
    d.insertNode(makeNode(QStringLiteral("p1"), NodeKind::Driver, QStringLiteral("P1"), 1));
    const std::vector<std::vector<NodeId>> expected = {{QStringLiteral("aim")},
                                                       {QStringLiteral("p2"), QStringLiteral("p1")},
                                                       {QStringLiteral("c1")}};
    CHECK(columnOrder(d, LayoutSettings::Order::Keep) == expected);
    CHECK(columnOrder(Diagram(), LayoutSettings::Order::Tidy).empty());
}

TEST_CASE("tidy order removes a crossing and keeps the aims in the user's order", "[model][order]")
{
    Diagram d;
    Node global = makeNode(QStringLiteral("g"), NodeKind::Aim, QStringLiteral("Global"));
    global.role = AimRole::Global;
    d.insertNode(makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("SMART")));
    d.insertNode(global);
    for (const char *id : {"p1", "p2"})
        d.insertNode(makeNode(QString::fromLatin1(id), NodeKind::Driver, QStringLiteral("P"), 1));
    for (const char *id : {"c1", "c2"})
        d.insertNode(makeNode(QString::fromLatin1(id), NodeKind::Change, QStringLiteral("C")));
    REQUIRE(d.addLink({QStringLiteral("g"), QStringLiteral("aim"), LinkStrength::Strong, {}}));
    REQUIRE(d.addLink({QStringLiteral("aim"), QStringLiteral("p1"), LinkStrength::Strong, {}}));
    REQUIRE(d.addLink({QStringLiteral("aim"), QStringLiteral("p2"), LinkStrength::Strong, {}}));
    REQUIRE(d.addLink({QStringLiteral("p1"), QStringLiteral("c2"), LinkStrength::Strong, {}}));
    REQUIRE(d.addLink({QStringLiteral("p2"), QStringLiteral("c1"), LinkStrength::Strong, {}}));
    // In keep order the tree's blocks already avoid the crossing the node list has.
    CHECK(crossingsOf(d, columnOrder(d, LayoutSettings::Order::Keep)) == 0);
    std::map<int, std::vector<NodeId>> listed; // the node list's own order, column by column
    for (const Node &n : d.nodes())
        listed[n.column()].push_back(n.id);
    std::vector<std::vector<NodeId>> asListed;
    for (auto &entry : listed)
        asListed.push_back(entry.second);
    REQUIRE(crossingsOf(d, asListed) == 1);

    const std::vector<std::vector<NodeId>> tidy = columnOrder(d, LayoutSettings::Order::Tidy);
    CHECK(crossingsOf(d, tidy) == 0);
    CHECK(tidy.front() == std::vector<NodeId>{QStringLiteral("aim"), QStringLiteral("g")});
    // Written back into the node list, each column keeps the places its nodes had.
    const std::vector<NodeId> order = crossingReducedNodeOrder(d);
    REQUIRE(order.size() == d.nodes().size());
    CHECK(order[0] == QStringLiteral("aim"));
    CHECK(order[1] == QStringLiteral("g"));
    CHECK(d.node(order[2])->column() == 1);
    CHECK(d.node(order[4])->column() == 4);
}

TEST_CASE("tidy reduces crossings and rewrites the order within columns only", "[model][order]")
{
    const Diagram d = shuffledDiagram();
    std::map<int, std::vector<NodeId>> byColumn; // the node list's own order, column by column
    for (const Node &n : d.nodes())
        byColumn[n.column()].push_back(n.id);
    std::vector<std::vector<NodeId>> asListed;
    for (auto &entry : byColumn)
        asListed.push_back(entry.second);
    const long long listed = crossingsOf(d, asListed);
    const long long keep = crossingsOf(d, columnOrder(d, LayoutSettings::Order::Keep));
    const long long tidy = crossingsOf(d, columnOrder(d, LayoutSettings::Order::Tidy));
    INFO("listed " << listed << ", keep " << keep << ", tidy " << tidy);
    CHECK(tidy < listed / 2);
    CHECK(tidy < keep);

    const std::vector<NodeId> order = crossingReducedNodeOrder(d);
    REQUIRE(order.size() == d.nodes().size());
    for (std::size_t i = 0; i < order.size(); ++i) // each slot keeps a node of the same column
        CHECK(d.node(order[i])->column() == d.nodes()[i].column());
    std::vector<NodeId> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::unique(sorted.begin(), sorted.end()) == sorted.end());
    // Applied to the document, keep-my-order keeps each box's block whole and orders siblings
    // as tidy did, which removes crossings too.
    Diagram tidied = d;
    for (std::size_t i = 0; i < order.size(); ++i)
        REQUIRE(tidied.moveNode(order[i], static_cast<int>(i)));
    const long long kept = crossingsOf(tidied, columnOrder(tidied, LayoutSettings::Order::Keep));
    INFO("kept after tidy " << kept);
    CHECK(kept < keep);
    CHECK(crossingReducedNodeOrder(d) == order); // deterministic
}

TEST_CASE("keep order draws any shuffled tree without a crossing, children in one block",
          "[model][order]")
{
    for (unsigned seed = 1; seed <= 25; ++seed) {
        INFO("seed " << seed);
        const Diagram d = shuffledTree(seed, 20 + static_cast<int>(seed) * 12);
        const std::vector<std::vector<NodeId>> columns =
            columnOrder(d, LayoutSettings::Order::Keep);
        CHECK(crossingsOf(d, columns) == 0);
        QHash<NodeId, int> row;
        for (const std::vector<NodeId> &column : columns) {
            for (std::size_t i = 0; i < column.size(); ++i)
                row.insert(column[i], static_cast<int>(i));
        }
        // Each box has one parent here; its descendants fill consecutive rows in every column,
        // and its children in one column keep the document's order.
        QHash<NodeId, NodeId> parent;
        for (const Link &l : d.links())
            parent.insert(l.to, l.from);
        for (const Node &top : d.nodes()) {
            std::map<int, std::vector<int>> rows;                 // column -> rows of descendants
            std::map<int, std::vector<std::pair<int, int>>> kids; // column -> (document, row)
            for (const Node &n : d.nodes()) {
                for (NodeId up = parent.value(n.id); !up.isEmpty(); up = parent.value(up)) {
                    if (up == top.id) {
                        rows[n.column()].push_back(row.value(n.id));
                        break;
                    }
                }
                if (parent.value(n.id) == top.id)
                    kids[n.column()].emplace_back(d.indexOf(n.id), row.value(n.id));
            }
            for (auto &entry : rows) {
                std::sort(entry.second.begin(), entry.second.end());
                CHECK(entry.second.back() - entry.second.front() + 1
                      == static_cast<int>(entry.second.size()));
            }
            for (auto &entry : kids) {
                std::sort(entry.second.begin(), entry.second.end());
                for (std::size_t i = 1; i < entry.second.size(); ++i)
                    CHECK(entry.second[i].second > entry.second[i - 1].second);
            }
        }
    }
}

TEST_CASE("the home parent is the first link's and decides where a shared box sits",
          "[model][order]")
{
    Diagram d;
    d.insertNode(makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Aim")));
    for (const char *id : {"p1", "p2"}) {
        d.insertNode(makeNode(QString::fromLatin1(id), NodeKind::Driver, QStringLiteral("P"), 1));
        d.addLink({QStringLiteral("aim"), QString::fromLatin1(id), LinkStrength::Strong, {}});
    }
    for (const char *id : {"a", "b", "shared"})
        d.insertNode(makeNode(QString::fromLatin1(id), NodeKind::Change, QStringLiteral("C")));
    d.addLink({QStringLiteral("p1"), QStringLiteral("a"), LinkStrength::Strong, {}});
    d.addLink({QStringLiteral("p2"), QStringLiteral("shared"), LinkStrength::Strong, {}});
    d.addLink({QStringLiteral("p2"), QStringLiteral("b"), LinkStrength::Strong, {}});
    d.addLink({QStringLiteral("p1"), QStringLiteral("shared"), LinkStrength::Weak, {}});
    CHECK(homeParent(d, QStringLiteral("shared")) == QStringLiteral("p2"));
    CHECK(homeParent(d, QStringLiteral("aim")).isEmpty());
    // Under p2, siblings in the node list's order: b before shared.
    const std::vector<NodeId> underP2 = {QStringLiteral("a"), QStringLiteral("b"),
                                         QStringLiteral("shared")};
    CHECK(columnOrder(d, LayoutSettings::Order::Keep).back() == underP2);
    // With p1's link first, p1 is its home.
    REQUIRE(d.removeLink(QStringLiteral("p1"), QStringLiteral("shared")));
    REQUIRE(
        d.insertLink({QStringLiteral("p1"), QStringLiteral("shared"), LinkStrength::Weak, {}}, 0));
    CHECK(homeParent(d, QStringLiteral("shared")) == QStringLiteral("p1"));
    const std::vector<NodeId> underP1 = {QStringLiteral("a"), QStringLiteral("shared"),
                                         QStringLiteral("b")};
    CHECK(columnOrder(d, LayoutSettings::Order::Keep).back() == underP1);
}
