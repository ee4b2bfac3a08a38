// The synthetic data of the health-equity example tell the story its charts are meant to show:
// emergencies fall after the change, data completeness rises, and one gap widens.
#include "catchqt.h"
#include "testsupport.h"

#include "model/kddfile.h"
#include "model/measurecharts.h"

using namespace kdd;
using namespace kddtest;

namespace {

Diagram healthEquity()
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/health-equity.kdd")));
    REQUIRE(loaded.ok());
    return *loaded.diagram;
}

} // namespace

TEST_CASE("the health-equity example holds 24 months of synthetic stratified data",
          "[model][charts][examples]")
{
    const Diagram d = healthEquity();
    int withData = 0;
    for (const Measure &m : d.measures()) {
        if (!m.hasData())
            continue;
        ++withData;
        CHECK(m.source.startsWith(QStringLiteral("SYNTHETIC data")));
        QSet<QString> periods;
        for (const MeasurePoint &p : m.data)
            periods.insert(p.period);
        CHECK(periods.size() == 24);
    }
    CHECK(withData == 5);
    const Measure *m2 = d.measure(QStringLiteral("m2"));
    REQUIRE(m2);
    const auto strata = strataOf(*m2);
    REQUIRE(strata.size() == 5);
    CHECK(strata[0] == std::make_pair(QStringLiteral("race"), QStringLiteral("Black")));
    CHECK(
        strata[3]
        == std::make_pair(QStringLiteral("neighbourhood-poverty"), QStringLiteral("High poverty")));
    int ideasWithCycles = 0;
    for (const Node &n : d.nodes())
        ideasWithCycles += n.cycles.empty() ? 0 : 1;
    CHECK(ideasWithCycles == 3);
}

TEST_CASE("the example's charts show improvement, and a widening gap the equity lens can flag",
          "[model][charts][examples]")
{
    const Diagram d = healthEquity();
    const auto signalOf = [&](const char *id) {
        const Measure *m = d.measure(QString::fromLatin1(id));
        REQUIRE(m);
        return measureSignal(*m);
    };
    // Emergencies per child-year fall after the July 2025 phase: lower is better.
    CHECK(signalOf("m1").verdict == spc::Verdict::Improving);
    // Record completeness rises after geocoding.
    CHECK(signalOf("m4").verdict == spc::Verdict::Improving);
    // Referrals for Hispanic/Latino families fall behind from 2026.
    const MeasureSignal m8 = signalOf("m8");
    INFO(m8.wideningGaps.join(QStringLiteral(" / ")).toStdString());
    CHECK(m8.wideningGaps.contains(QStringLiteral("Hispanic/Latino − White")));
    CHECK_FALSE(m8.wideningGaps.contains(QStringLiteral("Black − White")));
    // m2's gaps close rather than widen.
    CHECK(signalOf("m2").wideningGaps.isEmpty());

    const Measure *m6 = d.measure(QStringLiteral("m6"));
    const MeasureChart chart = chartMeasure(d, *m6);
    CHECK(chart.type == spc::ChartType::Run);
    // The nurse check-ins (c8) are on the line of sight of m6's boxes: their cycles are marked.
    int c8Markers = 0;
    for (const PdsaMarker &marker : chart.markers)
        c8Markers += marker.idea == QStringLiteral("c8") ? 1 : 0;
    CHECK(c8Markers == 3);
}
