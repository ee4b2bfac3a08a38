// The keydriver command line, run as a user runs it: exit codes, stdout, stderr, files left.
#include "catchqt.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "model/kddfile.h"

#include <memory>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

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

// Runs the binary; `maxFileBytes` > 0 limits the size of files it may write (as a full disk
// would), with SIGXFSZ ignored so that the write fails instead of killing it.
Run keydriver(const QStringList &args, rlim_t maxFileBytes = 0)
{
    QProcess p;
    p.setProgram(QStringLiteral(KEYDRIVER_EXE));
    p.setArguments(args);
    if (maxFileBytes > 0) {
        p.setChildProcessModifier([maxFileBytes] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = maxFileBytes;
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
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
         {"--json", "-o, --output OUT", "--format F", "--theme T", "--page P", "--orientation R",
          "--dpi N", "--background B", "--order O", "--what W", "--measures M", "--revision R"}) {
        INFO(option);
        CHECK(r.out.contains(QString::fromLatin1(option)));
    }
    CHECK(r.out.contains(QStringLiteral("svg, pdf, png, kdd, dot, md, mmd, csv, pptx or docx")));
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
    CHECK(r.out.contains(file
                         + QStringLiteral(":5: warning: Primary driver “Reliable triage” "
                                          "has no change idea")));
    CHECK(r.out.contains(QStringLiteral("[KDD109]")));
    CHECK(r.out.contains(QStringLiteral(": 1 error, ")));

    r = keydriver({QStringLiteral("check"), file, QStringLiteral("--json")});
    CHECK(r.exitCode == 1);
    const QJsonDocument doc = QJsonDocument::fromJson(r.rawOut);
    REQUIRE(doc.isObject());
    const QJsonObject root = doc.object();
    CHECK(root.value(QStringLiteral("valid")).toBool());
    CHECK(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("error")).toInt()
          == 1);
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
    REQUIRE(writeAll(broken,
                     "{\n  \"format\": \"keydriver\",\n  \"version\": 1,\n  \"nodes\": [,]\n}\n"));
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
                   dir.filePath(QStringLiteral("out.doc"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("unsupported export format 'doc'")));
    r = keydriver({QStringLiteral("export"), example("ed-visit.kdd"), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("no/such/folder/out.kdd"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("does not exist")));
    r = keydriver({QStringLiteral("export"), example("ed-visit.kdd"), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("noext"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("cannot tell the format")));

    CHECK(filesIn(dir.path())
          == QStringList{QStringLiteral("existing.kdd"), QStringLiteral("invalid.kdd")});
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
    CHECK(readAll(dir.filePath(QStringLiteral("out.mmd"))).contains("\nflowchart LR\n"));

    // Options are honoured: a measures CSV has the measures' names, a theme changes the SVG.
    const QString plan = dir.filePath(QStringLiteral("plan.csv"));
    Run r = keydriver({QStringLiteral("export"), input, QStringLiteral("-o"), plan,
                       QStringLiteral("--what"), QStringLiteral("measures")});
    CHECK(r.exitCode == 0);
    CHECK(readAll(plan).contains("Racial Equity Map"));
    const QString themed = dir.filePath(QStringLiteral("themed.svg"));
    r = keydriver({QStringLiteral("export"), input, QStringLiteral("-o"), themed,
                   QStringLiteral("--theme=high-contrast"), QStringLiteral("--order"),
                   QStringLiteral("tidy")});
    CHECK(r.exitCode == 0);
    CHECK(readAll(themed) != readAll(dir.filePath(QStringLiteral("out.svg"))));
}

TEST_CASE("export: bad options exit 2, name the problem and write nothing", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("x.png"));
    const std::vector<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("--theme"), QStringLiteral("neon")},
         QStringLiteral("unknown theme 'neon'")},
        {{QStringLiteral("--page"), QStringLiteral("a5")}, QStringLiteral("unknown page 'a5'")},
        {{QStringLiteral("--orientation"), QStringLiteral("sideways")},
         QStringLiteral("unknown --orientation 'sideways'")},
        {{QStringLiteral("--dpi"), QStringLiteral("lots")},
         QStringLiteral("--dpi must be a whole number")},
        {{QStringLiteral("--dpi"), QStringLiteral("5")}, QStringLiteral("between 24 and 1200")},
        {{QStringLiteral("--order"), QStringLiteral("random")},
         QStringLiteral("unknown --order 'random'")},
        {{QStringLiteral("--background"), QStringLiteral("pink")},
         QStringLiteral("unknown --background")},
        {{QStringLiteral("--what"), QStringLiteral("measures")},
         QStringLiteral("--what measures is written as CSV")},
        {{QStringLiteral("--measures"), QStringLiteral("list")},
         QStringLiteral("unknown --measures 'list'")},
    };
    for (const auto &[options, message] : cases) {
        INFO(options.join(QLatin1Char(' ')).toStdString());
        const Run r = keydriver(QStringList{QStringLiteral("export"), example("ed-visit.kdd"),
                                            QStringLiteral("-o"), out}
                                + options);
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
    CHECK(r.out.contains(
        QStringLiteral("~ node p5: text: “Streamlined discharge process” → “Faster discharge”")));
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
    CHECK(QString::fromUtf8(p.readAllStandardError())
              .contains(QStringLiteral("no display to open the editor on")));
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
    CHECK(r.out.contains(QStringLiteral(
        "partners: “Regional food bank” → “Regional food bank and pantry network”")));

    // Two revisions with the same label: the label is ambiguous, the number is not.
    const LoadResult loaded = loadDiagram(a);
    REQUIRE(loaded.ok());
    Diagram d = *loaded.diagram;
    Revision r1{QStringLiteral("2026-01-01"),
                QStringLiteral("v4"),
                QStringLiteral("one"),
                std::make_shared<const Diagram>(d.snapshot()),
                {}};
    Revision r2 = r1;
    r2.note = QStringLiteral("two");
    d.setRevisions({r1, r2});
    const QString c = dir.filePath(QStringLiteral("c.kdd"));
    REQUIRE(saveDiagram(d, c));
    Run amb =
        keydriver({QStringLiteral("diff"), c, QStringLiteral("--revision"), QStringLiteral("v4")});
    CHECK(amb.exitCode == 2);
    CHECK(amb.err.contains(QStringLiteral("2 revisions are labelled 'v4' (numbers 1 2)")));
    Run byNumber =
        keydriver({QStringLiteral("diff"), c, QStringLiteral("--revision"), QStringLiteral("2")});
    CHECK(byNumber.exitCode == 0); // the snapshot equals the diagram
}

namespace {

// A canonical file with `count` unknown members at the top level.
QByteArray fileWithUnknownMembers(int count)
{
    QByteArray text = "{\n  \"format\": \"keydriver\",\n  \"version\": 1,\n  \"title\": \"t\",\n"
                      "  \"nodes\": [],\n  \"links\": [],\n  \"measures\": []";
    for (int i = 0; i < count; ++i)
        text += ",\n  \"u" + QByteArray::number(i) + "\": " + QByteArray::number(i);
    return text + "\n}\n";
}

} // namespace

TEST_CASE("check and re-save of 100,000 unknown members finish fast and keep them", "[cli]")
{
    // Was 12 s to check and 38 s to re-save (quadratic); linear, it is a fraction of a second.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("unknown.kdd"));
    const QByteArray text = fileWithUnknownMembers(100000);
    REQUIRE(writeAll(input, text));
    QElapsedTimer timer;
    timer.start();
    Run r = keydriver({QStringLiteral("check"), input});
    CHECK(timer.elapsed() < 3000);
    CHECK(r.exitCode != 2);
    const QString output = dir.filePath(QStringLiteral("saved.kdd"));
    timer.restart();
    r = keydriver({QStringLiteral("export"), input, QStringLiteral("-o"), output});
    CHECK(timer.elapsed() < 3000);
    CHECK(r.exitCode == 0);
    CHECK(readAll(output) == text);
}

TEST_CASE("export never writes another format over its own input", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString plan = dir.filePath(QStringLiteral("plan.kdd"));
    const QByteArray original = readAll(example("ed-visit.kdd"));
    REQUIRE(writeAll(plan, original));
    const QString symlink = dir.filePath(QStringLiteral("link.kdd"));
    REQUIRE(QFile::link(plan, symlink));
    const QString hardlink = dir.filePath(QStringLiteral("hard.kdd"));
    REQUIRE(::link(QFile::encodeName(plan).constData(), QFile::encodeName(hardlink).constData())
            == 0);
    const QString viaOtherPath = dir.path() + QStringLiteral("/./../") + QDir(dir.path()).dirName()
                               + QStringLiteral("/plan.kdd");
    for (const QString &output : {plan, symlink, hardlink, viaOtherPath}) {
        for (const char *format : {"svg", "csv", "png", "md"}) {
            INFO(output.toStdString() << " as " << format);
            const Run r = keydriver({QStringLiteral("export"), plan, QStringLiteral("-o"), output,
                                     QStringLiteral("--format"), QString::fromLatin1(format)});
            CHECK(r.exitCode == 2);
            CHECK(r.err.contains(QStringLiteral("is the input file")));
            CHECK(r.err.contains(QStringLiteral("would replace the diagram")));
            CHECK(readAll(plan) == original);
        }
    }
    // Rewriting it as .kdd is a save, and allowed.
    const Run r = keydriver({QStringLiteral("export"), plan, QStringLiteral("-o"), plan});
    CHECK(r.exitCode == 0);
    CHECK(readAll(plan) == original);
}

TEST_CASE("special files are refused at once by check, export and diff", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe.kdd"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString good = example("ed-visit.kdd");
    const std::vector<std::pair<QString, QString>> specials = {
        {fifo, QStringLiteral("is a pipe (FIFO), not a file")},
        {QStringLiteral("/dev/zero"), QStringLiteral("is a device, not a file")},
        {dir.path(), QStringLiteral("is a folder, not a file")},
    };
    for (const auto &[path, message] : specials) {
        const std::vector<QStringList> commands = {
            {QStringLiteral("check"), path},
            {QStringLiteral("export"), path, QStringLiteral("-o"),
             dir.filePath(QStringLiteral("o.svg"))},
            {QStringLiteral("diff"), good, path},
            {QStringLiteral("diff"), path, good},
        };
        for (const QStringList &args : commands) {
            INFO(args.join(QLatin1Char(' ')).toStdString());
            QElapsedTimer timer;
            timer.start();
            const Run r = keydriver(args);
            CHECK(timer.elapsed() < 5000); // a FIFO nobody writes to used to block forever
            CHECK(r.exitCode == 2);
            CHECK(r.err.contains(path + QStringLiteral(": ") + message));
        }
    }
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("o.svg"))));
}

TEST_CASE("NUL and control characters in texts and unknown members survive export", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("nul.kdd"));
    const QByteArray text =
        "{\n  \"format\": \"keydriver\",\n  \"version\": 1,\n  \"title\": \"a\\u0000b\",\n"
        "  \"nodes\": [\n    {\n      \"id\": \"a\",\n      \"kind\": \"aim\",\n"
        "      \"text\": \"before\\u0000after\\u0001\\u001b[2J\",\n      \"x\": \"p\\u0000q\"\n"
        "    }\n  ],\n  \"links\": [],\n  \"measures\": [],\n  \"k\\u0000\": "
        "\"\\u0000\\u0000\"\n}\n";
    REQUIRE(writeAll(input, text));
    const QString output = dir.filePath(QStringLiteral("out.kdd"));
    Run r = keydriver({QStringLiteral("export"), input, QStringLiteral("-o"), output});
    CHECK(r.exitCode == 0);
    CHECK(readAll(output) == text);
    r = keydriver({QStringLiteral("check"), input});
    CHECK_FALSE(r.rawOut.contains('\0'));
    CHECK(r.out.contains(QStringLiteral("before\\x00after\\x01\\x1b[2J")));

    // Unescaped, a control character is invalid JSON: an error with line and column.
    const char raw[] =
        "{\n  \"format\": \"keydriver\",\n  \"version\": 1,\n  \"title\": \"a\0b\"\n}\n";
    REQUIRE(writeAll(input, QByteArray(raw, sizeof(raw) - 1)));
    r = keydriver({QStringLiteral("check"), input});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(input + QStringLiteral(":4:14: not valid JSON")));
    CHECK(r.err.contains(QStringLiteral("must be escaped")));
}

TEST_CASE("a full disk on export is said in words and keeps the old file", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString output = dir.filePath(QStringLiteral("out.kdd"));
    REQUIRE(writeAll(output, "previous contents"));
    const Run r = keydriver(
        {QStringLiteral("export"), example("antiracism.kdd"), QStringLiteral("-o"), output}, 1024);
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(output + QStringLiteral(": cannot write: File too large")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Unknown error")));
    CHECK(readAll(output) == "previous contents");
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("out.kdd")});
}

TEST_CASE("check and diff print control characters and bidi overrides escaped", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Texts that would recolour the terminal, print a fake finding on a line of its own, or
    // reverse what follows them.
    const QByteArray nasty = "X\\u001b[31mRED\\u001b[0m\\r\\nfake.kdd:1: error: forged [KDD999]"
                             "\\u009b2J\\u202egnp.exe\\u2028\\u2066\\u007f";
    const QString before = dir.filePath(QStringLiteral("before.kdd"));
    const QString after = dir.filePath(QStringLiteral("after.kdd"));
    REQUIRE(
        writeAll(before, fileWith(R"("nodes": [{"id": "a", "kind": "aim", "text": "plain"}])")));
    REQUIRE(writeAll(
        after,
        fileWith(R"("title": ")" + nasty + R"(", "nodes": [{"id": "a", "kind": "aim", "text": ")"
                 + nasty + R"("}, {"id": "b\u001b]0;owned\u0007", "kind": "driver", "text": ")"
                 + nasty + R"("}], "links": [{"from": "a", "to": "b\u001b]0;owned\u0007"}])")));
    const auto isUnsafe = [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != '\n') || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029
            || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    };
    const Run check = keydriver({QStringLiteral("check"), after});
    const Run diff = keydriver({QStringLiteral("diff"), before, after});
    CHECK(diff.exitCode == 1);
    for (const Run *r : {&check, &diff}) {
        CHECK(std::none_of(r->out.begin(), r->out.end(), isUnsafe));
        CHECK(std::none_of(r->err.begin(), r->err.end(), isUnsafe));
        CHECK(r->out.contains(QStringLiteral("X\\x1b[31mRED\\x1b[0m")));
        CHECK(r->out.contains(QStringLiteral("\\u202egnp.exe")));
        // Every line is a real finding or difference: none starts with the forged text.
        for (const QString &line : r->out.split(QLatin1Char('\n')))
            CHECK_FALSE(line.startsWith(QStringLiteral("fake.kdd")));
    }
    CHECK(diff.out.contains(QStringLiteral("b\\x1b]0;owned\\x07")));

    // JSON stays valid JSON and carries the texts exactly, escaped the JSON way.
    const Run json = keydriver({QStringLiteral("check"), after, QStringLiteral("--json")});
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.rawOut, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK_FALSE(json.rawOut.contains('\x1b'));
    bool sawText = false;
    for (const QJsonValue &finding : document.object().value(QStringLiteral("findings")).toArray())
        sawText |= finding.toObject()
                       .value(QStringLiteral("message"))
                       .toString()
                       .contains(QStringLiteral("X\x1b[31mRED"));
    CHECK(sawText);
}

TEST_CASE("no internal JSON library tag reaches the command line", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("bad.kdd"));
    for (const QByteArray &text :
         {fileWith("\"x\": 1e400"), fileWith("\"x\": -"), fileWith("\"x\": \"\\ud800\""),
          fileWith("\"x\": [1e400, 1e]"), fileWith("\"version\": 1"), QByteArray("{\"a\": tru}"),
          fileWith(R"("nodes": [{"id": "d", "kind": "driver", "level": 1e400, "text": "x"}])")}) {
        INFO(text.toStdString());
        REQUIRE(writeAll(file, text));
        for (const QStringList &args :
             {QStringList{QStringLiteral("check"), file},
              QStringList{QStringLiteral("check"), file, QStringLiteral("--json")},
              QStringList{QStringLiteral("diff"), file, file}}) {
            const Run r = keydriver(args);
            CHECK_FALSE(r.out.contains(QStringLiteral("json.exception")));
            CHECK_FALSE(r.err.contains(QStringLiteral("json.exception")));
        }
    }
}

TEST_CASE("large and long numbers in unknown members survive export byte for byte", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray huge = "9" + QByteArray(330, '9');
    const QByteArray text =
        "{\n  \"format\": \"keydriver\",\n  \"version\": 1,\n  \"title\": \"t\",\n"
        "  \"nodes\": [],\n  \"links\": [],\n  \"measures\": [],\n"
        "  \"n\": [18446744073709551616, -9223372036854775809, "
        "340282366920938463463374607431768211457, 1E+400, 2.50, -0, "
        + huge + ", -" + huge + "e10]\n}\n";
    const QString input = dir.filePath(QStringLiteral("numbers.kdd"));
    REQUIRE(writeAll(input, text));
    const Run r =
        keydriver({QStringLiteral("export"), input, QStringLiteral("-o"), QStringLiteral("-")});
    CHECK(r.exitCode == 0);
    CHECK(r.rawOut == text);
}
