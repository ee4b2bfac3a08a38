// `keydriver export FILE -o charter.{pdf,html,odt} --what charter`: the charter from the command
// line, and the mistakes it names.
#include "catchqt.h"
#include "clirun.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace kddtest;

namespace {

CliRun exportCharter(const QStringList &args)
{
    return runCli(QStringList{QStringLiteral("export")} + args, 120000);
}

} // namespace

TEST_CASE("export --what charter writes the charter as PDF, HTML and ODT", "[cli][charter]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString in = sourcePath(QStringLiteral("examples/health-equity.kdd"));
    struct Case
    {
        const char *file;
        QByteArray start;
    };
    for (const Case &c : {Case{"charter.pdf", "%PDF-"}, Case{"charter.html", "<!DOCTYPE html>"},
                          Case{"charter.odt", "PK"}}) {
        const QString out = dir.filePath(QString::fromLatin1(c.file));
        const CliRun r = exportCharter(
            {in, QStringLiteral("-o"), out, QStringLiteral("--what"), QStringLiteral("charter")});
        INFO(c.file << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(readAll(out).startsWith(c.start));
    }
    // HTML and ODT hold nothing but the charter: it is also what they hold by default.
    const QString plain = dir.filePath(QStringLiteral("plain.html"));
    CHECK(exportCharter({in, QStringLiteral("-o"), plain}).exitCode == 0);
    CHECK(readAll(plain) == readAll(dir.filePath(QStringLiteral("charter.html"))));
    // Letter paper for the PDF charter.
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    CHECK(exportCharter({in, QStringLiteral("-o"), letter, QStringLiteral("--what"),
                         QStringLiteral("charter"), QStringLiteral("--page"),
                         QStringLiteral("letter")})
              .exitCode
          == 0);
    CHECK(readAll(letter).contains("/MediaBox [0 0 612.000000 792.000000]"));
}

TEST_CASE("export names the mistake when the charter and the file do not fit", "[cli][charter]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString in = sourcePath(QStringLiteral("examples/ed-visit.kdd"));
    struct Case
    {
        const char *file;
        const char *what;
        const char *message;
    };
    for (const Case &c :
         {Case{"x.html", "measures",
               "keydriver: an HTML file holds only the project charter; --what measures is "
               "written as CSV; use an output file ending in .csv"},
          Case{"x.odt", "grid", "an ODT file holds only the project charter; --what grid"},
          Case{"x.svg", "charter",
               "--what charter is a document; use an output file ending in .pdf, .html, .odt "
               "or .docx"},
          Case{"x.csv", "charter", "--what charter is a document"}}) {
        const QString out = dir.filePath(QString::fromLatin1(c.file));
        const CliRun r = exportCharter(
            {in, QStringLiteral("-o"), out, QStringLiteral("--what"), QString::fromLatin1(c.what)});
        INFO(c.file << " --what " << c.what << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QString::fromLatin1(c.message)));
        CHECK_FALSE(QFile::exists(out));
    }
    const CliRun slide = exportCharter(
        {in, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--what"),
         QStringLiteral("charter"), QStringLiteral("--page"), QStringLiteral("slide")});
    CHECK(slide.exitCode == 2);
    CHECK(slide.err.contains(QStringLiteral("the charter is printed on paper")));
}
