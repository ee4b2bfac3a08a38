// Every edit is an undo command: redo -> undo gives back the exact file, redo again the edit.
#include "catchqt.h"
#include "testsupport.h"

#include "model/columnorder.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/fragment.h"
#include "model/kddfile.h"
#include "model/undocommands.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>
#include <memory>

using namespace kdd;
using namespace kddtest;

namespace {

Diagram example(const char *name)
{
    const LoadResult r =
        loadDiagram(sourcePath(QStringLiteral("examples/") + QString::fromLatin1(name)));
    REQUIRE(r.ok());
    return *r.diagram;
}

// Every undo command class and every macro an edit function builds, each with a redo -> undo ->
// redo check. A command class missing here fails "every command class is in the table".
struct CommandCase
{
    const char *name; // the command class, or "macro: …" for an edit function's macro
    std::function<void(Document &)> push;
};

std::vector<CommandCase> commandCases()
{
    const auto node = [](Document &doc, const char *id) {
        return *doc.diagram().node(QString::fromLatin1(id));
    };
    return {
        {"AddNodeCommand",
         [](Document &doc) {
             Node added =
                 makeNode(QStringLiteral("c-new"), NodeKind::Change, QStringLiteral("New idea"));
             doc.push(new AddNodeCommand(
                 &doc, added, 20, {{QStringLiteral("s1"), added.id, LinkStrength::Strong, {}}}));
         }},
        {"RemoveNodesCommand",
         [](Document &doc) {
             doc.push(new RemoveNodesCommand(
                 &doc, {QStringLiteral("p4"), QStringLiteral("c3"), QStringLiteral("aim")}));
         }},
        {"SetNodeCommand",
         [node](Document &doc) {
             Node after = node(doc, "p2");
             after.text = QStringLiteral("Changed");
             after.notes = QStringLiteral("Notes");
             after.practices = {Practice::GrowthMindset};
             doc.push(new SetNodeCommand(&doc, node(doc, "p2"), after));
         }},
        {"MoveNodeCommand",
         [](Document &doc) {
             const Diagram &d = doc.diagram();
             doc.push(new MoveNodeCommand(&doc, QStringLiteral("p1"),
                                          d.indexOf(QStringLiteral("p1")),
                                          d.indexOf(QStringLiteral("p3"))));
         }},
        {"AddLinkCommand",
         [](Document &doc) {
             doc.push(new AddLinkCommand(
                 &doc, {QStringLiteral("p1"), QStringLiteral("c5"), LinkStrength::Weak, {}}));
         }},
        {"RemoveLinkCommand",
         [](Document &doc) {
             const Link l = doc.diagram().links()[3];
             doc.push(new RemoveLinkCommand(&doc, l.from, l.to));
         }},
        {"SetLinkStrengthCommand",
         [](Document &doc) {
             const Link l = doc.diagram().links()[5];
             doc.push(new SetLinkStrengthCommand(&doc, l.from, l.to, LinkStrength::Weak));
         }},
        {"SetNodeOrderCommand",
         [](Document &doc) {
             std::vector<NodeId> reversed;
             for (const Node &n : doc.diagram().nodes())
                 reversed.insert(reversed.begin(), n.id);
             std::vector<std::pair<NodeId, NodeId>> links; // and the links reversed too
             for (const Link &l : doc.diagram().links())
                 links.insert(links.begin(), {l.from, l.to});
             doc.push(new SetNodeOrderCommand(&doc, reversed, links));
         }},
        {"SetLayoutSettingsCommand",
         [](Document &doc) {
             LayoutSettings after = doc.diagram().layoutSettings();
             after.order = LayoutSettings::Order::Tidy;
             after.links = LayoutSettings::Links::Straight;
             after.ideas = LayoutSettings::Ideas::Stacked;
             doc.push(new SetLayoutSettingsCommand(&doc, after));
         }},
        {"SetDocumentInfoCommand",
         [](Document &doc) {
             Metadata meta = doc.diagram().metadata();
             meta.team = QStringLiteral("Another team");
             meta.leaders = {QStringLiteral("A. Lead"), QStringLiteral("B. Lead")};
             ColumnTitles columns = doc.diagram().columnTitles();
             columns.change = QStringLiteral("Interventions");
             doc.push(
                 new SetDocumentInfoCommand(&doc, {QStringLiteral("New title"), meta, columns}));
         }},
        {"SaveRevisionCommand",
         [](Document &doc) {
             Revision r;
             r.date = QStringLiteral("2026-11-30");
             r.label = QStringLiteral("v9");
             r.note = QStringLiteral("After the workshop");
             r.snapshot = std::make_shared<const Diagram>(doc.diagram().snapshot());
             doc.push(new SaveRevisionCommand(&doc, r));
         }},
        {"AddMeasureCommand",
         [](Document &doc) {
             Measure m;
             m.id = QStringLiteral("m-new");
             m.name = QStringLiteral("Visits");
             m.type = MeasureType::Balancing;
             m.nodes = {QStringLiteral("p1")};
             doc.push(new AddMeasureCommand(&doc, m, 0));
         }},
        {"RemoveMeasureCommand",
         [](Document &doc) {
             doc.push(new RemoveMeasureCommand(&doc, doc.diagram().measures().front().id));
         }},
        {"SetMeasureCommand",
         [](Document &doc) {
             const Measure before = doc.diagram().measures().front();
             Measure after = before;
             after.name = QStringLiteral("Renamed");
             after.stratifyBy = {QStringLiteral("language")};
             after.nodes = {QStringLiteral("p1"), QStringLiteral("p2")};
             doc.push(new SetMeasureCommand(&doc, before, after));
         }},
        {"macro: paste boxes with their links",
         [](Document &doc) {
             const QByteArray bytes = copyFragment(
                 doc.diagram(), {QStringLiteral("p1"), QStringLiteral("s1"), QStringLiteral("s2")});
             REQUIRE_FALSE(pasteFragment(doc, bytes, QStringLiteral("aim")).empty());
         }},
        {"macro: move left",
         [](Document &doc) { REQUIRE_FALSE(edit::moveLeft(doc, QStringLiteral("s1")).isEmpty()); }},
        {"macro: place under another parent",
         [](Document &doc) {
             // The first idea linked from two boxes to its left goes under the second of them.
             const Diagram &d = doc.diagram();
             for (const Node &n : d.nodes()) {
                 const std::vector<NodeId> parents = edit::parentsFromLeft(d, n.id);
                 if (parents.size() >= 2) {
                     REQUIRE(edit::setHomeParent(doc, n.id, parents[1]));
                     return;
                 }
             }
             FAIL("the example has no box with two parents");
         }},
        {"macro: change box and its links",
         [node](Document &doc) {
             Node after = node(doc, "p1");
             after.kind = NodeKind::Change; // its links to secondary drivers would point leftwards
             edit::setNode(doc, after);
         }},
    };
}

} // namespace

TEST_CASE("each command and macro: redo, undo and redo again match the snapshots", "[commands]")
{
    for (const CommandCase &c : commandCases()) {
        INFO(c.name);
        Document doc(example("health-equity.kdd"));
        const int steps = doc.undoStack()->index();
        const QByteArray before = writeDiagram(doc.diagram());
        c.push(doc);
        REQUIRE(doc.undoStack()->count() == steps + 1); // one step
        const QByteArray after = writeDiagram(doc.diagram());
        CHECK(after != before);
        CHECK(read(after).ok()); // the result is always a valid file
        doc.undoStack()->undo();
        CHECK(writeDiagram(doc.diagram()) == before);
        doc.undoStack()->redo();
        CHECK(writeDiagram(doc.diagram()) == after);
        doc.undoStack()->undo();
        CHECK(writeDiagram(doc.diagram()) == before);
    }
}

TEST_CASE("every command class is in the table", "[commands]")
{
    // Read the declarations, so that a new command without a cycle test shows up here.
    const QString header =
        QString::fromUtf8(readAll(sourcePath(QStringLiteral("model/undocommands.h"))));
    const QRegularExpression declaration(
        QStringLiteral("class (\\w+Command) : public DocumentCommand"));
    QStringList declared;
    for (auto it = declaration.globalMatch(header); it.hasNext();)
        declared << it.next().captured(1);
    REQUIRE(declared.size() >= 14);
    QStringList tested;
    for (const CommandCase &c : commandCases())
        tested << QString::fromLatin1(c.name);
    for (const QString &name : declared) {
        INFO(name.toStdString());
        CHECK(tested.contains(name));
    }
}

TEST_CASE("undoing every step returns to the opened file byte for byte", "[commands]")
{
    const Diagram original = example("antiracism.kdd");
    Document doc(original);
    const QByteArray start = writeDiagram(original);
    const NodeId c = edit::addChild(doc, QStringLiteral("s2"));
    edit::setText(doc, c, QStringLiteral("Try it"));
    edit::moveWithinColumn(doc, QStringLiteral("p2"), -1);
    edit::removeNodes(doc, {QStringLiteral("s3"), QStringLiteral("p5")});
    edit::moveLeft(doc, QStringLiteral("c4"));
    edit::link(doc, QStringLiteral("p1"), QStringLiteral("c9"));
    CHECK(doc.isModified());
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    CHECK(writeDiagram(doc.diagram()) == start);
    CHECK_FALSE(doc.isModified());
}

TEST_CASE("each committed text edit is one undo step, and a no-op records nothing", "[commands]")
{
    Document doc(goodDiagram());
    const QString original = doc.diagram().node(QStringLiteral("p1"))->text;
    edit::setText(doc, QStringLiteral("p1"), QStringLiteral("First session"));
    edit::setText(doc, QStringLiteral("p1"), QStringLiteral("Second session"));
    CHECK(doc.undoStack()->count() == 2); // two editing sessions are never merged
    doc.undoStack()->undo();
    CHECK(doc.diagram().node(QStringLiteral("p1"))->text == QStringLiteral("First session"));
    doc.undoStack()->undo();
    CHECK(doc.diagram().node(QStringLiteral("p1"))->text == original);
    Document same(goodDiagram());
    edit::setText(same, QStringLiteral("p1"), original);
    CHECK(same.undoStack()->count() == 0);
    CHECK_FALSE(same.isModified());
}

TEST_CASE("undo restores the order of links removed together", "[commands]")
{
    Document doc(goodDiagram());
    REQUIRE(doc.undoStack()->count() == 0);
    // p1 gets two children next to each other in the link list, then becomes an aim-level
    // change: both links are removed in one step.
    edit::link(doc, QStringLiteral("p1"), QStringLiteral("c2"));
    const QByteArray before = writeDiagram(doc.diagram());
    Node after = *doc.diagram().node(QStringLiteral("p1"));
    after.kind = NodeKind::Change;
    edit::setNode(doc, after);
    CHECK(doc.diagram().link(QStringLiteral("p1"), QStringLiteral("c1")) == nullptr);
    doc.undoStack()->undo();
    CHECK(writeDiagram(doc.diagram()) == before);
}

TEST_CASE("a change idea under a tertiary driver moves left beside it", "[commands]")
{
    Document doc(example("fuel-costs.kdd"));
    const Diagram &d = doc.diagram();
    NodeId idea;
    NodeId tertiary;
    for (const Link &l : d.links()) {
        if (d.node(l.from)->isDriver() && d.node(l.from)->level == 3 && d.node(l.to)->isChange()) {
            idea = l.to;
            tertiary = l.from;
            break;
        }
    }
    REQUIRE_FALSE(idea.isEmpty());
    const QByteArray before = writeDiagram(d);
    edit::moveLeft(doc, idea);
    CHECK(d.node(idea)->level == 3);
    CHECK(d.link(tertiary, idea) == nullptr);
    bool hasParent = false;
    for (const Link &l : d.links())
        hasParent = hasParent || l.to == idea;
    CHECK(hasParent); // linked from the tertiary driver's own parent, never orphaned
    doc.undoStack()->undo();
    CHECK(writeDiagram(d) == before);
}

TEST_CASE("building the health-equity structure from the keyboard alone", "[commands]")
{
    // Enter = sibling, Tab = child (one column right), as a coach types in a workshop.
    Document doc;
    QSignalSpy changed(&doc, &Document::changed);
    const NodeId aim = edit::addAim(doc);
    edit::setText(doc, aim, QStringLiteral("Reduce ED visits by 50% for 20 children by June 2027"));
    NodeId p = edit::addChild(doc, aim);
    edit::setText(doc, p, QStringLiteral("Equity is a shared priority"));
    NodeId s = edit::addChild(doc, p);
    edit::setText(doc, s, QStringLiteral("Leaders name equity"));
    NodeId c = edit::addChild(doc, s);
    edit::setText(doc, c, QStringLiteral("Put the equity aim on the annual plan"));
    c = edit::addSibling(doc, c);
    edit::setText(doc, c, QStringLiteral("Pay parent partners"));
    s = edit::addSibling(doc, s);
    edit::setText(doc, s, QStringLiteral("Staff see gaps as system failures"));
    p = edit::addSibling(doc, p);
    edit::setText(doc, p, QStringLiteral("Families lead the work"));
    CHECK(changed.count() > 10);

    const Diagram &d = doc.diagram();
    REQUIRE(d.nodes().size() == 7);
    CHECK(d.node(aim)->isAim());
    int primaries = 0;
    int secondaries = 0;
    int ideas = 0;
    for (const Node &n : d.nodes()) {
        primaries += n.isDriver() && n.level == 1;
        secondaries += n.isDriver() && n.level == 2;
        ideas += n.isChange();
    }
    CHECK(primaries == 2);
    CHECK(secondaries == 2);
    CHECK(ideas == 2);
    CHECK(d.links().size() == 6); // every new box linked from its parent
    for (const Link &l : d.links())
        CHECK(Diagram::canLink(*d.node(l.from), *d.node(l.to)));
    // Siblings read top to bottom in the order they were typed.
    std::vector<QString> ideaTexts;
    for (const Node &n : d.nodes()) {
        if (n.isChange())
            ideaTexts.push_back(n.text);
    }
    CHECK(ideaTexts
          == std::vector<QString>{QStringLiteral("Put the equity aim on the annual plan"),
                                  QStringLiteral("Pay parent partners")});
    // A change idea has no child column.
    CHECK(edit::addChild(doc, c).isEmpty());
}

TEST_CASE("moving a box one column left re-links it to its grandparent", "[commands]")
{
    Document doc(goodDiagram());
    // aim -> p1 -> c1: moving c1 left makes it a secondary driver still under p1.
    edit::moveLeft(doc, QStringLiteral("c1"));
    const Diagram &d = doc.diagram();
    CHECK(d.node(QStringLiteral("c1"))->isDriver());
    CHECK(d.node(QStringLiteral("c1"))->level == 2);
    CHECK(d.link(QStringLiteral("p1"), QStringLiteral("c1")) != nullptr);
    // Moving it again: level 1, now linked from the aim, not from p1 (same column).
    edit::moveLeft(doc, QStringLiteral("c1"));
    CHECK(d.node(QStringLiteral("c1"))->level == 1);
    CHECK(d.link(QStringLiteral("p1"), QStringLiteral("c1")) == nullptr);
    CHECK(d.link(QStringLiteral("aim"), QStringLiteral("c1")) != nullptr);
    // A primary driver cannot move further left.
    CHECK(edit::moveLeft(doc, QStringLiteral("c1")).isEmpty());
    CHECK(doc.undoStack()->count() == 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    CHECK(writeDiagram(d) == writeDiagram(goodDiagram()));
}

TEST_CASE("delete selects a neighbour and undo restores links and measures", "[commands]")
{
    Document doc(goodDiagram());
    const QByteArray start = writeDiagram(doc.diagram());
    const NodeId next = edit::removeNodes(doc, {QStringLiteral("p2")});
    CHECK(next == QStringLiteral("p1"));
    CHECK(doc.diagram().measure(QStringLiteral("m3"))->nodes.isEmpty());
    doc.undoStack()->undo();
    CHECK(writeDiagram(doc.diagram()) == start);
    CHECK(doc.undoStack()->undoText().isEmpty());
    CHECK(doc.undoStack()->redoText().startsWith(QStringLiteral("Delete primary driver")));
}

TEST_CASE("Alt+Up/Down reorders within the column only", "[commands]")
{
    Document doc(goodDiagram());
    const Diagram &d = doc.diagram();
    edit::moveWithinColumn(doc, QStringLiteral("p2"), -1);
    CHECK(d.indexOf(QStringLiteral("p2")) < d.indexOf(QStringLiteral("p1")));
    // At the top of its column nothing moves and no step is recorded.
    const int steps = doc.undoStack()->index();
    edit::moveWithinColumn(doc, QStringLiteral("p2"), -1);
    CHECK(doc.undoStack()->count() == steps);
}

TEST_CASE("the document tracks its file and unsaved changes", "[commands]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Document doc(goodDiagram());
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    CHECK(doc.displayName() == QStringLiteral("Untitled"));
    edit::setText(doc, QStringLiteral("p1"), QStringLiteral("New"));
    CHECK(doc.isModified());
    const QString path = dir.filePath(QStringLiteral("saved.kdd"));
    QString error;
    REQUIRE(doc.saveAs(path, &error));
    CHECK_FALSE(doc.isModified());
    CHECK(doc.displayName() == QStringLiteral("saved.kdd"));
    CHECK(loadDiagram(path).diagram->node(QStringLiteral("p1"))->text == QStringLiteral("New"));
    doc.undoStack()->undo();
    CHECK(doc.isModified());
    doc.undoStack()->redo();
    CHECK_FALSE(doc.isModified()); // back at the saved state
    CHECK(modified.count() >= 3);
}

TEST_CASE("copy and paste boxes with their links, as one undo step", "[commands]")
{
    Document source(example("fuel-costs.kdd"));
    // A secondary driver with its two tertiary drivers and their ideas.
    std::vector<NodeId> ids;
    for (const Link &l : source.diagram().links()) {
        if (l.from == QStringLiteral("s6") || l.from == QStringLiteral("t1"))
            ids.push_back(l.to);
    }
    ids.push_back(QStringLiteral("s6"));
    const QByteArray bytes = copyFragment(source.diagram(), ids);
    REQUIRE(read(bytes).ok());

    Document target(goodDiagram());
    const QByteArray before = writeDiagram(target.diagram());
    const std::vector<NodeId> pasted = pasteFragment(target, bytes, QStringLiteral("p1"));
    REQUIRE(pasted.size() == ids.size());
    const Diagram &d = target.diagram();
    for (const NodeId &id : pasted)
        CHECK(d.contains(id));
    // The pasted secondary driver hangs under p1; links among the pasted boxes are kept.
    int linksIntoPasted = 0;
    for (const Link &l : d.links()) {
        if (std::find(pasted.begin(), pasted.end(), l.to) != pasted.end())
            ++linksIntoPasted;
    }
    CHECK(linksIntoPasted >= static_cast<int>(pasted.size()));
    CHECK(target.undoStack()->count() == 1);
    target.undoStack()->undo();
    CHECK(writeDiagram(d) == before);
    // Pasting twice gives fresh ids again; garbage pastes nothing.
    target.undoStack()->redo();
    CHECK(pasteFragment(target, bytes, QString()).size() == ids.size());
    CHECK(pasteFragment(target, "not a diagram", QString()).empty());
}

TEST_CASE("link targets: only valid, not yet linked boxes", "[commands]")
{
    const Diagram d = goodDiagram();
    const std::vector<NodeId> targets = linkTargets(d, QStringLiteral("p1"));
    CHECK(std::find(targets.begin(), targets.end(), QStringLiteral("c2")) != targets.end());
    CHECK(std::find(targets.begin(), targets.end(), QStringLiteral("c1"))
          == targets.end()); // linked
    CHECK(std::find(targets.begin(), targets.end(), QStringLiteral("p2"))
          == targets.end()); // same column
    CHECK(std::find(targets.begin(), targets.end(), QStringLiteral("aim"))
          == targets.end()); // leftwards
    CHECK(linkTargets(d, QStringLiteral("c1")).empty());
}

TEST_CASE("link partners: parents to the left and children to the right, not yet linked",
          "[commands]")
{
    const Diagram d = goodDiagram();
    const LinkPartners c1 = linkPartners(d, QStringLiteral("c1"));
    CHECK(c1.children.empty());      // a change idea has no children…
    CHECK_FALSE(c1.parents.empty()); // …but can have more parents
    for (const NodeId &p : c1.parents) {
        CHECK(d.node(p)->column() < d.node(QStringLiteral("c1"))->column());
        CHECK_FALSE(d.link(p, QStringLiteral("c1")));
    }
    const LinkPartners p1 = linkPartners(d, QStringLiteral("p1"));
    CHECK(p1.children == linkTargets(d, QStringLiteral("p1")));
}

TEST_CASE("changes of one field of one box merge into one named step", "[commands]")
{
    Document doc(goodDiagram());
    Node after = *doc.diagram().node(QStringLiteral("c1"));
    after.status = ChangeStatus::Testing;
    edit::setNode(doc, after);
    after.status = ChangeStatus::Adopted;
    edit::setNode(doc, after);
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.undoStack()->text(0)
          == QStringLiteral("Status of “Triage nurse at the door” → Adopted"));
    // Another field, or another box, is a step of its own.
    after.owner = QStringLiteral("Ana");
    edit::setNode(doc, after);
    CHECK(doc.undoStack()->count() == 2);
    Node other = *doc.diagram().node(QStringLiteral("c2"));
    other.status = ChangeStatus::Testing;
    edit::setNode(doc, other);
    CHECK(doc.undoStack()->count() == 3);
    // Back where it started: the merged step goes away.
    other.status = ChangeStatus::Idea;
    edit::setNode(doc, other);
    CHECK(doc.undoStack()->count() == 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    CHECK(doc.diagram().node(QStringLiteral("c1"))->status == ChangeStatus::Idea);
}

TEST_CASE("measures: add, change, attach, detach and delete are undoable", "[commands]")
{
    Document doc(example("weight-loss.kdd"));
    const QByteArray start = writeDiagram(doc.diagram());
    const MeasureId id = edit::addMeasure(doc, MeasureType::Process,
                                          {QStringLiteral("s3"), QStringLiteral("ghost")});
    const Diagram &d = doc.diagram();
    REQUIRE(d.measure(id));
    CHECK(d.measure(id)->nodes
          == QStringList{QStringLiteral("s3")}); // unknown ids are not attached
    Measure m = *d.measure(id);
    m.name = QStringLiteral("Portion size");
    m.numerator = QStringLiteral("Dinners on the 9-inch plate");
    m.denominator = QStringLiteral("Dinners");
    m.stratifyBy = {QStringLiteral("age-group"), QStringLiteral("shift pattern")};
    edit::setMeasure(doc, m);
    edit::attachMeasure(doc, id, {QStringLiteral("p1"), QStringLiteral("s3")});
    CHECK(d.measure(id)->nodes == QStringList{QStringLiteral("s3"), QStringLiteral("p1")});
    edit::attachMeasure(doc, id, {QStringLiteral("s3")}, false);
    CHECK(d.measure(id)->nodes == QStringList{QStringLiteral("p1")});
    const QByteArray edited = writeDiagram(d);
    CHECK(read(edited).ok());
    CHECK(edited.contains("\"stratifyBy\": [\"age-group\", \"shift pattern\"]"));
    edit::removeMeasure(doc, QStringLiteral("m1"));
    CHECK(d.measure(QStringLiteral("m1")) == nullptr);
    CHECK(doc.undoStack()->count() == 5);
    doc.undoStack()->undo();
    CHECK(d.measureIndexOf(QStringLiteral("m1")) == 0); // back in its place
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    CHECK(writeDiagram(d) == start);
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    CHECK(d.measure(QStringLiteral("m1")) == nullptr);
    CHECK(d.measure(id)->name == QStringLiteral("Portion size"));
}

TEST_CASE("tidy up rewrites the order once, as one step, and only to a permutation", "[commands]")
{
    Document doc(generatedDiagram(80, 9));
    std::vector<NodeId> order = crossingReducedNodeOrder(doc.diagram());
    std::vector<NodeId> now;
    for (const Node &n : doc.diagram().nodes())
        now.push_back(n.id);
    REQUIRE(order != now); // the generated diagram has crossings to reduce
    CHECK(edit::tidyUp(doc, order));
    CHECK(doc.undoStack()->count() == 1);
    CHECK_FALSE(edit::tidyUp(doc, order)); // already tidy: no step
    CHECK(doc.undoStack()->count() == 1);
    std::vector<NodeId> broken = order;
    broken.pop_back();
    CHECK_FALSE(edit::tidyUp(doc, broken)); // not every box: refused
    broken.push_back(broken.front());
    CHECK_FALSE(edit::tidyUp(doc, broken)); // a box twice: refused
    CHECK(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    std::vector<NodeId> back;
    for (const Node &n : doc.diagram().nodes())
        back.push_back(n.id);
    CHECK(back == now);

    // With a link order: one step that also puts a shared box under another parent; undo
    // restores both orders.
    std::vector<std::pair<NodeId, NodeId>> links;
    for (const Link &l : doc.diagram().links())
        links.emplace_back(l.from, l.to);
    const auto linksNow = links;
    std::reverse(links.begin(), links.end());
    const int steps = doc.undoStack()->index();
    CHECK(edit::tidyUp(doc, now, links));
    CHECK(doc.undoStack()->index() == steps + 1);
    CHECK(doc.diagram().links().front().from == links.front().first);
    CHECK(doc.diagram().links().front().to == links.front().second);
    links.pop_back();
    CHECK_FALSE(edit::tidyUp(doc, now, links)); // not every link: refused
    doc.undoStack()->undo();
    std::vector<std::pair<NodeId, NodeId>> linksBack;
    for (const Link &l : doc.diagram().links())
        linksBack.emplace_back(l.from, l.to);
    CHECK(linksBack == linksNow);
}

TEST_CASE("link style and stacked ideas are one undoable step each, none when unchanged",
          "[commands]")
{
    Document doc(generatedDiagram(20, 3));
    const LayoutSettings before = doc.diagram().layoutSettings();
    REQUIRE(before.links == LayoutSettings::Links::Brackets);
    CHECK(edit::setLayoutLinks(doc, LayoutSettings::Links::Straight));
    CHECK(doc.diagram().layoutSettings().links == LayoutSettings::Links::Straight);
    CHECK(doc.undoStack()->text(0) == QStringLiteral("Draw links straight"));
    CHECK_FALSE(edit::setLayoutLinks(doc, LayoutSettings::Links::Straight));
    CHECK(edit::setLayoutIdeas(doc, LayoutSettings::Ideas::Stacked));
    CHECK(doc.undoStack()->count() == 2);
    CHECK(doc.diagram().layoutSettings().order == before.order); // the rest is kept
    doc.undoStack()->undo();
    CHECK(doc.diagram().layoutSettings().ideas == LayoutSettings::Ideas::Separate);
    CHECK(doc.diagram().layoutSettings().links == LayoutSettings::Links::Straight);
    doc.undoStack()->undo();
    CHECK(doc.diagram().layoutSettings() == before);
}
