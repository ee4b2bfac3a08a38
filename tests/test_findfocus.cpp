// Find (folded matching over texts, notes and measure names), collapsed branches, and the
// inspector's edit of several boxes as one step: the model side, without a display.
#include "catchqt.h"
#include "testsupport.h"

#include "model/branchfolding.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/findtext.h"

using namespace kdd;
using namespace kddtest;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QStringList sorted(const QSet<NodeId> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QStringList ids(const std::vector<NodeId> &found) { return {found.begin(), found.end()}; }

// aim -> p1, p2; p1 -> s1, s2; p2 -> s2 (shared); s1 -> c1; s2 -> c2; p2 -> c3.
Diagram tree()
{
    Diagram d;
    d.insertNode(makeNode(s("aim"), NodeKind::Aim, s("Reach équité for every family")));
    d.insertNode(makeNode(s("p1"), NodeKind::Driver, s("Ἀθῆναι partners"), 1));
    d.insertNode(makeNode(s("p2"), NodeKind::Driver, s("公平な医療"), 1));
    d.insertNode(makeNode(s("s1"), NodeKind::Driver, s("समानता के लिए"), 2));
    d.insertNode(makeNode(s("s2"), NodeKind::Driver, s("Shared driver"), 2));
    d.insertNode(makeNode(s("c1"), NodeKind::Change, s("Pay parent partners")));
    d.insertNode(makeNode(s("c2"), NodeKind::Change, s("Interpreters at every visit")));
    d.insertNode(makeNode(s("c3"), NodeKind::Change, s("ПРОВЕРКА ёлки")));
    const std::pair<const char *, const char *> links[] = {
        {"aim", "p1"}, {"aim", "p2"}, {"p1", "s1"}, {"p1", "s2"},
        {"p2", "s2"},  {"s1", "c1"},  {"s2", "c2"}, {"p2", "c3"}};
    for (const auto &[from, to] : links)
        REQUIRE(d.addLink({s(from), s(to), LinkStrength::Strong, {}}));
    return d;
}

} // namespace

TEST_CASE("find folds case and accents the way a coach types", "[model][find]")
{
    CHECK(foldForFind(s("Équité")) == foldForFind(s("equite")));
    CHECK(foldForFind(s("ÉQUITÉ")) == s("equite"));
    CHECK(foldForFind(s("ﬁnance")) == s("finance")); // compatibility ligature
    const Diagram d = tree();
    CHECK(ids(findBoxes(d, s("EQUITE"))) == QStringList{s("aim")});
    CHECK(ids(findBoxes(d, s("αθηναι"))) == QStringList{s("p1")});        // Greek, breathings too
    CHECK(ids(findBoxes(d, s("проверка елки"))) == QStringList{s("c3")}); // Cyrillic ё ~ е
    CHECK(ids(findBoxes(d, s("公平"))) == QStringList{s("p2")});
    CHECK(ids(findBoxes(d, s("समानता"))) == QStringList{s("s1")});
    // Devanagari vowel signs are letters, not accents: leaving one out is another word.
    CHECK(findBoxes(d, s("समनत")).empty());
    CHECK(findBoxes(d, s("   ")).empty());
    CHECK(findBoxes(d, s("no such words")).empty());
}

TEST_CASE("find searches notes and measure names, in reading order", "[model][find]")
{
    Diagram d = tree();
    Node c2 = *d.node(s("c2"));
    c2.notes = s("Ask the PARTNERS' council first");
    REQUIRE(d.updateNode(c2));
    Measure m;
    m.id = s("m1");
    m.name = s("Partner satisfaction");
    m.nodes = {s("c3")};
    REQUIRE(d.insertMeasure(m));
    // Tree order: p1's block (s1, c1, s2, c2) before p2's (c3).
    CHECK(ids(findBoxes(d, s("partner"))) == QStringList{s("p1"), s("c1"), s("c2"), s("c3")});
    CHECK(ids(findBoxes(d, s("satisfaction"))) == QStringList{s("c3")});
}

TEST_CASE("collapsing a branch hides its boxes but not shared ones still in sight", "[model]")
{
    const Diagram d = tree();
    Folding f = foldBranches(d, {s("p1")});
    // s2 is also under p2, which is shown: it and its change idea stay.
    CHECK(sorted(f.hidden) == QStringList{s("c1"), s("s1")});
    CHECK(f.hiddenBelow.value(s("p1")) == 2);
    f = foldBranches(d, {s("p1"), s("p2")});
    CHECK(sorted(f.hidden) == QStringList{s("c1"), s("c2"), s("c3"), s("s1"), s("s2")});
    // s2's home parent is p1: its block counts under p1.
    CHECK(f.hiddenBelow.value(s("p1")) == 4);
    CHECK(f.hiddenBelow.value(s("p2")) == 1);
    f = foldBranches(d, {s("aim"), s("p1")});
    CHECK(f.hidden.size() == 7);
    CHECK(f.hiddenBelow.value(s("aim")) == 7); // p1 is hidden too: its boxes count under aim
    CHECK(foldBranches(d, {}).hidden.isEmpty());
    CHECK(foldBranches(d, {s("gone")}).hidden.isEmpty());
    CHECK(hasChildren(d, s("p1")));
    CHECK_FALSE(hasChildren(d, s("c1")));
    CHECK(collapsedAbove(d, {s("aim"), s("p1"), s("p2")}, s("c1"))
          == QSet<NodeId>{s("aim"), s("p1")});
    const Diagram shown = withoutNodes(d, f.hidden);
    CHECK(shown.nodes().size() == 1);
    CHECK(shown.links().empty());
}

TEST_CASE("several boxes changed in one undo step", "[model]")
{
    Diagram start = tree();
    Node c3 = *start.node(s("c3"));
    c3.status = ChangeStatus::Testing; // already there: no command for it
    REQUIRE(start.updateNode(c3));
    Document doc(start);
    std::vector<Node> after;
    for (const char *id : {"c1", "c2", "c3"}) {
        Node n = *doc.diagram().node(s(id));
        n.status = ChangeStatus::Testing;
        after.push_back(n);
    }
    int changes = 0;
    QObject::connect(&doc, &Document::changed, [&](const DocumentChange &) { ++changes; });
    CHECK(edit::setNodes(doc, after, s("Status of 3 boxes → Testing")) == 2);
    CHECK(changes == 1);
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.undoStack()->undoText() == s("Status of 3 boxes → Testing"));
    for (const char *id : {"c1", "c2", "c3"})
        CHECK(doc.diagram().node(s(id))->status == ChangeStatus::Testing);
    doc.undoStack()->undo();
    for (const char *id : {"c1", "c2"})
        CHECK(doc.diagram().node(s(id))->status == ChangeStatus::Idea);
    CHECK(doc.diagram().node(s("c3"))->status == ChangeStatus::Testing);
    CHECK(edit::setNodes(doc, {*doc.diagram().node(s("c1"))}, s("nothing")) == 0);
}
