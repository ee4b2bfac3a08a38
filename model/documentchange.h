#pragma once

#include "measure.h"
#include "node.h"

#include <QMetaType>
#include <QSet>

#include <utility>

namespace kdd {

// What one undo step (a push, an undo or a redo) changed in a Document: the kinds of change and
// the ids they concern. Views read it to update only what they show.
struct DocumentChange
{
    enum Kind : unsigned {
        NodesAdded = 1u << 0,
        NodesRemoved = 1u << 1,
        NodesChanged = 1u << 2, // text, kind, level, status, notes… of existing boxes
        NodeOrder = 1u << 3,    // the order of the node list (vertical order in columns)
        Links = 1u << 4,        // links added, removed or restyled
        Measures = 1u << 5,
        Metadata = 1u << 6, // title, meta, column titles
        Revisions = 1u << 7,
        LayoutOptions = 1u << 8,
        Reset = 1u << 9,       // the whole diagram was replaced (open, revert)
        ParkingLot = 1u << 10, // ideas added to, changed in or removed from the parking lot
    };
    // Kinds after which boxes may have to move: the tree, its order, or a box's contents.
    static constexpr unsigned Structure = NodesAdded | NodesRemoved | NodeOrder | Links;

    unsigned kinds = 0;
    QSet<NodeId> nodes;                    // boxes added, removed or changed
    QSet<std::pair<NodeId, NodeId>> links; // links added, removed or restyled (from, to)
    QSet<MeasureId> measures;              // measures added, removed or changed

    bool isEmpty() const { return kinds == 0; }
    // Whether any of `mask`'s kinds changed; a Reset counts as every kind.
    bool has(unsigned mask) const { return (kinds & (mask | Reset)) != 0; }
    // Whether nothing but `mask`'s kinds changed.
    bool only(unsigned mask) const { return kinds != 0 && (kinds & ~mask) == 0; }

    void add(unsigned kind) { kinds |= kind; }
    void addNode(unsigned kind, const NodeId &id)
    {
        kinds |= kind;
        nodes.insert(id);
    }
    void addLink(const NodeId &from, const NodeId &to)
    {
        kinds |= Links;
        links.insert({from, to});
    }
    void addMeasure(const MeasureId &id)
    {
        kinds |= Measures;
        measures.insert(id);
    }
    void merge(const DocumentChange &other)
    {
        kinds |= other.kinds;
        nodes.unite(other.nodes);
        links.unite(other.links);
        measures.unite(other.measures);
    }
};

} // namespace kdd

Q_DECLARE_METATYPE(kdd::DocumentChange)
