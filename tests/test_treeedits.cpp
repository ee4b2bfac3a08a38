// Entry and moves in the tree order (keep my order): Enter, Tab and Shift+Tab put the new or moved
// box where an outliner would, Alt+Up/Down and dragging move a box among its siblings with its
// block, and the home parent can be chosen. Checked on the column order the layout draws.
#include "catchqt.h"
#include "testsupport.h"

#include "model/columnorder.h"
#include "model/diagramtree.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/kddfile.h"

#include <QStringList>

using namespace kdd;
using namespace kddtest;

namespace {

// A box whose kind follows its id: "g…" global aim, "aim…" SMART aim, "p…", "s…", "t…"
// drivers of level 1-3, "c…" change ideas.
Node box(const QString &id)
{
    if (id.startsWith(QLatin1Char('g')) || id.startsWith(QStringLiteral("aim"))) {
        Node n = makeNode(id, NodeKind::Aim, id.toUpper());
        n.role = id.startsWith(QLatin1Char('g')) ? AimRole::Global : AimRole::Smart;
        return n;
    }
    if (id.startsWith(QLatin1Char('c')))
        return makeNode(id, NodeKind::Change, id.toUpper());
    const int level = id.startsWith(QLatin1Char('p')) ? 1 : id.startsWith(QLatin1Char('s')) ? 2 : 3;
    return makeNode(id, NodeKind::Driver, id.toUpper(), level);
}

// `nodes` in this order, and links written "from>to".
Diagram diagram(const QString &nodes, const QString &links)
{
    Diagram d;
    for (const QString &id : nodes.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        REQUIRE(d.insertNode(box(id)));
    for (const QString &link : links.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList ends = link.split(QLatin1Char('>'));
        REQUIRE(d.addLink({ends[0], ends[1], LinkStrength::Strong, {}}));
    }
    return d;
}

// One column as drawn in keep order, as a space-separated list of ids.
QString drawn(const Diagram &d, int column)
{
    for (const std::vector<NodeId> &ids : columnOrder(d, LayoutSettings::Order::Keep)) {
        if (d.node(ids.front())->column() == column) {
            QStringList list;
            for (const NodeId &id : ids)
                list << id;
            return list.join(QLatin1Char(' '));
        }
    }
    return {};
}

// The diagram's text with the new box's generated id written as NEW.
QString named(QString text, const NodeId &added)
{
    return text.replace(added, QStringLiteral("NEW"));
}

// P1 with secondaries S1, S2, S3 (S1 with ideas C1, C2, S2 with C3), P2 with S4 (and C4); the
// node list in the order people leave it: ideas before drivers, drivers mixed.
Diagram twoBranches()
{
    return diagram(QStringLiteral("aim c3 c1 s4 p1 c4 s2 p2 s1 c2 s3"),
                   QStringLiteral("aim>p1 aim>p2 p1>s1 p1>s2 p1>s3 p2>s4 s1>c1 s1>c2 s2>c3 s4>c4"));
}

QString steps(Document &doc) { return QString::number(doc.undoStack()->count()); }

} // namespace

TEST_CASE("Enter adds a box right after the selected box's block, under its home parent",
          "[commands][tree]")
{
    Document doc(twoBranches());
    const Diagram &d = doc.diagram();
    REQUIRE(drawn(d, 2) == QStringLiteral("s2 s1 s3 s4"));
    const NodeId added = edit::addSibling(doc, QStringLiteral("s2"));
    CHECK(named(drawn(d, 2), added) == QStringLiteral("s2 NEW s1 s3 s4"));
    CHECK(homeParent(d, added) == QStringLiteral("p1"));
    CHECK(drawn(d, ChangeColumn) == QStringLiteral("c3 c1 c2 c4")); // s2's block stays whole

    // A box with two parents: the new one goes under the parent it is drawn under (the first
    // link), not the one drawn higher up.
    Document shared(diagram(QStringLiteral("aim p1 p2 s1 s2"),
                            QStringLiteral("aim>p1 aim>p2 p1>s1 p2>s2 p1>s2")));
    const NodeId sibling = edit::addSibling(shared, QStringLiteral("s2"));
    CHECK(homeParent(shared.diagram(), sibling) == QStringLiteral("p2"));
    CHECK(named(drawn(shared.diagram(), 2), sibling) == QStringLiteral("s1 s2 NEW"));

    // A box under no parent: a new root right after it, unlinked.
    Document roots(diagram(QStringLiteral("aim p1 s9 p2 s1"), QStringLiteral("aim>p1 p1>s1")));
    const NodeId root = edit::addSibling(roots, QStringLiteral("s9"));
    CHECK(named(drawn(roots.diagram(), 2), root) == QStringLiteral("s1 s9 NEW"));
    CHECK(edit::parentsFromLeft(roots.diagram(), root).empty());
}

TEST_CASE("Enter on an aim adds one below it and its SMART aims, under the same global aim",
          "[commands][tree]")
{
    Document doc(
        diagram(QStringLiteral("g aim1 aim2 p1"), QStringLiteral("g>aim1 g>aim2 aim1>p1")));
    const Diagram &d = doc.diagram();
    const NodeId smart = edit::addSibling(doc, QStringLiteral("aim1"));
    CHECK(named(drawn(d, AimColumn), smart) == QStringLiteral("g aim1 NEW aim2"));
    CHECK(d.link(QStringLiteral("g"), smart) != nullptr);
    const NodeId other = edit::addSibling(doc, QStringLiteral("g"));
    CHECK(drawn(d, AimColumn).endsWith(QStringLiteral("aim2 ") + other));
    CHECK(d.node(other)->isAim());
    CHECK(edit::parentsFromLeft(d, other).empty());
}

TEST_CASE("Tab adds a last child, drawn below the other children's blocks", "[commands][tree]")
{
    Document doc(twoBranches());
    const Diagram &d = doc.diagram();
    const NodeId child = edit::addChild(doc, QStringLiteral("p1"));
    CHECK(named(drawn(d, 2), child) == QStringLiteral("s2 s1 s3 NEW s4"));
    const NodeId idea = edit::addChild(doc, QStringLiteral("s1"));
    CHECK(named(drawn(d, ChangeColumn), idea) == QStringLiteral("c3 c1 c2 NEW c4"));
}

TEST_CASE("Shift+Tab puts the box right after its former parent, under that one's parent",
          "[commands][tree]")
{
    // c1 has two parents, s1 (home) and s4 (under p2): moved left, it hangs under p1 after s1.
    Diagram start = twoBranches();
    REQUIRE(start.addLink({QStringLiteral("s4"), QStringLiteral("c1"), LinkStrength::Strong, {}}));
    Document doc(start);
    const Diagram &d = doc.diagram();
    const QByteArray before = writeDiagram(d);
    REQUIRE(edit::moveLeft(doc, QStringLiteral("c1")) == QStringLiteral("c1"));
    CHECK(d.node(QStringLiteral("c1"))->level == 2);
    CHECK(homeParent(d, QStringLiteral("c1")) == QStringLiteral("p1"));
    CHECK(d.link(QStringLiteral("p2"), QStringLiteral("c1")) != nullptr); // s4's parent, shared
    CHECK(drawn(d, 2) == QStringLiteral("s2 s1 c1 s3 s4"));
    CHECK(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    CHECK(writeDiagram(d) == before);
}

TEST_CASE("Alt+Up and Alt+Down swap a box with its sibling, taking its block along",
          "[commands][tree]")
{
    Document doc(twoBranches());
    const Diagram &d = doc.diagram();
    // s1 comes before s2 now, its ideas before s2's.
    edit::moveWithinColumn(doc, QStringLiteral("s1"), -1);
    CHECK(drawn(d, 2) == QStringLiteral("s1 s2 s3 s4"));
    CHECK(drawn(d, ChangeColumn) == QStringLiteral("c1 c2 c3 c4"));
    CHECK(steps(doc) == QStringLiteral("1"));
    // The first and the last of their siblings stay: s4 is p2's, not p1's.
    CHECK(edit::moveWithinColumn(doc, QStringLiteral("s1"), -1) == QStringLiteral("s1"));
    edit::moveWithinColumn(doc, QStringLiteral("s3"), 1);
    edit::moveWithinColumn(doc, QStringLiteral("s4"), -1);
    CHECK(drawn(d, 2) == QStringLiteral("s1 s2 s3 s4"));
    CHECK(steps(doc) == QStringLiteral("1"));
    edit::moveWithinColumn(doc, QStringLiteral("s2"), 1);
    CHECK(drawn(d, 2) == QStringLiteral("s1 s3 s2 s4"));
    CHECK(drawn(d, ChangeColumn) == QStringLiteral("c1 c2 c3 c4"));
    // Primary drivers: p2 moves up with its whole block.
    edit::moveWithinColumn(doc, QStringLiteral("p2"), -1);
    CHECK(drawn(d, 1) == QStringLiteral("p2 p1"));
    CHECK(drawn(d, 2) == QStringLiteral("s4 s1 s3 s2"));
    CHECK(drawn(d, ChangeColumn) == QStringLiteral("c4 c1 c2 c3"));
    CHECK(steps(doc) == QStringLiteral("3"));
}

TEST_CASE("dragging a box moves it among its siblings only, never changing links",
          "[commands][tree]")
{
    Document doc(twoBranches());
    const Diagram &d = doc.diagram();
    const std::vector<Link> links = d.links();
    // Positions count the other boxes of the column as drawn: s2 s1 s3 s4 without the box.
    edit::moveToPositionInColumn(doc, QStringLiteral("s3"), 0);
    CHECK(drawn(d, 2) == QStringLiteral("s3 s2 s1 s4"));
    edit::moveToPositionInColumn(doc, QStringLiteral("s3"), 2); // between s1 and s4: p1's last
    CHECK(drawn(d, 2) == QStringLiteral("s2 s1 s3 s4"));
    edit::moveToPositionInColumn(doc, QStringLiteral("s2"), 1); // between s1 and s3
    CHECK(drawn(d, 2) == QStringLiteral("s1 s2 s3 s4"));
    // Dropped below p2's box, s1 goes to the nearer end of its own siblings.
    edit::moveToPositionInColumn(doc, QStringLiteral("s1"), 99);
    CHECK(drawn(d, 2) == QStringLiteral("s2 s3 s1 s4"));
    // And s4, dropped at the top, stays where it is: it is p2's only child.
    const int count = doc.undoStack()->count();
    edit::moveToPositionInColumn(doc, QStringLiteral("s4"), 0);
    CHECK(doc.undoStack()->count() == count);
    CHECK(d.links() == links);
}

TEST_CASE("choosing the home parent draws the box in that parent's block, as one undo step",
          "[commands][tree]")
{
    // c9 is linked from s1 first, then from s4: drawn under s1.
    Diagram start = twoBranches();
    REQUIRE(start.insertNode(box(QStringLiteral("c9"))));
    REQUIRE(start.addLink({QStringLiteral("s1"), QStringLiteral("c9"), LinkStrength::Strong, {}}));
    REQUIRE(start.addLink({QStringLiteral("s4"), QStringLiteral("c9"), LinkStrength::Weak, {}}));
    Document doc(start);
    const Diagram &d = doc.diagram();
    const QByteArray before = writeDiagram(d);
    CHECK(edit::parentsFromLeft(d, QStringLiteral("c9"))
          == std::vector<NodeId>{QStringLiteral("s1"), QStringLiteral("s4")});
    CHECK(drawn(d, ChangeColumn) == QStringLiteral("c3 c1 c2 c9 c4"));
    REQUIRE(edit::setHomeParent(doc, QStringLiteral("c9"), QStringLiteral("s4")));
    CHECK(homeParent(d, QStringLiteral("c9")) == QStringLiteral("s4"));
    CHECK(drawn(d, ChangeColumn) == QStringLiteral("c3 c1 c2 c4 c9"));
    CHECK(d.links().size() == start.links().size());
    CHECK(d.link(QStringLiteral("s4"), QStringLiteral("c9"))->strength == LinkStrength::Weak);
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.undoStack()->undoText().startsWith(QStringLiteral("Place under")));
    // Already home, not a parent, or not from the left: nothing is recorded.
    CHECK_FALSE(edit::setHomeParent(doc, QStringLiteral("c9"), QStringLiteral("s4")));
    CHECK_FALSE(edit::setHomeParent(doc, QStringLiteral("c9"), QStringLiteral("s2")));
    CHECK_FALSE(edit::setHomeParent(doc, QStringLiteral("s1"), QStringLiteral("c1")));
    CHECK(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    CHECK(writeDiagram(d) == before);
    CHECK(drawn(d, ChangeColumn) == QStringLiteral("c3 c1 c2 c9 c4"));
}
