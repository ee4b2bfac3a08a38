// Dot votes and the impact × effort ratings of change ideas: stored in the file as a documented
// addition to format version 1, edited in one undo step each, listed in the ideas CSV.
#include "catchqt.h"
#include "testsupport.h"

#include "model/document.h"
#include "model/kddfile.h"
#include "model/priority.h"
#include "model/priorityedits.h"
#include "model/textformats.h"

#include <QUndoStack>

using namespace kdd;
using namespace kddtest;

namespace {

// An aim, two drivers and three change ideas; "c1" hangs from both drivers.
QByteArray ideasFile(const QByteArray &c1Members = {})
{
    return fileWith("\"nodes\": [\n"
                    "{\"id\": \"a\", \"kind\": \"aim\", \"text\": \"Fewer missed visits\"},\n"
                    "{\"id\": \"d1\", \"kind\": \"driver\", \"level\": 1, \"text\": \"Reach\"},\n"
                    "{\"id\": \"d2\", \"kind\": \"driver\", \"level\": 1, \"text\": \"Trust\"},\n"
                    "{\"id\": \"c1\", \"kind\": \"change\", \"text\": \"Text reminders\""
                    + c1Members
                    + "},\n"
                      "{\"id\": \"c2\", \"kind\": \"change\", \"text\": \"=SUM(A1)\", "
                      "\"owner\": \"Ana\", \"partners\": [\"Library\", \"Church\"]},\n"
                      "{\"id\": \"c3\", \"kind\": \"change\", \"text\": \"Evening clinic\"}\n"
                      "],\n\"links\": [{\"from\": \"a\", \"to\": \"d1\"}, {\"from\": \"a\", "
                      "\"to\": \"d2\"}, {\"from\": \"d1\", \"to\": \"c1\"}, {\"from\": \"d2\", "
                      "\"to\": \"c1\"}, {\"from\": \"d2\", \"to\": \"c2\"}]");
}

Diagram loaded(const QByteArray &json)
{
    const LoadResult r = read(json);
    INFO(r.errorText().toStdString());
    REQUIRE(r.ok());
    return *r.diagram;
}

} // namespace

TEST_CASE("votes, impact and effort are read, written in canonical form and read back",
          "[model][priority]")
{
    const Diagram d = loaded(
        ideasFile(", \"votes\": 3, \"impact\": \"high\", \"effort\": \"low\", \"x-later\": 1"));
    const Node *c1 = d.node(QStringLiteral("c1"));
    REQUIRE(c1);
    CHECK(c1->votes == 3);
    CHECK(c1->impact == Rating::High);
    CHECK(c1->effort == Rating::Low);
    CHECK(pickQuadrant(*c1) == PickQuadrant::Implement);
    CHECK(d.node(QStringLiteral("c2"))->votes == 0);
    CHECK(pickQuadrant(*d.node(QStringLiteral("c2"))) == PickQuadrant::None);

    const QByteArray saved = writeDiagram(d);
    // Known members in their place (after partners), unknown ones after them, defaults left out.
    CHECK(saved.contains("\"status\": \"idea\",\n      \"votes\": 3,\n      \"impact\": "
                         "\"high\",\n      \"effort\": \"low\",\n      \"x-later\": 1"));
    CHECK(saved.count("\"votes\"") == 1);
    CHECK_FALSE(saved.contains("\"impact\": \"\""));
    const Diagram again = loaded(saved);
    CHECK(again == d);
    CHECK(writeDiagram(again) == saved);
}

TEST_CASE("votes on a box that is not a change idea are kept as an unknown member",
          "[model][priority]")
{
    const QByteArray json =
        fileWith("\"nodes\": [{\"id\": \"d\", \"kind\": \"driver\", \"level\": 1, \"votes\": 2, "
                 "\"impact\": \"someday\"}]");
    const Diagram d = loaded(json);
    CHECK(d.node(QStringLiteral("d"))->votes == 0);
    const QByteArray saved = writeDiagram(d);
    CHECK(saved.contains("\"votes\": 2"));
    CHECK(saved.contains("\"impact\": \"someday\""));
}

TEST_CASE("bad votes, impact or effort name the file, the line and what is allowed",
          "[model][priority]")
{
    struct Case
    {
        QByteArray members;
        const char *message;
    };
    const std::vector<Case> cases = {
        {", \"votes\": -1", "votes must be a whole number from 0 to 100000, not -1"},
        {", \"votes\": 2.5", "\"votes\" must be a whole number, not 2.5"},
        {", \"votes\": \"3\"", "\"votes\" must be a whole number, not a string"},
        {", \"votes\": 100001", "votes must be a whole number from 0 to 100000, not 100001"},
        {", \"impact\": \"medium\"", "unknown impact \"medium\"; expected one of: low, high"},
        {", \"effort\": \"HIGH\"", "unknown effort \"HIGH\"; expected one of: low, high"},
        {", \"effort\": 1", "\"effort\" must be a string, not 1"},
    };
    for (const Case &c : cases) {
        INFO(c.members.toStdString());
        const LoadResult r = read(ideasFile(c.members));
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.problems.size() == 1);
        const Problem &p = r.problems.front();
        CHECK(p.file == QStringLiteral("test.kdd"));
        CHECK(p.line == 8); // the line of node c1
        CHECK(p.message.contains(QStringLiteral("nodes[3] (id \"c1\")")));
        CHECK(p.message.contains(QString::fromUtf8(c.message)));
    }
}

TEST_CASE("the PICK quadrants follow from impact and effort", "[model][priority]")
{
    CHECK(pickQuadrant(Rating::Low, Rating::Low) == PickQuadrant::Possible);
    CHECK(pickQuadrant(Rating::High, Rating::Low) == PickQuadrant::Implement);
    CHECK(pickQuadrant(Rating::High, Rating::High) == PickQuadrant::Challenge);
    CHECK(pickQuadrant(Rating::Low, Rating::High) == PickQuadrant::Kill);
    CHECK(pickQuadrant(Rating::Unset, Rating::High) == PickQuadrant::None);
    CHECK(pickQuadrant(Rating::High, Rating::Unset) == PickQuadrant::None);
    for (const PickQuadrant q :
         {PickQuadrant::None, PickQuadrant::Possible, PickQuadrant::Implement,
          PickQuadrant::Challenge, PickQuadrant::Kill}) {
        const auto [impact, effort] = ratingsOf(q);
        CHECK(pickQuadrant(impact, effort) == q);
    }
}

TEST_CASE("a vote is one undo step named after the idea, and undo takes it back",
          "[model][priority]")
{
    Document doc(loaded(ideasFile()));
    QUndoStack &stack = *doc.undoStack();
    const NodeId c1 = QStringLiteral("c1");
    REQUIRE(edit::vote(doc, {c1}, 1) == 1);
    CHECK(doc.diagram().node(c1)->votes == 1);
    CHECK(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("Vote for “Text reminders”"));
    REQUIRE(edit::vote(doc, {c1}, 1) == 1);
    CHECK(stack.count() == 2); // each vote its own step: undo takes back one at a time
    stack.undo();
    CHECK(doc.diagram().node(c1)->votes == 1);
    REQUIRE(edit::vote(doc, {c1}, -1) == 1);
    CHECK(stack.undoText() == QStringLiteral("Remove vote from “Text reminders”"));
    CHECK(doc.diagram().node(c1)->votes == 0);
    // Never below zero, and boxes that are not ideas get none: nothing recorded.
    const int steps = stack.count();
    CHECK(edit::vote(doc, {c1}, -1) == 0);
    CHECK(edit::vote(doc, {QStringLiteral("d1"), QStringLiteral("a")}, 1) == 0);
    CHECK(stack.count() == steps);
    // Several ideas (a driver among them): one step.
    CHECK(edit::vote(doc, {c1, QStringLiteral("d1"), QStringLiteral("c3"), c1}, 1) == 2);
    CHECK(stack.count() == steps + 1);
    CHECK(stack.undoText() == QStringLiteral("Vote for 2 change ideas"));
    stack.undo();
    CHECK(doc.diagram().node(c1)->votes == 0);
    CHECK(doc.diagram().node(QStringLiteral("c3"))->votes == 0);
}

TEST_CASE("placing an idea in a quadrant sets impact and effort in one step", "[model][priority]")
{
    Document doc(loaded(ideasFile()));
    QUndoStack &stack = *doc.undoStack();
    const NodeId c3 = QStringLiteral("c3");
    REQUIRE(edit::placeInQuadrant(doc, c3, PickQuadrant::Implement));
    CHECK(doc.diagram().node(c3)->impact == Rating::High);
    CHECK(doc.diagram().node(c3)->effort == Rating::Low);
    CHECK(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("Place “Evening clinic” in Implement"));
    CHECK_FALSE(edit::placeInQuadrant(doc, c3, PickQuadrant::Implement)); // already there
    REQUIRE(edit::placeInQuadrant(doc, c3, PickQuadrant::Kill));
    CHECK(pickQuadrant(*doc.diagram().node(c3)) == PickQuadrant::Kill);
    REQUIRE(edit::placeInQuadrant(doc, c3, PickQuadrant::None));
    CHECK(stack.undoText() == QStringLiteral("Take “Evening clinic” out of the grid"));
    CHECK(doc.diagram().node(c3)->impact == Rating::Unset);
    stack.undo();
    stack.undo();
    CHECK(pickQuadrant(*doc.diagram().node(c3)) == PickQuadrant::Implement);
    CHECK_FALSE(edit::placeInQuadrant(doc, QStringLiteral("d1"), PickQuadrant::Kill));
}

TEST_CASE("the ideas CSV has one row per change idea with drivers, votes and ratings",
          "[model][priority][csv]")
{
    Diagram d = loaded(
        ideasFile(", \"status\": \"testing\", \"votes\": 4, \"impact\": \"low\", \"effort\": "
                  "\"high\""));
    const QByteArray csv = toIdeasCsv(d);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(rows.size() == 5); // header, three ideas, the empty rest after the last CRLF
    CHECK(rows[0]
          == QStringLiteral("id,text,drivers,status,owner,partners,votes,impact,effort,quadrant"));
    CHECK(rows[1] == QStringLiteral("c1,Text reminders,Reach; Trust,testing,,,4,low,high,kill"));
    // A text a spreadsheet would run as a formula is made safe as in the other CSV files.
    CHECK(rows[2] == QStringLiteral("c2,'=SUM(A1),Trust,idea,Ana,Library; Church,0,,,"));
    CHECK(rows[3] == QStringLiteral("c3,Evening clinic,,idea,,,0,,,"));
    CHECK(rows[4].isEmpty());
}
