// The keydriver command line, run as a user runs it: exit codes, stdout, stderr, files left.
#include "catchqt.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "model/kddfile.h"

#include <memory>

using namespace kdd;
using namespace kddtest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray rawOut;
};

Run keydriver(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(KEYDRIVER_EXE));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    Run r;
    r.exitCode = p.exitCode();
    r.rawOut = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.rawOut);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString example(const char *name)
{
    return sourcePath(QStringLiteral("examples/") + QString::fromLatin1(name));
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("the version and help options", "[cli]")
{
    Run r = keydriver({QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("keydriver 0.")));
    CHECK(r.out.contains(QStringLiteral("file format version 1")));
    r = keydriver({QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("keydriver check FILE")));
    CHECK(r.out.contains(QStringLiteral("keydriver export FILE -o OUT")));
    r = keydriver({QStringLiteral("check"), QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Exit status")));
}

TEST_CASE("--help lists every option the sub-commands take", "[cli]")
{
    const Run r = keydriver({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    for (const char *option :
         {"--json", "-o, --output OUT", "--format F", "--theme T", "--page P", "--dpi N",
          "--background B", "--order O", "--what W", "--measures M", "--revision R"}) {
        INFO(option);
        CHECK(r.out.contains(QString::fromLatin1(option)));
    }
    CHECK(r.out.contains(QStringLiteral("svg, pdf, png, kdd, dot, md, mmd or csv")));
}

TEST_CASE("usage mistakes exit 2 with a hint", "[cli]")
{
    const std::vector<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("--frobnicate")}, QStringLiteral("unknown option '--frobnicate'")},
        {{QStringLiteral("check")}, QStringLiteral("'check' needs a FILE")},
        {{QStringLiteral("check"), QStringLiteral("a.kdd"), QStringLiteral("b.kdd")},
         QStringLiteral("'check' takes one FILE, got 2")},
        {{QStringLiteral("check"), QStringLiteral("a.kdd"), QStringLiteral("--pdf")},
         QStringLiteral("unknown option '--pdf' for 'check'")},
        {{QStringLiteral("export"), example("ed-visit.kdd"), QStringLiteral("-o")},
         QStringLiteral("option -o needs a value")},
        {{QStringLiteral("export"), example("ed-visit.kdd")},
         QStringLiteral("'export' needs an output file")},
        {{QStringLiteral("check"), QStringLiteral("a.kdd"), QStringLiteral("--json=yes")},
         QStringLiteral("unexpected value after '--json'")},
        {{QStringLiteral("diff"), QStringLiteral("a.kdd"), QStringLiteral("b.kdd"),
          QStringLiteral("--page=a4")},
         QStringLiteral("unknown option '--page=a4' for 'diff'")},
        {{QStringLiteral("--")}, QStringLiteral("unknown option '--'")},
    };
    for (const auto &[args, message] : cases) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run r = keydriver(args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(message));
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("check: a good example exits 0 with a summary", "[cli]")
{
    const QString file = example("ed-visit.kdd");
    const Run r = keydriver({QStringLiteral("check"), file});
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out.trimmed().endsWith(file + QStringLiteral(": 0 errors, 0 warnings, 0 notes")));
}

TEST_CASE("check: findings name the file, line, severity and rule", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("draft.kdd"));
    REQUIRE(writeAll(file, fileWith(R"("nodes": [
    {"id": "p1", "kind": "driver", "level": 1, "text": "Reliable triage"}
  ])")));
    Run r = keydriver({QStringLiteral("check"), file});
    CHECK(r.exitCode == 1); // no aim is an error
    CHECK(r.err.isEmpty());
    CHECK(r.out.contains(file + QStringLiteral(": error: The diagram has no aim.")));
    CHECK(r.out.contains(file + QStringLiteral(":5: warning: Primary driver “Reliable triage” "
                                               "has no change idea")));
    CHECK(r.out.contains(QStringLiteral("[KDD109]")));
    CHECK(r.out.contains(QStringLiteral(": 1 error, ")));

    r = keydriver({QStringLiteral("check"), file, QStringLiteral("--json")});
    CHECK(r.exitCode == 1);
    const QJsonDocument doc = QJsonDocument::fromJson(r.rawOut);
    REQUIRE(doc.isObject());
    const QJsonObject root = doc.object();
    CHECK(root.value(QStringLiteral("valid")).toBool());
    CHECK(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("error")).toInt() == 1);
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    REQUIRE_FALSE(findings.isEmpty());
    bool sawDriverFinding = false;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        CHECK(f.value(QStringLiteral("rule")).toString().startsWith(QStringLiteral("KDD")));
        CHECK_FALSE(f.value(QStringLiteral("message")).toString().isEmpty());
        if (f.value(QStringLiteral("node")).toString() == QStringLiteral("p1")) {
            sawDriverFinding = true;
            CHECK(f.value(QStringLiteral("line")).toInt() == 5);
        }
    }
    CHECK(sawDriverFinding);
}

TEST_CASE("check: an unreadable or invalid file exits 2 with the place on stderr", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString broken = dir.filePath(QStringLiteral("bröken ✗.kdd"));
    REQUIRE(writeAll(broken, "{\n  \"format\": \"keydriver\",\n  \"version\": 1,\n  \"nodes\": [,]\n}\n"));
    Run r = keydriver({QStringLiteral("check"), broken});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.startsWith(broken + QStringLiteral(":4:13: not valid JSON")));

    const QString newer = dir.filePath(QStringLiteral("newer.kdd"));
    REQUIRE(writeAll(newer, "{\"format\": \"keydriver\", \"version\": 9}"));
    r = keydriver({QStringLiteral("check"), newer});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("newer than this KeyDriver supports")));

    r = keydriver({QStringLiteral("check"), dir.filePath(QStringLiteral("missing.kdd"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("missing.kdd: no such file")));

    r = keydriver({QStringLiteral("check"), broken, QStringLiteral("--json")});
    CHECK(r.exitCode == 2);
    const QJsonObject root = QJsonDocument::fromJson(r.rawOut).object();
    CHECK_FALSE(root.value(QStringLiteral("valid")).toBool(true));
    const QJsonObject problem = root.value(QStringLiteral("problems")).toArray().first().toObject();
    CHECK(problem.value(QStringLiteral("line")).toInt() == 4);
    CHECK(problem.value(QStringLiteral("column")).toInt() == 13);
}

TEST_CASE("export: writes the canonical form", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString messy = dir.filePath(QStringLiteral("messy.kdd"));
    REQUIRE(writeAll(messy, R"({"version": 1, "format": "keydriver", "nodes": [
        {"text": "Aim", "id": "a", "kind": "aim"}], "links": [], "custom": {"k": [1,2]}})"));
    const QString out = dir.filePath(QStringLiteral("clean.kdd"));
    Run r = keydriver({QStringLiteral("export"), messy, QStringLiteral("-o"), out});
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QByteArray clean = readAll(out);
    CHECK(clean.startsWith("{\n  \"format\": \"keydriver\",\n  \"version\": 1,\n"));
    CHECK(clean.contains("\"custom\": {\n    \"k\": [1, 2]\n  }"));
    CHECK(read(clean).ok());

    // Exporting the canonical form again changes nothing; "-" writes to standard output.
    r = keydriver({QStringLiteral("export"), out, QStringLiteral("--output=-")});
    CHECK(r.exitCode == 0);
    CHECK(r.rawOut == clean);
    const QString example1 = example("fuel-costs.kdd");
    r = keydriver({QStringLiteral("export"), example1, QStringLiteral("-o"), QStringLiteral("-"),
                   QStringLiteral("--format"), QStringLiteral("kdd")});
    CHECK(r.rawOut == readAll(example1));
}

TEST_CASE("export: bad input or output never leaves a file behind", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString invalid = dir.filePath(QStringLiteral("invalid.kdd"));
    REQUIRE(writeAll(invalid, fileWith(R"("nodes": [{"id": "a", "kind": "aim"}],
  "links": [{"from": "a", "to": "nowhere"}])")));
    const QString existing = dir.filePath(QStringLiteral("existing.kdd"));
    REQUIRE(writeAll(existing, "previous contents"));

    // Invalid input: the existing output is untouched, a new output is not created.
    Run r = keydriver({QStringLiteral("export"), invalid, QStringLiteral("-o"), existing});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(invalid + QStringLiteral(":5: links[0]: link \"a\" → \"nowhere\"")));
    CHECK(readAll(existing) == "previous contents");
    r = keydriver({QStringLiteral("export"), invalid, QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("new.kdd"))});
    CHECK(r.exitCode == 2);

    // Unknown format, folder that does not exist, output that is a folder.
    r = keydriver({QStringLiteral("export"), example("ed-visit.kdd"), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("out.docx"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("unsupported export format 'docx'")));
    r = keydriver({QStringLiteral("export"), example("ed-visit.kdd"), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("no/such/folder/out.kdd"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("does not exist")));
    r = keydriver({QStringLiteral("export"), example("ed-visit.kdd"), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("noext"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("cannot tell the format")));

    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("existing.kdd"), QStringLiteral("invalid.kdd")});
}

TEST_CASE("export: every format from the command line, with no display", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString input = example("antiracism.kdd");
    for (const char *suffix : {"svg", "pdf", "png", "dot", "md", "mmd", "csv", "kdd"}) {
        INFO(suffix);
        const QString out = dir.filePath(QStringLiteral("out.") + QString::fromLatin1(suffix));
        const Run r = keydriver({QStringLiteral("export"), input, QStringLiteral("-o"), out});
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty()); // Qt's own environment notes are not shown to the user
        const QByteArray bytes = readAll(out);
        CHECK(bytes.size() > 200);
    }
    CHECK(readAll(dir.filePath(QStringLiteral("out.svg"))).contains("<svg"));
    CHECK(readAll(dir.filePath(QStringLiteral("out.pdf"))).startsWith("%PDF-"));
    CHECK(readAll(dir.filePath(QStringLiteral("out.png"))).startsWith("\x89PNG"));
    CHECK(readAll(dir.filePath(QStringLiteral("out.mmd"))).startsWith("flowchart LR"));

    // Options are honoured: a measures CSV has the measures' names, a theme changes the SVG.
    const QString plan = dir.filePath(QStringLiteral("plan.csv"));
    Run r = keydriver({QStringLiteral("export"), input, QStringLiteral("-o"), plan,
                       QStringLiteral("--what"), QStringLiteral("measures")});
    CHECK(r.exitCode == 0);
    CHECK(readAll(plan).contains("Racial Equity Map"));
    const QString themed = dir.filePath(QStringLiteral("themed.svg"));
    r = keydriver({QStringLiteral("export"), input, QStringLiteral("-o"), themed,
                   QStringLiteral("--theme=high-contrast"), QStringLiteral("--order"), QStringLiteral("tidy")});
    CHECK(r.exitCode == 0);
    CHECK(readAll(themed) != readAll(dir.filePath(QStringLiteral("out.svg"))));
}

TEST_CASE("export: bad options exit 2, name the problem and write nothing", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("x.png"));
    const std::vector<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("--theme"), QStringLiteral("neon")}, QStringLiteral("unknown theme 'neon'")},
        {{QStringLiteral("--page"), QStringLiteral("a3")}, QStringLiteral("unknown page 'a3'")},
        {{QStringLiteral("--dpi"), QStringLiteral("lots")}, QStringLiteral("--dpi must be a whole number")},
        {{QStringLiteral("--dpi"), QStringLiteral("5")}, QStringLiteral("between 24 and 1200")},
        {{QStringLiteral("--order"), QStringLiteral("random")}, QStringLiteral("unknown --order 'random'")},
        {{QStringLiteral("--background"), QStringLiteral("pink")}, QStringLiteral("unknown --background")},
        {{QStringLiteral("--what"), QStringLiteral("measures")}, QStringLiteral("--what measures is written as CSV")},
        {{QStringLiteral("--measures"), QStringLiteral("list")}, QStringLiteral("unknown --measures 'list'")},
    };
    for (const auto &[options, message] : cases) {
        INFO(options.join(QLatin1Char(' ')).toStdString());
        const Run r = keydriver(QStringList{QStringLiteral("export"), example("ed-visit.kdd"),
                                            QStringLiteral("-o"), out} + options);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(message));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("diff: two files, or a file against its own revision", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a = example("ed-visit.kdd");
    const QString b = dir.filePath(QStringLiteral("b.kdd"));
    QByteArray changed = readAll(a);
    changed.replace("Streamlined discharge process", "Faster discharge");
    REQUIRE(writeAll(b, changed));
    Run r = keydriver({QStringLiteral("diff"), a, b});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(QStringLiteral("~ node p5: text: “Streamlined discharge process” → “Faster discharge”")));
    r = keydriver({QStringLiteral("diff"), a, a});
    CHECK(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    r = keydriver({QStringLiteral("diff"), a});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("'diff' needs two files")));
    r = keydriver({QStringLiteral("diff"), a, QStringLiteral("--revision"), QStringLiteral("3")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("no revision '3' (the file has 0)")));
    r = keydriver({QStringLiteral("diff"), a, dir.filePath(QStringLiteral("missing.kdd"))});
    CHECK(r.exitCode == 2);
}

TEST_CASE("without a display the editor explains itself instead of crashing", "[cli]")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KEYDRIVER_EXE), {example("ed-visit.kdd")});
    REQUIRE(p.waitForFinished(20000));
    CHECK(p.exitCode() == 2);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("no display to open the editor on")));
}

TEST_CASE("diff reports metadata, partners and roles, and refuses ambiguous revision labels",
          "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a = example("health-equity.kdd");
    const QString b = dir.filePath(QStringLiteral("b.kdd"));
    QByteArray changed = readAll(a);
    changed.replace("Regional food bank\"", "Regional food bank and pantry network\"");
    changed.replace("\"team\": \"", "\"team\": \"New ");
    REQUIRE(writeAll(b, changed));
    const Run r = keydriver({QStringLiteral("diff"), a, b});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(QStringLiteral("~ team: ")));
    CHECK(r.out.contains(QStringLiteral("partners: “Regional food bank” → “Regional food bank and pantry network”")));

    // Two revisions with the same label: the label is ambiguous, the number is not.
    const LoadResult loaded = loadDiagram(a);
    REQUIRE(loaded.ok());
    Diagram d = *loaded.diagram;
    Revision r1{QStringLiteral("2026-01-01"), QStringLiteral("v4"), QStringLiteral("one"),
                std::make_shared<const Diagram>(d.snapshot()), {}};
    Revision r2 = r1;
    r2.note = QStringLiteral("two");
    d.setRevisions({r1, r2});
    const QString c = dir.filePath(QStringLiteral("c.kdd"));
    REQUIRE(saveDiagram(d, c));
    Run amb = keydriver({QStringLiteral("diff"), c, QStringLiteral("--revision"), QStringLiteral("v4")});
    CHECK(amb.exitCode == 2);
    CHECK(amb.err.contains(QStringLiteral("2 revisions are labelled 'v4' (numbers 1 2)")));
    Run byNumber = keydriver({QStringLiteral("diff"), c, QStringLiteral("--revision"), QStringLiteral("2")});
    CHECK(byNumber.exitCode == 0); // the snapshot equals the diagram
}
