#pragma once

#include "diagram.h"
#include "spc.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

// A measure's data made into chart lines: the whole population, one line per stratum, or the
// gap between each stratum and its dimension's reference stratum — each line with centre,
// limits and rules from kdd::spc — plus the phases and the PDSA cycles of the change ideas on the
// measure's line of sight. What the Charts dock, `keydriver chart`, badges and the charter draw.
namespace kdd {

enum class ChartView {
    Total,     // the whole population: points without a stratum, or the strata summed
    ByStratum, // one line per stratum
    Gap,       // per stratum: its value minus its dimension's reference stratum's, as an I chart
};

struct ChartLine
{
    QString dimension; // empty for the total line
    QString stratum;   // empty for the total line; for a gap, the stratum compared
    QString reference; // for a gap, the reference stratum
    QString label;     // "All", "Black", "Black − White"
    spc::ChartResult result;
};

// One PDSA cycle of a change idea on the measure's line of sight, drawn at its start date.
struct PdsaMarker
{
    QString date; // YYYY-MM-DD
    NodeId idea;
    QString ideaText;
    int cycle = 1;
    PdsaDecision decision = PdsaDecision::None;
};

struct MeasureChart
{
    MeasureId measure;
    QString name;
    spc::ChartType type = spc::ChartType::Run;
    spc::Better better = spc::Better::Unspecified;
    ChartView view = ChartView::Total;
    std::vector<ChartLine> lines;
    QStringList periods; // every period of every line, sorted: the x axis
    std::vector<MeasurePhase> phases;
    std::vector<PdsaMarker> markers;
    QStringList problems; // translated; a line's own problems are prefixed with its label
};

struct ChartRequest
{
    std::optional<spc::ChartType> type; // unset: the measure's own, else defaultChartType
    ChartView view = ChartView::Total;
};

// The measure's `chart`, else P for ratios and run for values.
spc::ChartType defaultChartType(const Measure &measure);
// The (dimension, stratum) groups of the data in first-appearance order (no empty stratum).
std::vector<std::pair<QString, QString>> strataOf(const Measure &measure);
// The reference stratum of `dimension`: the measure's `reference` entry naming one of its
// strata, else the stratum with the largest total denominator (ratios) or the most points.
QString referenceStratum(const Measure &measure, const QString &dimension);

MeasureChart chartMeasure(const Diagram &diagram, const Measure &measure,
                          const ChartRequest &request = {});

// One row per point: period, stratum, value, numerator, denominator, centre, lower and upper
// limit and the rules that fire there (docs/charts.md), numbers to 12 significant digits.
QByteArray chartCsv(const MeasureChart &chart);

// What a box's badge and the equity lens need to know about one measure.
struct MeasureSignal
{
    bool hasData = false;
    spc::Verdict verdict = spc::Verdict::NoSignal; // of the total line (or the first stratum's)
    QString lastPeriod;
    double lastValue = spc::NaN;
    std::vector<double> recent; // the total line's last values (at most 24), for a sparkline
    // Stratified by some dimension (stratifyBy) but no point carries a stratum.
    bool strataMissing = false;
    // The stratifyBy words no point is split by, in the plan's order (all of them when
    // strataMissing): a measure planned by race and language with data by race only lacks
    // "language". Words compare without case; a point without a dimension counts for a measure
    // split one way only.
    QStringList dimensionsWithoutData;
    // Gap lines ("Black − White") whose latest signal says the stratum is falling further behind
    // its reference (with `better` unset: moving away from zero either way).
    QStringList wideningGaps;
};

MeasureSignal measureSignal(const Measure &measure);

} // namespace kdd
