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
    edit::saveRevision(doc, QStringLiteral("First theory, before PDSA 1"), QStringLiteral("2026-11-01"));
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
    REQUIRE(after.insertNode(makeNode(QStringLiteral("c9"), NodeKind::Change, QStringLiteral("Pre-booked slots"))));
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
    CHECK(diff.changedNodes[0].details.join(QString()).contains(QStringLiteral("Reliable triage within 10 minutes")));
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
