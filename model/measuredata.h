#pragma once

#include "extras.h"
#include "spc.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace kdd {

// One value of a measure's data series: a period, a value or a numerator and denominator, and
// the stratum (group) it belongs to — empty for the whole population — with the dimension that
// stratum splits the population by, when the measure is stratified by more than one.
struct MeasurePoint
{
    QString period;    // "YYYY-MM" (a month) or "YYYY-MM-DD" (a day)
    QString dimension; // e.g. "race", "neighbourhood-poverty"; may be empty
    QString stratum;   // e.g. "Black", "High poverty"; empty = everyone
    double value = spc::NaN;
    double numerator = spc::NaN;
    double denominator = spc::NaN;
    Extras extras;

    bool hasValue() const { return value == value; }
    bool hasRatio() const { return numerator == numerator && denominator == denominator; }

    // The group a point belongs to: its dimension and stratum.
    std::pair<QString, QString> group() const { return {dimension, stratum}; }

    friend bool operator==(const MeasurePoint &a, const MeasurePoint &b);
    friend bool operator!=(const MeasurePoint &a, const MeasurePoint &b) { return !(a == b); }
};

// A period from which a chart's centre and limits are computed afresh (after a change was
// adopted, say), with a short label shown on the chart.
struct MeasurePhase
{
    QString start; // a period, as MeasurePoint::period
    QString label;
    Extras extras;

    friend bool operator==(const MeasurePhase &a, const MeasurePhase &b)
    {
        return a.start == b.start && a.label == b.label && a.extras == b.extras;
    }
    friend bool operator!=(const MeasurePhase &a, const MeasurePhase &b) { return !(a == b); }
};

// How a period is written: a month, a day, or not a period at all.
enum class PeriodForm { Invalid, Month, Day };
// "2025-07" is a Month, "2025-07-14" a Day (a real calendar date, years 1000-9999).
PeriodForm periodForm(const QString &period);

// Numbers as a person reads them: "30", "0.425", "-1.5" (shortest text that reads back the same).
QString numberText(double value);

} // namespace kdd
