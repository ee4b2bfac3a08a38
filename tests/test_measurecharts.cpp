// A measure's data made into chart lines: totals, strata, gaps to the reference stratum, the
// chart CSV and the signal a badge shows, on small hand-computed series.
#include "catchqt.h"
#include "testsupport.h"

#include "model/measurecharts.h"

using namespace kdd;
using namespace kddtest;

namespace {

MeasurePoint ratio(const char *period, double num, double den, const char *stratum = "",
                   const char *dimension = "")
{
    MeasurePoint p;
    p.period = QString::fromLatin1(period);
    p.stratum = QString::fromUtf8(stratum);
    p.dimension = QString::fromLatin1(dimension);
    p.numerator = num;
    p.denominator = den;
    return p;
}

MeasurePoint value(const char *period, double v, const char *stratum = "")
{
    MeasurePoint p;
    p.period = QString::fromLatin1(period);
    p.stratum = QString::fromUtf8(stratum);
    p.value = v;
    return p;
}

QString month(int i) { return QStringLiteral("2025-%1").arg(i, 2, 10, QLatin1Char('0')); }

// The i-th month from January 2024 (0-based).
QString monthFrom2024(int i)
{
    return QStringLiteral("%1-%2").arg(2024 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("the total of ratio data by stratum is the strata summed period by period",
          "[model][measurecharts]")
{
    Measure m;
    m.id = QStringLiteral("m1");
    m.data = {ratio("2025-01", 3, 10, "A"), ratio("2025-01", 1, 10, "B"),
              ratio("2025-02", 5, 10, "A"), ratio("2025-02", 5, 30, "B")};
    CHECK(defaultChartType(m) == spc::ChartType::P);
    const MeasureChart chart = chartMeasure(Diagram(), m);
    REQUIRE(chart.lines.size() == 1);
    const auto &points = chart.lines[0].result.points;
    REQUIRE(points.size() == 2);
    CHECK(points[0].value == Approx(4.0 / 20));
    CHECK(points[1].value == Approx(10.0 / 40));
    // p̄ = (4 + 10) / (20 + 40)
    CHECK(points[0].centre == Approx(14.0 / 60));
    CHECK(chart.periods == QStringList{QStringLiteral("2025-01"), QStringLiteral("2025-02")});
}

TEST_CASE("values by stratum cannot be added up: the total view shows the strata and says so",
          "[model][measurecharts]")
{
    Measure m;
    m.data = {value("2025-01", 8.1, "A"), value("2025-01", 8.9, "B")};
    const MeasureChart chart = chartMeasure(Diagram(), m);
    CHECK(chart.view == ChartView::ByStratum);
    CHECK(chart.lines.size() == 2);
    CHECK(chart.problems.join(QLatin1Char('\n')).contains(QStringLiteral("cannot be added up")));
}

TEST_CASE("a P chart asked of single values is drawn as an I chart with a message",
          "[model][measurecharts]")
{
    Measure m;
    m.data = {value("2025-01", 1), value("2025-02", 3)};
    ChartRequest request;
    request.type = spc::ChartType::P;
    const MeasureChart chart = chartMeasure(Diagram(), m, request);
    CHECK(chart.type == spc::ChartType::I);
    CHECK(chart.problems.first().contains(QStringLiteral("P chart needs numerators")));
    // I chart of 1, 3: mean 2, one moving range of 2, sigma 2 / 1.128
    const auto &p = chart.lines.at(0).result.points;
    CHECK(p[0].centre == Approx(2));
    CHECK(p[0].upper == Approx(2 + 3 * 2 / 1.128));
}

TEST_CASE("the reference stratum is the named one, else the largest", "[model][measurecharts]")
{
    Measure m;
    m.data = {ratio("2025-01", 1, 10, "Small", "race"), ratio("2025-01", 1, 50, "Large", "race"),
              ratio("2025-01", 1, 5, "High", "poverty"), ratio("2025-01", 1, 9, "Low", "poverty")};
    CHECK(referenceStratum(m, QStringLiteral("race")) == QStringLiteral("Large"));
    CHECK(referenceStratum(m, QStringLiteral("poverty")) == QStringLiteral("Low"));
    m.reference = {QStringLiteral("Small"), QStringLiteral("Nowhere")};
    CHECK(referenceStratum(m, QStringLiteral("race")) == QStringLiteral("Small"));
    CHECK(referenceStratum(m, QStringLiteral("poverty")) == QStringLiteral("Low"));
}

TEST_CASE("a gap is a stratum minus its reference, period by period, on an I chart",
          "[model][measurecharts]")
{
    Measure m;
    m.reference = {QStringLiteral("W")};
    // B − W: 0.1 (Jan), −0.2 (Feb); March has no W point and is left out.
    m.data = {ratio("2025-01", 5, 10, "B"), ratio("2025-01", 4, 10, "W"),
              ratio("2025-02", 2, 10, "B"), ratio("2025-02", 4, 10, "W"),
              ratio("2025-03", 9, 10, "B")};
    ChartRequest request;
    request.view = ChartView::Gap;
    const MeasureChart chart = chartMeasure(Diagram(), m, request);
    REQUIRE(chart.lines.size() == 1);
    const ChartLine &gap = chart.lines[0];
    CHECK(gap.label == QStringLiteral("B − W"));
    CHECK(gap.result.type == spc::ChartType::I);
    REQUIRE(gap.result.points.size() == 2);
    CHECK(gap.result.points[0].value == Approx(0.1));
    CHECK(gap.result.points[1].value == Approx(-0.2));
    CHECK(gap.result.points[0].centre == Approx(-0.05));
    const QByteArray csv = chartCsv(chart);
    CHECK(csv.startsWith(
        "period,stratum,value,numerator,denominator,centre,lower limit,upper limit,rules\r\n"));
    CHECK(csv.contains("2025-01,B − W,0.1,,,"));
}

TEST_CASE("the chart CSV has one row per point with the rules that fire there",
          "[model][measurecharts]")
{
    Measure m;
    m.id = QStringLiteral("m");
    // Run chart: 6 points below then 6 above the median 5.5 → both runs are shifts.
    for (int i = 1; i <= 12; ++i)
        m.data.push_back(value(month(i).toLatin1().constData(), i <= 6 ? i % 2 + 1 : i % 2 + 9));
    const QByteArray csv = chartCsv(chartMeasure(Diagram(), m));
    const QList<QByteArray> rows = csv.split('\n');
    REQUIRE(rows.size() == 14); // header, 12 rows, the empty piece after the last CRLF
    CHECK(rows[1] == "2025-01,,2,,,5.5,,,shift\r");
    CHECK(rows[12] == "2025-12,,9,,,5.5,,,shift\r");
}

TEST_CASE("the badge signal: improving by the measure's direction, strata missing, widening gaps",
          "[model][measurecharts]")
{
    Measure m;
    m.better = spc::Better::Lower;
    m.stratifyBy = {QStringLiteral("race")};
    // 10 high then 10 low points: the last 10 are a shift below the median.
    for (int i = 1; i <= 20; ++i) {
        const QByteArray p = monthFrom2024(i - 1).toLatin1();
        m.data.push_back(value(p.constData(), i <= 10 ? 20 + i % 3 : 10 + i % 3));
    }
    MeasureSignal s = measureSignal(m);
    CHECK(s.hasData);
    CHECK(s.verdict == spc::Verdict::Improving);
    CHECK(s.strataMissing);
    CHECK(s.lastPeriod == QStringLiteral("2025-08"));
    CHECK(s.lastValue == 10 + 20 % 3);
    CHECK(s.recent.size() == 20);
    m.better = spc::Better::Higher;
    CHECK(measureSignal(m).verdict == spc::Verdict::Deteriorating);

    // A stratum falling behind (higher is better): its gap to the reference shifts below zero.
    Measure g;
    g.better = spc::Better::Higher;
    for (int i = 1; i <= 12; ++i) {
        const QByteArray p = month(i).toLatin1();
        g.data.push_back(ratio(p.constData(), 70 + i % 2, 100, "Ref"));
        g.data.push_back(ratio(p.constData(), i <= 4 ? 70 + i % 2 : 40 + i % 3, 100, "Behind"));
        g.data.push_back(ratio(p.constData(), i <= 4 ? 70 + i % 2 : 90 + i % 3, 100, "Ahead"));
    }
    g.reference = {QStringLiteral("Ref")};
    const MeasureSignal gs = measureSignal(g);
    CHECK(gs.wideningGaps == QStringList{QStringLiteral("Behind − Ref")});
    g.better = spc::Better::Unspecified; // without a direction, both move away from zero
    CHECK(measureSignal(g).wideningGaps.size() == 2);
}
