#pragma once

#include "diagram.h"
#include "documentchange.h"
#include "measurecharts.h"

#include <QHash>

namespace kdd {

// The signals (measureSignal) of a diagram's measures, kept by measure id so that an edit
// recomputes only the measures it changed: the canvas, its badges and the equity lens read them
// after every edit, and a hundred long stratified series take tens of milliseconds to chart.
class MeasureSignals
{
public:
    // Computes the signal of every measure of `diagram` that has data and is not known yet.
    void update(const Diagram &diagram);
    // Forgets what `change` may have made stale: the measures it names, or all of them after a
    // reset or a measures change that names none.
    void forget(const DocumentChange &change);
    void clear() { m_signals.clear(); }

    // The known signal of measure `id`, or null.
    const MeasureSignal *find(const MeasureId &id) const;
    // The known signal of `measure`, else computed now (not kept: this is const, and may run in
    // a layout worker thread).
    MeasureSignal of(const Measure &measure) const;
    int size() const { return static_cast<int>(m_signals.size()); }

private:
    QHash<MeasureId, MeasureSignal> m_signals;
};

} // namespace kdd
