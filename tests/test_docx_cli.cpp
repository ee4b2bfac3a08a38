// `keydriver export FILE -o charter.docx`, run as a user runs it.
#include "catchqt.h"
#include "clirun.h"
#include "testsupport.h"

#include "render/ziparchive.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace kdd;
using namespace kddtest;

TEST_CASE("export to .docx writes the charter on the paper asked for", "[cli][docx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("charter.docx"));
    const CliRun r =
        runCli({QStringLiteral("export"), sourcePath(QStringLiteral("examples/ed-visit.kdd")),
                QStringLiteral("-o"), out, QStringLiteral("--page"), QStringLiteral("letter")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    std::map<QString, QByteArray> files;
    QString error;
    REQUIRE(readZip(readAll(out), files, &error));
    const QByteArray document = files[QStringLiteral("word/document.xml")];
    CHECK(document.contains(R"(<w:pStyle w:val="Heading1"/>)"));
    CHECK(document.contains(R"(<w:pgSz w:w="12240" w:h="15840"/>)"));
    // The diagram as one picture, or on pages of its own when one would set its text too small.
    CHECK(files.count(QStringLiteral("word/media/diagram.svg"))
              + files.count(QStringLiteral("word/media/diagram-1.svg"))
          == 1);
}

TEST_CASE("export to .docx refuses the measures alone and writes nothing", "[cli][docx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("plan.docx"));
    const CliRun r =
        runCli({QStringLiteral("export"), sourcePath(QStringLiteral("examples/ed-visit.kdd")),
                QStringLiteral("-o"), out, QStringLiteral("--what"), QStringLiteral("measures")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--what measures is written as CSV")));
    CHECK_FALSE(QFile::exists(out));
}
