// The Diagram value keeps the file contract whatever edits are attempted.
#include "catchqt.h"
#include "testsupport.h"

#include "model/diagram.h"

using namespace kdd;
using namespace kddtest;

TEST_CASE("nodes: unique ids, order, index", "[model]")
{
    Diagram d = goodDiagram();
    CHECK_FALSE(
        d.insertNode(makeNode(QStringLiteral("p1"), NodeKind::Driver, QStringLiteral("dup"))));
    CHECK_FALSE(d.insertNode(makeNode(QString(), NodeKind::Driver, QStringLiteral("no id"))));
    REQUIRE(
        d.insertNode(makeNode(QStringLiteral("p0"), NodeKind::Driver, QStringLiteral("first")), 1));
    CHECK(d.indexOf(QStringLiteral("p0")) == 1);
    CHECK(d.indexOf(QStringLiteral("p1")) == 2);
    REQUIRE(d.moveNode(QStringLiteral("p0"), 3));
    CHECK(d.nodes()[3].id == QStringLiteral("p0"));
    CHECK(d.indexOf(QStringLiteral("p2")) == 2);
    CHECK(d.node(QStringLiteral("p2"))->text == QStringLiteral("Staff capacity"));
    CHECK_FALSE(d.moveNode(QStringLiteral("nope"), 0));
    CHECK_FALSE(d.moveNode(QStringLiteral("p0"), 99));
    const QString fresh = d.uniqueId(QStringLiteral("p"));
    CHECK_FALSE(d.contains(fresh));
    CHECK(fresh.startsWith(QLatin1Char('p')));
}

TEST_CASE("removing a node removes its links and measure attachments", "[model]")
{
    Diagram d = goodDiagram();
    REQUIRE(d.removeNode(QStringLiteral("p2")));
    CHECK_FALSE(d.contains(QStringLiteral("p2")));
    for (const Link &l : d.links()) {
        CHECK(l.from != QStringLiteral("p2"));
        CHECK(l.to != QStringLiteral("p2"));
    }
    CHECK(d.links().size() == 2);
    CHECK(d.measure(QStringLiteral("m2"))->nodes == QStringList{QStringLiteral("p1")});
    CHECK(d.measure(QStringLiteral("m3"))->nodes.isEmpty());
    CHECK(d.link(QStringLiteral("aim"), QStringLiteral("p2")) == nullptr);
    // The link can be made again once the node is back.
    REQUIRE(d.insertNode(makeNode(QStringLiteral("p2"), NodeKind::Driver, QStringLiteral("Back"))));
    CHECK(d.addLink({QStringLiteral("aim"), QStringLiteral("p2"), LinkStrength::Strong, {}}));
}

TEST_CASE("links only run rightwards, once, between existing nodes", "[model]")
{
    Diagram d = goodDiagram();
    REQUIRE(
        d.insertNode(makeNode(QStringLiteral("s1"), NodeKind::Driver, QStringLiteral("Sub"), 2)));
    REQUIRE(d.insertNode(makeNode(QStringLiteral("g"), NodeKind::Aim, QStringLiteral("Global"))));
    Node global = *d.node(QStringLiteral("g"));
    global.role = AimRole::Global;
    REQUIRE(d.updateNode(global));
    const auto link = [](const char *a, const char *b) {
        return Link{QString::fromLatin1(a), QString::fromLatin1(b), LinkStrength::Strong, {}};
    };
    CHECK(d.addLink(link("p1", "s1")));
    CHECK_FALSE(d.addLink(link("p1", "s1")));    // duplicate
    CHECK_FALSE(d.addLink(link("s1", "p1")));    // leftwards
    CHECK_FALSE(d.addLink(link("p1", "p2")));    // same column
    CHECK_FALSE(d.addLink(link("c1", "c1")));    // itself
    CHECK_FALSE(d.addLink(link("p1", "ghost"))); // missing
    CHECK(d.addLink(link("aim", "c2")));         // skipping columns is fine
    CHECK(d.addLink(link("g", "aim")));          // global aim -> SMART aim
    CHECK_FALSE(d.addLink(link("aim", "g")));    // but not the other way

    // Changing a node's level may not turn one of its links leftwards.
    Node s1 = *d.node(QStringLiteral("s1"));
    s1.kind = NodeKind::Change;
    CHECK(d.updateNode(s1)); // p1 -> s1 is still rightwards
    s1.kind = NodeKind::Aim;
    CHECK_FALSE(d.updateNode(s1));
    CHECK(d.node(QStringLiteral("s1"))->kind == NodeKind::Change);

    CHECK(d.setLinkStrength(QStringLiteral("p1"), QStringLiteral("s1"), LinkStrength::Weak));
    CHECK(d.link(QStringLiteral("p1"), QStringLiteral("s1"))->strength == LinkStrength::Weak);
    CHECK(d.removeLink(QStringLiteral("p1"), QStringLiteral("s1")));
    CHECK_FALSE(d.removeLink(QStringLiteral("p1"), QStringLiteral("s1")));
}

TEST_CASE("measures: unique ids, attached only to existing nodes", "[model]")
{
    Diagram d = goodDiagram();
    Measure m;
    m.id = QStringLiteral("m1");
    CHECK_FALSE(d.insertMeasure(m));
    m.id = QStringLiteral("m4");
    m.nodes = {QStringLiteral("ghost")};
    CHECK_FALSE(d.insertMeasure(m));
    m.nodes = {QStringLiteral("p1")};
    REQUIRE(d.insertMeasure(m, 0));
    CHECK(d.measures().front().id == QStringLiteral("m4"));
    const auto ofP1 = d.measuresOf(QStringLiteral("p1"));
    REQUIRE(ofP1.size() == 2);
    CHECK(ofP1[0]->id == QStringLiteral("m4"));
    CHECK(ofP1[1]->id == QStringLiteral("m2"));
    CHECK(d.removeMeasure(QStringLiteral("m4")));
    CHECK(d.measure(QStringLiteral("m4")) == nullptr);
}

TEST_CASE("column titles fall back to the standard wording", "[model]")
{
    ColumnTitles c;
    c.level1 = QStringLiteral("Key drivers");
    CHECK(c.titleFor(0) == QStringLiteral("Aim"));
    CHECK(c.titleFor(1) == QStringLiteral("Key drivers"));
    CHECK(c.titleFor(4) == QStringLiteral("Change ideas"));
    CHECK(c.titleFor(7).isEmpty());
}

TEST_CASE("vocabulary words round-trip", "[model]")
{
    for (const QString &w : practiceWords())
        CHECK(toString(*parsePractice(w)) == w);
    for (const QString &w : changeStatusWords())
        CHECK(toString(*parseChangeStatus(w)) == w);
    CHECK_FALSE(parseNodeKind(QStringLiteral("Aim")).has_value()); // exact spelling only
    CHECK(practiceWords().size() == 7);
}

TEST_CASE("box names for labels and for use inside sentences", "[model]")
{
    CHECK(displayName(NodeKind::Aim, 0) == QStringLiteral("Aim"));
    CHECK(displayName(NodeKind::Driver, 1) == QStringLiteral("Primary driver"));
    CHECK(displayName(NodeKind::Driver, 2, NameCase::Lower) == QStringLiteral("secondary driver"));
    CHECK(displayName(NodeKind::Driver, 3) == QStringLiteral("Tertiary driver"));
    CHECK(displayName(NodeKind::Change, 1, NameCase::Lower) == QStringLiteral("change idea"));
    CHECK(displayName(AimRole::Global, NameCase::Lower) == QStringLiteral("global aim"));
    CHECK(displayName(AimRole::Smart, NameCase::Lower) == QStringLiteral("SMART aim"));

    Node aim = makeNode(QStringLiteral("a"), NodeKind::Aim, QStringLiteral("Aim"));
    CHECK(displayName(aim) == QStringLiteral("SMART aim")); // makeNode's aims are SMART aims
    aim.role = AimRole::Global;
    CHECK(displayName(aim) == QStringLiteral("Global aim"));
    aim.role = AimRole::Unspecified;
    CHECK(displayName(aim, NameCase::Lower) == QStringLiteral("aim"));
    const Node driver = makeNode(QStringLiteral("s"), NodeKind::Driver, QStringLiteral("S"), 2);
    CHECK(displayName(driver) == QStringLiteral("Secondary driver"));
    // The level is ignored for everything but drivers.
    CHECK(displayName(makeNode(QStringLiteral("c"), NodeKind::Change, QStringLiteral("C"), 3))
          == QStringLiteral("Change idea"));
}
