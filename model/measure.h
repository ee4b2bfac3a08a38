#pragma once

#include "extras.h"
#include "kinds.h"
#include "measuredata.h"
#include "node.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kdd {

using MeasureId = QString;

// One measure of the measurement plan, with its operational definition and the nodes it tests.
struct Measure
{
    MeasureId id;
    QString name;
    MeasureType type = MeasureType::Process;
    QString numerator;
    QString denominator;
    QString source;
    QString target;
    QStringList stratifyBy; // dimensions such as "race", "language"; free words allowed
    QStringList nodes;      // ids of the nodes this measure is attached to, in the user's order
    // The data and how to chart them (docs/charts.md).
    spc::Better better = spc::Better::Unspecified; // which way is an improvement
    std::optional<spc::ChartType> chart;           // unset: P for ratios, else a run chart
    QStringList reference; // the strata gaps are measured from: one per dimension at most
    std::vector<MeasurePhase> phases; // sorted by start
    std::vector<MeasurePoint> data;   // in the user's order
    Extras extras;

    bool isStratified() const { return !stratifyBy.isEmpty(); }
    bool hasData() const { return !data.empty(); }

    friend bool operator==(const Measure &a, const Measure &b)
    {
        return a.id == b.id && a.name == b.name && a.type == b.type && a.numerator == b.numerator
            && a.denominator == b.denominator && a.source == b.source && a.target == b.target
            && a.stratifyBy == b.stratifyBy && a.nodes == b.nodes && a.better == b.better
            && a.chart == b.chart && a.reference == b.reference && a.phases == b.phases
            && a.data == b.data && a.extras == b.extras;
    }
    friend bool operator!=(const Measure &a, const Measure &b) { return !(a == b); }
};

} // namespace kdd
