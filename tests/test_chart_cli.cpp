// `keydriver chart FILE --measure ID -o OUT`, run as a user runs it: exit codes and messages,
// the CSV of small hand-computed series, and SVG, PDF and PNG drawn with the chart's title.
#include "catchqt.h"
#include "clirun.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>

using namespace kddtest;

namespace {

// A run chart (m1: 3 5 4 6 8, median 5), a P chart by race (m2: 10, 20, 30, 40 of 100 in
// all), a measure without data (m3); a PDSA cycle of c3 on m1's line of sight.
const QByteArray kChartFile = fileWith(
    R"("title": "Blood pressure",
  "nodes": [
    {"id": "aim", "kind": "aim", "text": "Control blood pressure"},
    {"id": "p1", "kind": "driver", "level": 1, "text": "Reliable follow-up"},
    {"id": "c3", "kind": "change", "text": "Text reminders", "status": "testing",
     "pdsa": [{"cycle": 1, "start": "2025-02-03", "end": "2025-02-17", "decision": "adopt"}]}
  ],
  "links": [{"from": "aim", "to": "p1"}, {"from": "p1", "to": "c3"}],
  "measures": [
    {"id": "m1", "name": "Days to follow-up", "type": "process", "nodes": ["p1"], "better": "lower",
     "data": [{"period": "2025-01", "value": 3},
              {"period": "2025-02", "value": 5},
              {"period": "2025-03", "value": 4},
              {"period": "2025-04", "value": 6},
              {"period": "2025-05", "value": 8}]},
    {"id": "m2", "name": "Hypertension control", "type": "outcome", "nodes": ["aim"],
     "stratifyBy": ["race"], "better": "higher",
     "data": [{"period": "2025-01", "numerator": 4, "denominator": 40, "stratum": "Black"},
              {"period": "2025-01", "numerator": 6, "denominator": 60, "stratum": "White"},
              {"period": "2025-02", "numerator": 8, "denominator": 40, "stratum": "Black"},
              {"period": "2025-02", "numerator": 12, "denominator": 60, "stratum": "White"},
              {"period": "2025-03", "numerator": 12, "denominator": 40, "stratum": "Black"},
              {"period": "2025-03", "numerator": 18, "denominator": 60, "stratum": "White"},
              {"period": "2025-04", "numerator": 16, "denominator": 40, "stratum": "Black"},
              {"period": "2025-04", "numerator": 24, "denominator": 60, "stratum": "White"}]},
    {"id": "m3", "name": "Staff trained", "type": "process", "nodes": []}
  ])");

struct ChartFixture
{
    ChartFixture()
    {
        REQUIRE(dir.isValid());
        REQUIRE(writeAll(in, kChartFile));
    }
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    CliRun chart(const QStringList &more) const
    {
        return runCli(QStringList{QStringLiteral("chart"), in} + more);
    }

    QTemporaryDir dir;
    QString in = dir.filePath(QStringLiteral("bp.kdd"));
};

QString pdfText(const QString &pdf)
{
    QProcess poppler;
    poppler.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(poppler.waitForFinished(60000));
    REQUIRE(poppler.exitCode() == 0);
    return QString::fromUtf8(poppler.readAllStandardOutput());
}

} // namespace

TEST_CASE("chart writes a run chart's CSV: the median and the points", "[cli][charts]")
{
    ChartFixture f;
    const QString out = f.path("m1.csv");
    const CliRun r =
        f.chart({QStringLiteral("--measure"), QStringLiteral("m1"), QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(QString::fromUtf8(readAll(out))
          == QStringLiteral("period,stratum,value,numerator,denominator,centre,lower limit,"
                            "upper limit,rules\r\n"
                            "2025-01,,3,,,5,,,\r\n"
                            "2025-02,,5,,,5,,,\r\n"
                            "2025-03,,4,,,5,,,\r\n"
                            "2025-04,,6,,,5,,,\r\n"
                            "2025-05,,8,,,5,,,\r\n"));
}

TEST_CASE("chart writes a P chart's CSV: strata summed, p-bar 0.25, limits per point",
          "[cli][charts]")
{
    ChartFixture f;
    const CliRun r = f.chart({QStringLiteral("--measure"), QStringLiteral("m2"),
                              QStringLiteral("-o"), QStringLiteral("-")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList rows = QString::fromUtf8(r.out).split(QStringLiteral("\r\n"));
    REQUIRE(rows.size() == 6); // header, 4 points, the empty string after the last line break
    // 10/100, 20/100, 30/100, 40/100: p-bar = 100/400; sigma = sqrt(0.25 × 0.75 / 100).
    const double sigma = std::sqrt(0.25 * 0.75 / 100);
    const QStringList first = rows[1].split(QLatin1Char(','));
    REQUIRE(first.size() == 9);
    CHECK(first[0] == QStringLiteral("2025-01"));
    CHECK(first[2] == QStringLiteral("0.1"));
    CHECK(first[3] == QStringLiteral("10"));
    CHECK(first[4] == QStringLiteral("100"));
    CHECK(first[5] == QStringLiteral("0.25"));
    CHECK(first[6].toDouble() == Approx(0.25 - 3 * sigma).epsilon(1e-10));
    CHECK(first[7].toDouble() == Approx(0.25 + 3 * sigma).epsilon(1e-10));
    CHECK(rows[4].startsWith(QStringLiteral("2025-04,,0.4,40,100,0.25,")));

    // By stratum: one row per stratum and period, the stratum named.
    const CliRun by =
        f.chart({QStringLiteral("--measure"), QStringLiteral("m2"), QStringLiteral("--by"),
                 QStringLiteral("stratum"), QStringLiteral("-o"), QStringLiteral("-")});
    REQUIRE(by.exitCode == 0);
    const QString csv = QString::fromUtf8(by.out);
    CHECK(csv.count(QStringLiteral("\r\n")) == 9);
    CHECK(csv.contains(QStringLiteral("\r\n2025-01,Black,0.1,4,40,0.25,")));
    CHECK(csv.contains(QStringLiteral("\r\n2025-04,White,0.4,24,60,0.25,")));
}

TEST_CASE("chart draws SVG, PDF and PNG with the chart's title", "[cli][charts]")
{
    ChartFixture f;
    const QString svg = f.path("m2.svg");
    CliRun r = f.chart({QStringLiteral("--measure"), QStringLiteral("m2"), QStringLiteral("-o"),
                        svg, QStringLiteral("--by"), QStringLiteral("stratum")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = QString::fromUtf8(readAll(svg));
    CHECK(text.startsWith(QStringLiteral("<?xml")));
    CHECK(text.contains(QStringLiteral(">Hypertension control — P chart<")));
    CHECK(text.contains(QStringLiteral(">Black<")));
    CHECK(text.contains(QStringLiteral(">White<")));

    const QString pdf = f.path("m1.pdf");
    r = f.chart({QStringLiteral("--measure"), QStringLiteral("m1"), QStringLiteral("-o"), pdf});
    REQUIRE(r.exitCode == 0);
    CHECK(readAll(pdf).startsWith("%PDF"));
    const QString words = pdfText(pdf);
    CHECK(words.contains(QStringLiteral("Days to follow-up — Run chart")));
    CHECK(words.contains(QStringLiteral("Median")));
    CHECK(words.contains(QStringLiteral("c3·1")));

    const QString png = f.path("m1.png");
    r = f.chart({QStringLiteral("--measure"), QStringLiteral("m1"), QStringLiteral("-o"), png,
                 QStringLiteral("--type"), QStringLiteral("I")});
    REQUIRE(r.exitCode == 0);
    const QImage image = QImage::fromData(readAll(png));
    CHECK(image.width() == 1920); // 960 pixels at 96 dpi drawn at 192
    CHECK(image.height() == 1080);
    CHECK(image.text(QStringLiteral("Title")) == QStringLiteral("Days to follow-up — I chart"));
}

TEST_CASE("chart refuses unknown measures, measures without data and bad words", "[cli][charts]")
{
    ChartFixture f;
    const QString out = f.path("out.svg");
    CliRun r =
        f.chart({QStringLiteral("--measure"), QStringLiteral("m9"), QStringLiteral("-o"), out});
    CHECK(r.exitCode == 2);
    CHECK(r.err == f.in + QStringLiteral(": no measure 'm9'; its measures are: m1, m2, m3\n"));
    CHECK_FALSE(QFile::exists(out));

    r = f.chart({QStringLiteral("--measure"), QStringLiteral("m3"), QStringLiteral("-o"), out});
    CHECK(r.exitCode == 2);
    CHECK(r.err == f.in + QStringLiteral(": measure 'm3' has no data yet: nothing to chart\n"));

    r = f.chart({QStringLiteral("--measure"), QStringLiteral("m1"), QStringLiteral("-o"), out,
                 QStringLiteral("--type"), QStringLiteral("xbar")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(
        QStringLiteral("keydriver: unknown chart type 'xbar': use run, i, p or u\n")));

    r = f.chart({QStringLiteral("--measure"), QStringLiteral("m1"), QStringLiteral("-o"), out,
                 QStringLiteral("--by"), QStringLiteral("race")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(
        QStringLiteral("keydriver: unknown view 'race' for --by: use stratum or gap\n")));

    r = f.chart({QStringLiteral("--measure"), QStringLiteral("m1"), QStringLiteral("-o"),
                 f.path("chart.jpg")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("name a .svg, .pdf, .png or .csv file")));

    r = f.chart({QStringLiteral("-o"), out});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("'chart' needs a measure: --measure ID")));
    CHECK_FALSE(QFile::exists(out));

    // Never over the input, even through another name for it.
    const QString link = f.path("bp.csv");
    REQUIRE(QFile::link(f.in, link));
    const QByteArray before = readAll(f.in);
    r = f.chart({QStringLiteral("--measure"), QStringLiteral("m1"), QStringLiteral("-o"), link});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("is the input file")));
    CHECK(readAll(f.in) == before);
}

TEST_CASE("chart prints what it cannot show and writes the chart all the same", "[cli][charts]")
{
    ChartFixture f;
    // A P chart asked of single values becomes an I chart, saying so.
    const CliRun r =
        f.chart({QStringLiteral("--measure"), QStringLiteral("m1"), QStringLiteral("--type"),
                 QStringLiteral("p"), QStringLiteral("-o"), QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.err
          == f.in
                 + QStringLiteral(": measure 'm1': a P chart needs numerators and denominators, "
                                  "and these data are single values: drawn as an I chart\n"));
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("\r\n2025-01,,3,,,5.2,")));
}

TEST_CASE("keydriver --help describes chart", "[cli][charts]")
{
    const CliRun r = runCli({QStringLiteral("--help")});
    REQUIRE(r.exitCode == 0);
    const QString help = QString::fromUtf8(r.out);
    CHECK(help.contains(QStringLiteral("keydriver chart FILE --measure ID -o OUT")));
    CHECK(help.contains(QStringLiteral("\nchart\n")));
    CHECK(help.contains(QStringLiteral("--by V")));
    CHECK(help.contains(QStringLiteral("--type T")));
}
