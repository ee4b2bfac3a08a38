#include "equitylens.h"

#include "measuresignals.h"

#include <algorithm>

namespace kdd {

EquityLens equityLens(const Diagram &diagram)
{
    EquityLens lens;
    const QStringList words = practiceWords();
    for (const QString &word : words)
        lens.coverage[*parsePractice(word)];
    const std::vector<Practice> &claimed = diagram.metadata().practices;
    const bool engageBeyond =
        std::find(claimed.begin(), claimed.end(), Practice::EngageBeyondHealthcare)
        != claimed.end();

    for (const Node &n : diagram.nodes()) {
        for (Practice p : n.practices)
            lens.coverage[p].push_back(n.id);
        if (n.isAim() || !n.practices.empty())
            lens.relevant.insert(n.id);
        if (n.isAim() || n.isDriver()) {
            for (const Measure *m : diagram.measuresOf(n.id)) {
                if (!m->isStratified())
                    lens.unstratified.insert(n.id);
            }
        }
        if (engageBeyond && n.isChange() && n.hasPractice(Practice::EngageBeyondHealthcare)
            && n.partners.isEmpty())
            lens.missingPartner.insert(n.id);
    }
    for (Practice p : claimed) {
        if (lens.coverage[p].empty()
            && std::find(lens.claimedButAbsent.begin(), lens.claimedButAbsent.end(), p)
                   == lens.claimedButAbsent.end())
            lens.claimedButAbsent.push_back(p);
    }
    // Gaps are shown, not dimmed.
    for (const NodeId &id : lens.unstratified)
        lens.relevant.insert(id);
    for (const NodeId &id : lens.missingPartner)
        lens.relevant.insert(id);
    return lens;
}

EquityLens equityLensWithData(const Diagram &diagram, const MeasureSignals *signalCache)
{
    EquityLens lens = equityLens(diagram);
    // Only measures with data have signals; the rest cost nothing here.
    for (const Measure &m : diagram.measures()) {
        if (!m.hasData())
            continue;
        const MeasureSignal signal = signalCache ? signalCache->of(m) : measureSignal(m);
        if (signal.strataMissing) {
            for (const NodeId &id : m.nodes) {
                if (diagram.contains(id))
                    lens.strataMissing.insert(id);
            }
        }
        if (!signal.strataMissing && !signal.dimensionsWithoutData.isEmpty())
            lens.dimensionsWithoutData.push_back({m.id, m.name, signal.dimensionsWithoutData});
        if (!signal.wideningGaps.isEmpty()) {
            lens.widening.push_back({m.id, m.name, signal.wideningGaps});
            for (const NodeId &id : m.nodes) {
                if (diagram.contains(id))
                    lens.relevant.insert(id); // marked on the canvas: not dimmed
            }
        }
    }
    for (const NodeId &id : lens.strataMissing)
        lens.relevant.insert(id);
    return lens;
}

} // namespace kdd
