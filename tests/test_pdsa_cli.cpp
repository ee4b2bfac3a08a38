// `keydriver export --what pdsa`: one CSV row per PDSA cycle, run as a user runs it.
#include "catchqt.h"
#include "clirun.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace kdd;
using namespace kddtest;

namespace {

const QByteArray kCycles = fileWith(
    "\"nodes\": [\n"
    "{\"id\": \"a\", \"kind\": \"aim\", \"text\": \"Fewer missed visits\"},\n"
    "{\"id\": \"d\", \"kind\": \"driver\", \"level\": 1, \"text\": \"Reach\"},\n"
    "{\"id\": \"c1\", \"kind\": \"change\", \"text\": \"Reminders, by text\", \"status\": "
    "\"testing\", \"pdsa\": [{\"cycle\": 1, \"plan\": \"Ask \\\"why\\\"\", \"prediction\": "
    "\"=1+1\", \"who\": \"Ana\", \"start\": \"2025-02-03\", \"end\": \"2025-02-17\", \"study\": "
    "\"Fewer no-shows\", \"decision\": \"adapt\"}, {\"cycle\": 2, \"start\": \"2025-02-17\"}]},\n"
    "{\"id\": \"c2\", \"kind\": \"change\", \"text\": \"Shuttle\"}\n"
    "],\n\"links\": [{\"from\": \"a\", \"to\": \"d\"}, {\"from\": \"d\", \"to\": \"c1\"}, "
    "{\"from\": \"d\", \"to\": \"c2\"}]");

} // namespace

TEST_CASE("export --what pdsa writes one CSV row per PDSA cycle", "[cli][pdsa]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString in = dir.filePath(QStringLiteral("cycles.kdd"));
    const QString out = dir.filePath(QStringLiteral("pdsa.csv"));
    REQUIRE(writeAll(in, kCycles));
    const CliRun r = runCli({QStringLiteral("export"), in, QStringLiteral("-o"), out,
                             QStringLiteral("--what"), QStringLiteral("pdsa")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QByteArray csv = readAll(out);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(csv.mid(3))
          == QStringLiteral(
              "idea id,idea text,cycle,start,end,who,plan,prediction,study,decision\r\n"
              "c1,\"Reminders, by text\",1,2025-02-03,2025-02-17,Ana,\"Ask \"\"why\"\"\",'=1+1,"
              "Fewer no-shows,adapt\r\n"
              "c1,\"Reminders, by text\",2,2025-02-17,,,,,,\r\n"));
}

TEST_CASE("export --what pdsa to a drawing is refused and writes nothing", "[cli][pdsa]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString in = dir.filePath(QStringLiteral("cycles.kdd"));
    const QString out = dir.filePath(QStringLiteral("pdsa.svg"));
    REQUIRE(writeAll(in, kCycles));
    const CliRun r = runCli({QStringLiteral("export"), in, QStringLiteral("-o"), out,
                             QStringLiteral("--what"), QStringLiteral("pdsa")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--what pdsa is written as CSV")));
    CHECK_FALSE(QFile::exists(out));
}
