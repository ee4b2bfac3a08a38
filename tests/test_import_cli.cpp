// `keydriver import`: the real binary turns outlines into .kdd files, and bad input or options
// exit 2 with the file and line, leaving no file behind.
#include "catchqt.h"
#include "clirun.h"
#include "testsupport.h"

#include "model/kddfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace kdd;
using namespace kddtest;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("import: export md then import gives back the same outline", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &example : examplePaths()) {
        INFO(example.toStdString());
        const QString md = dir.filePath(QStringLiteral("a.md"));
        const QString kdd = dir.filePath(QStringLiteral("b.kdd"));
        const QString again = dir.filePath(QStringLiteral("c.md"));
        REQUIRE(runCli({QStringLiteral("export"), example, QStringLiteral("-o"), md}).exitCode
                == 0);
        const CliRun imported = runCli({QStringLiteral("import"), md, QStringLiteral("-o"), kdd});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        CHECK(imported.err.isEmpty());
        REQUIRE(loadDiagram(kdd).ok());
        REQUIRE(runCli({QStringLiteral("export"), kdd, QStringLiteral("-o"), again}).exitCode == 0);
        CHECK(fileBytes(again) == withoutPdsaLines(fileBytes(md)));
    }
}

TEST_CASE("import: indented text becomes a diagram, also on standard output", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString txt = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(txt, "Aim\n  - Driver\n    - Idea one\n    - Idea two\n");
    const CliRun r =
        runCli({QStringLiteral("import"), txt, QStringLiteral("-o"), QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    const LoadResult read = readDiagram(r.out, QStringLiteral("stdout"));
    REQUIRE(read.ok());
    CHECK(read.diagram->nodes().size() == 4);
    CHECK(read.diagram->links().size() == 3);
}

TEST_CASE("import: bad input or options exit 2 and write nothing", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("bad.md"));
    writeFile(bad, "# T\n\n## Diagram\n\n- **SMART aim:** A {#a}\n  - **Nonsense:** B {#b}\n");
    const QString out = dir.filePath(QStringLiteral("out.kdd"));
    const CliRun r = runCli({QStringLiteral("import"), bad, QStringLiteral("-o"), out});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(bad + QStringLiteral(":6: unknown kind of box 'Nonsense'")));
    CHECK_FALSE(QFile::exists(out));

    // An existing output is left as it was.
    writeFile(out, "keep");
    CHECK(runCli({QStringLiteral("import"), bad, QStringLiteral("-o"), out}).exitCode == 2);
    CHECK(fileBytes(out) == "keep");

    const QString csv = dir.filePath(QStringLiteral("x.docx"));
    writeFile(csv, "a\n");
    const CliRun unknown = runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), out});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("--format")));
    const CliRun forced = runCli({QStringLiteral("import"), csv, QStringLiteral("--format"),
                                  QStringLiteral("txt"), QStringLiteral("-o"), out});
    CHECK(forced.exitCode == 0);
    CHECK(loadDiagram(out).ok());

    CHECK(runCli({QStringLiteral("import"), csv}).exitCode == 2);
    const CliRun notKdd =
        runCli({QStringLiteral("import"), csv, QStringLiteral("--format"), QStringLiteral("txt"),
                QStringLiteral("-o"), dir.filePath(QStringLiteral("o.svg"))});
    CHECK(notKdd.exitCode == 2);
    CHECK(notKdd.err.contains(QStringLiteral(".kdd")));
    const CliRun missing = runCli({QStringLiteral("import"), dir.filePath(QStringLiteral("no.md")),
                                   QStringLiteral("-o"), out});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("no such file")));
    const CliRun folder = runCli({QStringLiteral("import"), dir.path(), QStringLiteral("--format"),
                                  QStringLiteral("md"), QStringLiteral("-o"), out});
    CHECK(folder.exitCode == 2);
    CHECK(folder.err.contains(QStringLiteral("is a folder")));
}

TEST_CASE("import: a spreadsheet's CSV becomes a diagram with a shared idea", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("charter.csv"));
    writeFile(csv, "\xEF\xBB\xBF"
                   "Aim;Primary driver(s);Change idea(s)\r\n"
                   "All children thrive;Belonging;\"Mentors; weekly\"\r\n"
                   ";Fair rules;\"Mentors; weekly\"\r\n"
                   ";;Restorative circles\r\n");
    const QString out = dir.filePath(QStringLiteral("charter.kdd"));
    const CliRun r = runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const LoadResult read = loadDiagram(out);
    REQUIRE(read.ok());
    CHECK(read.diagram->nodes().size() == 5);
    CHECK(read.diagram->links().size() == 5); // the shared idea has two parents

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(bad, "Aim,Primary driver,Change idea\nA,P,C\n,Q,\"open\n");
    const QString none = dir.filePath(QStringLiteral("none.kdd"));
    const CliRun refused = runCli({QStringLiteral("import"), bad, QStringLiteral("-o"), none});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(bad + QStringLiteral(":3: unterminated quote")));
    CHECK_FALSE(QFile::exists(none));
}
