#pragma once

#include "diagram.h"

#include <QSet>
#include <QStringList>

#include <map>
#include <vector>

namespace kdd {

class MeasureSignals;

// What the equity lens shows (the seven practices of Parsons et al. 2021, see docs/checks.md):
// the boxes that carry equity work, the gaps in it, and which practice is carried by which boxes.
struct EquityLens
{
    // Boxes that concern equity: those tagged with a practice, the aims, the gaps, and (with
    // data) the boxes of measures whose gaps widen.
    QSet<NodeId> relevant;
    // Aims and drivers with a measure that is not stratified ("measure for equity").
    QSet<NodeId> unstratified;
    // Boxes measured by a stratified measure (stratifyBy) whose data carry no stratum: the
    // plan says the data are split, the data are not.
    QSet<NodeId> strataMissing;
    // A measure whose gap chart's latest signal moves away from zero ("Black − White").
    struct WideningGap
    {
        MeasureId measure;
        QString name;
        QStringList gaps; // the gap lines' labels, as MeasureSignal::wideningGaps
    };
    std::vector<WideningGap> widening; // in document order of measures
    // A measure with data by some of its stratifyBy dimensions but not all ("language"): the
    // team cannot yet see the gaps along the rest. (No strata at all is strataMissing.)
    struct UnsplitData
    {
        MeasureId measure;
        QString name;
        QStringList dimensions; // as MeasureSignal::dimensionsWithoutData
    };
    std::vector<UnsplitData> dimensionsWithoutData; // in document order of measures
    // Change ideas tagged "engage beyond the healthcare system" that name no partner from
    // outside the health system, when the document claims that practice: a claim without a
    // partner behind it.
    QSet<NodeId> missingPartner;
    // Practice -> the boxes that carry it, in document order (every practice has an entry).
    std::map<Practice, std::vector<NodeId>> coverage;
    // Practices the document claims (meta.practices) that no box carries.
    std::vector<Practice> claimedButAbsent;

    bool isGap(const NodeId &id) const
    {
        return unstratified.contains(id) || missingPartner.contains(id)
            || strataMissing.contains(id);
    }
};

// What the plan alone shows (what `keydriver check` and the charter read): strataMissing and
// widening stay empty.
EquityLens equityLens(const Diagram &diagram);
// With what the measures' data say too (strataMissing, widening), as the editor's lens shows it;
// signals from `signalCache` when it holds them, else computed here.
EquityLens equityLensWithData(const Diagram &diagram, const MeasureSignals *signalCache = nullptr);

} // namespace kdd
