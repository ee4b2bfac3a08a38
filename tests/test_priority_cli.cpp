// `keydriver export --what ideas` (one CSV row per change idea) and `--what grid` (the impact ×
// effort grid as SVG, PDF or PNG), run as a user runs them.
#include "catchqt.h"
#include "clirun.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kdd;
using namespace kddtest;

namespace {

// Four ideas, one in each of three quadrants and one not placed; "c1" under two drivers.
const QByteArray kIdeas = fileWith(
    "\"title\": \"Fewer missed visits\",\n\"nodes\": [\n"
    "{\"id\": \"a\", \"kind\": \"aim\", \"text\": \"Fewer missed visits\"},\n"
    "{\"id\": \"d1\", \"kind\": \"driver\", \"level\": 1, \"text\": \"Reach, families\"},\n"
    "{\"id\": \"d2\", \"kind\": \"driver\", \"level\": 1, \"text\": \"Trust\"},\n"
    "{\"id\": \"c1\", \"kind\": \"change\", \"text\": \"Reminders\", \"status\": \"testing\", "
    "\"owner\": \"Ana\", \"votes\": 5, \"impact\": \"high\", \"effort\": \"low\"},\n"
    "{\"id\": \"c2\", \"kind\": \"change\", \"text\": \"Shuttle\", \"partners\": [\"Transit\", "
    "\"Church\"], \"votes\": 12, \"impact\": \"high\", \"effort\": \"high\"},\n"
    "{\"id\": \"c3\", \"kind\": \"change\", \"text\": \"Posters\", \"impact\": \"low\", "
    "\"effort\": \"low\"},\n"
    "{\"id\": \"c4\", \"kind\": \"change\", \"text\": \"@Evening clinic, \\\"late\\\"\"}\n"
    "],\n\"links\": [{\"from\": \"a\", \"to\": \"d1\"}, {\"from\": \"a\", \"to\": \"d2\"}, "
    "{\"from\": \"d1\", \"to\": \"c1\"}, {\"from\": \"d2\", \"to\": \"c1\"}, "
    "{\"from\": \"d2\", \"to\": \"c2\"}]");

} // namespace

TEST_CASE("export --what ideas writes one CSV row per change idea", "[cli][priority]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString in = dir.filePath(QStringLiteral("ideas.kdd"));
    const QString out = dir.filePath(QStringLiteral("ideas.csv"));
    REQUIRE(writeAll(in, kIdeas));
    const CliRun r = runCli({QStringLiteral("export"), in, QStringLiteral("-o"), out,
                             QStringLiteral("--what"), QStringLiteral("ideas")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QByteArray csv = readAll(out);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(csv.mid(3))
          == QStringLiteral(
              "id,text,drivers,status,owner,partners,votes,impact,effort,quadrant\r\n"
              "c1,Reminders,\"Reach, families; Trust\",testing,Ana,,5,high,low,implement\r\n"
              "c2,Shuttle,Trust,idea,,Transit; Church,12,high,high,challenge\r\n"
              "c3,Posters,,idea,,,0,low,low,possible\r\n"
              "c4,\"'@Evening clinic, \"\"late\"\"\",,idea,,,0,,,\r\n"));
}

TEST_CASE("export --what grid draws the quadrants and the ideas as SVG, PDF and PNG",
          "[cli][priority]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString in = dir.filePath(QStringLiteral("ideas.kdd"));
    REQUIRE(writeAll(in, kIdeas));
    const QStringList expected = {QStringLiteral("Possible"),
                                  QStringLiteral("Implement"),
                                  QStringLiteral("Challenge"),
                                  QStringLiteral("Kill"),
                                  QStringLiteral("Not placed yet"),
                                  QStringLiteral("Low effort"),
                                  QStringLiteral("High effort"),
                                  QStringLiteral("High impact"),
                                  QStringLiteral("Low impact"),
                                  QStringLiteral("Reminders"),
                                  QStringLiteral("Shuttle"),
                                  QStringLiteral("Posters"),
                                  QStringLiteral("Fewer missed visits")};

    const QString svg = dir.filePath(QStringLiteral("grid.svg"));
    CliRun r = runCli({QStringLiteral("export"), in, QStringLiteral("-o"), svg,
                       QStringLiteral("--what"), QStringLiteral("grid")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = QString::fromUtf8(readAll(svg));
    REQUIRE(text.startsWith(QStringLiteral("<?xml")));
    for (const QString &word : expected)
        CHECK(text.contains(QStringLiteral(">") + word + QStringLiteral("<")));
    CHECK(text.contains(QStringLiteral("<title>@Evening clinic, ")));
    CHECK(text.contains(QStringLiteral("<title>Shuttle (12 votes)</title>")));
    CHECK(text.contains(QStringLiteral(">12<"))); // more than 8 votes: a dot and the number
    CHECK(text.contains(QStringLiteral("class=\"quadrant implement\"")));

    const QString pdf = dir.filePath(QStringLiteral("grid.pdf"));
    r = runCli({QStringLiteral("export"), in, QStringLiteral("-o"), pdf, QStringLiteral("--what"),
                QStringLiteral("grid"), QStringLiteral("--page"), QStringLiteral("a4")});
    REQUIRE(r.exitCode == 0);
    QProcess poppler;
    poppler.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(poppler.waitForFinished(60000));
    REQUIRE(poppler.exitCode() == 0);
    const QString extracted = QString::fromUtf8(poppler.readAllStandardOutput()).simplified();
    for (const QString &word : expected)
        CHECK(extracted.contains(word));

    const QString png = dir.filePath(QStringLiteral("grid.png"));
    r = runCli({QStringLiteral("export"), in, QStringLiteral("-o"), png, QStringLiteral("--what"),
                QStringLiteral("grid"), QStringLiteral("--dpi"), QStringLiteral("96")});
    REQUIRE(r.exitCode == 0);
    CHECK(readAll(png).startsWith("\x89PNG"));
}

TEST_CASE("export --what ideas or grid in the wrong format exits 2 and writes nothing",
          "[cli][priority]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString in = dir.filePath(QStringLiteral("ideas.kdd"));
    REQUIRE(writeAll(in, kIdeas));
    struct Case
    {
        const char *output;
        const char *what;
        const char *message;
    };
    for (const Case &c : {Case{"x.svg", "ideas", "--what ideas is written as CSV"},
                          Case{"x.csv", "grid", "--what grid is a drawing"},
                          Case{"x.md", "grid", "--what grid is a drawing"},
                          Case{"x.csv", "quadrants", "unknown --what 'quadrants'"}}) {
        const QString out = dir.filePath(QString::fromLatin1(c.output));
        const CliRun r = runCli({QStringLiteral("export"), in, QStringLiteral("-o"), out,
                                 QStringLiteral("--what"), QString::fromLatin1(c.what)});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QString::fromLatin1(c.message)));
        CHECK_FALSE(QFile::exists(out));
    }
}
