#include "selection.h"

namespace kdd {

void Selection::select(const QStringList &ids, const NodeId &current)
{
    const NodeId newCurrent = ids.contains(current) ? current : ids.value(0);
    if (ids == m_selected && newCurrent == m_current)
        return;
    m_selected = ids;
    m_current = newCurrent;
    emit changed();
}

void Selection::selectLink(const NodeId &from, const NodeId &to)
{
    if (m_link == std::make_pair(from, to))
        return;
    m_link = {from, to};
    emit changed();
}

} // namespace kdd
