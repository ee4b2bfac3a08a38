// Every way a file can be wrong gets its own message, with the file name and the place.
#include "catchqt.h"
#include "testsupport.h"

#include "model/jsonsource.h"
#include "model/kddfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <random>
#include <stdexcept>

#include <sys/stat.h>

using namespace kdd;
using namespace kddtest;

namespace {

struct BadFile
{
    const char *name;
    QByteArray text;
    const char *message; // a part of the expected message
    int line;            // expected line (0: not checked)
    int column;          // expected column (0: not checked)
};

const Problem &onlyProblem(const LoadResult &r)
{
    REQUIRE_FALSE(r.ok());
    REQUIRE_FALSE(r.problems.empty());
    return r.problems.front();
}

} // namespace

TEST_CASE("each load error has its own message and location", "[model][io]")
{
    const std::vector<BadFile> cases = {
        {"empty", "", "the file is empty", 0, 0},
        {"whitespace only", "  \n\n ", "the file is empty", 0, 0},
        {"syntax: missing comma", "{\n  \"format\": \"keydriver\"\n  \"version\": 1\n}",
         "not valid JSON", 3, 3},
        {"syntax: truncated", "{\n  \"format\": \"keydriver\",\n  \"nodes\": [\n",
         "unexpected end of input", 4, 1},
        {"syntax: column counts characters", "{\"title\": \"ÄÖÜ\" x}", "not valid JSON", 1, 17},
        {"invalid UTF-8", "{\"title\": \"\xff\xfe\"}", "ill-formed UTF-8", 1, 0},
        {"UTF-16", QByteArray("\xff\xfe{\0", 4), "UTF-16", 1, 1},
        {"not an object", "[1, 2]", "must contain a JSON object, not a list", 1, 0},
        {"missing format", "{\"version\": 1}", "\"format\" is missing", 1, 0},
        {"wrong format", "{\n\"format\": \"drawio\",\n\"version\": 1}",
         "\"format\" is \"drawio\", expected \"keydriver\"", 2, 0},
        {"format not a string", "{\"format\": 3, \"version\": 1}", "\"format\" is a number", 1, 0},
        {"missing version", "{\"format\": \"keydriver\"}", "\"version\" is missing", 1, 0},
        {"newer version", "{\"format\": \"keydriver\",\n\"version\": 2}",
         "format version 2, newer than this KeyDriver supports (version 1)", 2, 0},
        {"huge version", "{\"format\": \"keydriver\", \"version\": 18446744073709551615}",
         "newer than this KeyDriver supports", 1, 0},
        {"fractional version", "{\"format\": \"keydriver\", \"version\": 1.5}",
         "\"version\" must be a whole number, not 1.5", 1, 0},
        {"version zero", "{\"format\": \"keydriver\", \"version\": 0}", "not a valid version", 1,
         0},
        {"version as string", "{\"format\": \"keydriver\", \"version\": \"1\"}",
         "\"version\" must be a whole number, not a string", 1, 0},
        {"nodes not a list", fileWith("\"nodes\": {}"), "\"nodes\" must be a list, not an object",
         4, 0},
        {"node not an object", fileWith("\"nodes\": [\n  \"aim\"\n]"),
         "nodes[0]: each node must be an object, not a string", 5, 0},
        {"node without id", fileWith("\"nodes\": [\n {\"kind\": \"aim\"}]"),
         "nodes[0]: \"id\" is missing", 5, 0},
        {"node with empty id", fileWith("\"nodes\": [{\"id\": \"\", \"kind\": \"aim\"}]"),
         "\"id\" is empty", 4, 0},
        {"id of the wrong type", fileWith("\"nodes\": [{\"id\": 7, \"kind\": \"aim\"}]"),
         "nodes[0]: \"id\" must be a string, not 7", 4, 0},
        {"duplicate id",
         fileWith("\"nodes\": [\n {\"id\": \"p1\", \"kind\": \"driver\"},\n {\"id\": \"p1\", "
                  "\"kind\": \"change\"}]"),
         "duplicate node id \"p1\" (already used at line 5)", 6, 0},
        {"missing kind", fileWith("\"nodes\": [{\"id\": \"x\"}]"),
         "nodes[0] (id \"x\"): \"kind\" is missing; expected one of: aim, driver, change", 4, 0},
        {"unknown kind", fileWith("\"nodes\": [{\"id\": \"x\", \"kind\": \"drivr\"}]"),
         "unknown kind \"drivr\"; expected one of: aim, driver, change", 4, 0},
        {"unknown level",
         fileWith("\"nodes\": [{\"id\": \"x\", \"kind\": \"driver\", \"level\": 4}]"),
         "driver level must be 1, 2 or 3, not 4", 4, 0},
        {"level as text",
         fileWith("\"nodes\": [{\"id\": \"x\", \"kind\": \"driver\", \"level\": \"2\"}]"),
         "\"level\" must be a whole number, not a string", 4, 0},
        {"unknown status",
         fileWith("\"nodes\": [{\"id\": \"x\", \"kind\": \"change\", \"status\": \"done\"}]"),
         "unknown status \"done\"; expected one of: idea, testing, adopted, abandoned", 4, 0},
        {"unknown role",
         fileWith("\"nodes\": [{\"id\": \"x\", \"kind\": \"aim\", \"role\": \"main\"}]"),
         "unknown aim role \"main\"", 4, 0},
        {"reliability out of range",
         fileWith("\"nodes\": [{\"id\": \"x\", \"kind\": \"change\", \"reliability\": 5}]"),
         "reliability must be 1, 2 or 3, not 5", 4, 0},
        {"unknown practice",
         fileWith(
             "\"nodes\": [{\"id\": \"x\", \"kind\": \"change\", \"practices\": [\"be-nice\"]}]"),
         "unknown practice \"be-nice\"", 4, 0},
        {"text of the wrong type",
         fileWith("\"nodes\": [{\"id\": \"x\", \"kind\": \"aim\", \"text\": [\"a\"]}]"),
         "nodes[0] (id \"x\"): \"text\" must be a string, not a list", 4, 0},
        {"link to a missing node",
         fileWith("\"nodes\": [{\"id\": \"a\", \"kind\": \"aim\"}],\n\"links\": [\n"
                  "{\"from\": \"a\", \"to\": \"ghost\"}]"),
         "links[0]: link \"a\" → \"ghost\" refers to a missing node \"ghost\"", 6, 0},
        {"link from a missing node",
         fileWith("\"nodes\": [{\"id\": \"a\", \"kind\": \"aim\"}],\n\"links\": [{\"from\": "
                  "\"ghost\", \"to\": \"a\"}]"),
         "refers to a missing node \"ghost\"", 5, 0},
        {"link to itself",
         fileWith("\"nodes\": [{\"id\": \"a\", \"kind\": \"driver\"}],\n\"links\": [{\"from\": "
                  "\"a\", \"to\": \"a\"}]"),
         "node \"a\" is linked to itself", 5, 0},
        {"link right to left",
         fileWith("\"nodes\": [{\"id\": \"a\", \"kind\": \"aim\"}, {\"id\": \"c\", \"kind\": "
                  "\"change\"}],\n\"links\": [{\"from\": \"c\", \"to\": \"a\"}]"),
         "link \"c\" (change idea) → \"a\" (aim) points right-to-left", 5, 0},
        {"link within a column",
         fileWith("\"nodes\": [{\"id\": \"a\", \"kind\": \"driver\"}, {\"id\": \"b\", \"kind\": "
                  "\"driver\"}],\n\"links\": [{\"from\": \"a\", \"to\": \"b\"}]"),
         "points right-to-left or within one column", 5, 0},
        {"SMART aim to global aim",
         fileWith("\"nodes\": [{\"id\": \"g\", \"kind\": \"aim\", \"role\": \"global\"}, {\"id\": "
                  "\"s\", \"kind\": \"aim\", \"role\": \"smart\"}],\n\"links\": [{\"from\": \"s\", "
                  "\"to\": \"g\"}]"),
         "points right-to-left or within one column", 5, 0},
        {"duplicate link",
         fileWith("\"nodes\": [{\"id\": \"a\", \"kind\": \"aim\"}, {\"id\": \"d\", \"kind\": "
                  "\"driver\"}],\n\"links\": [\n{\"from\": \"a\", \"to\": \"d\"},\n{\"from\": "
                  "\"a\", \"to\": \"d\", \"strength\": \"weak\"}]"),
         "duplicate link \"a\" → \"d\" (already at line 6)", 7, 0},
        {"link without to", fileWith("\"links\": [{\"from\": \"a\"}]"),
         "a link needs both \"from\" and \"to\"", 4, 0},
        {"unknown strength",
         fileWith("\"nodes\": [{\"id\": \"a\", \"kind\": \"aim\"}, {\"id\": \"d\", \"kind\": "
                  "\"driver\"}],\n\"links\": [{\"from\": \"a\", \"to\": \"d\", \"strength\": "
                  "\"medium\"}]"),
         "unknown strength \"medium\"; expected one of: strong, weak", 5, 0},
        {"measure on a missing node",
         fileWith("\"measures\": [\n{\"id\": \"m\", \"type\": \"outcome\", \"nodes\": [\"x\"]}]"),
         "measures[0] (id \"m\"): attached to a missing node \"x\"", 5, 0},
        {"measure type unknown",
         fileWith("\"measures\": [{\"id\": \"m\", \"type\": \"structure\"}]"),
         "unknown measure type \"structure\"; expected one of: outcome, process, balancing", 4, 0},
        {"measure without type", fileWith("\"measures\": [{\"id\": \"m\"}]"), "\"type\" is missing",
         4, 0},
        {"duplicate measure id",
         fileWith("\"measures\": [{\"id\": \"m\", \"type\": \"outcome\"},\n{\"id\": \"m\", "
                  "\"type\": \"process\"}]"),
         "duplicate measure id \"m\" (already used at line 4)", 5, 0},
        {"stratifyBy not strings",
         fileWith("\"measures\": [{\"id\": \"m\", \"type\": \"outcome\", \"stratifyBy\": "
                  "[\"race\", 3]}]"),
         "\"stratifyBy\" must be a list of strings, but item 2 is a number", 4, 0},
        {"meta of the wrong type", fileWith("\"meta\": [\"team\"]"),
         "\"meta\" must be an object, not a list", 1, 0},
        {"leaders not a list", fileWith("\"meta\": {\n\"leaders\": \"Ann\"}"),
         "meta: \"leaders\" must be a list of strings, not a string", 4, 0},
        {"bad check limits", fileWith("\"checks\": {\"primaryDrivers\": {\"min\": 6, \"max\": 2}}"),
         "0 ≤ min ≤ max", 4, 0},
        {"duplicate member",
         fileWith("\"nodes\": [{\"id\": \"a\", \"kind\": \"aim\",\n    \"text\": \"x\", \"text\": "
                  "\"y\"}]"),
         "\"text\" appears twice in the same object", 5, 18},
        {"fractional level",
         fileWith("\"nodes\": [{\"id\": \"x\", \"kind\": \"driver\", \"level\": 1.5}]"),
         "\"level\" must be a whole number, not 1.5", 4, 0},
        {"huge level",
         fileWith(
             "\"nodes\": [{\"id\": \"x\", \"kind\": \"driver\", \"level\": -9223372036854775808}]"),
         "driver level must be 1, 2 or 3, not -9223372036854775808", 4, 0},
        {"unknown layout order", fileWith("\"layout\": {\"order\": \"random\"}"),
         "layout: unknown order \"random\"; expected one of: keep, tidy", 4, 0},
        {"unknown link style", fileWith("\"layout\": {\"links\": \"wiggly\"}"),
         "layout: unknown link style \"wiggly\"; expected one of: brackets, curves, straight", 4,
         0},
        {"unknown ideas style", fileWith("\"layout\": {\"ideas\": \"piled\"}"),
         "layout: unknown ideas style \"piled\"; expected one of: separate, stacked", 4, 0},
        {"title of the wrong type", fileWith("\"title\": 12"),
         "top level: \"title\" must be a string, not 12", 1, 0},
    };
    for (const BadFile &c : cases) {
        INFO(c.name);
        const LoadResult r = read(c.text);
        const Problem &p = onlyProblem(r);
        INFO(r.errorText().toStdString());
        CHECK(p.file == QStringLiteral("test.kdd"));
        CHECK(p.message.contains(QString::fromUtf8(c.message)));
        if (c.line > 0)
            CHECK(p.line == c.line);
        if (c.column > 0)
            CHECK(p.column == c.column);
        CHECK(p.toString().startsWith(QStringLiteral("test.kdd")));
        CHECK_FALSE(r.diagram.has_value());
    }
}

TEST_CASE("a newer version is refused with that message alone", "[model][io]")
{
    const LoadResult r = read(R"({"format": "keydriver", "version": 3, "nodes": "whatever"})");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message.contains(QStringLiteral("update KeyDriver")));
}

TEST_CASE("a version written as 1.0 is read as version 1", "[model][io]")
{
    CHECK(read(R"({"format": "keydriver", "version": 1.0})").ok());
}

TEST_CASE("all problems are reported, not only the first", "[model][io]")
{
    const LoadResult r = read(fileWith(R"("nodes": [
    {"id": "a", "kind": "aim"},
    {"id": "b", "kind": "wish"},
    {"id": "a", "kind": "driver"}],
  "links": [{"from": "a", "to": "zzz"}, {"from": "a", "to": "b"}])"));
    REQUIRE(r.problems.size() == 3);
    CHECK(r.problems[0].message.contains(QStringLiteral("unknown kind \"wish\"")));
    CHECK(r.problems[1].message.contains(QStringLiteral("duplicate node id \"a\"")));
    CHECK(r.problems[2].message.contains(QStringLiteral("missing node \"zzz\"")));
    // The link to "b" is not reported again: b's own error explains it.
}

TEST_CASE("a file with thousands of problems reports a bounded list", "[model][io]")
{
    QByteArray nodes = "\"nodes\": [";
    for (int i = 0; i < 5000; ++i)
        nodes += (i ? "," : "") + QByteArray("{\"id\": \"x\", \"kind\": \"aim\"}");
    const LoadResult r = read(fileWith(nodes + "]"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems.size() == 101);
    CHECK(r.problems.back().message == QStringLiteral("… and 4899 more problems"));
}

TEST_CASE("deep nesting is refused without exhausting the stack", "[model][io]")
{
    const QByteArray deep = fileWith("\"x\": " + QByteArray(100000, '[') + QByteArray(100000, ']'));
    const LoadResult r = read(deep);
    const Problem &p = onlyProblem(r);
    CHECK(p.message.contains(QStringLiteral("nested more than")));
    CHECK(p.line == 4);
}

TEST_CASE("loading names the file for I/O problems", "[model][io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.kdd"));
    LoadResult r = loadDiagram(missing);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].toString() == missing + QStringLiteral(": no such file"));

    r = loadDiagram(dir.path());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message.contains(QStringLiteral("folder")));

    const QString bad = dir.filePath(QStringLiteral("bad.kdd"));
    REQUIRE(writeAll(bad, "{\n  \"format\": \"keydriver\",\n  \"version\": 1,\n  oops\n}"));
    r = loadDiagram(bad);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].toString().startsWith(bad + QStringLiteral(":4:3: not valid JSON")));
}

TEST_CASE("random damage to a valid file never crashes the loader", "[model][io]")
{
    const QByteArray original = readAll(sourcePath(QStringLiteral("examples/health-equity.kdd")));
    REQUIRE_FALSE(original.isEmpty());
    std::mt19937 rng(20261126);
    int refused = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray damaged = original;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e) {
            const auto at = static_cast<qsizetype>(rng() % static_cast<unsigned>(damaged.size()));
            switch (rng() % 4) {
            case 0:
                damaged[at] = static_cast<char>(rng() % 256);
                break;
            case 1:
                damaged.remove(at, static_cast<qsizetype>(rng() % 40));
                break;
            case 2:
                damaged.insert(at, "\"],}{:0-\\\"\xc3"[rng() % 12]);
                break;
            default:
                damaged.truncate(at);
                break;
            }
        }
        const LoadResult r = read(damaged);
        if (r.ok()) {
            // Whatever survived must be saveable and stable.
            const QByteArray saved = writeDiagram(*r.diagram);
            CHECK(writeDiagram(*read(saved).diagram) == saved);
        } else {
            ++refused;
            for (const Problem &p : r.problems)
                CHECK_FALSE(p.message.isEmpty());
        }
    }
    CHECK(refused > 200);
}

TEST_CASE("special files are refused at once, before anything could block", "[model][io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe.kdd"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QElapsedTimer timer;
    timer.start();
    // Nobody writes to the pipe: opening it for reading would wait forever.
    LoadResult r = loadDiagram(fifo);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].toString().startsWith(fifo
                                              + QStringLiteral(": is a pipe (FIFO), not a file")));
    r = loadDiagram(QStringLiteral("/dev/zero"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].toString() == QStringLiteral("/dev/zero: is a device, not a file"));
    r = loadDiagram(dir.path());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message == QStringLiteral("is a folder, not a file"));
    CHECK(timer.elapsed() < 2000);
}

TEST_CASE("an unescaped control character in a string is an error with line and column",
          "[model][io]")
{
    const char text[] = "{\n  \"format\": \"keydriver\",\n  \"title\": \"a\0b\"\n}";
    const LoadResult result = read(QByteArray(text, sizeof(text) - 1));
    const Problem &p = onlyProblem(result); // a reference into `result`, which must outlive it
    CHECK(p.line == 3);
    CHECK(p.column == 14);
    CHECK(p.message.contains(QStringLiteral("control character U+0000 (NUL) must be escaped")));
}

TEST_CASE("numbers beyond double in known fields are named as written", "[model][io]")
{
    const Problem &p = onlyProblem(
        read(fileWith(R"("nodes": [{"id": "d", "kind": "driver", "level": 1e400, "text": "x"}])")));
    CHECK(p.message.contains(QStringLiteral("\"level\" must be a whole number, not 1e400")));
    // A whole number written with an exponent is still read by value.
    const LoadResult r =
        read(fileWith(R"("nodes": [{"id": "d", "kind": "driver", "level": 2e0, "text": "x"}])"));
    REQUIRE(r.ok());
    CHECK(r.diagram->node(QStringLiteral("d"))->level == 2);
}

TEST_CASE("no internal JSON library tag reaches a message", "[model][io]")
{
    CHECK(libraryErrorText("[json.exception.out_of_range.406] number overflow parsing '1e400'")
          == QStringLiteral("number overflow parsing '1e400'"));
    CHECK(libraryErrorText("[json.exception.parse_error.101] parse error at line 1, column 2: "
                           "syntax error while parsing value")
          == QStringLiteral("syntax error while parsing value"));
    CHECK(libraryErrorText(std::bad_alloc()) == QStringLiteral("there is not enough memory"));
    CHECK(
        libraryErrorText(std::runtime_error("[json.exception.type_error.302] type must be number"))
        == QStringLiteral("type must be number"));
    for (const QByteArray &text :
         {QByteArray("{\"format\": \"keydriver\", \"version\": 1, \"x\": 1e400"),
          QByteArray("{\"format\": \"keydriver\", \"version\": 1, \"x\": -"),
          QByteArray("{\"format\": \"keydriver\", \"version\": 1, \"x\": \"\\ud800\"}"),
          QByteArray("{\"format\": \"keydriver\", \"version\": 1, \"x\": [1e400, 1e}"),
          QByteArray("{\"format\": \"keydriver\", \"version\": 1, \"x\": tru}")}) {
        const LoadResult r = read(text);
        INFO(text.toStdString());
        CHECK_FALSE(r.errorText().contains(QStringLiteral("json.exception")));
    }
}

TEST_CASE("a file with more JSON values than the limit is refused by name", "[model][io]")
{
    // One value over the limit, each as short as JSON allows ("0,"): the cheapest way to make
    // the reader build millions of values.
    QByteArray text = "{\"format\": \"keydriver\", \"version\": 1, \"x\": [";
    text.reserve(text.size() + 2 * MaxJsonValues + 8);
    for (int i = 0; i < MaxJsonValues; ++i)
        text += "0,";
    text += "0]}";
    const LoadResult r = readDiagram(text, QStringLiteral("many.kdd"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].toString().startsWith(QStringLiteral("many.kdd:1:")));
    CHECK(r.problems[0].message.contains(QStringLiteral("more than 4,000,000 JSON values")));
}
