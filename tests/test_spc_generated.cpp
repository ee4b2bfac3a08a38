// The chart engine against a naive recomputation of every definition of docs/charts.md on long
// generated series, and its cost.
#include "catchqt.h"

#include "model/spc.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

using namespace kdd::spc;

namespace {

constexpr int U = int(Direction::Up);
constexpr int D = int(Direction::Down);

bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

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

TEST_CASE("spc computeChart handles 500 lines after an edit and one line of 400,000 points",
          "[spc]")
{
    // 100 measures x 5 strata x 120 points, as after an edit (timed by bench/chartbench.cpp).
    std::vector<ChartInput> lines;
    for (int m = 0; m < 500; ++m) {
        ChartInput in = generated(ChartType(m % 4), std::uint64_t(m + 10));
        in.observations.resize(120);
        lines.push_back(in);
    }
    std::size_t points = 0;
    for (const ChartInput &in : lines)
        points += computeChart(in).points.size();
    CHECK(points == 60000);
    // One line of 400,000 points: a quadratic scan would run into CTest's time-out, a linear one
    // takes well under a second. The shape of the copies is kept: the centre of 200 copies of a
    // block is the block's own mean, and every copy's points keep their values.
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
    const ChartResult r = computeChart(big);
    REQUIRE(r.points.size() == 400000);
    double sum = 0;
    int values = 0;
    for (const Observation &o : block) {
        if (std::isfinite(o.value)) {
            sum += o.value;
            ++values;
        }
    }
    REQUIRE(values > 0);
    CHECK(r.points.front().centre == Approx(sum / values).epsilon(1e-9));
    const double last = block.back().value;
    if (std::isfinite(last))
        CHECK(r.points.back().value == last);
}
