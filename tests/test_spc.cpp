// The chart engine against hand-computed series (the arithmetic is in the comments) and against a
// naive recomputation of every definition of docs/charts.md on long generated series.
#include "catchqt.h"

#include "model/spc.h"

#include <QDate>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <vector>

using namespace kdd::spc;

namespace {

// Months from 2025-01: "2025-01", "2025-02", ...
QString month(int i) { return QDate(2025, 1, 1).addMonths(i).toString(QStringLiteral("yyyy-MM")); }

ChartInput values(ChartType type, const std::vector<double> &xs,
                  const std::vector<const char *> &phases = {})
{
    ChartInput input;
    input.type = type;
    for (const char *start : phases)
        input.phaseStarts << QString::fromLatin1(start);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        Observation o;
        o.period = month(int(i));
        o.value = xs[i];
        input.observations.push_back(o);
    }
    return input;
}

ChartInput ratios(ChartType type, const std::vector<std::pair<double, double>> &pairs)
{
    ChartInput input;
    input.type = type;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        Observation o;
        o.period = month(int(i));
        o.numerator = pairs[i].first;
        o.denominator = pairs[i].second;
        input.observations.push_back(o);
    }
    return input;
}

// The rule bits of every point, for comparing a whole line at once.
std::vector<int> rulesOf(const ChartResult &r)
{
    std::vector<int> bits;
    for (const ChartPoint &p : r.points)
        bits.push_back(p.rules);
    return bits;
}

std::vector<int> directionsOf(const ChartResult &r)
{
    std::vector<int> d;
    for (const ChartPoint &p : r.points)
        d.push_back(int(p.direction));
    return d;
}

constexpr int U = int(Direction::Up);
constexpr int D = int(Direction::Down);

bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

} // namespace

TEST_CASE("spc run chart: the centre is the median of odd and even counts", "[spc]")
{
    // 3 1 4 1 5 sorted: 1 1 3 4 5, the middle one is 3.
    ChartResult odd = computeChart(values(ChartType::Run, {3, 1, 4, 1, 5}));
    REQUIRE(odd.points.size() == 5);
    for (const ChartPoint &p : odd.points) {
        CHECK(p.centre == 3);
        CHECK(std::isnan(p.lower));
        CHECK(std::isnan(p.upper));
        CHECK(std::isnan(p.sigma));
    }
    // 3 1 4 1 5 9 sorted: 1 1 3 4 5 9, the mean of the two middle ones is (3 + 4) / 2 = 3.5.
    ChartResult even = computeChart(values(ChartType::Run, {3, 1, 4, 1, 5, 9}));
    CHECK(even.points[0].centre == 3.5);
    CHECK(even.points[5].centre == 3.5);
    // A point without a value is left out: median of 3 1 4 = 3; the empty point still has the
    // phase's centre, and no message (nothing was given for it).
    ChartResult gap = computeChart(values(ChartType::Run, {3, NaN, 1, 4}));
    CHECK(gap.points[1].centre == 3);
    CHECK(std::isnan(gap.points[1].value));
    CHECK(gap.problems.isEmpty());
    CHECK(rulesOf(gap) == std::vector<int>{0, 0, 0, 0});
}

TEST_CASE("spc run chart: a shift of exactly 6 fires, 5 does not", "[spc]")
{
    // Below 5: 4 3 1 4 2 3, above: 6 8 7 9 6 8; sorted 1 2 3 3 4 4 | 6 6 7 8 8 9, median
    // (4 + 6) / 2 = 5. Sides: B B A A A A A A B B B B, a run of 6 above at 2..7. No trend: the
    // longest monotone stretch is 3 6 8.
    ChartResult six = computeChart(values(ChartType::Run, {4, 3, 6, 8, 7, 9, 6, 8, 1, 4, 2, 3}));
    CHECK(six.points[0].centre == 5);
    CHECK(rulesOf(six) == std::vector<int>{0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0});
    CHECK(directionsOf(six) == std::vector<int>{0, 0, U, U, U, U, U, U, 0, 0, 0, 0});
    // The same values with the 1 moved inside: B B A A A A A B A B B B, runs of 5 and 1 above.
    ChartResult five = computeChart(values(ChartType::Run, {4, 3, 6, 8, 7, 9, 6, 1, 8, 4, 2, 3}));
    CHECK(five.points[0].centre == 5);
    CHECK(rulesOf(five) == std::vector<int>(12, 0));
}

TEST_CASE("spc run chart: a point on the median neither counts nor breaks a shift", "[spc]")
{
    // 13 values: 6 below 5 (4 3 1 4 2 3), one 5, 6 above (6 8 7 9 6 8): the median is the 7th
    // sorted value, 5. Sides: B B A A A A A (on) A B B B B: 5 above + 1 on the median + 1 above =
    // 6 counted, a shift at 2..6 and 8; the point on the median (7) is not marked.
    ChartResult r = computeChart(values(ChartType::Run, {4, 3, 6, 8, 7, 9, 6, 5, 8, 1, 4, 2, 3}));
    CHECK(r.points[7].centre == 5);
    CHECK(rulesOf(r) == std::vector<int>{0, 0, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0});
    CHECK(r.points[7].direction == Direction::None);
}

TEST_CASE("spc run chart: trends of 5 with a tie inside fire, 4 do not", "[spc]")
{
    // 5 1 2 3 3 4 6 2: the second 3 equals the one before and is skipped, leaving 1 2 3 4 6 going
    // up at 1 2 3 5 6, 5 points: a trend. Median of 1 2 2 3 3 4 5 6 = 3: no shift.
    ChartResult tie = computeChart(values(ChartType::Run, {5, 1, 2, 3, 3, 4, 6, 2}));
    CHECK(tie.points[0].centre == 3);
    CHECK(rulesOf(tie) == std::vector<int>{0, 2, 2, 2, 0, 2, 2, 0});
    CHECK(directionsOf(tie) == std::vector<int>{0, U, U, U, 0, U, U, 0});
    // 5 1 2 3 4 0: 1 2 3 4 is 4 points going up: no trend.
    ChartResult four = computeChart(values(ChartType::Run, {5, 1, 2, 3, 4, 0}));
    CHECK(rulesOf(four) == std::vector<int>(6, 0));
    // 1 9 8 7 6 5 10: 9 8 7 6 5 going down, 5 points. Median 7: B A A on B B A, no shift.
    ChartResult down = computeChart(values(ChartType::Run, {1, 9, 8, 7, 6, 5, 10}));
    CHECK(rulesOf(down) == std::vector<int>{0, 2, 2, 2, 2, 2, 0});
    CHECK(directionsOf(down) == std::vector<int>{0, D, D, D, D, D, 0});
    // 1 2 3 4 5 4 3 2 1: up at 0..4, down at 4..8. The peak ends one and starts the other and
    // takes the later direction.
    ChartResult peak = computeChart(values(ChartType::Run, {1, 2, 3, 4, 5, 4, 3, 2, 1}));
    CHECK(rulesOf(peak) == std::vector<int>(9, 2));
    CHECK(directionsOf(peak) == std::vector<int>{U, U, U, U, D, D, D, D, D});
}

TEST_CASE("spc I chart: centre, sigma and limits of ten values", "[spc]")
{
    // Sum 10+12+11+14+13+15+12+11+13+9 = 120, mean 12. Moving ranges 2 1 3 1 2 3 1 2 4, sum 19,
    // mean 19/9 = 2.1111; sigma = 19/9/1.128 = 19/10.152 = 1.871552...; limits
    // 12 -/+ 3 * 1.871552 = 6.385343 and 17.614657. No rule fires (2 sigma = 3.743; the farthest
    // point, 15 or 9, is 3 away).
    ChartResult r = computeChart(values(ChartType::I, {10, 12, 11, 14, 13, 15, 12, 11, 13, 9}));
    const double sigma = 19.0 / 10.152;
    for (const ChartPoint &p : r.points) {
        CHECK(p.centre == 12);
        CHECK(p.sigma == Approx(sigma).epsilon(1e-14));
        CHECK(p.sigma == Approx(1.8715524035).epsilon(1e-9));
        CHECK(p.lower == Approx(6.3853427896).epsilon(1e-9));
        CHECK(p.upper == Approx(17.6146572104).epsilon(1e-9));
    }
    CHECK(rulesOf(r) == std::vector<int>(10, 0));
    CHECK(r.problems.isEmpty());
    // Gaps between groups go below zero: 0 5 0 5, mean 2.5, moving ranges 5 5 5, sigma
    // 5/1.128 = 4.432624; the lower limit 2.5 - 13.297872 = -10.797872 is kept.
    ChartResult gaps = computeChart(values(ChartType::I, {0, 5, 0, 5}));
    CHECK(gaps.points[0].lower == Approx(2.5 - 3 * 5 / 1.128).epsilon(1e-14));
    CHECK(gaps.points[0].lower == Approx(-10.7978723404).epsilon(1e-9));
}

TEST_CASE("spc I chart: a point without a value is skipped by the moving ranges", "[spc]")
{
    // 10 NaN 14 12: mean (10+14+12)/3 = 12; moving ranges |14-10| = 4 and |12-14| = 2 (the gap
    // is skipped), mean 3, sigma 3/1.128.
    ChartResult r = computeChart(values(ChartType::I, {10, NaN, 14, 12}));
    CHECK(r.points[1].centre == 12);
    CHECK(r.points[0].sigma == Approx(3 / 1.128).epsilon(1e-14));
    CHECK(std::isnan(r.points[1].value));
}

TEST_CASE("spc P chart: limits per point, clamped at 0 and 1", "[spc]")
{
    // p = (1+4+40+5)/(10+40+400+50) = 50/500 = 0.1. sigma_i = sqrt(0.1*0.9/n) = 0.3/sqrt(n):
    // n=10: 0.0948683, lower 0.1-0.2846 < 0 -> 0, upper 0.3846050; n=40: 0.0474342, lower -> 0,
    // upper 0.2423025; n=400: 0.015, limits 0.055 and 0.145; n=50: 0.0424264, upper 0.2272792.
    ChartResult low = computeChart(ratios(ChartType::P, {{1, 10}, {4, 40}, {40, 400}, {5, 50}}));
    REQUIRE(low.points.size() == 4);
    CHECK(low.points[0].centre == Approx(0.1).epsilon(1e-15));
    CHECK(low.points[0].value == Approx(0.1).epsilon(1e-15));
    CHECK(low.points[0].sigma == Approx(0.3 / std::sqrt(10.0)).epsilon(1e-14));
    CHECK(low.points[0].lower == 0);
    CHECK(low.points[0].upper == Approx(0.3846049894).epsilon(1e-9));
    CHECK(low.points[1].lower == 0);
    CHECK(low.points[1].upper == Approx(0.2423024947).epsilon(1e-9));
    CHECK(low.points[2].sigma == Approx(0.015).epsilon(1e-13));
    CHECK(low.points[2].lower == Approx(0.055).epsilon(1e-13));
    CHECK(low.points[2].upper == Approx(0.145).epsilon(1e-13));
    CHECK(low.points[3].upper == Approx(0.2272792206).epsilon(1e-9));
    // The mirror image: p = 450/500 = 0.9, upper limits clamped at 1 for n = 10, 40, 50 (n=10:
    // lower 0.9 - 0.2846050 = 0.6153950); n=400: 0.855 and 0.945.
    ChartResult high =
        computeChart(ratios(ChartType::P, {{9, 10}, {36, 40}, {360, 400}, {45, 50}}));
    CHECK(high.points[0].centre == Approx(0.9).epsilon(1e-15));
    CHECK(high.points[0].upper == 1);
    CHECK(high.points[0].lower == Approx(0.6153950106).epsilon(1e-9));
    CHECK(high.points[1].upper == 1);
    CHECK(high.points[3].upper == 1);
    CHECK(high.points[2].lower == Approx(0.855).epsilon(1e-13));
    CHECK(high.points[2].upper == Approx(0.945).epsilon(1e-13));
    CHECK(low.problems.isEmpty());
    CHECK(high.problems.isEmpty());
}

TEST_CASE("spc U chart: Poisson limits per point, the lower one clamped at 0", "[spc]")
{
    // u = (2+3+95)/(1+3+96) = 100/100 = 1. sigma_i = sqrt(1/n): n=1: 1, limits 1-3 -> 0 and 4;
    // n=3: 0.5773503, lower -> 0, upper 2.7320508; n=96: 0.1020621, limits 0.6938137 and
    // 1.3061862. Values 2, 1 (exactly on the centre), 95/96 = 0.9895833.
    ChartResult r = computeChart(ratios(ChartType::U, {{2, 1}, {3, 3}, {95, 96}}));
    CHECK(r.points[0].centre == 1);
    CHECK(r.points[0].value == 2);
    CHECK(r.points[0].sigma == 1);
    CHECK(r.points[0].lower == 0);
    CHECK(r.points[0].upper == 4);
    CHECK(r.points[1].lower == 0);
    CHECK(r.points[1].upper == Approx(2.7320508076).epsilon(1e-9));
    CHECK(r.points[2].sigma == Approx(0.1020620726).epsilon(1e-9));
    CHECK(r.points[2].lower == Approx(0.6938137822).epsilon(1e-9));
    CHECK(r.points[2].upper == Approx(1.3061862178).epsilon(1e-9));
    CHECK(rulesOf(r) == std::vector<int>{0, 0, 0});
}

TEST_CASE("spc control rule 1: a point beyond the limits, and a near miss", "[spc]")
{
    // 9 11 9 11 25 11 9 11 9 11: mean 116/10 = 11.6; moving ranges 2 2 2 14 14 2 2 2 2 = 42,
    // mean 42/9 = 4.6667, sigma 4.137116, upper limit 11.6 + 12.411348 = 24.011348 < 25.
    ChartResult up = computeChart(values(ChartType::I, {9, 11, 9, 11, 25, 11, 9, 11, 9, 11}));
    CHECK(up.points[4].upper == Approx(24.0113475177).epsilon(1e-9));
    CHECK(rulesOf(up) == std::vector<int>{0, 0, 0, 0, BeyondLimits, 0, 0, 0, 0, 0});
    CHECK(up.points[4].direction == Direction::Up);
    // The mirror: 11 9 11 9 -5 9 11 9 11 9: mean 8.4, same sigma, lower 8.4 - 12.411348 =
    // -4.011348 > -5.
    ChartResult down = computeChart(values(ChartType::I, {11, 9, 11, 9, -5, 9, 11, 9, 11, 9}));
    CHECK(down.points[4].lower == Approx(-4.0113475177).epsilon(1e-9));
    CHECK(rulesOf(down) == std::vector<int>{0, 0, 0, 0, BeyondLimits, 0, 0, 0, 0, 0});
    CHECK(down.points[4].direction == Direction::Down);
    // Near miss: 20 instead of 25: mean 11.1, moving ranges 2*7 + 9 + 9 = 32, sigma
    // 32/9/1.128 = 3.152088, upper 20.556265 > 20. It is beyond 2 sigma (8.9 > 6.304) but alone
    // in its windows of 3, so rule 4 stays silent too.
    ChartResult miss = computeChart(values(ChartType::I, {9, 11, 9, 11, 20, 11, 9, 11, 9, 11}));
    CHECK(miss.points[4].upper == Approx(20.5562647754).epsilon(1e-9));
    CHECK(rulesOf(miss) == std::vector<int>(10, 0));
}

TEST_CASE("spc control rule 2: 8 on one side of the centre, 7 do not", "[spc]")
{
    // 11 13 11 13 11 13 11 13 | 9 7 9 7 9 7 9: mean 153/15 = 10.2; moving ranges 2*7 + 4 + 2*6 =
    // 30, sigma 30/14/1.128 = 1.899696. 8 above (0..7): a shift; 7 below (8..14): none. Nothing
    // is beyond 2 sigma (3.7994; 13 and 7 are 2.8 and 3.2 away) and no 15 are within 1 sigma.
    ChartResult r =
        computeChart(values(ChartType::I, {11, 13, 11, 13, 11, 13, 11, 13, 9, 7, 9, 7, 9, 7, 9}));
    CHECK(r.points[0].centre == Approx(10.2).epsilon(1e-14));
    CHECK(r.points[0].sigma == Approx(1.8996960486).epsilon(1e-9));
    std::vector<int> expected(15, 0);
    for (int i = 0; i < 8; ++i)
        expected[std::size_t(i)] = Shift;
    CHECK(rulesOf(r) == expected);
    CHECK(r.points[0].direction == Direction::Up);
}

TEST_CASE("spc control rule 2: a point on the centre neither counts nor breaks", "[spc]")
{
    // 11 13 11 13 11 13 11 10 13 7 9 7 9 7 9 6: sum 96 + 10 + 54 = 160 over 16, centre 10 exactly.
    // Above: 0..6 (7 points), then 10 on the centre, then 13: 8 counted, a shift at 0..6 and 8.
    // Below: 9..15, 7 points, none. Moving ranges 12+1+3+6+10+3 = 35, sigma 35/15/1.128 =
    // 2.068558; 2 sigma = 4.137 (6 is 4 away: not beyond).
    ChartResult r = computeChart(
        values(ChartType::I, {11, 13, 11, 13, 11, 13, 11, 10, 13, 7, 9, 7, 9, 7, 9, 6}));
    CHECK(r.points[7].centre == 10);
    CHECK(r.points[0].sigma == Approx(2.0685579196).epsilon(1e-9));
    CHECK(rulesOf(r) == std::vector<int>{1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0});
}

TEST_CASE("spc control rule 3: 6 going the same way, 5 do not", "[spc]")
{
    // 10 8 9 10 11 12 13 9 11 10: up at 1..6 (8 to 13), 6 points: a trend. Mean 10.3, moving
    // ranges 2 1 1 1 1 1 4 2 1 = 14, sigma 14/9/1.128 = 1.379039; 13 is 2.7 from the centre, not
    // beyond 2 sigma (2.758).
    ChartResult six = computeChart(values(ChartType::I, {10, 8, 9, 10, 11, 12, 13, 9, 11, 10}));
    CHECK(six.points[0].sigma == Approx(1.3790386131).epsilon(1e-9));
    CHECK(rulesOf(six) == std::vector<int>{0, 2, 2, 2, 2, 2, 2, 0, 0, 0});
    CHECK(six.points[6].direction == Direction::Up);
    // 10 8 9 10 11 12 11 9 11 10: 8 to 12 is 5 points: none.
    ChartResult five = computeChart(values(ChartType::I, {10, 8, 9, 10, 11, 12, 11, 9, 11, 10}));
    CHECK(rulesOf(five) == std::vector<int>(10, 0));
    // 10 13 12 12 11 10 9 8 11 10: 13 12 (12 skipped) 11 10 9 8 going down, 6 counted at
    // 1 2 4 5 6 7. Mean 10.6, sigma 12/9/1.128 = 1.182033: 13 (2.4 above) and 8 (2.6 below) are
    // beyond 2 sigma (2.364) but each alone in its windows of 3.
    ChartResult tie = computeChart(values(ChartType::I, {10, 13, 12, 12, 11, 10, 9, 8, 11, 10}));
    CHECK(rulesOf(tie) == std::vector<int>{0, 2, 2, 0, 2, 2, 2, 2, 0, 0});
    CHECK(directionsOf(tie) == std::vector<int>{0, D, D, 0, D, D, D, D, 0, 0});
}

TEST_CASE("spc control rule 4: 2 of 3 beyond 2 sigma on one side, 1 of 3 does not", "[spc]")
{
    // 10 11 10 11 10 11 10 11 14 11 14 10 11 10 11: mean 165/15 = 11; moving ranges 1*7 + 3 + 3 +
    // 3 + 3 + 1 + 1 + 1 + 1 = 23, sigma 23/14/1.128 = 1.456434, 2 sigma 2.912867. The 14s are 3
    // above: 2 of the window 8..10, both marked, the 11 between them not.
    ChartResult up = computeChart(
        values(ChartType::I, {10, 11, 10, 11, 10, 11, 10, 11, 14, 11, 14, 10, 11, 10, 11}));
    CHECK(up.points[0].sigma == Approx(1.4564336373).epsilon(1e-9));
    std::vector<int> expected(15, 0);
    expected[8] = expected[10] = TwoOfThree;
    CHECK(rulesOf(up) == expected);
    CHECK(up.points[8].direction == Direction::Up);
    CHECK(up.points[10].direction == Direction::Up);
    // Below: 11 10 11 10 11 10 11 10 7 10 7 11 10 11 10 10: centre 160/16 = 10 exactly (the 10s
    // sit on it), moving ranges 23, sigma 23/15/1.128 = 1.359338, the 7s are 3 > 2.718676 below.
    ChartResult down = computeChart(
        values(ChartType::I, {11, 10, 11, 10, 11, 10, 11, 10, 7, 10, 7, 11, 10, 11, 10, 10}));
    CHECK(down.points[0].centre == 10);
    std::vector<int> expectedDown(16, 0);
    expectedDown[8] = expectedDown[10] = TwoOfThree;
    CHECK(rulesOf(down) == expectedDown);
    CHECK(down.points[10].direction == Direction::Down);
    // Near miss: 12 instead of the second 14: mean 10.866667, sigma 19/14/1.128 = 1.203141,
    // 2 sigma 2.406282; 14 is 3.13 above, 12 only 1.13: 1 of 3.
    ChartResult miss = computeChart(
        values(ChartType::I, {10, 11, 10, 11, 10, 11, 10, 11, 14, 11, 12, 10, 11, 10, 11}));
    CHECK(miss.points[0].sigma == Approx(1.2031408308).epsilon(1e-9));
    CHECK(rulesOf(miss) == std::vector<int>(15, 0));
}

TEST_CASE("spc control rule 5: 15 within 1 sigma, 14 do not", "[spc]")
{
    // 10 11 10 9 (x3) 10 11 10, then 3 17 10: mean 181/18 = 10.055556; moving ranges 14*1 + 7 +
    // 14 + 7 = 42, sigma 42/17/1.128 = 2.190238. The first 15 are at most 1.056 away: inner. The
    // 3 and the 17 are beyond the limits (3.484842 and 16.626269).
    ChartResult r = computeChart(
        values(ChartType::I, {10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10, 3, 17, 10}));
    CHECK(r.points[0].sigma == Approx(2.1902377972).epsilon(1e-9));
    std::vector<int> expected(18, 0);
    for (int i = 0; i < 15; ++i)
        expected[std::size_t(i)] = FifteenInner;
    expected[15] = expected[16] = BeyondLimits;
    CHECK(rulesOf(r) == expected);
    CHECK(r.points[0].direction == Direction::None);
    CHECK(r.points[15].direction == Direction::Down);
    CHECK(r.points[16].direction == Direction::Up);
    // The same with the 15th inner point left out: 14 inner, then 3 (beyond: lower limit
    // 3.077441) and 17 (upper limit 17.040207, inside).
    ChartResult miss = computeChart(
        values(ChartType::I, {10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 3, 17, 10}));
    std::vector<int> expectedMiss(17, 0);
    expectedMiss[14] = BeyondLimits;
    CHECK(rulesOf(miss) == expectedMiss);
}

TEST_CASE("spc boundaries: on a limit, at 2 sigma or at 1 sigma is not beyond", "[spc]")
{
    // U: u = (4 + 0)/(1 + 3) = 1; n=1: sigma 1, upper limit exactly 4 = the value: not beyond.
    ChartResult limit = computeChart(ratios(ChartType::U, {{4, 1}, {0, 3}}));
    CHECK(limit.points[0].upper == 4);
    CHECK(limit.points[0].value == 4);
    CHECK(rulesOf(limit) == std::vector<int>{0, 0});
    // P: 4/4 4/4 0/4 0/4, p = 8/16 = 0.5, sigma sqrt(0.25/4) = 0.25: the 1s are exactly 2 sigma
    // above (0.5 = 2 * 0.25) and on the upper limit (clamped at 1): nothing fires.
    ChartResult two = computeChart(ratios(ChartType::P, {{4, 4}, {4, 4}, {0, 4}, {0, 4}}));
    CHECK(two.points[0].sigma == 0.25);
    CHECK(two.points[0].upper == 1);
    CHECK(rulesOf(two) == std::vector<int>{0, 0, 0, 0});
    // P: 1/4 3/4 alternating 16 times, p = 0.5, sigma 0.25: every point exactly 1 sigma away,
    // none within it.
    std::vector<std::pair<double, double>> edge;
    for (int i = 0; i < 16; ++i)
        edge.emplace_back(i % 2 ? 3 : 1, 4);
    ChartResult one = computeChart(ratios(ChartType::P, edge));
    CHECK(one.points[0].centre == 0.5);
    CHECK(rulesOf(one) == std::vector<int>(16, 0));
    // All 16 at 2/4, on the centre (0 away, the centre neither counts nor breaks a shift):
    // within 1 sigma, a run of 16.
    for (auto &pair : edge)
        pair.first = 2;
    CHECK(rulesOf(computeChart(ratios(ChartType::P, edge))) == std::vector<int>(16, FifteenInner));
}

TEST_CASE("spc phases: each has its own centre and no run crosses a boundary", "[spc]")
{
    // Phase 0: 10 12 14 (mean 12, moving ranges 2 2, sigma 2/1.128); phase 1 from 2025-04:
    // 20 22 24 (mean 22, the same sigma). The jump 14 -> 20 is no moving range.
    ChartResult i = computeChart(values(ChartType::I, {10, 12, 14, 20, 22, 24}, {"2025-04"}));
    CHECK(i.points[2].centre == 12);
    CHECK(i.points[3].centre == 22);
    CHECK(i.points[0].sigma == Approx(2 / 1.128).epsilon(1e-14));
    CHECK(i.points[5].sigma == Approx(2 / 1.128).epsilon(1e-14));
    std::vector<int> phases;
    for (const ChartPoint &p : i.points)
        phases.push_back(p.phase);
    CHECK(phases == std::vector<int>{0, 0, 0, 1, 1, 1});

    // Run chart 1 2 3 9 8 9 | 9 8 9 1 2 3: in one phase the median is 5.5 and 9 8 9 9 8 9 is a
    // shift of 6; split at 2025-07 each phase has median (3 + 8) / 2 = 5.5 and only 3 above.
    const std::vector<double> xs{1, 2, 3, 9, 8, 9, 9, 8, 9, 1, 2, 3};
    ChartResult whole = computeChart(values(ChartType::Run, xs));
    CHECK(rulesOf(whole) == std::vector<int>{0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0});
    ChartResult split = computeChart(values(ChartType::Run, xs, {"2025-07"}));
    CHECK(split.points[0].centre == 5.5);
    CHECK(split.points[11].centre == 5.5);
    CHECK(rulesOf(split) == std::vector<int>(12, 0));

    // A start before every point leaves phase 0 empty; a day start puts its month before it
    // ("2025-02" < "2025-02-15"); the same start twice leaves a phase with no points.
    ChartResult days = computeChart(
        values(ChartType::Run, {1, 2, 3, 4}, {"2024-12", "2025-02-15", "2025-03", "2025-03"}));
    phases.clear();
    for (const ChartPoint &p : days.points)
        phases.push_back(p.phase);
    CHECK(phases == std::vector<int>{1, 1, 4, 4});
    CHECK(days.points[1].centre == 1.5);
    CHECK(days.points[2].centre == 3.5);
}

TEST_CASE("spc zero denominators: a message, no value, the neighbours computed", "[spc]")
{
    // P: p = (1 + 2)/(10 + 10) = 0.15 without the zero; sigma sqrt(0.15*0.85/10) = 0.1129159,
    // upper 0.15 + 0.3387477 = 0.4887477, lower clamped at 0.
    ChartResult p = computeChart(ratios(ChartType::P, {{1, 10}, {3, 0}, {2, 10}}));
    CHECK(p.problems
          == QStringList{QStringLiteral("2025-02: the denominator is 0, so the point has no rate "
                                        "and is left out of the chart")});
    CHECK(std::isnan(p.points[1].value));
    CHECK(p.points[1].centre == Approx(0.15).epsilon(1e-15));
    CHECK(std::isnan(p.points[1].sigma));
    CHECK(std::isnan(p.points[1].upper));
    CHECK(p.points[1].denominator == 0);
    CHECK(p.points[1].numerator == 3);
    CHECK(p.points[0].upper == Approx(0.4887476937).epsilon(1e-9));
    CHECK(p.points[2].lower == 0);

    // U with a missing denominator: the same kind of message.
    ChartResult u = computeChart(ratios(ChartType::U, {{1, 2}, {3, NaN}, {2, 2}}));
    CHECK(u.problems
          == QStringList{QStringLiteral("2025-02: the denominator is missing, so the point has no "
                                        "rate and is left out of the chart")});
    CHECK(u.points[0].centre == 0.75);

    // A run chart of ratios with 0 as a denominator in the middle of a shift: 1 2 9 8 9 _ 8 9 8
    // 1 2 1 3, the 12 values have median (3 + 8)/2 = 5.5 and 9 8 9 _ 8 9 8 is 6 above with the
    // gap skipped.
    ChartResult run = computeChart(ratios(ChartType::Run, {{1, 1},
                                                           {2, 1},
                                                           {9, 1},
                                                           {8, 1},
                                                           {9, 1},
                                                           {5, 0},
                                                           {8, 1},
                                                           {9, 1},
                                                           {8, 1},
                                                           {1, 1},
                                                           {2, 1},
                                                           {1, 1},
                                                           {3, 1}}));
    CHECK(run.points[0].centre == 5.5);
    CHECK(rulesOf(run) == std::vector<int>{0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0});
    CHECK(run.problems
          == QStringList{QStringLiteral("2025-06: the denominator is 0, so the point has no rate "
                                        "and is left out of the chart")});
}

TEST_CASE("spc P chart: a numerator above its denominator and negative counts", "[spc]")
{
    ChartResult r = computeChart(ratios(ChartType::P, {{1, 10}, {12, 10}, {3, 10}, {-1, 10}}));
    CHECK(
        r.problems
        == QStringList{QStringLiteral("2025-02: the numerator (12) is above the denominator (10), "
                                      "so the point is not a proportion and is left out of the "
                                      "chart"),
                       QStringLiteral("2025-04: the numerator is negative (-1), so the point is "
                                      "left out of the chart")});
    CHECK(std::isnan(r.points[1].value));
    CHECK(std::isnan(r.points[3].value));
    // p = (1 + 3)/(10 + 10) = 0.2.
    CHECK(r.points[0].centre == Approx(0.2).epsilon(1e-15));
    // On a U chart a count above its exposure is an ordinary rate.
    ChartResult u = computeChart(ratios(ChartType::U, {{12, 10}}));
    CHECK(u.problems.isEmpty());
    CHECK(u.points[0].value == 1.2);
}

TEST_CASE("spc non-finite and missing inputs never crash", "[spc]")
{
    const double inf = std::numeric_limits<double>::infinity();
    ChartResult r = computeChart(values(ChartType::I, {1, inf, NaN, 3, -inf}));
    CHECK(r.problems
          == QStringList{QStringLiteral("2025-02: the value is not a finite number, so the point "
                                        "is left out of the chart"),
                         QStringLiteral("2025-05: the value is not a finite number, so the point "
                                        "is left out of the chart")});
    CHECK(r.points[0].centre == 2);
    CHECK(r.points[0].sigma == Approx(2 / 1.128).epsilon(1e-14));
    ChartResult p = computeChart(ratios(ChartType::P, {{inf, 10}, {1, inf}, {NaN, 5}, {1, 4}}));
    CHECK(p.problems.size() == 3);
    CHECK(p.problems[2]
          == QStringLiteral("2025-03: the numerator is missing, so the point has no rate and is "
                            "left out of the chart"));
    CHECK(p.points[3].centre == 0.25);
    // A P chart given only values: it needs the counts.
    ChartResult only = computeChart(values(ChartType::P, {0.5}));
    CHECK(only.problems
          == QStringList{QStringLiteral("2025-01: a P or U chart needs a numerator and a "
                                        "denominator, so the point is left out of the chart")});
    // Nothing with a value at all.
    ChartResult none = computeChart(values(ChartType::U, {NaN, NaN}));
    CHECK(std::isnan(none.points[0].centre));
    CHECK(none.problems.isEmpty());
}

TEST_CASE("spc empty input and single points", "[spc]")
{
    for (ChartType t : {ChartType::Run, ChartType::I, ChartType::P, ChartType::U}) {
        ChartResult r = computeChart(values(t, {}));
        CHECK(r.type == t);
        CHECK(r.points.empty());
        CHECK(r.problems.isEmpty());
        CHECK(latestVerdict(r, Better::Higher) == Verdict::NoSignal);
    }
    ChartResult run = computeChart(values(ChartType::Run, {7}));
    CHECK(run.points[0].centre == 7);
    CHECK(run.points[0].rules == NoRule);
    CHECK(run.problems.isEmpty());
    ChartResult i = computeChart(values(ChartType::I, {7}));
    CHECK(i.points[0].centre == 7);
    CHECK(std::isnan(i.points[0].sigma));
    CHECK(std::isnan(i.points[0].lower));
    CHECK(std::isnan(i.points[0].upper));
    CHECK(i.problems
          == QStringList{QStringLiteral("The phase from 2025-01 has only one point with a value: "
                                        "an I chart needs at least 2 points for limits")});
    // Two phases, the second with nothing to chart.
    ChartResult empty = computeChart(values(ChartType::I, {7, 8, NaN}, {"2025-03"}));
    CHECK(empty.problems
          == QStringList{QStringLiteral("The phase from 2025-03 has no point with a value: an I "
                                        "chart needs at least 2 points for limits")});
    // One P point has limits: p = 0.5, sigma sqrt(0.25/4) = 0.25, limits 0 (clamped) and 1.
    ChartResult p = computeChart(ratios(ChartType::P, {{2, 4}}));
    CHECK(p.points[0].sigma == 0.25);
    CHECK(p.points[0].lower == 0);
    CHECK(p.points[0].upper == 1);
}

TEST_CASE("spc latestVerdict: the most recent signal of the last phase", "[spc]")
{
    // Shift up at 2..7 (the first run-chart series above).
    ChartResult up = computeChart(values(ChartType::Run, {4, 3, 6, 8, 7, 9, 6, 8, 1, 4, 2, 3}));
    CHECK(latestVerdict(up, Better::Higher) == Verdict::Improving);
    CHECK(latestVerdict(up, Better::Lower) == Verdict::Deteriorating);
    CHECK(latestVerdict(up, Better::Unspecified) == Verdict::Signal);
    // A trend down after it (the values 1 9 8 7 6 5 10 in a new phase): the latest wins.
    ChartResult later = computeChart(values(
        ChartType::Run, {4, 3, 6, 8, 7, 9, 6, 8, 1, 4, 2, 3, 1, 9, 8, 7, 6, 5, 10}, {"2026-01"}));
    CHECK(later.points[17].direction == Direction::Down);
    CHECK(latestVerdict(later, Better::Higher) == Verdict::Deteriorating);
    CHECK(latestVerdict(later, Better::Lower) == Verdict::Improving);
    // The signal is in an earlier phase only: nothing to say about the current one.
    ChartResult old = computeChart(
        values(ChartType::Run, {4, 3, 6, 8, 7, 9, 6, 8, 1, 4, 2, 3, 5, 1, 6}, {"2026-01"}));
    CHECK(latestVerdict(old, Better::Higher) == Verdict::NoSignal);
    // FifteenInner is no signal of a change.
    ChartResult inner = computeChart(
        values(ChartType::I, {10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10, 3, 17, 10}));
    CHECK(latestVerdict(inner, Better::Higher) == Verdict::Improving); // the 17 beyond the limit
    inner.points[16].rules = NoRule;
    inner.points[15].rules = NoRule;
    CHECK(latestVerdict(inner, Better::Higher) == Verdict::NoSignal);
}

TEST_CASE("spc names of rules and chart types", "[spc]")
{
    CHECK(ruleName(Shift) == QStringLiteral("shift"));
    CHECK(ruleName(Trend) == QStringLiteral("trend"));
    CHECK(ruleName(BeyondLimits) == QStringLiteral("beyond-limits"));
    CHECK(ruleName(TwoOfThree) == QStringLiteral("two-of-three"));
    CHECK(ruleName(FifteenInner) == QStringLiteral("fifteen-inner"));
    CHECK(ruleNames(NoRule).isEmpty());
    CHECK(ruleNames(FifteenInner | Trend | Shift) == QStringLiteral("shift;trend;fifteen-inner"));
    CHECK(ruleNames(31) == QStringLiteral("shift;trend;beyond-limits;two-of-three;fifteen-inner"));
    for (ChartType t : {ChartType::Run, ChartType::I, ChartType::P, ChartType::U}) {
        ChartType parsed = ChartType::Run;
        REQUIRE(parseChartType(chartTypeName(t), parsed));
        CHECK(parsed == t);
    }
    CHECK(chartTypeName(ChartType::I) == QStringLiteral("i"));
    ChartType t = ChartType::U;
    // The file's words exactly, as every word of the format: callers fold case themselves.
    CHECK_FALSE(parseChartType(QStringLiteral(" P "), t));
    CHECK(parseChartType(QStringLiteral("p"), t));
    CHECK(t == ChartType::P);
    CHECK_FALSE(parseChartType(QStringLiteral("xmr"), t));
    CHECK(t == ChartType::P);
}

namespace {

// A fixed-seed linear congruential generator (Knuth's MMIX constants): the same series on every
// machine and compiler.
struct Lcg
{
    std::uint64_t state;
    std::uint32_t next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return std::uint32_t(state >> 33);
    }
    int below(int n) { return int(next() % std::uint32_t(n)); }
};

// Every definition of docs/charts.md written the slow, obvious way: windows instead of runs,
// a sort for the median, a linear scan for the phase. Independent of model/spc.cpp.
struct Naive
{
    std::vector<double> value, centre, lower, upper, sigma;
    std::vector<int> phase, rules, direction;
};

Naive naive(const ChartInput &in)
{
    const int n = int(in.observations.size());
    Naive r;
    r.value.assign(std::size_t(n), NaN);
    r.centre = r.lower = r.upper = r.sigma = r.value;
    r.phase.assign(std::size_t(n), 0);
    r.rules.assign(std::size_t(n), 0);
    r.direction.assign(std::size_t(n), 0);
    const bool control = in.type != ChartType::Run;
    for (int i = 0; i < n; ++i) {
        const Observation &o = in.observations[std::size_t(i)];
        double v = NaN;
        if (in.type == ChartType::Run || in.type == ChartType::I) {
            v = std::isfinite(o.value) ? o.value : NaN;
        } else if (std::isfinite(o.numerator) && std::isfinite(o.denominator) && o.denominator > 0
                   && o.numerator >= 0
                   && (in.type == ChartType::U || o.numerator <= o.denominator)) {
            v = o.numerator / o.denominator;
        }
        r.value[std::size_t(i)] = v;
        for (const QString &s : in.phaseStarts) {
            if (s <= o.period)
                ++r.phase[std::size_t(i)];
        }
    }
    std::vector<int> dirBeyond(std::size_t(n), 0), dirTwo(std::size_t(n), 0),
        dirShift(std::size_t(n), 0), dirTrend(std::size_t(n), 0);
    const auto val = [&](int k) { return r.value[std::size_t(k)]; };
    int begin = 0;
    while (begin < n) {
        int end = begin;
        while (end < n && r.phase[std::size_t(end)] == r.phase[std::size_t(begin)])
            ++end;
        std::vector<int> pts; // points with a value
        for (int k = begin; k < end; ++k) {
            if (!std::isnan(val(k)))
                pts.push_back(k);
        }
        if (pts.empty()) {
            begin = end;
            continue;
        }
        double c = NaN;
        double sigmaI = NaN;
        if (in.type == ChartType::Run) {
            std::vector<double> s;
            for (int k : pts)
                s.push_back(val(k));
            std::sort(s.begin(), s.end());
            const std::size_t m = s.size();
            c = m % 2 ? s[m / 2] : (s[m / 2 - 1] + s[m / 2]) / 2;
        } else if (in.type == ChartType::I) {
            double sum = 0;
            for (int k : pts)
                sum += val(k);
            c = sum / double(pts.size());
            if (pts.size() > 1) {
                double mr = 0;
                for (std::size_t j = 1; j < pts.size(); ++j)
                    mr += std::abs(val(pts[j]) - val(pts[j - 1]));
                sigmaI = mr / double(pts.size() - 1) / 1.128;
            }
        } else {
            double a = 0;
            double b = 0;
            for (int k : pts) {
                a += in.observations[std::size_t(k)].numerator;
                b += in.observations[std::size_t(k)].denominator;
            }
            c = a / b;
        }
        for (int k = begin; k < end; ++k) {
            r.centre[std::size_t(k)] = c;
            double s = NaN;
            if (in.type == ChartType::I)
                s = sigmaI;
            else if (!std::isnan(val(k)) && in.type == ChartType::P)
                s = std::sqrt(c * (1 - c) / in.observations[std::size_t(k)].denominator);
            else if (!std::isnan(val(k)) && in.type == ChartType::U)
                s = std::sqrt(c / in.observations[std::size_t(k)].denominator);
            r.sigma[std::size_t(k)] = s;
            if (std::isnan(s))
                continue;
            double lo = c - 3 * s;
            double hi = c + 3 * s;
            if (in.type != ChartType::I)
                lo = std::max(lo, 0.0);
            if (in.type == ChartType::P)
                hi = std::min(hi, 1.0);
            r.lower[std::size_t(k)] = lo;
            r.upper[std::size_t(k)] = hi;
        }
        const auto markWindow = [&](const std::vector<int> &w, Rule rule, int d,
                                    std::vector<int> *dirs) {
            for (int k : w) {
                r.rules[std::size_t(k)] |= rule;
                if (dirs)
                    (*dirs)[std::size_t(k)] = d;
            }
        };
        // Shift: every window of L consecutive points off the centre, all on one side.
        const int shiftLength = control ? 8 : 6;
        std::vector<int> off;
        for (int k : pts) {
            if (val(k) != c)
                off.push_back(k);
        }
        for (std::size_t j = 0; j + std::size_t(shiftLength) <= off.size(); ++j) {
            std::vector<int> w(off.begin() + std::ptrdiff_t(j),
                               off.begin() + std::ptrdiff_t(j) + shiftLength);
            int above = 0;
            for (int k : w)
                above += val(k) > c;
            if (above == shiftLength || above == 0)
                markWindow(w, Shift, above ? U : D, &dirShift);
        }
        // Trend: every window of L consecutive points, ties with the one before removed, each
        // above (or each below) the one before it; later windows overwrite the direction.
        const int trendLength = control ? 6 : 5;
        std::vector<int> untied;
        for (std::size_t j = 0; j < pts.size(); ++j) {
            if (j == 0 || val(pts[j]) != val(pts[j - 1]))
                untied.push_back(pts[j]);
        }
        for (std::size_t j = 0; j + std::size_t(trendLength) <= untied.size(); ++j) {
            std::vector<int> w(untied.begin() + std::ptrdiff_t(j),
                               untied.begin() + std::ptrdiff_t(j) + trendLength);
            int ups = 0;
            for (std::size_t q = 1; q < w.size(); ++q)
                ups += val(w[q]) > val(w[q - 1]);
            if (ups == trendLength - 1 || ups == 0)
                markWindow(w, Trend, ups ? U : D, &dirTrend);
        }
        if (control && !std::isnan(r.sigma[std::size_t(pts[0])])) {
            for (int k : pts) {
                if (val(k) > r.upper[std::size_t(k)] || val(k) < r.lower[std::size_t(k)])
                    markWindow({k}, BeyondLimits, val(k) > c ? U : D, &dirBeyond);
            }
            for (std::size_t j = 0; j + 3 <= pts.size(); ++j) {
                for (int side : {1, -1}) {
                    std::vector<int> beyond;
                    for (std::size_t q = j; q < j + 3; ++q) {
                        const int k = pts[q];
                        if (side * (val(k) - c) > 2 * r.sigma[std::size_t(k)])
                            beyond.push_back(k);
                    }
                    if (beyond.size() >= 2)
                        markWindow(beyond, TwoOfThree, side > 0 ? U : D, &dirTwo);
                }
            }
            for (std::size_t j = 0; j + 15 <= pts.size(); ++j) {
                std::vector<int> w(pts.begin() + std::ptrdiff_t(j),
                                   pts.begin() + std::ptrdiff_t(j) + 15);
                bool inner = true;
                for (int k : w)
                    inner = inner && std::abs(val(k) - c) < r.sigma[std::size_t(k)];
                if (inner)
                    markWindow(w, FifteenInner, 0, nullptr);
            }
        }
        begin = end;
    }
    for (int k = 0; k < n; ++k) {
        const std::size_t i = std::size_t(k);
        r.direction[i] = dirBeyond[i] ? dirBeyond[i]
                       : dirTwo[i]    ? dirTwo[i]
                       : dirShift[i]  ? dirShift[i]
                                      : dirTrend[i];
    }
    return r;
}

// 2,000 days from 2020-01-01 with level shifts, ramps, quiet stretches, ties, gaps and bad
// counts injected, and phase starts at random places (one a month, one repeated, one before
// every point).
ChartInput generated(ChartType type, std::uint64_t seed)
{
    Lcg lcg{seed};
    ChartInput in;
    in.type = type;
    const QDate first(2020, 1, 1);
    double level = 0;
    int ramp = 0;
    int quiet = 0;
    for (int i = 0; i < 2000; ++i) {
        Observation o;
        o.period = first.addDays(i).toString(Qt::ISODate);
        if (lcg.below(60) == 0)
            level = double(lcg.below(5) - 2); // a shift of the process
        if (ramp == 0 && lcg.below(80) == 0)
            ramp = 8;
        if (quiet == 0 && lcg.below(150) == 0)
            quiet = 20;
        double noise = double(lcg.below(quiet > 0 ? 2 : 9)) - (quiet > 0 ? 0 : 4);
        if (ramp > 0)
            noise = double(8 - ramp) * 2 - 6;
        ramp = std::max(0, ramp - 1);
        quiet = std::max(0, quiet - 1);
        const int gap = lcg.below(100);
        if (type == ChartType::Run || type == ChartType::I) {
            o.value = 20 + 3 * level + noise;
            if (gap == 0)
                o.value = NaN;
            else if (gap == 1)
                o.value = std::numeric_limits<double>::infinity();
        } else {
            const double n = double(lcg.below(type == ChartType::P ? 60 : 30));
            const double rate = type == ChartType::P ? 0.3 + 0.06 * level : 4 + level;
            double count = std::max(0.0, std::floor(n * rate + noise * (quiet ? 0.1 : 1) + 0.5));
            if (type == ChartType::P)
                count = std::min(count, n);
            if (gap == 0)
                count = n + 1; // above the denominator: bad on P, a rate on U
            else if (gap == 1)
                count = -1;
            o.numerator = count;
            o.denominator = n; // 0 about once in 60 (P) or 30 (U)
        }
        in.observations.push_back(o);
    }
    in.phaseStarts << QStringLiteral("2019-12") << QStringLiteral("2021-06");
    for (int s = 0; s < 6; ++s)
        in.phaseStarts << first.addDays(lcg.below(2000)).toString(Qt::ISODate);
    in.phaseStarts << in.phaseStarts.last();
    std::sort(in.phaseStarts.begin(), in.phaseStarts.end());
    return in;
}

} // namespace

TEST_CASE("spc generated series agree with a naive recomputation", "[spc]")
{
    for (ChartType type : {ChartType::Run, ChartType::I, ChartType::P, ChartType::U}) {
        for (std::uint64_t seed : {1u, 2u, 3u}) {
            INFO("chart " << chartTypeName(type).toStdString() << ", seed " << seed);
            const ChartInput in = generated(type, seed);
            const ChartResult got = computeChart(in);
            const Naive want = naive(in);
            REQUIRE(got.points.size() == in.observations.size());
            int fired[32] = {};
            int mismatches = 0;
            for (std::size_t i = 0; i < got.points.size(); ++i) {
                const ChartPoint &p = got.points[i];
                const bool ok = same(p.value, want.value[i]) && same(p.centre, want.centre[i])
                             && same(p.sigma, want.sigma[i]) && same(p.lower, want.lower[i])
                             && same(p.upper, want.upper[i]) && p.phase == want.phase[i]
                             && p.rules == want.rules[i] && int(p.direction) == want.direction[i];
                if (!ok && ++mismatches <= 5) {
                    INFO("point " << i << " " << p.period.toStdString() << " value " << p.value
                                  << " centre " << p.centre << "/" << want.centre[i] << " sigma "
                                  << p.sigma << "/" << want.sigma[i] << " rules " << int(p.rules)
                                  << "/" << want.rules[i] << " direction " << int(p.direction)
                                  << "/" << want.direction[i]);
                    CHECK(ok);
                }
                for (int bit = 0; bit < 5; ++bit)
                    fired[bit] += (p.rules >> bit) & 1;
            }
            CHECK(mismatches == 0);
            // The series exercise every rule of the chart type, so the comparison is not idle.
            CHECK(fired[0] > 0);
            CHECK(fired[1] > 0);
            if (type != ChartType::Run) {
                CHECK(fired[2] > 0);
                CHECK(fired[3] > 0);
                CHECK(fired[4] > 0);
            }
            CHECK(got.points.back().phase >= 3);
            if (type != ChartType::Run && type != ChartType::I)
                CHECK(got.problems.size() > 10);
        }
    }
}

TEST_CASE("spc computeChart is linear in the number of points", "[spc]")
{
    // 100 measures x 5 strata x 120 points, as after an edit.
    std::vector<ChartInput> lines;
    for (int m = 0; m < 500; ++m) {
        ChartInput in = generated(ChartType(m % 4), std::uint64_t(m + 10));
        in.observations.resize(120);
        lines.push_back(in);
    }
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    std::size_t points = 0;
    for (const ChartInput &in : lines)
        points += computeChart(in).points.size();
    const auto ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    WARN("500 lines of 120 points: " << ms << " ms");
    CHECK(points == 60000);
    // One line of 400,000 points: a quadratic scan would take minutes, a linear one well under
    // a second even in a debug build with sanitizers.
    ChartInput big = generated(ChartType::I, 99);
    const std::vector<Observation> block = big.observations;
    big.phaseStarts.clear();
    big.observations.clear();
    for (int copy = 0; copy < 200; ++copy) {
        for (Observation o : block) {
            o.period = QStringLiteral("%1-%2").arg(copy, 4, 10, QLatin1Char('0')).arg(o.period);
            big.observations.push_back(o);
        }
    }
    const auto bigStart = Clock::now();
    const ChartResult r = computeChart(big);
    const auto bigMs = std::chrono::duration<double, std::milli>(Clock::now() - bigStart).count();
    WARN("one line of 400,000 points: " << bigMs << " ms");
    CHECK(r.points.size() == 400000);
    CHECK(bigMs < 20000);
}
