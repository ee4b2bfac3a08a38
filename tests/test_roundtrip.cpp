// Load -> save round trips: examples byte-identical, unknown fields kept, stable diffs.
#include "catchqt.h"
#include "testsupport.h"

#include "model/kddfile.h"

#include <QTemporaryDir>

using namespace kdd;
using namespace kddtest;

TEST_CASE("every example loads and saves back byte-identically", "[model][io]")
{
    const QStringList paths = examplePaths();
    REQUIRE(paths.size() >= 5);
    for (const QString &path : paths) {
        INFO(path.toStdString());
        const QByteArray original = readAll(path);
        REQUIRE_FALSE(original.isEmpty());
        const LoadResult loaded = loadDiagram(path);
        INFO(loaded.errorText().toStdString());
        REQUIRE(loaded.ok());
        CHECK(loaded.diagram->nodes().size() >= 15);
        CHECK_FALSE(loaded.diagram->measures().empty());
        CHECK(writeDiagram(*loaded.diagram) == original);
    }
}

TEST_CASE("a written diagram reads back equal", "[model][io]")
{
    Diagram d = goodDiagram();
    Node idea = *d.node(QStringLiteral("c1"));
    idea.status = ChangeStatus::Testing;
    idea.reliability = 2;
    idea.owner = QStringLiteral("Charge nurse");
    idea.practices = {Practice::CoProduce, Practice::LeadFromLivedExperience};
    idea.notes = QStringLiteral("Line one\nLine two\t\"quoted\" \\ back");
    REQUIRE(d.updateNode(idea));
    ColumnTitles columns;
    columns.level1 = QStringLiteral("Key drivers");
    columns.change = QStringLiteral("Interventions");
    d.setColumnTitles(columns);
    CheckSettings settings;
    settings.maxPrimaryDrivers = 6;
    settings.ignore = {QStringLiteral("KDD111")};
    d.setCheckSettings(settings);
    LayoutSettings layout;
    layout.order = LayoutSettings::Order::Tidy;
    layout.links = LayoutSettings::Links::Curves;
    layout.ideas = LayoutSettings::Ideas::Stacked;
    d.setLayoutSettings(layout);

    const QByteArray text = writeDiagram(d);
    CHECK(text.contains("\"layout\": {\n    \"order\": \"tidy\",\n    \"links\": \"curves\",\n"
                        "    \"ideas\": \"stacked\"\n  }"));
    const LoadResult back = read(text);
    INFO(back.errorText().toStdString());
    REQUIRE(back.ok());
    CHECK(*back.diagram == d);
    CHECK(writeDiagram(*back.diagram) == text);
    CHECK(back.lines.nodes.value(QStringLiteral("aim")) > 1);
}

TEST_CASE("text that starts with a byte-order mark reads back with it", "[model][io]")
{
    // Pasted from a file that had one: the mark is the user's text and must not vanish on reload.
    Diagram d = goodDiagram();
    Node aim = *d.node(QStringLiteral("aim"));
    aim.text = QChar(0xfeff) + QStringLiteral("Fewer missed visits");
    aim.notes = QChar(0xfeff) + QString(QChar(0xfeff));
    REQUIRE(d.updateNode(aim));
    const QByteArray text = writeDiagram(d);
    const LoadResult back = read(text);
    REQUIRE(back.ok());
    CHECK(back.diagram->node(QStringLiteral("aim"))->text == aim.text);
    CHECK(back.diagram->node(QStringLiteral("aim"))->notes == aim.notes);
    CHECK(*back.diagram == d);
}

TEST_CASE("fields this version does not know survive load and save unchanged", "[model][io]")
{
    const QByteArray input = R"({
  "format": "keydriver",
  "version": 1,
  "title": "Future",
  "meta": {"team": "T", "futureMeta": {"z": 1, "a": [1, 2.5, null, true]}},
  "columns": {"aim": "Aim", "4": "Quaternary"},
  "checks": {"ignore": ["KDD117"], "strictness": "high"},
  "layout": {"order": "keep", "zoom": 1.5},
  "nodes": [
    {"id": "aim", "kind": "aim", "text": "Aim 50% by 2027", "colour": "#ff0000",
     "layout": {"x": 10, "y": -3.25}},
    {"id": "p1", "kind": "driver", "level": 2, "text": "D", "status": "testing"},
    {"id": "c1", "kind": "change", "text": "C", "votes": 7}
  ],
  "links": [{"from": "aim", "to": "p1", "label": "because"}, {"from": "p1", "to": "c1"}],
  "measures": [{"id": "m1", "name": "M", "type": "outcome", "nodes": ["aim"], "chart": "run"}],
  "zzz": {"nested": {"deeper": ["x"]}},
  "aaa": "kept in file order"
})";
    const LoadResult first = read(input);
    INFO(first.errorText().toStdString());
    REQUIRE(first.ok());
    const QByteArray saved = writeDiagram(*first.diagram);
    for (const char *kept :
         {R"("futureMeta": {)", R"("a": [1, 2.5, null, true])", R"("4": "Quaternary")",
          R"("strictness": "high")", R"("zoom": 1.5)", R"("colour": "#ff0000")", R"("y": -3.25)",
          R"("votes": 7)", R"({"from": "aim", "to": "p1", "label": "because"})",
          R"("chart": "run")", R"("deeper": ["x"])", R"("aaa": "kept in file order")"}) {
        INFO(kept);
        CHECK(saved.contains(kept));
    }
    // A field that belongs to another kind of node is kept too, not dropped.
    CHECK(saved.contains(R"("status": "testing")"));
    // Unknown top-level members keep their order ("zzz" before "aaa") after the known ones.
    CHECK(saved.indexOf("\"zzz\"") < saved.indexOf("\"aaa\""));
    CHECK(saved.indexOf("\"measures\"") < saved.indexOf("\"zzz\""));

    const LoadResult second = read(saved);
    REQUIRE(second.ok());
    CHECK(*second.diagram == *first.diagram);
    CHECK(writeDiagram(*second.diagram) == saved);
}

TEST_CASE("a one-word edit is a one-line diff", "[model][io]")
{
    const QString path = sourcePath(QStringLiteral("examples/ed-visit.kdd"));
    LoadResult loaded = loadDiagram(path);
    REQUIRE(loaded.ok());
    Diagram d = *loaded.diagram;
    const QByteArray before = writeDiagram(d);

    Node n = *d.node(QStringLiteral("p2"));
    n.text += QStringLiteral(" quickly");
    REQUIRE(d.updateNode(n));
    REQUIRE(d.setLinkStrength(QStringLiteral("aim"), QStringLiteral("p1"), LinkStrength::Weak));
    const QByteArray after = writeDiagram(d);

    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    REQUIRE(a.size() == b.size());
    int changed = 0;
    for (int i = 0; i < a.size(); ++i)
        changed += a[i] != b[i];
    CHECK(changed == 2); // the node's text line and the link's line
}

TEST_CASE("canonical form: key order, defaults and layout", "[model][io]")
{
    const QByteArray input = fileWith(R"("nodes": [
      {"text": "Aim", "kind": "aim", "id": "a"},
      {"kind": "driver", "id": "d", "text": "Driver"},
      {"kind": "change", "id": "c", "text": "Idea"}],
    "links": [{"to": "d", "from": "a", "strength": "strong"}, {"from": "d", "to": "c"}],
    "measures": [{"nodes": ["d"], "type": "process", "id": "m", "stratifyBy": []}])");
    const LoadResult loaded = read(input);
    INFO(loaded.errorText().toStdString());
    REQUIRE(loaded.ok());
    const QByteArray out = writeDiagram(*loaded.diagram);
    // Known keys in contract order; a driver without a level is level 1; change ideas get their
    // status written; default strength and empty lists are left out.
    CHECK(out.contains("\"id\": \"a\",\n      \"kind\": \"aim\",\n      \"text\": \"Aim\""));
    CHECK(out.contains("\"kind\": \"driver\",\n      \"level\": 1,"));
    CHECK(out.contains("\"status\": \"idea\""));
    CHECK(out.contains(
        "    {\"from\": \"a\", \"to\": \"d\"},\n    {\"from\": \"d\", \"to\": \"c\"}\n"));
    CHECK(out.contains("\"nodes\": [\"d\"]"));
    CHECK_FALSE(out.contains("stratifyBy"));
    CHECK(out.startsWith("{\n  \"format\": \"keydriver\",\n  \"version\": 1,\n"));
    CHECK(out.endsWith("}\n"));
    CHECK(writeDiagram(*read(out).diagram) == out);
}

TEST_CASE("saving to a file and loading it gives the same diagram", "[model][io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("näme with spaces ✓.kdd"));
    const Diagram d = goodDiagram();
    QString error;
    REQUIRE(saveDiagram(d, path, &error));
    CHECK(error.isEmpty());
    const LoadResult loaded = loadDiagram(path);
    REQUIRE(loaded.ok());
    CHECK(*loaded.diagram == d);
}

TEST_CASE("control characters and NUL in texts and unknown members survive, escaped", "[model][io]")
{
    // JSON allows every character escaped; KeyDriver keeps them all and writes the C0 ones back
    // as \u00XX (or \b \f \n \r \t), so nothing after a NUL is ever dropped.
    const QByteArray text =
        "{\n  \"format\": \"keydriver\",\n  \"version\": 1,\n  \"title\": "
        "\"a\\u0000b\\u0001c\\u001fd\",\n"
        "  \"nodes\": [\n    {\n      \"id\": \"n\\u0000id\",\n      \"kind\": \"aim\",\n"
        "      \"text\": \"t\\u0000after NUL\\b\\f\\n\\r\\t\x7f\",\n"
        "      \"k\\u0000ey\": \"v\\u0000al\\u0007\"\n    }\n  ],\n  \"links\": [],\n"
        "  \"measures\": [],\n  \"x\\u0000\": [\n    \"\\u0000\",\n    {\n"
        "      \"\\u001b\": \"\\u0000\\u0000\"\n    }\n  ]\n}\n";
    const LoadResult r = read(text);
    INFO(r.errorText().toStdString());
    REQUIRE(r.ok());
    CHECK(r.diagram->title()
          == QString::fromUtf8("a\0b\x01"
                               "c\x1f"
                               "d",
                               7));
    const Node *node = r.diagram->node(QString::fromUtf8("n\0id", 4));
    REQUIRE(node);
    CHECK(node->text.endsWith(QStringLiteral("after NUL\b\f\n\r\t") + QChar(0x7f)));
    CHECK(writeDiagram(*r.diagram) == text);
}

TEST_CASE("numbers in unknown members survive byte for byte", "[model][io]")
{
    // Beyond 64 bits, beyond double, many digits, exponents, -0: printed back as written.
    const QByteArray huge = "1" + QByteArray(400, '0');
    const QByteArray numbers = "18446744073709551616, -18446744073709551617, "
                               "123456789012345678901234567890, 1e400, -1E-400, 1.50, -0, 0.1e1, "
                             + huge + ", -" + huge + ".5e-3, 2.5, -7, 0, 1.0, 3.141592653589793238";
    const QByteArray text =
        "{\n  \"format\": \"keydriver\",\n  \"version\": 1,\n  \"title\": \"t\",\n"
        "  \"nodes\": [],\n  \"links\": [],\n  \"measures\": [],\n  \"n\": ["
        + numbers
        + "],\n  \"big\": 99999999999999999999999,\n  \"o\": {\n    \"x\": -1e-999\n  }\n}\n";
    const LoadResult r = read(text);
    INFO(r.errorText().toStdString());
    REQUIRE(r.ok());
    CHECK(writeDiagram(*r.diagram) == text);
    // Equal files compare equal; a changed digit does not.
    QByteArray other = text;
    other.replace("18446744073709551616", "18446744073709551617");
    const LoadResult changed = read(other);
    REQUIRE(changed.ok());
    CHECK(*changed.diagram != *r.diagram);
}
