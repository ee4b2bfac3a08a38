#include "diagram.h"

#include <QHash>
#include <QPair>

#include <algorithm>

namespace kdd {

const Node *Diagram::node(const NodeId &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_nodes[static_cast<std::size_t>(i)];
}

bool Diagram::insertNode(Node node, int index)
{
    if (node.id.isEmpty() || contains(node.id))
        return false;
    const int count = static_cast<int>(m_nodes.size());
    if (index < 0 || index > count)
        index = count;
    m_nodes.insert(m_nodes.begin() + index, std::move(node));
    if (index == count)
        m_index.insert(m_nodes.back().id, index);
    else
        rebuildIndex();
    return true;
}

bool Diagram::updateNode(const Node &node)
{
    const int i = indexOf(node.id);
    if (i < 0)
        return false;
    for (const Link &l : m_links) {
        if (l.from == node.id && !canLink(node, *this->node(l.to)))
            return false;
        if (l.to == node.id && !canLink(*this->node(l.from), node))
            return false;
    }
    m_nodes[static_cast<std::size_t>(i)] = node;
    return true;
}

bool Diagram::removeNode(const NodeId &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    m_nodes.erase(m_nodes.begin() + i);
    const auto touches = [&](const Link &l) { return l.from == id || l.to == id; };
    for (const Link &l : m_links) {
        if (touches(l))
            m_linkKeys.remove({l.from, l.to});
    }
    m_links.erase(std::remove_if(m_links.begin(), m_links.end(), touches), m_links.end());
    for (Measure &m : m_measures)
        m.nodes.removeAll(id);
    rebuildIndex();
    return true;
}

bool Diagram::moveNode(const NodeId &id, int index)
{
    const int from = indexOf(id);
    const int count = static_cast<int>(m_nodes.size());
    if (from < 0 || index < 0 || index >= count)
        return false;
    if (from == index)
        return true;
    Node moved = std::move(m_nodes[static_cast<std::size_t>(from)]);
    m_nodes.erase(m_nodes.begin() + from);
    m_nodes.insert(m_nodes.begin() + index, std::move(moved));
    rebuildIndex();
    return true;
}

NodeId Diagram::uniqueId(const QString &prefix) const
{
    for (int n = static_cast<int>(m_nodes.size() + m_measures.size()) + 1;; ++n) {
        const QString candidate = prefix + QString::number(n);
        if (!contains(candidate) && !measure(candidate))
            return candidate;
    }
}

const Link *Diagram::link(const NodeId &from, const NodeId &to) const
{
    if (!m_linkKeys.contains({from, to}))
        return nullptr;
    for (const Link &l : m_links) {
        if (l.from == from && l.to == to)
            return &l;
    }
    return nullptr;
}

bool Diagram::canLink(const Node &from, const Node &to)
{
    if (from.id == to.id)
        return false;
    if (from.isAim() && to.isAim())
        return from.role == AimRole::Global && to.role == AimRole::Smart;
    return from.column() < to.column();
}

bool Diagram::addLink(const Link &newLink) { return insertLink(newLink, -1); }

int Diagram::linkIndexOf(const NodeId &from, const NodeId &to) const
{
    if (!m_linkKeys.contains({from, to}))
        return -1;
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        if (m_links[i].from == from && m_links[i].to == to)
            return static_cast<int>(i);
    }
    return -1;
}

bool Diagram::insertLink(const Link &newLink, int index)
{
    const Node *from = node(newLink.from);
    const Node *to = node(newLink.to);
    if (!from || !to || !canLink(*from, *to) || m_linkKeys.contains({newLink.from, newLink.to}))
        return false;
    const int count = static_cast<int>(m_links.size());
    if (index < 0 || index > count)
        index = count;
    m_links.insert(m_links.begin() + index, newLink);
    m_linkKeys.insert({newLink.from, newLink.to});
    return true;
}

Node Diagram::newNodeInColumn(int column) const
{
    Node n;
    if (column == AimColumn) {
        n.kind = NodeKind::Aim;
        n.role = AimRole::Smart;
        n.id = uniqueId(QStringLiteral("aim"));
    } else if (column == ChangeColumn) {
        n.kind = NodeKind::Change;
        n.id = uniqueId(QStringLiteral("c"));
    } else {
        n.kind = NodeKind::Driver;
        n.level = column;
        n.id = uniqueId(column == 1   ? QStringLiteral("p")
                        : column == 2 ? QStringLiteral("s")
                                      : QStringLiteral("t"));
    }
    return n;
}

bool Diagram::setLinkOrder(const std::vector<std::pair<NodeId, NodeId>> &order)
{
    if (order.size() != m_links.size())
        return false;
    QHash<QPair<NodeId, NodeId>, int> indexOf;
    for (std::size_t i = 0; i < m_links.size(); ++i)
        indexOf.insert({m_links[i].from, m_links[i].to}, static_cast<int>(i));
    std::vector<Link> reordered;
    reordered.reserve(m_links.size());
    for (const auto &[from, to] : order) {
        const auto found = indexOf.find({from, to});
        if (found == indexOf.end())
            return false; // unknown, or given twice (each pair is taken once)
        reordered.push_back(m_links[static_cast<std::size_t>(found.value())]);
        indexOf.erase(found);
    }
    m_links = std::move(reordered);
    return true;
}

bool Diagram::removeLink(const NodeId &from, const NodeId &to)
{
    auto it = std::find_if(m_links.begin(), m_links.end(),
                           [&](const Link &l) { return l.from == from && l.to == to; });
    if (it == m_links.end())
        return false;
    m_links.erase(it);
    m_linkKeys.remove({from, to});
    return true;
}

bool Diagram::setLinkStrength(const NodeId &from, const NodeId &to, LinkStrength strength)
{
    for (Link &l : m_links) {
        if (l.from == from && l.to == to) {
            l.strength = strength;
            return true;
        }
    }
    return false;
}

const Measure *Diagram::measure(const MeasureId &id) const
{
    const int i = measureIndexOf(id);
    return i < 0 ? nullptr : &m_measures[static_cast<std::size_t>(i)];
}

int Diagram::measureIndexOf(const MeasureId &id) const
{
    for (std::size_t i = 0; i < m_measures.size(); ++i) {
        if (m_measures[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

bool Diagram::insertMeasure(Measure newMeasure, int index)
{
    if (newMeasure.id.isEmpty() || measure(newMeasure.id))
        return false;
    for (const QString &nodeId : std::as_const(newMeasure.nodes)) {
        if (!contains(nodeId))
            return false;
    }
    const int count = static_cast<int>(m_measures.size());
    if (index < 0 || index > count)
        index = count;
    m_measures.insert(m_measures.begin() + index, std::move(newMeasure));
    return true;
}

bool Diagram::updateMeasure(const Measure &changed)
{
    const int i = measureIndexOf(changed.id);
    if (i < 0)
        return false;
    for (const QString &nodeId : changed.nodes) {
        if (!contains(nodeId))
            return false;
    }
    m_measures[static_cast<std::size_t>(i)] = changed;
    return true;
}

bool Diagram::removeMeasure(const MeasureId &id)
{
    const int i = measureIndexOf(id);
    if (i < 0)
        return false;
    m_measures.erase(m_measures.begin() + i);
    return true;
}

std::vector<const Measure *> Diagram::measuresOf(const NodeId &id) const
{
    std::vector<const Measure *> result;
    for (const Measure &m : m_measures) {
        if (m.nodes.contains(id))
            result.push_back(&m);
    }
    return result;
}

void Diagram::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(static_cast<qsizetype>(m_nodes.size()));
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        m_index.insert(m_nodes[i].id, static_cast<int>(i));
}

Diagram Diagram::snapshot() const
{
    Diagram copy;
    copy.m_nodes = m_nodes;
    copy.m_index = m_index;
    copy.m_links = m_links;
    copy.m_linkKeys = m_linkKeys;
    copy.m_measures = m_measures;
    return copy;
}

const ParkedIdea *Diagram::parkedIdea(const ParkedIdeaId &id) const
{
    const int index = parkedIndexOf(id);
    return index < 0 ? nullptr : &m_parkingLot[static_cast<std::size_t>(index)];
}

int Diagram::parkedIndexOf(const ParkedIdeaId &id) const
{
    for (std::size_t i = 0; i < m_parkingLot.size(); ++i) {
        if (m_parkingLot[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

bool Diagram::insertParkedIdea(ParkedIdea idea, int index)
{
    if (idea.id.isEmpty() || parkedIndexOf(idea.id) >= 0)
        return false;
    const int size = static_cast<int>(m_parkingLot.size());
    const int at = index < 0 || index > size ? size : index;
    m_parkingLot.insert(m_parkingLot.begin() + at, std::move(idea));
    return true;
}

bool Diagram::updateParkedIdea(const ParkedIdea &idea)
{
    const int index = parkedIndexOf(idea.id);
    if (index < 0)
        return false;
    m_parkingLot[static_cast<std::size_t>(index)] = idea;
    return true;
}

bool Diagram::removeParkedIdea(const ParkedIdeaId &id)
{
    const int index = parkedIndexOf(id);
    if (index < 0)
        return false;
    m_parkingLot.erase(m_parkingLot.begin() + index);
    return true;
}

ParkedIdeaId Diagram::uniqueParkedId(const QString &prefix) const
{
    for (int n = static_cast<int>(m_parkingLot.size()) + 1;; ++n) {
        const ParkedIdeaId id = prefix + QString::number(n);
        if (parkedIndexOf(id) < 0)
            return id;
    }
}

namespace {

bool sameRevisions(const std::vector<Revision> &a, const std::vector<Revision> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const Revision &x = a[i];
        const Revision &y = b[i];
        if (x.date != y.date || x.label != y.label || x.note != y.note || x.extras != y.extras)
            return false;
        if (bool(x.snapshot) != bool(y.snapshot) || (x.snapshot && *x.snapshot != *y.snapshot))
            return false;
    }
    return true;
}

} // namespace

bool operator==(const Diagram &a, const Diagram &b)
{
    if (!sameRevisions(a.m_revisions, b.m_revisions))
        return false;
    return a.m_title == b.m_title && a.m_meta == b.m_meta && a.m_columns == b.m_columns
        && a.m_checks == b.m_checks && a.m_layout == b.m_layout && a.m_extras == b.m_extras
        && a.m_nodes == b.m_nodes && a.m_links == b.m_links && a.m_measures == b.m_measures
        && a.m_parkingLot == b.m_parkingLot;
}

} // namespace kdd
