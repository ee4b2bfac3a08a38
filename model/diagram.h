#pragma once

#include "extras.h"
#include "link.h"
#include "measure.h"
#include "metadata.h"
#include "node.h"
#include "parkinglot.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace kdd {

class Diagram;

// A dated snapshot of the theory kept inside the file (`meta.revisions`), so a team can see how
// its diagram changed as it learned. The snapshot holds nodes, links and measures only.
struct Revision
{
    QString date;  // "YYYY-MM-DD"
    QString label; // the revision name at the time, e.g. "v3"
    QString note;  // one line: what changed and why
    std::shared_ptr<const Diagram> snapshot;
    Extras extras;
};

// A whole key driver diagram as a value: metadata, nodes in the user's order, links and measures.
// It keeps an id index and refuses edits that would break the file contract (duplicate ids, links
// to missing nodes or pointing leftwards), so every Diagram can be saved and loaded again.
class Diagram
{
public:
    Diagram() = default;

    const QString &title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    const Metadata &metadata() const { return m_meta; }
    void setMetadata(const Metadata &meta) { m_meta = meta; }
    const ColumnTitles &columnTitles() const { return m_columns; }
    void setColumnTitles(const ColumnTitles &columns) { m_columns = columns; }
    const CheckSettings &checkSettings() const { return m_checks; }
    void setCheckSettings(const CheckSettings &settings) { m_checks = settings; }
    const LayoutSettings &layoutSettings() const { return m_layout; }
    void setLayoutSettings(const LayoutSettings &settings) { m_layout = settings; }
    // Top-level members unknown to this version, kept for the next save.
    // Snapshots kept in the file, oldest first.
    const std::vector<Revision> &revisions() const { return m_revisions; }
    void setRevisions(std::vector<Revision> revisions) { m_revisions = std::move(revisions); }
    // The nodes, links and measures alone: what a revision stores.
    Diagram snapshot() const;

    const Extras &extras() const { return m_extras; }
    void setExtras(const Extras &extras) { m_extras = extras; }

    // Nodes, in the user's order (which is also the vertical order within each column).
    const std::vector<Node> &nodes() const { return m_nodes; }
    const Node *node(const NodeId &id) const;
    int indexOf(const NodeId &id) const { return m_index.value(id, -1); }
    bool contains(const NodeId &id) const { return m_index.contains(id); }
    // Inserts at `index` (clamped; -1 appends). Fails on an empty or duplicate id.
    bool insertNode(Node node, int index = -1);
    // Replaces the node with the same id. Fails if the id is unknown or if a change of kind or
    // level would make one of its links point leftwards.
    bool updateNode(const Node &node);
    // Removes the node, its links and its attachments to measures.
    bool removeNode(const NodeId &id);
    // Moves a node to position `index` in the node list (the other nodes keep their order).
    bool moveNode(const NodeId &id, int index);
    // A fresh id of the form prefix + number that no node or measure uses.
    NodeId uniqueId(const QString &prefix) const;
    // An empty new box for `column` (0 aim — a SMART aim, 1-3 driver levels, 4 change idea) with
    // a fresh id ("aim", "p", "s", "t" or "c" and a number); not inserted.
    Node newNodeInColumn(int column) const;

    const std::vector<Link> &links() const { return m_links; }
    const Link *link(const NodeId &from, const NodeId &to) const;
    // Adds a link between existing nodes; fails if invalid (see canLink) or already present.
    bool addLink(const Link &link);
    // As addLink, at position `index` of the link list (clamped; -1 appends).
    bool insertLink(const Link &link, int index);
    int linkIndexOf(const NodeId &from, const NodeId &to) const;
    bool removeLink(const NodeId &from, const NodeId &to);
    // Puts the links in the order of `order`, (from, to) pairs; fails, changing nothing, unless it
    // is a permutation of the links.
    bool setLinkOrder(const std::vector<std::pair<NodeId, NodeId>> &order);
    bool setLinkStrength(const NodeId &from, const NodeId &to, LinkStrength strength);
    // Whether a link from -> to obeys the contract: strictly rightwards, or global aim -> SMART
    // aim.
    static bool canLink(const Node &from, const Node &to);

    const std::vector<Measure> &measures() const { return m_measures; }
    const Measure *measure(const MeasureId &id) const;
    int measureIndexOf(const MeasureId &id) const;
    // Adds a measure (unique non-empty id; attached node ids must exist).
    bool insertMeasure(Measure measure, int index = -1);
    bool updateMeasure(const Measure &measure);
    bool removeMeasure(const MeasureId &id);
    // The measures attached to a node, in measure order.
    std::vector<const Measure *> measuresOf(const NodeId &id) const;

    // Ideas not yet placed in the tree, in the order the coach wrote them down.
    const std::vector<ParkedIdea> &parkingLot() const { return m_parkingLot; }
    // Replaces the whole list (a reader that checked the ids are unique and not empty).
    void setParkingLot(std::vector<ParkedIdea> ideas) { m_parkingLot = std::move(ideas); }
    const ParkedIdea *parkedIdea(const ParkedIdeaId &id) const;
    int parkedIndexOf(const ParkedIdeaId &id) const;
    // Inserts at `index` (clamped; -1 appends). Fails on an empty or duplicate id.
    bool insertParkedIdea(ParkedIdea idea, int index = -1);
    // Replaces the parked idea with the same id; fails if there is none.
    bool updateParkedIdea(const ParkedIdea &idea);
    bool removeParkedIdea(const ParkedIdeaId &id);
    // A fresh id of the form prefix + number that no parked idea uses.
    ParkedIdeaId uniqueParkedId(const QString &prefix) const;

    friend bool operator==(const Diagram &a, const Diagram &b);
    friend bool operator!=(const Diagram &a, const Diagram &b) { return !(a == b); }

private:
    void rebuildIndex();

    QString m_title;
    Metadata m_meta;
    ColumnTitles m_columns;
    CheckSettings m_checks;
    LayoutSettings m_layout;
    Extras m_extras;
    std::vector<Revision> m_revisions;
    std::vector<Node> m_nodes;
    QHash<NodeId, int> m_index;
    std::vector<Link> m_links;
    QSet<std::pair<NodeId, NodeId>> m_linkKeys; // (from, to) of every link, for O(1) look-up
    std::vector<Measure> m_measures;
    std::vector<ParkedIdea> m_parkingLot; // a few dozen at most: searched linearly
};

} // namespace kdd
