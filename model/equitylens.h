#pragma once

#include "diagram.h"

#include <QSet>

#include <map>
#include <vector>

namespace kdd {

// What the equity lens shows (the seven practices of Parsons et al. 2021, see docs/checks.md):
// the boxes that carry equity work, the gaps in it, and which practice is carried by which boxes.
struct EquityLens
{
    // Boxes that concern equity: those tagged with a practice, and the aims.
    QSet<NodeId> relevant;
    // Aims and drivers with a measure that is not stratified ("measure for equity").
    QSet<NodeId> unstratified;
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
        return unstratified.contains(id) || missingPartner.contains(id);
    }
};

EquityLens equityLens(const Diagram &diagram);

} // namespace kdd
