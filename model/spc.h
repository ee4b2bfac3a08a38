#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <vector>

// Statistical process control for one line of a chart: centre, limits and the rules that fire,
// exactly as docs/charts.md defines them. Pure functions on plain values, so the rules can be
// tested on hand-computed series and recomputed by anyone from the CSV the chart writes.
namespace kdd::spc {

enum class ChartType {
    Run, // centre = median; shift and trend rules
    I,   // individuals (XmR): centre = mean, sigma = mean moving range / 1.128
    P,   // proportion: numerator / denominator, binomial limits per point, clamped to [0, 1]
    U,   // rate: count / exposure, Poisson limits per point, lower limit clamped at 0
};

// Which way is better for the measure: a signal is then an improvement or a deterioration.
enum class Better { Unspecified, Higher, Lower };

// The rules, as bits of ChartPoint::rules. Names (ruleName) are the words of the chart CSV.
enum Rule : std::uint8_t {
    NoRule = 0,
    Shift = 1,        // run chart: 6+ on one side of the median; control: 8+ on one side of centre
    Trend = 2,        // run chart: 5+ all up or all down; control: 6 all up or all down
    BeyondLimits = 4, // control: a point outside the limits
    TwoOfThree = 8,   // control: 2 of 3 consecutive beyond 2 sigma on the same side
    FifteenInner = 16 // control: 15 consecutive within 1 sigma of the centre
};

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// The numbers of the rules (docs/charts.md), for the engine, its tests and the chart's legend.
constexpr int RunShiftLength = 6;       // run chart: points on one side of the median
constexpr int RunTrendLength = 5;       // run chart: points all going up or all going down
constexpr int ControlShiftLength = 8;   // control charts: points on one side of the centre
constexpr int ControlTrendLength = 6;   // control charts: points all going up or all going down
constexpr int InnerRunLength = 15;      // control charts: points within 1 sigma of the centre
constexpr double MovingRangeD2 = 1.128; // I chart: sigma = mean moving range / d2 (n = 2)

// One period of one line. For P and U charts numerator and denominator are used (value is
// numerator / denominator); for run and I charts `value` is used, or numerator / denominator
// when only those are given.
struct Observation
{
    QString period; // "YYYY-MM" or "YYYY-MM-DD"; observations are given in period order
    double value = NaN;
    double numerator = NaN;
    double denominator = NaN;
};

struct ChartInput
{
    ChartType type = ChartType::Run;
    Better better = Better::Unspecified;
    std::vector<Observation> observations; // sorted by period, one per period
    // Periods from which centre and limits are recomputed (phase starts), sorted. An observation
    // whose period is >= a phase start (string comparison of ISO periods, month "2025-07" before
    // day "2025-07-01") belongs to that phase; rules never run across a phase boundary.
    QStringList phaseStarts;
};

// Which way the points a rule marks went.
enum class Direction : std::uint8_t { None, Up, Down };

struct ChartPoint
{
    QString period;
    double value = NaN;       // NaN when the point has no value (zero denominator, missing)
    double numerator = NaN;   // as given
    double denominator = NaN; // as given
    double centre = NaN;
    double lower = NaN; // NaN for run charts, and where limits cannot be computed
    double upper = NaN;
    double sigma = NaN; // this point's sigma (per point for P and U)
    int phase = 0;      // index of the phase the point belongs to (0 before the first start)
    std::uint8_t rules = NoRule;           // Rule bits that fire at this point
    Direction direction = Direction::None; // of the Shift/Trend/BeyondLimits/TwoOfThree that fired
};

struct ChartResult
{
    ChartType type = ChartType::Run;
    std::vector<ChartPoint> points; // one per observation, same order
    // Plain-language problems (translated): zero denominators, a numerator above its denominator
    // on a P chart, too few points for limits. Never fatal: the affected points have no value.
    QStringList problems;
};

ChartResult computeChart(const ChartInput &input);

// What the latest signal of a line says, for badges and the equity lens: the signal of the most
// recent point of the last phase at which Shift, Trend, BeyondLimits or TwoOfThree fires.
enum class Verdict { NoSignal, Improving, Deteriorating, Signal /* better is unspecified */ };
Verdict latestVerdict(const ChartResult &result, Better better);

QString ruleName(Rule rule);           // "shift", "trend", "beyond-limits", ...
QString ruleNames(std::uint8_t rules); // the fired rules joined by ';', in Rule order
QString chartTypeName(ChartType type); // "run", "i", "p", "u"
bool parseChartType(const QString &word, ChartType &type);

} // namespace kdd::spc
