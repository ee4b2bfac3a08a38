#include "measuresignals.h"

#include <iterator>

namespace kdd {

void MeasureSignals::update(const Diagram &diagram)
{
    // Measures removed from the diagram would otherwise stay forever.
    for (auto it = m_signals.begin(); it != m_signals.end();) {
        const Measure *m = diagram.measure(it.key());
        it = m && m->hasData() ? std::next(it) : m_signals.erase(it);
    }
    for (const Measure &m : diagram.measures()) {
        if (m.hasData() && !m_signals.contains(m.id))
            m_signals.insert(m.id, measureSignal(m));
    }
}

void MeasureSignals::forget(const DocumentChange &change)
{
    if ((change.kinds & DocumentChange::Reset) != 0
        || ((change.kinds & DocumentChange::Measures) != 0 && change.measures.isEmpty())) {
        m_signals.clear();
        return;
    }
    for (const MeasureId &id : change.measures)
        m_signals.remove(id);
}

const MeasureSignal *MeasureSignals::find(const MeasureId &id) const
{
    const auto it = m_signals.constFind(id);
    return it == m_signals.cend() ? nullptr : &it.value();
}

MeasureSignal MeasureSignals::of(const Measure &measure) const
{
    if (const MeasureSignal *known = find(measure.id))
        return *known;
    return measureSignal(measure);
}

} // namespace kdd
