// Outline import: the Markdown outline comes back byte for byte (md -> kdd -> md), bad input is
// refused whole with the file and line, and indented plain text becomes columns of boxes.
#include "catchqt.h"
#include "testsupport.h"
#include "textformatsupport.h"

#include "model/kddfile.h"
#include "model/outlinereader.h"
#include "model/textformats.h"

using namespace kdd;
using namespace kddtest;

namespace {

// md -> kdd (through the .kdd text, as the import command saves it) -> md.
QByteArray roundTrip(const QByteArray &md)
{
    const LoadResult read = readMarkdownOutline(md, QStringLiteral("in.md"));
    INFO(read.errorText().toStdString());
    REQUIRE(read.ok());
    const LoadResult kdd = readDiagram(writeDiagram(*read.diagram), QStringLiteral("out.kdd"));
    INFO(kdd.errorText().toStdString());
    REQUIRE(kdd.ok());
    return toMarkdownOutline(*kdd.diagram);
}

const Node &nodeWithText(const Diagram &d, const QString &text)
{
    for (const Node &n : d.nodes()) {
        if (n.text == text)
            return n;
    }
    FAIL("no box with the text " << text.toStdString());
    return d.nodes().front();
}

} // namespace

TEST_CASE("Markdown outline import gives back the same outline for every example")
{
    for (const QString &path : examplePaths()) {
        INFO(path.toStdString());
        const LoadResult loaded = loadDiagram(path);
        REQUIRE(loaded.ok());
        const QByteArray md = toMarkdownOutline(*loaded.diagram);
        CHECK(roundTrip(md) == withoutPdsaLines(md));
    }
}

TEST_CASE("Markdown outline import round-trips hostile and tangled diagrams")
{
    for (const auto &[name, diagram] : testDiagrams()) {
        INFO(name.toStdString());
        const QByteArray md = toMarkdownOutline(diagram);
        CHECK(roundTrip(md) == withoutPdsaLines(md));
    }
    // An id holding NUL is written as `&#0;` and must come back as NUL (found by fuzzing).
    Diagram d;
    Node aim;
    aim.kind = NodeKind::Aim;
    aim.id = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    REQUIRE(d.insertNode(aim));
    const QByteArray md = toMarkdownOutline(d);
    CHECK(md.contains("{#a&#0;b}"));
    CHECK(roundTrip(md) == md);
}

TEST_CASE("Markdown outline import keeps shared links, statuses, weak links and measures")
{
    const QByteArray md = "# Charter\n"
                          "\n"
                          "- **Team:** Equity group\n"
                          "- **Leaders:** Ana; Bo\n"
                          "\n"
                          "## Diagram\n"
                          "\n"
                          "- **SMART aim:** Fewer \\*missed\\* visits {#aim}\n"
                          "  - **Primary driver:** Trust {#p1}\n"
                          "    - **Change idea:** [testing] Call first {#c1}\n"
                          "  - **Primary driver:** (weak) Access {#p2}\n"
                          "    - \u21aa Change idea: (weak) Call first (see {#c1})\n"
                          "\n"
                          "## Measures\n"
                          "\n"
                          "| Measure | Type | Numerator | Denominator | Source | Target "
                          "| Stratified by | Attached to |\n"
                          "|---|---|---|---|---|---|---|---|\n"
                          "| Missed \\| rate {#m1} | outcome | missed | booked | EHR | 10% "
                          "| race, language | {#aim} {#c1} |\n";
    const LoadResult read = readMarkdownOutline(md, QStringLiteral("charter.md"));
    INFO(read.errorText().toStdString());
    REQUIRE(read.ok());
    const Diagram &d = *read.diagram;
    CHECK(d.title() == QStringLiteral("Charter"));
    CHECK(d.metadata().leaders == QStringList{QStringLiteral("Ana"), QStringLiteral("Bo")});
    CHECK(nodeWithText(d, QStringLiteral("Fewer *missed* visits")).role == AimRole::Smart);
    CHECK(d.node(QStringLiteral("c1"))->status == ChangeStatus::Testing);
    REQUIRE(d.link(QStringLiteral("p2"), QStringLiteral("c1")));
    CHECK(d.link(QStringLiteral("p2"), QStringLiteral("c1"))->strength == LinkStrength::Weak);
    CHECK(d.link(QStringLiteral("aim"), QStringLiteral("p2"))->strength == LinkStrength::Weak);
    CHECK(d.links().size() == 4);
    REQUIRE(d.measures().size() == 1);
    CHECK(d.measures()[0].name == QStringLiteral("Missed | rate"));
    CHECK(d.measures()[0].stratifyBy.size() == 2);
    CHECK(d.measures()[0].nodes == QStringList{QStringLiteral("aim"), QStringLiteral("c1")});
    CHECK(toMarkdownOutline(d) == md);
}

TEST_CASE("Markdown outline import refuses bad input whole, naming file and line")
{
    const QByteArray head = "# T\n\n## Diagram\n\n- **SMART aim:** A {#a}\n";
    struct Case
    {
        QByteArray body;
        int line;
        const char *words;
    };
    const Case cases[] = {
        {"  - **Primary driver:** P {#a}\n", 6, "used by another box"},
        {"  - **Boss:** P {#p}\n", 6, "unknown kind"},
        {"      - **Primary driver:** P {#p}\n", 6, "more than one level"},
        {"  - **Primary driver:** P\n", 6, "end with the box's id"},
        {"  - \u21aa Change idea: X (see {#nowhere})\n", 6, "no box has the id"},
        {"  - **Primary driver:** P {#p}\n    - **SMART aim:** B {#b}\n", 7, "cannot be below"},
        {"  - **Primary driver:** [testing] P {#p}\n", 6, "only change ideas"},
        {"\n## Measures\n\n| Measure |\n|---|\n| M {#m} | outcome | | | | | | {#x} |\n", 11,
         "no box has as its id"},
    };
    for (const Case &c : cases) {
        INFO(c.body.toStdString());
        const LoadResult read = readMarkdownOutline(head + c.body, QStringLiteral("bad.md"));
        CHECK_FALSE(read.ok());
        CHECK_FALSE(read.diagram.has_value());
        REQUIRE_FALSE(read.problems.empty());
        CHECK(read.problems[0].file == QStringLiteral("bad.md"));
        CHECK(read.problems[0].line == c.line);
        CHECK(read.problems[0].message.contains(QString::fromUtf8(c.words)));
    }
    CHECK_FALSE(readMarkdownOutline("just words\n", QStringLiteral("x.md")).ok());
    CHECK_FALSE(readMarkdownOutline("", QStringLiteral("x.md")).ok());
}

TEST_CASE("Plain text import strips bullets and makes the deepest level change ideas")
{
    const QByteArray text = "Fewer missed visits\n"
                            "\t- Trust\n"
                            "\t\t* Call first\n"
                            "\t\t\u2022 Home visits\n"
                            "\n"
                            "\t- Access\n"
                            "\t\t1. Evening clinic\n"
                            "\t\ta) Bus passes\n";
    const LoadResult read = readPlainOutline(text, QStringLiteral("notes.txt"));
    REQUIRE(read.ok());
    const Diagram &d = *read.diagram;
    REQUIRE(d.nodes().size() == 7);
    CHECK(nodeWithText(d, QStringLiteral("Fewer missed visits")).isAim());
    const Node &trust = nodeWithText(d, QStringLiteral("Trust"));
    CHECK(trust.isDriver());
    CHECK(trust.level == 1);
    const Node &bus = nodeWithText(d, QStringLiteral("Bus passes"));
    CHECK(bus.isChange());
    const Node &access = nodeWithText(d, QStringLiteral("Access"));
    CHECK(d.link(access.id, bus.id));
    CHECK(d.link(trust.id, nodeWithText(d, QStringLiteral("Home visits")).id));
    CHECK(d.links().size() == 6);
}

TEST_CASE("Plain text import maps two, four and five levels onto the columns")
{
    auto columns = [](const QByteArray &text) {
        const LoadResult read = readPlainOutline(text, QStringLiteral("t.txt"));
        REQUIRE(read.ok());
        std::vector<int> out;
        for (const Node &n : read.diagram->nodes())
            out.push_back(n.column());
        return out;
    };
    CHECK(columns("A\n  B\n") == std::vector<int>{0, 4});
    CHECK(columns("A\n  B\n    C\n      D\n") == std::vector<int>{0, 1, 2, 4});
    CHECK(columns("A\n B\n  C\n   D\n    E\n") == std::vector<int>{0, 1, 2, 3, 4});
    CHECK(columns("A\nB\n") == std::vector<int>{0, 0});
    const LoadResult deep =
        readPlainOutline("A\n B\n  C\n   D\n    E\n     F\n", QStringLiteral("deep.txt"));
    CHECK_FALSE(deep.ok());
    REQUIRE_FALSE(deep.problems.empty());
    CHECK(deep.problems[0].line == 6);
    CHECK(deep.problems[0].file == QStringLiteral("deep.txt"));
    CHECK_FALSE(readPlainOutline("\n  \n", QStringLiteral("empty.txt")).ok());
}

TEST_CASE("Plain text under a box starts one column to its right")
{
    const LoadResult read = readPlainOutline("- Driver\n  - Idea\n", QStringLiteral("paste"), 1);
    REQUIRE(read.ok());
    REQUIRE(read.diagram->nodes().size() == 2);
    CHECK(read.diagram->nodes()[0].column() == 1);
    CHECK(read.diagram->nodes()[1].column() == 4);
}
