// The parking lot in the model: edits as single undo steps, the file member, load errors.
#include "catchqt.h"
#include "testsupport.h"

#include "model/checks.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/kddfile.h"
#include "model/parkinglotedits.h"

using namespace kdd;
using namespace kddtest;

namespace {

// The first box of `d` that is a driver (level 0 = any), or a change idea when `change` is set.
NodeId firstBox(const Diagram &d, bool change, int level = 0)
{
    for (const Node &n : d.nodes()) {
        if (change ? n.isChange() : n.isDriver() && (level == 0 || n.level == level))
            return n.id;
    }
    return {};
}

// The texts of the parked ideas, in order, joined by "|".
QString lotTexts(const Diagram &d)
{
    QStringList texts;
    for (const ParkedIdea &idea : d.parkingLot())
        texts << idea.text;
    return texts.join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("ideas are added to the parking lot one undo step each, blank ones not at all",
          "[model][parkinglot]")
{
    Document doc(goodDiagram());
    const ParkedIdeaId a = edit::addParkedIdea(doc, QStringLiteral("  Text reminders  "));
    const ParkedIdeaId b = edit::addParkedIdea(doc, QStringLiteral("Evening clinics"));
    CHECK(edit::addParkedIdea(doc, QStringLiteral("   ")).isEmpty());
    CHECK(a != b);
    CHECK(lotTexts(doc.diagram()) == QStringLiteral("Text reminders|Evening clinics"));
    CHECK(doc.undoStack()->count() == 2);
    CHECK(doc.undoStack()->text(0) == QStringLiteral("Park “Text reminders”"));
    doc.undoStack()->undo();
    CHECK(lotTexts(doc.diagram()) == QStringLiteral("Text reminders"));
}

TEST_CASE("an edit of the lot notifies ParkingLot and nothing about boxes", "[model][parkinglot]")
{
    Document doc(goodDiagram());
    std::vector<DocumentChange> changes;
    QObject::connect(&doc, &Document::changed,
                     [&](const DocumentChange &c) { changes.push_back(c); });
    const ParkedIdeaId id = edit::addParkedIdea(doc, QStringLiteral("Idea"));
    ParkedIdea after = *doc.diagram().parkedIdea(id);
    after.notes = QStringLiteral("from the nurses");
    CHECK(edit::setParkedIdea(doc, after));
    CHECK_FALSE(edit::setParkedIdea(doc, after)); // unchanged: no step
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].only(DocumentChange::ParkingLot));
    CHECK(changes[1].only(DocumentChange::ParkingLot));
    CHECK(doc.diagram().parkedIdea(id)->notes == QStringLiteral("from the nurses"));
}

TEST_CASE("deleting several parked ideas is one step and undo restores their order",
          "[model][parkinglot]")
{
    Document doc;
    std::vector<ParkedIdeaId> ids;
    for (const char *text : {"a", "b", "c", "d"})
        ids.push_back(edit::addParkedIdea(doc, QString::fromLatin1(text)));
    const Diagram before = doc.diagram();
    CHECK(edit::removeParkedIdeas(doc, {ids[0], ids[2]}));
    CHECK(lotTexts(doc.diagram()) == QStringLiteral("b|d"));
    doc.undoStack()->undo();
    CHECK(doc.diagram() == before);
    CHECK(edit::moveParkedIdea(doc, ids[3], 0));
    CHECK(lotTexts(doc.diagram()) == QStringLiteral("d|a|b|c"));
}

TEST_CASE("placing a parked idea on a driver makes its linked change idea in one undo step",
          "[model][parkinglot]")
{
    Document doc(goodDiagram());
    const NodeId driver = firstBox(doc.diagram(), false, 1);
    REQUIRE_FALSE(driver.isEmpty());
    const ParkedIdeaId idea = edit::addParkedIdea(doc, QStringLiteral("Pay parent partners"));
    ParkedIdea noted = *doc.diagram().parkedIdea(idea);
    noted.notes = QStringLiteral("asked twice");
    edit::setParkedIdea(doc, noted);
    const Diagram before = doc.diagram();
    const int steps = doc.undoStack()->count();

    const NodeId placed = edit::placeParkedIdea(doc, idea, driver);
    REQUIRE_FALSE(placed.isEmpty());
    CHECK(doc.undoStack()->count() == steps + 1);
    const Node *n = doc.diagram().node(placed);
    REQUIRE(n);
    CHECK(n->isChange());
    CHECK(n->text == QStringLiteral("Pay parent partners"));
    CHECK(n->notes == QStringLiteral("asked twice"));
    CHECK(doc.diagram().link(driver, placed));
    CHECK(doc.diagram().parkingLot().empty());
    CHECK(doc.undoStack()
              ->text(doc.undoStack()->count() - 1)
              .startsWith(QStringLiteral("Place “Pay parent partners” under")));

    doc.undoStack()->undo();
    CHECK(doc.diagram() == before); // back in the lot, no box, no link
    doc.undoStack()->redo();
    CHECK(doc.diagram().node(placed));
}

TEST_CASE("a parked idea dropped on a change idea goes beside it under the same driver",
          "[model][parkinglot]")
{
    Document doc(goodDiagram());
    const NodeId change = firstBox(doc.diagram(), true);
    REQUIRE_FALSE(change.isEmpty());
    NodeId parent;
    for (const Link &l : doc.diagram().links()) {
        if (l.to == change && parent.isEmpty())
            parent = l.from;
    }
    const ParkedIdeaId idea = edit::addParkedIdea(doc, QStringLiteral("Beside it"));
    const NodeId placed = edit::placeParkedIdea(doc, idea, change);
    REQUIRE_FALSE(placed.isEmpty());
    CHECK(doc.diagram().indexOf(placed) == doc.diagram().indexOf(change) + 1);
    CHECK(doc.diagram().link(parent, placed));

    // An aim is no place for a change idea: refused, nothing recorded.
    const ParkedIdeaId other = edit::addParkedIdea(doc, QStringLiteral("Nowhere"));
    const int steps = doc.undoStack()->count();
    NodeId aim;
    for (const Node &n : doc.diagram().nodes()) {
        if (n.isAim() && aim.isEmpty())
            aim = n.id;
    }
    CHECK(edit::placeParkedIdea(doc, other, aim).isEmpty());
    CHECK(edit::placeParkedIdea(doc, other, QStringLiteral("no-such-box")).isEmpty());
    CHECK(doc.undoStack()->count() == steps);
}

TEST_CASE("parking a change idea takes it and its links out and keeps text and notes",
          "[model][parkinglot]")
{
    Document doc(goodDiagram());
    const NodeId change = firstBox(doc.diagram(), true);
    Node noted = *doc.diagram().node(change);
    noted.notes = QStringLiteral("why we liked it");
    edit::setNode(doc, noted);
    const Diagram before = doc.diagram();
    const int steps = doc.undoStack()->count();

    const std::vector<ParkedIdeaId> parked = edit::parkNodes(doc, {change});
    REQUIRE(parked.size() == 1);
    CHECK(parked[0] == change); // the box's id, free in the lot
    CHECK(doc.undoStack()->count() == steps + 1);
    CHECK_FALSE(doc.diagram().contains(change));
    for (const Link &l : doc.diagram().links())
        CHECK((l.from != change && l.to != change));
    const ParkedIdea *idea = doc.diagram().parkedIdea(parked[0]);
    REQUIRE(idea);
    CHECK(idea->text == noted.text);
    CHECK(idea->notes == QStringLiteral("why we liked it"));

    doc.undoStack()->undo();
    CHECK(doc.diagram() == before);

    // Drivers are not parked.
    const int index = doc.undoStack()->index();
    CHECK(edit::parkNodes(doc, {firstBox(doc.diagram(), false)}).empty());
    CHECK(doc.undoStack()->index() == index);
    CHECK(doc.undoStack()->count() == steps + 1); // the undone step is still there to redo
}

TEST_CASE("the parking lot round-trips through the file and is left out when empty",
          "[model][parkinglot][io]")
{
    Document doc(goodDiagram());
    const QByteArray without = writeDiagram(doc.diagram());
    CHECK_FALSE(without.contains("parkingLot"));
    edit::addParkedIdea(doc, QStringLiteral("Text reminders"));
    const ParkedIdeaId b = edit::addParkedIdea(doc, QStringLiteral("Évening “clinics”"));
    ParkedIdea noted = *doc.diagram().parkedIdea(b);
    noted.notes = QStringLiteral("two lines\nof notes");
    edit::setParkedIdea(doc, noted);

    const QByteArray bytes = writeDiagram(doc.diagram());
    CHECK(bytes.contains("\"parkingLot\": ["));
    const LoadResult r = readDiagram(bytes, QStringLiteral("lot.kdd"));
    REQUIRE(r.ok());
    CHECK(*r.diagram == doc.diagram());
    CHECK(writeDiagram(*r.diagram) == bytes); // canonical: byte-identical
}

TEST_CASE("unknown members of a parked idea are kept", "[model][parkinglot][io]")
{
    const QByteArray text = fileWith(
        R"("parkingLot": [{"id": "x", "text": "Idea", "votes": 3, "by": {"name": "Sam"}}])");
    const LoadResult r = read(text);
    REQUIRE(r.ok());
    REQUIRE(r.diagram->parkingLot().size() == 1);
    const QByteArray again = writeDiagram(*r.diagram);
    CHECK(again.contains("\"votes\": 3"));
    CHECK(again.contains("\"name\": \"Sam\""));
}

TEST_CASE("a wrong parking lot is refused with the file name and the entry's line",
          "[model][parkinglot][io]")
{
    SECTION("not a list")
    {
        const LoadResult r =
            readDiagram(fileWith(R"("parkingLot": {"id": "x"})"), QStringLiteral("lot.kdd"));
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].file == QStringLiteral("lot.kdd"));
        CHECK(r.problems[0].line == 4);
        CHECK(r.problems[0].message.contains(QStringLiteral("\"parkingLot\" must be a list")));
    }
    SECTION("entries with wrong types, missing and repeated ids")
    {
        const QByteArray text = fileWith("\"parkingLot\": [\n"
                                         "    {\"id\": \"a\", \"text\": \"ok\"},\n"
                                         "    {\"id\": \"a\", \"text\": \"again\"},\n"
                                         "    {\"text\": \"no id\"},\n"
                                         "    {\"id\": \"b\", \"text\": 5},\n"
                                         "    \"just text\"\n"
                                         "  ]");
        const LoadResult r = readDiagram(text, QStringLiteral("lot.kdd"));
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.problems.size() == 4);
        CHECK(r.problems[0].line == 6);
        CHECK(r.problems[0].message.contains(QStringLiteral("duplicate id \"a\"")));
        CHECK(r.problems[1].line == 7);
        CHECK(r.problems[1].message.contains(QStringLiteral("\"id\" is missing")));
        CHECK(r.problems[2].line == 8);
        CHECK(r.problems[2].message.contains(QStringLiteral("\"text\" must be a string")));
        CHECK(r.problems[3].line == 9);
        CHECK(r.problems[3].message.contains(QStringLiteral("must be an object")));
        for (const Problem &p : r.problems)
            CHECK(p.file == QStringLiteral("lot.kdd"));
    }
}

TEST_CASE("KDD123 notes ideas left in the parking lot", "[model][parkinglot][checks]")
{
    Document doc(goodDiagram());
    const auto count = [&] {
        int n = 0;
        for (const Finding &f : runChecks(doc.diagram()))
            n += f.rule == QStringLiteral("KDD123");
        return n;
    };
    CHECK(count() == 0);
    edit::addParkedIdea(doc, QStringLiteral("a"));
    edit::addParkedIdea(doc, QStringLiteral("b"));
    CHECK(count() == 1);
    for (const Finding &f : runChecks(doc.diagram())) {
        if (f.rule == QStringLiteral("KDD123")) {
            CHECK(f.severity == Severity::Info);
            CHECK(f.message.startsWith(QStringLiteral("2 ideas")));
        }
    }
}
