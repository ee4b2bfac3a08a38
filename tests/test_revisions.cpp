// Revisions kept in the file, and the differences between two versions of a diagram.
#include "catchqt.h"
#include "testsupport.h"

#include "model/diagramdiff.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/kddfile.h"

using namespace kdd;
using namespace kddtest;

TEST_CASE("a saved revision is a snapshot in meta.revisions that round-trips", "[model][io]")
{
    Document doc(goodDiagram());
    edit::saveRevision(doc, QStringLiteral("First theory, before PDSA 1"),
                       QStringLiteral("2026-11-01"));
    edit::setText(doc, QStringLiteral("p1"), QStringLiteral("Reliable triage within 10 minutes"));
    edit::removeNodes(doc, {QStringLiteral("c2")});
    edit::saveRevision(doc, QStringLiteral("After PDSA 1"), QStringLiteral("2026-11-20"));
    const Diagram &d = doc.diagram();
    REQUIRE(d.revisions().size() == 2);
    CHECK(d.revisions()[0].snapshot->node(QStringLiteral("c2")) != nullptr);
    CHECK(d.revisions()[0].snapshot->revisions().empty()); // snapshots do not nest
    CHECK(d.revisions()[1].label == QStringLiteral("v1"));

    const QByteArray text = writeDiagram(d);
    CHECK(text.contains("\"revisions\": ["));
    CHECK(text.contains("\"note\": \"After PDSA 1\""));
    const LoadResult back = read(text);
    INFO(back.errorText().toStdString());
    REQUIRE(back.ok());
    CHECK(*back.diagram == d);
    CHECK(writeDiagram(*back.diagram) == text);
    // Saving a revision is one undo step.
    doc.undoStack()->undo();
    CHECK(d.revisions().size() == 1);
}

TEST_CASE("a broken revision snapshot is reported with its place", "[model][io]")
{
    const LoadResult r = read(fileWith(R"("meta": {
    "revisions": [{"date": "2026-01-01", "note": "x", "nodes": [{"id": "a", "kind": "aim"}],
                   "links": [{"from": "a", "to": "ghost"}]}]
  })"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].message.contains(QStringLiteral("meta.revisions[0]")));
    CHECK(r.problems[0].message.contains(QStringLiteral("missing node \"ghost\"")));
    CHECK(r.problems[0].line == 4);
    CHECK_FALSE(read(fileWith(R"("meta": {"revisions": {}})")).ok());
}

TEST_CASE("diff finds added, removed and changed boxes, links and measures", "[model]")
{
    const Diagram before = goodDiagram();
    Diagram after = before;
    Node p1 = *after.node(QStringLiteral("p1"));
    p1.text = QStringLiteral("Reliable triage within 10 minutes");
    REQUIRE(after.updateNode(p1));
    Node c1 = *after.node(QStringLiteral("c1"));
    c1.status = ChangeStatus::Testing;
    REQUIRE(after.updateNode(c1));
    REQUIRE(after.removeNode(QStringLiteral("c2")));
    REQUIRE(after.insertNode(
        makeNode(QStringLiteral("c9"), NodeKind::Change, QStringLiteral("Pre-booked slots"))));
    REQUIRE(after.addLink({QStringLiteral("p2"), QStringLiteral("c9"), LinkStrength::Weak, {}}));
    REQUIRE(after.setLinkStrength(QStringLiteral("aim"), QStringLiteral("p1"), LinkStrength::Weak));
    Measure m = *after.measure(QStringLiteral("m1"));
    m.target = QStringLiteral("45 minutes");
    REQUIRE(after.updateMeasure(m));
    REQUIRE(after.removeMeasure(QStringLiteral("m3")));
    after.setTitle(QStringLiteral("New title"));

    const DiagramDiff diff = diffDiagrams(before, after);
    REQUIRE(diff.addedNodes.size() == 1);
    CHECK(diff.addedNodes[0].id == QStringLiteral("c9"));
    REQUIRE(diff.removedNodes.size() == 1);
    CHECK(diff.removedNodes[0].id == QStringLiteral("c2"));
    REQUIRE(diff.changedNodes.size() == 2);
    CHECK(diff.changedNodes[0].details.join(QString()).contains(
        QStringLiteral("Reliable triage within 10 minutes")));
    CHECK(diff.changedNodes[1].details == QStringList{QStringLiteral("status: idea → testing")});
    CHECK(diff.addedLinks.size() == 1);
    CHECK(diff.removedLinks.size() == 1); // p2 -> c2 went with c2
    REQUIRE(diff.changedLinks.size() == 1);
    CHECK(diff.changedLinks[0].details == QStringList{QStringLiteral("strong → weak")});
    CHECK(diff.changedMeasures.size() == 1);
    CHECK(diff.removedMeasures.size() == 1);
    CHECK(diff.otherChanges.size() == 1);
    const QString text = diff.toText();
    CHECK(text.contains(QStringLiteral("+ node c9 (change idea): “Pre-booked slots”\n")));
    CHECK(text.contains(QStringLiteral("- node c2 (change idea): “Flexible rota”\n")));
    CHECK(text.contains(QStringLiteral("~ link aim → p1: strong → weak\n")));
    CHECK(text.contains(QStringLiteral("~ measure m1: target: “” → “45 minutes”\n")));
    CHECK(diffDiagrams(before, before).isEmpty());
    CHECK(diffDiagrams(before, before).toText().isEmpty());
}

namespace {

// Node ids of one column, top to bottom.
QStringList columnIds(const Diagram &d, int column)
{
    QStringList ids;
    for (const Node &n : d.nodes()) {
        if (n.column() == column)
            ids << n.id;
    }
    return ids;
}

// aim -> p1, p2; p1 -> c1, c2, c3; p2 -> c3, c4 (weak).
Diagram comparedDiagram()
{
    Diagram d;
    d.insertNode(makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Aim")));
    for (const char *p : {"p1", "p2"})
        d.insertNode(makeNode(QString::fromLatin1(p), NodeKind::Driver, QStringLiteral("P"), 1));
    for (const char *c : {"c1", "c2", "c3", "c4"})
        d.insertNode(makeNode(QString::fromLatin1(c), NodeKind::Change, QStringLiteral("C")));
    const std::pair<const char *, const char *> links[] = {
        {"aim", "p1"}, {"aim", "p2"}, {"p1", "c1"}, {"p1", "c2"}, {"p1", "c3"}, {"p2", "c3"}};
    for (const auto &[from, to] : links)
        REQUIRE(d.addLink(
            {QString::fromLatin1(from), QString::fromLatin1(to), LinkStrength::Strong, {}}));
    REQUIRE(d.addLink({QStringLiteral("p2"), QStringLiteral("c4"), LinkStrength::Weak, {}}));
    return d;
}

} // namespace

TEST_CASE("comparing with a revision adds nothing when nothing was removed", "[model]")
{
    const Diagram baseline = comparedDiagram();
    Diagram current = baseline;
    current.insertNode(makeNode(QStringLiteral("c9"), NodeKind::Change, QStringLiteral("New")), 0);
    REQUIRE(current.removeLink(QStringLiteral("p1"), QStringLiteral("c2"))); // a link alone
    QSet<NodeId> removed{QStringLiteral("kept")};
    CHECK(withRemovedNodes(current, baseline, &removed) == current);
    CHECK(removed == QSet<NodeId>{QStringLiteral("kept")}); // added to, never cleared
    CHECK(withRemovedNodes(baseline, baseline) == baseline);
}

TEST_CASE("removed boxes come back as ghosts near their old place, with their links", "[model]")
{
    const Diagram baseline = comparedDiagram();
    Diagram current = baseline;
    // c2 and c3 (a run) and c1 (the top of its column) go; p2 moves first; a new idea c9 goes
    // where c1 was in the node list.
    for (const char *id : {"c1", "c2", "c3"})
        REQUIRE(current.removeNode(QString::fromLatin1(id)));
    REQUIRE(current.moveNode(QStringLiteral("p2"), 0));
    REQUIRE(current.insertNode(
        makeNode(QStringLiteral("c9"), NodeKind::Change, QStringLiteral("New")), 3));
    REQUIRE(columnIds(current, ChangeColumn)
            == QStringList{QStringLiteral("c9"), QStringLiteral("c4")});

    QSet<NodeId> removed;
    const Diagram merged = withRemovedNodes(current, baseline, &removed);
    CHECK(removed
          == QSet<NodeId>{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")});
    // The ghosts keep their order and sit above c4, which followed them; c9 stays where it is.
    CHECK(columnIds(merged, ChangeColumn)
          == QStringList{QStringLiteral("c9"), QStringLiteral("c1"), QStringLiteral("c2"),
                         QStringLiteral("c3"), QStringLiteral("c4")});
    CHECK(columnIds(merged, 1) == QStringList{QStringLiteral("p2"), QStringLiteral("p1")});
    // Every link of a ghost is back, with its strength; nothing else changed.
    for (const char *from : {"p1", "p2"}) {
        for (const char *to : {"c1", "c2", "c3"}) {
            const bool was = baseline.link(QString::fromLatin1(from), QString::fromLatin1(to));
            CHECK(bool(merged.link(QString::fromLatin1(from), QString::fromLatin1(to))) == was);
        }
    }
    CHECK(merged.links().size() == baseline.links().size());
    CHECK(merged.link(QStringLiteral("p2"), QStringLiteral("c4"))->strength == LinkStrength::Weak);
    CHECK(*merged.node(QStringLiteral("c2")) == *baseline.node(QStringLiteral("c2")));
}

TEST_CASE("a ghost's link that would now point leftwards is left out", "[model]")
{
    const Diagram baseline = comparedDiagram();
    Diagram current = baseline;
    REQUIRE(current.removeNode(QStringLiteral("p2")));
    // c4 became a primary driver: p2 -> c4 would join two boxes of one column.
    Node c4 = *current.node(QStringLiteral("c4"));
    c4.kind = NodeKind::Driver;
    c4.level = 1;
    REQUIRE(current.updateNode(c4));
    QSet<NodeId> removed;
    const Diagram merged = withRemovedNodes(current, baseline, &removed);
    CHECK(removed == QSet<NodeId>{QStringLiteral("p2")});
    CHECK(merged.link(QStringLiteral("aim"), QStringLiteral("p2")));
    CHECK(merged.link(QStringLiteral("p2"), QStringLiteral("c3")));
    CHECK_FALSE(merged.link(QStringLiteral("p2"), QStringLiteral("c4")));
    // p2 comes back below p1, which preceded it in the column.
    CHECK(merged.indexOf(QStringLiteral("p2")) == merged.indexOf(QStringLiteral("p1")) + 1);
}

TEST_CASE("diff names boxes with their role and reports a change of role once", "[model]")
{
    const Diagram before = comparedDiagram(); // its aim is a SMART aim
    Diagram after = before;
    Node aim = *after.node(QStringLiteral("aim"));
    aim.role = AimRole::Global;
    REQUIRE(after.updateNode(aim));
    REQUIRE(after.removeNode(QStringLiteral("p2")));
    const DiagramDiff diff = diffDiagrams(before, after);
    REQUIRE(diff.changedNodes.size() == 1);
    CHECK(diff.changedNodes[0].details == QStringList{QStringLiteral("role: smart → global")});
    CHECK(diffDiagrams(after, before).addedNodes[0].details
          == QStringList{QStringLiteral("(primary driver): “P”")});
    CHECK(diffDiagrams(Diagram(), before).addedNodes[0].details
          == QStringList{QStringLiteral("(SMART aim): “Aim”")});
}
