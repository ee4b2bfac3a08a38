#include "measurecharts.h"

#include "lineofsight.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace kdd {
namespace {

struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Charts)
};

bool isRatioData(const Measure &m) { return !m.data.empty() && m.data.front().hasRatio(); }

double valueOf(const MeasurePoint &p)
{
    if (p.hasRatio())
        return p.denominator > 0 ? p.numerator / p.denominator : spc::NaN;
    return p.value;
}

spc::Observation observationOf(const MeasurePoint &p)
{
    spc::Observation o;
    o.period = p.period;
    o.value = p.hasRatio() ? spc::NaN : p.value;
    o.numerator = p.numerator;
    o.denominator = p.denominator;
    return o;
}

QStringList phaseStarts(const Measure &m)
{
    QStringList starts;
    for (const MeasurePhase &phase : m.phases)
        starts << phase.start;
    return starts;
}

// The points of one group, sorted by period.
std::vector<const MeasurePoint *> pointsOf(const Measure &m, const QString &dimension,
                                           const QString &stratum)
{
    std::vector<const MeasurePoint *> points;
    for (const MeasurePoint &p : m.data) {
        if (p.stratum == stratum && (stratum.isEmpty() || p.dimension == dimension))
            points.push_back(&p);
    }
    std::stable_sort(
        points.begin(), points.end(),
        [](const MeasurePoint *a, const MeasurePoint *b) { return a->period < b->period; });
    return points;
}

// Every stratified point of a measure grouped by (dimension, stratum) in one pass, each group
// sorted by period: a measure with thousands of strata stays linear to chart.
class StrataPoints
{
public:
    explicit StrataPoints(const Measure &m)
    {
        for (const MeasurePoint &p : m.data) {
            if (p.stratum.isEmpty())
                continue;
            std::vector<const MeasurePoint *> &group = m_groups[key(p.dimension, p.stratum)];
            if (group.empty())
                m_strata.emplace_back(p.dimension, p.stratum);
            group.push_back(&p);
        }
        for (std::vector<const MeasurePoint *> &group : m_groups)
            std::stable_sort(
                group.begin(), group.end(),
                [](const MeasurePoint *a, const MeasurePoint *b) { return a->period < b->period; });
    }

    // In the order the data first name them.
    const std::vector<std::pair<QString, QString>> &strata() const { return m_strata; }
    const std::vector<const MeasurePoint *> &points(const QString &dimension,
                                                    const QString &stratum) const
    {
        static const std::vector<const MeasurePoint *> none;
        const auto it = m_groups.constFind(key(dimension, stratum));
        return it == m_groups.cend() ? none : *it;
    }

private:
    static QString key(const QString &dimension, const QString &stratum)
    {
        return dimension + QChar(0) + stratum;
    }
    QHash<QString, std::vector<const MeasurePoint *>> m_groups;
    std::vector<std::pair<QString, QString>> m_strata;
};

QString referenceOf(const Measure &measure, const StrataPoints &groups, const QString &dimension)
{
    QStringList candidates;
    QSet<QString> names;
    for (const auto &[d, stratum] : groups.strata()) {
        if (d == dimension) {
            candidates << stratum;
            names.insert(stratum);
        }
    }
    for (const QString &named : measure.reference) {
        if (names.contains(named))
            return named;
    }
    QString best;
    double bestWeight = -1;
    for (const QString &stratum : std::as_const(candidates)) {
        double weight = 0;
        for (const MeasurePoint *p : groups.points(dimension, stratum))
            weight += p->hasRatio() ? p->denominator : 1;
        if (weight > bestWeight) { // the first of equals: stable
            best = stratum;
            bestWeight = weight;
        }
    }
    return best;
}

spc::ChartResult lineResult(const std::vector<spc::Observation> &observations, spc::ChartType type,
                            const Measure &m)
{
    spc::ChartInput input;
    input.type = type;
    input.better = m.better;
    input.observations = observations;
    input.phaseStarts = phaseStarts(m);
    return spc::computeChart(input);
}

QString labelOf(const QString &dimension, const QString &stratum, bool qualify)
{
    return qualify && !dimension.isEmpty() ? QStringLiteral("%1: %2").arg(dimension, stratum)
                                           : stratum;
}

// The whole population: points without a stratum, or for ratios the strata of the first
// dimension summed period by period (values cannot be summed).
std::optional<std::vector<spc::Observation>> totalObservations(const Measure &m)
{
    const std::vector<const MeasurePoint *> whole = pointsOf(m, QString(), QString());
    std::vector<spc::Observation> observations;
    if (!whole.empty()) {
        for (const MeasurePoint *p : whole)
            observations.push_back(observationOf(*p));
        return observations;
    }
    const auto strata = strataOf(m);
    if (strata.empty() || !isRatioData(m))
        return std::nullopt;
    const QString dimension = strata.front().first;
    std::map<QString, std::pair<double, double>> sums;
    for (const MeasurePoint &p : m.data) {
        if (!p.stratum.isEmpty() && p.dimension == dimension) {
            auto &[num, den] = sums[p.period];
            num += p.numerator;
            den += p.denominator;
        }
    }
    for (const auto &[period, sum] : sums) {
        spc::Observation o;
        o.period = period;
        o.numerator = sum.first;
        o.denominator = sum.second;
        observations.push_back(o);
    }
    return observations;
}

void addLine(MeasureChart &chart, ChartLine line)
{
    for (const QString &problem : std::as_const(line.result.problems))
        chart.problems << QStringLiteral("%1: %2").arg(line.label, problem);
    chart.lines.push_back(std::move(line));
}

void addGapLines(MeasureChart &chart, const Measure &m, const StrataPoints &groups, bool qualify)
{
    QStringList dimensions;
    QSet<QString> seen;
    for (const auto &[dimension, stratum] : groups.strata()) {
        if (!seen.contains(dimension)) {
            seen.insert(dimension);
            dimensions << dimension;
        }
    }
    for (const QString &dimension : std::as_const(dimensions)) {
        const QString reference = referenceOf(m, groups, dimension);
        QHash<QString, double> referenceValues;
        for (const MeasurePoint *p : groups.points(dimension, reference))
            referenceValues.insert(p->period, valueOf(*p));
        for (const auto &[d, stratum] : groups.strata()) {
            if (d != dimension || stratum == reference)
                continue;
            std::vector<spc::Observation> gaps;
            for (const MeasurePoint *p : groups.points(dimension, stratum)) {
                const auto ref = referenceValues.constFind(p->period);
                if (ref == referenceValues.cend())
                    continue;
                spc::Observation o;
                o.period = p->period;
                o.value = valueOf(*p) - ref.value(); // NaN when either has no value
                gaps.push_back(o);
            }
            ChartLine line;
            line.dimension = dimension;
            line.stratum = stratum;
            line.reference = reference;
            line.label =
                QStringLiteral("%1 − %2").arg(labelOf(dimension, stratum, qualify), reference);
            line.result = lineResult(gaps, spc::ChartType::I, m);
            if (gaps.empty())
                chart.problems << ChartText::tr("%1: no period has data for both %2 and %3")
                                      .arg(line.label, stratum, reference);
            addLine(chart, std::move(line));
        }
    }
}

void addMarkers(MeasureChart &chart, const Diagram &diagram, const Measure &m)
{
    QSet<NodeId> ideas;
    for (const NodeId &id : m.nodes) {
        const LineOfSight sight = lineOfSight(diagram, id);
        if (const Node *n = diagram.node(id); n && n->isChange())
            ideas.insert(id);
        for (const NodeId &d : sight.descendants) {
            if (const Node *n = diagram.node(d); n && n->isChange())
                ideas.insert(d);
        }
    }
    for (const Node &n : diagram.nodes()) { // document order, so markers are stable
        if (!ideas.contains(n.id))
            continue;
        for (const PdsaCycle &c : n.cycles) {
            if (!c.start.isEmpty())
                chart.markers.push_back({c.start, n.id, n.text, c.number, c.decision});
        }
    }
    std::stable_sort(chart.markers.begin(), chart.markers.end(),
                     [](const PdsaMarker &a, const PdsaMarker &b) { return a.date < b.date; });
}

// Whether a gap line's latest signal says the stratum is falling further behind its reference:
// a signal in the worse direction while the gap is already on the worse side (or zero). Without
// a known direction, any signal that moves the gap away from zero.
bool isWidening(const spc::ChartResult &result, spc::Better better)
{
    constexpr std::uint8_t directed = spc::Shift | spc::Trend | spc::BeyondLimits | spc::TwoOfThree;
    for (auto it = result.points.rbegin(); it != result.points.rend(); ++it) {
        if (it->phase != result.points.back().phase)
            return false;
        if ((it->rules & directed) == 0 || it->direction == spc::Direction::None)
            continue;
        const bool up = it->direction == spc::Direction::Up;
        switch (better) {
        case spc::Better::Higher:
            return !up && it->centre <= 0;
        case spc::Better::Lower:
            return up && it->centre >= 0;
        case spc::Better::Unspecified:
            break;
        }
        return up ? it->centre >= 0 : it->centre <= 0;
    }
    return false;
}

// 12 significant digits: exact for any count or rate a person checks, without the binary
// noise of shortest round trips (0.5 − 0.4 is written 0.1, not 0.09999999999999998).
QString csvNumber(double value)
{
    if (!std::isfinite(value))
        return QString();
    return QString::number(value, 'g', 12);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

spc::ChartType defaultChartType(const Measure &measure)
{
    if (measure.chart)
        return *measure.chart;
    return isRatioData(measure) ? spc::ChartType::P : spc::ChartType::Run;
}

std::vector<std::pair<QString, QString>> strataOf(const Measure &measure)
{
    return StrataPoints(measure).strata();
}

QString referenceStratum(const Measure &measure, const QString &dimension)
{
    return referenceOf(measure, StrataPoints(measure), dimension);
}

MeasureChart chartMeasure(const Diagram &diagram, const Measure &measure,
                          const ChartRequest &request)
{
    MeasureChart chart;
    chart.measure = measure.id;
    chart.name = measure.name;
    chart.better = measure.better;
    chart.view = request.view;
    chart.phases = measure.phases;
    chart.type = request.type.value_or(defaultChartType(measure));
    const bool ratios = isRatioData(measure);
    if ((chart.type == spc::ChartType::P || chart.type == spc::ChartType::U) && !ratios
        && !measure.data.empty()) {
        chart.problems << ChartText::tr("a %1 chart needs numerators and denominators, and "
                                        "these data are single values: drawn as an I chart")
                              .arg(spc::chartTypeName(chart.type).toUpper());
        chart.type = spc::ChartType::I;
    }
    if (measure.data.empty())
        chart.problems << ChartText::tr("no data yet");

    const StrataPoints groups(measure);
    const auto &strata = groups.strata();
    QSet<QString> dimensions;
    for (const auto &group : strata)
        dimensions.insert(group.first);
    const bool qualify = dimensions.size() > 1;

    if (chart.view == ChartView::Total) {
        if (const auto total = totalObservations(measure)) {
            ChartLine line;
            line.label = ChartText::tr("All");
            line.result = lineResult(*total, chart.type, measure);
            addLine(chart, std::move(line));
        } else if (!strata.empty()) {
            chart.problems << ChartText::tr("the data are by stratum only and values cannot be "
                                            "added up: one line per stratum is shown");
            chart.view = ChartView::ByStratum;
        }
    }
    if (chart.view == ChartView::ByStratum) {
        if (strata.empty() && !measure.data.empty())
            chart.problems << ChartText::tr("no point has a stratum");
        for (const auto &[dimension, stratum] : strata) {
            std::vector<spc::Observation> observations;
            for (const MeasurePoint *p : groups.points(dimension, stratum))
                observations.push_back(observationOf(*p));
            ChartLine line;
            line.dimension = dimension;
            line.stratum = stratum;
            line.label = labelOf(dimension, stratum, qualify);
            line.result = lineResult(observations, chart.type, measure);
            addLine(chart, std::move(line));
        }
    } else if (chart.view == ChartView::Gap) {
        if (strata.size() < 2 && !measure.data.empty())
            chart.problems << ChartText::tr("a gap needs at least two strata");
        addGapLines(chart, measure, groups, qualify);
    }

    QSet<QString> periods;
    for (const ChartLine &line : chart.lines) {
        for (const spc::ChartPoint &p : line.result.points)
            periods.insert(p.period);
    }
    chart.periods = QStringList(periods.begin(), periods.end());
    chart.periods.sort();
    addMarkers(chart, diagram, measure);
    return chart;
}

QByteArray chartCsv(const MeasureChart &chart)
{
    QString text = QStringLiteral(
        "period,stratum,value,numerator,denominator,centre,lower limit,upper limit,rules\r\n");
    for (const ChartLine &line : chart.lines) {
        const QString stratum =
            chart.view == ChartView::Gap ? line.label : labelOf(line.dimension, line.stratum, true);
        for (const spc::ChartPoint &p : line.result.points) {
            text += QStringList{csvField(p.period),       csvField(stratum),
                                csvNumber(p.value),       csvNumber(p.numerator),
                                csvNumber(p.denominator), csvNumber(p.centre),
                                csvNumber(p.lower),       csvNumber(p.upper),
                                spc::ruleNames(p.rules)}
                        .join(QLatin1Char(','));
            text += QStringLiteral("\r\n");
        }
    }
    return text.toUtf8();
}

MeasureSignal measureSignal(const Measure &measure)
{
    MeasureSignal signal;
    signal.hasData = measure.hasData();
    if (!signal.hasData)
        return signal;
    const StrataPoints groups(measure);
    const auto &strata = groups.strata();
    signal.strataMissing = measure.isStratified() && strata.empty();
    {
        QSet<QString> present;
        for (const auto &group : strata) {
            const QString &dimension = group.first.isEmpty() && measure.stratifyBy.size() == 1
                                         ? measure.stratifyBy.front()
                                         : group.first;
            present.insert(dimension.trimmed().toCaseFolded());
        }
        for (const QString &planned : measure.stratifyBy) {
            if (!present.contains(planned.trimmed().toCaseFolded()))
                signal.dimensionsWithoutData << planned;
        }
    }

    const spc::ChartType type = [&] {
        const spc::ChartType t = defaultChartType(measure);
        const bool ratio = isRatioData(measure);
        return (t == spc::ChartType::P || t == spc::ChartType::U) && !ratio ? spc::ChartType::I : t;
    }();
    std::optional<std::vector<spc::Observation>> line = totalObservations(measure);
    if (!line && !strata.empty()) {
        line.emplace();
        for (const MeasurePoint *p : groups.points(strata.front().first, strata.front().second))
            line->push_back(observationOf(*p));
    }
    if (line) {
        const spc::ChartResult result = lineResult(*line, type, measure);
        signal.verdict = spc::latestVerdict(result, measure.better);
        for (const spc::ChartPoint &p : result.points) {
            if (std::isfinite(p.value)) {
                signal.lastPeriod = p.period;
                signal.lastValue = p.value;
                signal.recent.push_back(p.value);
            }
        }
        constexpr std::size_t kRecent = 24;
        if (signal.recent.size() > kRecent)
            signal.recent.erase(signal.recent.begin(),
                                signal.recent.end() - static_cast<std::ptrdiff_t>(kRecent));
    }
    if (strata.size() >= 2) {
        MeasureChart gaps;
        addGapLines(gaps, measure, groups, false);
        for (const ChartLine &gap : gaps.lines) {
            if (isWidening(gap.result, measure.better))
                signal.wideningGaps << gap.label;
        }
    }
    return signal;
}

} // namespace kdd
