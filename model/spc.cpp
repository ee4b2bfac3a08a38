#include "spc.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace kdd::spc {

namespace {

// Problems name the period and say what happens to the point, so a reader of the chart knows why
// a point is missing without opening the data.
void addProblem(QStringList &problems, const QString &text) { problems.push_back(text); }

QString number(double v) { return QString::number(v, 'g', 12); }

// The rate numerator / denominator of a P or U chart point (or of a run or I chart point given
// as a ratio), or NaN with the reason added to `problems`. `counts` is true for P and U charts,
// whose numerators are counts and cannot be negative; `proportion` for P charts.
double rate(const Observation &o, bool counts, bool proportion, QStringList &problems)
{
    const double num = o.numerator;
    const double den = o.denominator;
    if (std::isinf(num) || std::isinf(den)) {
        addProblem(problems, QCoreApplication::translate(
                                 "kdd::spc", "%1: the numerator or the denominator is not a finite "
                                             "number, so the point is left out of the chart")
                                 .arg(o.period));
        return NaN;
    }
    if (std::isnan(den)) {
        addProblem(problems, QCoreApplication::translate(
                                 "kdd::spc", "%1: the denominator is missing, so the point has no "
                                             "rate and is left out of the chart")
                                 .arg(o.period));
        return NaN;
    }
    if (den == 0) {
        addProblem(problems, QCoreApplication::translate(
                                 "kdd::spc", "%1: the denominator is 0, so the point has no rate "
                                             "and is left out of the chart")
                                 .arg(o.period));
        return NaN;
    }
    if (std::isnan(num)) {
        addProblem(problems, QCoreApplication::translate(
                                 "kdd::spc", "%1: the numerator is missing, so the point has no "
                                             "rate and is left out of the chart")
                                 .arg(o.period));
        return NaN;
    }
    if (den < 0) {
        addProblem(problems, QCoreApplication::translate(
                                 "kdd::spc", "%1: the denominator is negative (%2), so the point "
                                             "is left out of the chart")
                                 .arg(o.period, number(den)));
        return NaN;
    }
    if (counts && num < 0) {
        addProblem(problems, QCoreApplication::translate(
                                 "kdd::spc", "%1: the numerator is negative (%2), so the point is "
                                             "left out of the chart")
                                 .arg(o.period, number(num)));
        return NaN;
    }
    if (proportion && num > den) {
        addProblem(problems,
                   QCoreApplication::translate(
                       "kdd::spc", "%1: the numerator (%2) is above the denominator (%3), so the "
                                   "point is not a proportion and is left out of the chart")
                       .arg(o.period, number(num), number(den)));
        return NaN;
    }
    return num / den;
}

// The value a point is charted at, or NaN (missing, or a problem reported in `problems`).
// An observation with nothing in it is simply missing: there is nothing to explain.
double pointValue(ChartType type, const Observation &o, QStringList &problems)
{
    const bool nothing =
        std::isnan(o.value) && std::isnan(o.numerator) && std::isnan(o.denominator);
    if (nothing)
        return NaN;
    if (type == ChartType::Run || type == ChartType::I) {
        if (std::isfinite(o.value))
            return o.value;
        if (std::isinf(o.value)) {
            addProblem(problems, QCoreApplication::translate(
                                     "kdd::spc", "%1: the value is not a finite number, so the "
                                                 "point is left out of the chart")
                                     .arg(o.period));
            return NaN;
        }
        return rate(o, false, false, problems);
    }
    if (std::isnan(o.numerator) && std::isnan(o.denominator)) {
        addProblem(problems,
                   QCoreApplication::translate(
                       "kdd::spc", "%1: a P or U chart needs a numerator and a denominator, so "
                                   "the point is left out of the chart")
                       .arg(o.period));
        return NaN;
    }
    return rate(o, true, type == ChartType::P, problems);
}

double median(std::vector<double> &values)
{
    const std::size_t n = values.size();
    const auto middle = values.begin() + std::ptrdiff_t(n / 2);
    std::nth_element(values.begin(), middle, values.end());
    const double upper = *middle;
    if (n % 2 == 1)
        return upper;
    // The lower middle value is the largest of the lower half, which nth_element left before it.
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2;
}

void mark(ChartPoint &p, Rule rule, Direction direction)
{
    p.rules |= rule;
    if (direction != Direction::None)
        p.direction = direction;
}

// The rules of one phase. `valued` holds the indices of its points with a value, in order;
// points without one are not in it, so they neither count in nor break any run.
class PhaseRules
{
public:
    PhaseRules(std::vector<ChartPoint> &points, const std::vector<int> &valued)
        : m_points(points), m_valued(valued)
    {
    }

    // Runs of at least `length` points on one side of the centre; points exactly on the
    // centre are skipped.
    void shift(int length)
    {
        m_run.clear();
        int side = 0;
        for (int k : m_valued) {
            const ChartPoint &p = m_points[std::size_t(k)];
            if (p.value == p.centre || std::isnan(p.centre))
                continue;
            const int s = p.value > p.centre ? 1 : -1;
            if (s != side) {
                flush(Shift, length, side);
                side = s;
            }
            m_run.push_back(k);
        }
        flush(Shift, length, side);
    }

    // Runs of at least `length` points each above (or each below) the one before; a point
    // equal to the one before is skipped. The point where the direction turns ends one run
    // and starts the next, and takes the later one's direction.
    void trend(int length)
    {
        m_run.clear();
        int direction = 0;
        double last = NaN;
        for (int k : m_valued) {
            const double x = m_points[std::size_t(k)].value;
            if (m_run.empty()) {
                m_run.push_back(k);
                last = x;
                continue;
            }
            if (x == last)
                continue;
            const int d = x > last ? 1 : -1;
            if (direction != 0 && d != direction) {
                const int turn = m_run.back();
                flush(Trend, length, direction);
                m_run.push_back(turn);
            }
            direction = d;
            m_run.push_back(k);
            last = x;
        }
        flush(Trend, length, direction);
    }

    void beyondLimits()
    {
        for (int k : m_valued) {
            ChartPoint &p = m_points[std::size_t(k)];
            if (p.value > p.upper)
                mark(p, BeyondLimits, Direction::Up);
            else if (p.value < p.lower)
                mark(p, BeyondLimits, Direction::Down);
        }
    }

    // Every window of 3 consecutive points with 2 or 3 of them beyond 2 sigma on one side marks
    // those beyond 2 sigma on that side.
    void twoOfThree()
    {
        for (int side : {1, -1}) {
            const Direction direction = side > 0 ? Direction::Up : Direction::Down;
            for (std::size_t j = 2; j < m_valued.size(); ++j) {
                int beyond = 0;
                for (std::size_t w = j - 2; w <= j; ++w)
                    beyond += beyondTwoSigma(m_points[std::size_t(m_valued[w])], side);
                if (beyond < 2)
                    continue;
                for (std::size_t w = j - 2; w <= j; ++w) {
                    ChartPoint &p = m_points[std::size_t(m_valued[w])];
                    if (beyondTwoSigma(p, side))
                        mark(p, TwoOfThree, direction);
                }
            }
        }
    }

    // Runs of at least InnerRunLength points strictly within 1 sigma of the centre.
    void fifteenInner()
    {
        m_run.clear();
        for (int k : m_valued) {
            const ChartPoint &p = m_points[std::size_t(k)];
            if (std::abs(p.value - p.centre) < p.sigma) {
                m_run.push_back(k);
            } else {
                flush(FifteenInner, InnerRunLength, 0);
            }
        }
        flush(FifteenInner, InnerRunLength, 0);
    }

private:
    static bool beyondTwoSigma(const ChartPoint &p, int side)
    {
        return side * (p.value - p.centre) > 2 * p.sigma;
    }

    // Marks the points of the current run when it is long enough, and empties it.
    void flush(Rule rule, int length, int side)
    {
        if (int(m_run.size()) >= length) {
            const Direction direction = side > 0 ? Direction::Up
                                      : side < 0 ? Direction::Down
                                                 : Direction::None;
            for (int k : m_run)
                mark(m_points[std::size_t(k)], rule, direction);
        }
        m_run.clear();
    }

    std::vector<ChartPoint> &m_points;
    const std::vector<int> &m_valued;
    std::vector<int> m_run;
};

// Centre, sigma and limits of the points [begin, end) of one phase, then its rules.
void computePhase(ChartType type, std::vector<ChartPoint> &points, int begin, int end,
                  QStringList &problems)
{
    std::vector<int> valued;
    valued.reserve(std::size_t(end - begin));
    for (int k = begin; k < end; ++k) {
        if (!std::isnan(points[std::size_t(k)].value))
            valued.push_back(k);
    }
    const auto at = [&points](int k) -> ChartPoint & { return points[std::size_t(k)]; };

    if (type == ChartType::Run) {
        if (valued.empty())
            return;
        std::vector<double> values;
        values.reserve(valued.size());
        for (int k : valued)
            values.push_back(at(k).value);
        const double centre = median(values);
        for (int k = begin; k < end; ++k)
            at(k).centre = centre;
        PhaseRules rules(points, valued);
        rules.trend(RunTrendLength);
        rules.shift(RunShiftLength);
        return;
    }

    if (type == ChartType::I) {
        if (valued.size() < 2) {
            addProblem(problems,
                       valued.empty()
                           ? QCoreApplication::translate(
                                 "kdd::spc", "The phase from %1 has no point with a value: an I "
                                             "chart needs at least 2 points for limits")
                                 .arg(at(begin).period)
                           : QCoreApplication::translate(
                                 "kdd::spc", "The phase from %1 has only one point with a value: "
                                             "an I chart needs at least 2 points for limits")
                                 .arg(at(begin).period));
        }
        if (valued.empty())
            return;
        double sum = 0;
        for (int k : valued)
            sum += at(k).value;
        const double centre = sum / double(valued.size());
        double sigma = NaN;
        if (valued.size() >= 2) {
            double ranges = 0;
            for (std::size_t j = 1; j < valued.size(); ++j)
                ranges += std::abs(at(valued[j]).value - at(valued[j - 1]).value);
            sigma = ranges / double(valued.size() - 1) / MovingRangeD2;
        }
        for (int k = begin; k < end; ++k) {
            ChartPoint &p = at(k);
            p.centre = centre;
            p.sigma = sigma;
            p.lower = centre - 3 * sigma;
            p.upper = centre + 3 * sigma;
        }
    } else {
        if (valued.empty())
            return;
        double numerators = 0;
        double denominators = 0;
        for (int k : valued) {
            numerators += at(k).numerator;
            denominators += at(k).denominator;
        }
        const double centre = numerators / denominators;
        for (int k = begin; k < end; ++k)
            at(k).centre = centre;
        for (int k : valued) {
            ChartPoint &p = at(k);
            if (type == ChartType::P) {
                p.sigma = std::sqrt(std::max(0.0, centre * (1 - centre)) / p.denominator);
                p.lower = std::max(0.0, centre - 3 * p.sigma);
                p.upper = std::min(1.0, centre + 3 * p.sigma);
            } else {
                p.sigma = std::sqrt(centre / p.denominator);
                p.lower = std::max(0.0, centre - 3 * p.sigma);
                p.upper = centre + 3 * p.sigma;
            }
        }
    }

    if (std::isnan(at(valued.front()).sigma))
        return; // an I chart with one point: a centre, nothing to compare it with
    // Later marks take the direction: a point's side of the centre says more than its slope.
    PhaseRules rules(points, valued);
    rules.trend(ControlTrendLength);
    rules.shift(ControlShiftLength);
    rules.fifteenInner();
    rules.twoOfThree();
    rules.beyondLimits();
}

} // namespace

ChartResult computeChart(const ChartInput &input)
{
    ChartResult result;
    result.type = input.type;
    QStringList starts = input.phaseStarts;
    std::sort(starts.begin(), starts.end());
    const std::size_t n = input.observations.size();
    result.points.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Observation &o = input.observations[i];
        ChartPoint &p = result.points[i];
        p.period = o.period;
        p.numerator = o.numerator;
        p.denominator = o.denominator;
        p.value = pointValue(input.type, o, result.problems);
        p.phase = int(std::upper_bound(starts.begin(), starts.end(), o.period) - starts.begin());
    }
    // A phase is a stretch of consecutive points with the same phase index.
    int begin = 0;
    for (int i = 1; i <= int(n); ++i) {
        if (i == int(n)
            || result.points[std::size_t(i)].phase != result.points[std::size_t(begin)].phase) {
            computePhase(input.type, result.points, begin, i, result.problems);
            begin = i;
        }
    }
    return result;
}

Verdict latestVerdict(const ChartResult &result, Better better)
{
    if (result.points.empty())
        return Verdict::NoSignal;
    const int lastPhase = result.points.back().phase;
    const std::uint8_t signalRules = Shift | Trend | BeyondLimits | TwoOfThree;
    for (auto it = result.points.rbegin(); it != result.points.rend() && it->phase == lastPhase;
         ++it) {
        if (!(it->rules & signalRules))
            continue;
        if (better == Better::Unspecified || it->direction == Direction::None)
            return Verdict::Signal;
        const bool up = it->direction == Direction::Up;
        return up == (better == Better::Higher) ? Verdict::Improving : Verdict::Deteriorating;
    }
    return Verdict::NoSignal;
}

} // namespace kdd::spc
