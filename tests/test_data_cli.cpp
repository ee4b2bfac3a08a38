// `keydriver data`: the real binary merges a spreadsheet's CSV into a measure and saves, writes
// the series back as CSV, and on any problem exits 2 with located messages, the file untouched.
#include "catchqt.h"
#include "clirun.h"
#include "testsupport.h"

#include "model/kddfile.h"

#include <QDir>
#include <QTemporaryDir>

using namespace kdd;
using namespace kddtest;

namespace {

// A saved diagram whose measure m2 already has two months of ratios.
QString diagramWithData(const QTemporaryDir &dir)
{
    Diagram d = goodDiagram();
    Measure m = *d.measure(QStringLiteral("m2"));
    MeasurePoint a;
    a.period = QStringLiteral("2025-01");
    a.numerator = 3;
    a.denominator = 30;
    MeasurePoint b = a;
    b.period = QStringLiteral("2025-02");
    b.numerator = 4;
    m.data = {a, b};
    REQUIRE(d.updateMeasure(m));
    const QString path = dir.filePath(QStringLiteral("aim.kdd"));
    REQUIRE(saveDiagram(d, path));
    return path;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    REQUIRE(writeAll(path, bytes));
    return path;
}

} // namespace

TEST_CASE("data: import merges, saves and counts", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString kdd = diagramWithData(dir);
    const QString csv = write(dir, QStringLiteral("rates.csv"),
                              "Period,Numerator,Denominator\r\n"
                              "2025-02,5,50\r\n"
                              "Mar 2025,6,60\r\n"
                              "2025/4,7,70\r\n");
    const CliRun run = runCli({QStringLiteral("data"), kdd, QStringLiteral("--measure"),
                               QStringLiteral("m2"), QStringLiteral("--import"), csv});
    CHECK(run.err == QString());
    CHECK(run.exitCode == 0);
    CHECK(run.out == "m2: 2 points added, 1 replaced\n");
    const LoadResult back = loadDiagram(kdd);
    REQUIRE(back.ok());
    const std::vector<MeasurePoint> &data = back.diagram->measure(QStringLiteral("m2"))->data;
    REQUIRE(data.size() == 4);
    CHECK(data[1].period == QStringLiteral("2025-02"));
    CHECK(data[1].numerator == 5);
    CHECK(data[1].denominator == 50);
    CHECK(data[3].period == QStringLiteral("2025-04"));
    CHECK(data[3].numerator == 7);

    // Written back out, to standard output and to a file.
    const QByteArray expected = "period,dimension,stratum,value,numerator,denominator\r\n"
                                "2025-01,,,,3,30\r\n"
                                "2025-02,,,,5,50\r\n"
                                "2025-03,,,,6,60\r\n"
                                "2025-04,,,,7,70\r\n";
    const CliRun out =
        runCli({QStringLiteral("data"), kdd, QStringLiteral("--measure"), QStringLiteral("m2")});
    CHECK(out.exitCode == 0);
    CHECK(out.out == expected);
    const QString outFile = dir.filePath(QStringLiteral("out.csv"));
    const CliRun toFile = runCli({QStringLiteral("data"), kdd, QStringLiteral("--measure"),
                                  QStringLiteral("m2"), QStringLiteral("-o"), outFile});
    CHECK(toFile.exitCode == 0);
    CHECK(readAll(outFile) == expected);
}

TEST_CASE("data: --replace makes the CSV the whole series", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString kdd = diagramWithData(dir);
    const QString csv = write(dir, QStringLiteral("days.csv"),
                              "period\tvalue\tstratum\tdimension\n"
                              "2025-03-01\t12.5%\tBlack\trace\n"
                              "2025-03-01\t10\t\t\n");
    const CliRun run =
        runCli({QStringLiteral("data"), kdd, QStringLiteral("--measure"), QStringLiteral("m2"),
                QStringLiteral("--import"), csv, QStringLiteral("--replace")});
    CHECK(run.err == QString());
    CHECK(run.exitCode == 0);
    CHECK(run.out == "m2: 2 points added, 0 replaced, 2 removed\n");
    const LoadResult back = loadDiagram(kdd);
    REQUIRE(back.ok());
    const std::vector<MeasurePoint> &data = back.diagram->measure(QStringLiteral("m2"))->data;
    REQUIRE(data.size() == 2);
    CHECK(data[0].stratum == QStringLiteral("Black"));
    CHECK(data[0].dimension == QStringLiteral("race"));
    CHECK(data[0].value == 12.5);
}

TEST_CASE("data: any problem exits 2 and leaves FILE as it was", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString kdd = diagramWithData(dir);
    const QByteArray before = readAll(kdd);
    const QString bad = write(dir, QStringLiteral("bad.csv"),
                              "period,numerator,denominator\n"
                              "2025-03,6,60\n"
                              "2025-04,7,n/a\n"
                              "\n"
                              "2025-13,1,2\n");
    const QString values = write(dir, QStringLiteral("values.csv"), "period,value\n2025-05,0.5\n");
    const QString typo =
        write(dir, QStringLiteral("typo.csv"), "period,numerator,denominater\n2025-05,1,2\n");
    const QString missing = dir.filePath(QStringLiteral("nowhere.csv"));
    const auto data = [&](const QStringList &more) {
        return runCli(QStringList{QStringLiteral("data"), kdd} + more);
    };

    const CliRun badRun =
        data({QStringLiteral("--measure"), QStringLiteral("m2"), QStringLiteral("--import"), bad});
    CHECK(badRun.exitCode == 2);
    CHECK(badRun.out.isEmpty());
    CHECK(badRun.err
          == bad + QStringLiteral(":3: denominator \"n/a\" is not a number\n") + bad
                 + QStringLiteral(":5: period \"2025-13\" is not a month or a day: write "
                                  "2025-07, 2025-07-14, 2025/07, Jul 2025 or July 2025\n"));

    const CliRun mixed = data(
        {QStringLiteral("--measure"), QStringLiteral("m2"), QStringLiteral("--import"), values});
    CHECK(mixed.exitCode == 2);
    CHECK(mixed.err
          == QStringLiteral("keydriver: ") + values
                 + QStringLiteral(": the data of “Triaged within 10 minutes” are numerator and "
                                  "denominator, the import has values; import ratios, or "
                                  "replace the data\n"));

    const CliRun typoRun =
        data({QStringLiteral("--measure"), QStringLiteral("m2"), QStringLiteral("--import"), typo});
    CHECK(typoRun.exitCode == 2);
    CHECK(typoRun.err.startsWith(typo + QStringLiteral(":1: unknown column \"denominater\"")));

    const CliRun unknown = data(
        {QStringLiteral("--measure"), QStringLiteral("m9"), QStringLiteral("--import"), values});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err
          == QStringLiteral("keydriver: ") + kdd
                 + QStringLiteral(" has no measure m9; its measures are m1, m2, m3\n"));

    const CliRun noFile = data(
        {QStringLiteral("--measure"), QStringLiteral("m2"), QStringLiteral("--import"), missing});
    CHECK(noFile.exitCode == 2);
    CHECK(noFile.err == missing + QStringLiteral(": no such file\n"));

    const CliRun noMeasure = data({QStringLiteral("--import"), values});
    CHECK(noMeasure.exitCode == 2);
    CHECK(noMeasure.err == QStringLiteral("keydriver: 'data' needs a measure: --measure ID\n"));

    CHECK(readAll(kdd) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 4); // no stray temporary files
}

TEST_CASE("data: --help lists the command", "[cli]")
{
    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("keydriver data FILE --measure ID --import DATA.csv [--replace]"));
    CHECK(help.out.contains("\ndata\n  --measure ID"));
}
