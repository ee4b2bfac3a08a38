#include "editoperations.h"

#include "diagramtree.h"
#include "undocommands.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace kdd::edit {
namespace {

std::vector<NodeId> parentsOf(const Diagram &d, const NodeId &id)
{
    std::vector<NodeId> parents;
    for (const Link &l : d.links()) {
        if (l.to == id)
            parents.push_back(l.from);
    }
    return parents;
}

// The node ids of one column, in document order.
std::vector<NodeId> columnOf(const Diagram &d, int column)
{
    std::vector<NodeId> ids;
    for (const Node &n : d.nodes()) {
        if (n.column() == column)
            ids.push_back(n.id);
    }
    return ids;
}

// The boxes drawn as the siblings of node `index` (itself included): those with the same home
// parent, or the roots, in the same column, in the order they are drawn.
std::vector<int> siblingsOf(const Diagram &d, const DiagramTree &tree, int index)
{
    const int parent = tree.parent(index);
    const std::vector<int> &all = parent < 0 ? tree.roots() : tree.children(parent);
    const int column = d.nodes()[static_cast<std::size_t>(index)].column();
    std::vector<int> siblings;
    for (const int i : all) {
        if (d.nodes()[static_cast<std::size_t>(i)].column() == column)
            siblings.push_back(i);
    }
    return siblings;
}

// Moves `id` in the node list to just before (or after) `anchor`, which keeps the order of every
// other box; returns the command (added to `parent` if given) or nullptr if nothing would move.
QUndoCommand *moveBeside(Document &document, const NodeId &id, const NodeId &anchor, bool after,
                         QUndoCommand *parent = nullptr)
{
    const Diagram &d = document.diagram();
    const int from = d.indexOf(id);
    const int at = d.indexOf(anchor);
    if (from < 0 || at < 0 || from == at)
        return nullptr;
    // Taking `id` out first shifts the boxes after it up by one.
    const int to = (after ? at + 1 : at) - (from < at ? 1 : 0);
    if (to == from)
        return nullptr;
    return new MoveNodeCommand(&document, id, from, to, parent);
}

} // namespace

int childColumn(const Node &node)
{
    switch (node.kind) {
    case NodeKind::Aim:
        return 1;
    case NodeKind::Driver:
        return node.level == 1 ? 2 : ChangeColumn;
    case NodeKind::Change:
        return -1;
    }
    return -1;
}

NodeId addAim(Document &document)
{
    const Diagram &d = document.diagram();
    Node n = d.newNodeInColumn(AimColumn);
    int index = 0;
    for (std::size_t i = 0; i < d.nodes().size(); ++i) {
        if (d.nodes()[i].isAim())
            index = static_cast<int>(i) + 1;
    }
    document.push(new AddNodeCommand(&document, n, index, {}));
    return n.id;
}

NodeId addSibling(Document &document, const NodeId &id)
{
    const Diagram &d = document.diagram();
    const Node *of = d.node(id);
    if (!of)
        return {};
    Node n = d.newNodeInColumn(of->column());
    int index = d.indexOf(id) + 1;
    std::vector<Link> links;
    if (of->isAim()) {
        // Below the aim and the SMART aims it links to (the outline shows them under it); under
        // the same global aim as the selected one, or, on a global aim, under that aim: what a
        // coach writes after a global aim is the SMART aim that makes it measurable.
        for (const Link &l : d.links()) {
            const Node *smart = l.from == id ? d.node(l.to) : nullptr;
            if (smart && smart->isAim())
                index = std::max(index, d.indexOf(l.to) + 1);
        }
        if (Diagram::canLink(*of, n))
            links.push_back({id, n.id, LinkStrength::Strong, {}});
        for (const Link &l : d.links()) {
            if (!links.empty())
                break;
            const Node *global = l.to == id ? d.node(l.from) : nullptr;
            if (global && Diagram::canLink(*global, n)) {
                links.push_back({l.from, n.id, LinkStrength::Strong, {}});
                break;
            }
        }
    } else {
        // Linked from the box the selected one is drawn under, and right after it in the node
        // list: the next sibling, drawn right after the selected box's block.
        const NodeId parent = homeParent(d, id);
        if (!parent.isEmpty())
            links.push_back({parent, n.id, LinkStrength::Strong, {}});
    }
    document.push(new AddNodeCommand(&document, n, index, links));
    return n.id;
}

NodeId addChild(Document &document, const NodeId &id)
{
    const Diagram &d = document.diagram();
    const Node *parent = d.node(id);
    if (!parent)
        return {};
    const int column = childColumn(*parent);
    if (column < 0)
        return {};
    Node n = d.newNodeInColumn(column);
    // After every box drawn under it in the node list: the new box is its last child, drawn
    // below the others' blocks.
    int index = d.indexOf(id) + 1;
    const DiagramTree tree(d);
    for (const int child : tree.children(d.indexOf(id)))
        index = std::max(index, child + 1);
    document.push(new AddNodeCommand(&document, n, index, {{id, n.id, LinkStrength::Strong, {}}}));
    return n.id;
}

NodeId moveLeft(Document &document, const NodeId &id)
{
    const Diagram &d = document.diagram();
    const Node *node = d.node(id);
    if (!node || node->isAim() || (node->isDriver() && node->level == 1))
        return {};
    Node after = *node;
    if (node->isChange()) {
        // One column left: beside its parent — a tertiary driver if it hangs under one.
        after.kind = NodeKind::Driver;
        after.level = 2;
        for (const NodeId &parent : parentsOf(d, id)) {
            if (d.node(parent)->isDriver() && d.node(parent)->level == 3)
                after.level = 3;
        }
    } else {
        after.level = node->level - 1;
    }
    const int newColumn = after.column();
    // Links from parents that would now point within a column or leftwards are replaced by
    // links from those parents' own parents: the box becomes a sibling of its former parent.
    std::vector<int> removed;
    std::vector<Link> replacements;
    for (std::size_t i = 0; i < d.links().size(); ++i) {
        const Link &l = d.links()[i];
        if (l.to != id && l.from != id)
            continue;
        const Node *other = d.node(l.to == id ? l.from : l.to);
        if (l.to == id && other->column() >= newColumn) {
            removed.push_back(static_cast<int>(i));
            for (const NodeId &grandparent : parentsOf(d, l.from)) {
                const bool known =
                    std::any_of(replacements.begin(), replacements.end(),
                                [&](const Link &e) { return e.from == grandparent; });
                if (d.node(grandparent)->column() < newColumn && !d.link(grandparent, id) && !known)
                    replacements.push_back({grandparent, id, l.strength, {}});
            }
        } else if (l.from == id && other->column() <= newColumn) {
            removed.push_back(static_cast<int>(i));
        }
    }
    // The box stays under the parent its home link now leads to: a replacement for the home link
    // takes that link's place in the list (appended, it would lose to any other parent).
    const NodeId oldHome = homeParent(d, id);
    int insertAt = -1;
    if (!oldHome.isEmpty()) {
        const int homeLink = d.linkIndexOf(oldHome, id);
        if (std::find(removed.begin(), removed.end(), homeLink) != removed.end()) {
            insertAt = homeLink;
            for (const int i : removed)
                insertAt -= i < homeLink ? 1 : 0;
        }
    }
    // The home the box will have: the first link left into it once the step is done.
    std::vector<Link> linksAfter;
    for (std::size_t i = 0; i < d.links().size(); ++i) {
        if (std::find(removed.begin(), removed.end(), static_cast<int>(i)) == removed.end())
            linksAfter.push_back(d.links()[i]);
    }
    linksAfter.insert(insertAt < 0 ? linksAfter.end() : linksAfter.begin() + insertAt,
                      replacements.begin(), replacements.end());
    NodeId newHome;
    for (const Link &l : linksAfter) {
        if (l.to == id && d.node(l.from)->column() < newColumn) {
            newHome = l.from;
            break;
        }
    }

    auto *macro = new QUndoCommand(QCoreApplication::translate("kdd::edit", "Move left"));
    // Removed last-first, so that undo re-inserts them first-first at their own places.
    for (auto it = removed.rbegin(); it != removed.rend(); ++it) {
        const Link &l = d.links()[static_cast<std::size_t>(*it)];
        new RemoveLinkCommand(&document, l.from, l.to, macro);
    }
    new SetNodeCommand(&document, *node, after, macro);
    for (std::size_t i = 0; i < replacements.size(); ++i) {
        new AddLinkCommand(&document, replacements[i],
                           insertAt < 0 ? -1 : insertAt + static_cast<int>(i), macro);
    }
    // Where its former home parent becomes its sibling, it goes right after it, as an outliner
    // outdents: drawn below the former parent's block.
    const Node *former = d.node(oldHome);
    if (former && former->column() == newColumn && newHome == homeParent(d, oldHome))
        moveBeside(document, id, oldHome, true, macro);
    document.push(macro);
    return id;
}

NodeId removeNodes(Document &document, const std::vector<NodeId> &requested)
{
    const Diagram &d = document.diagram();
    // Only boxes that exist (a selection may name a ghost of the comparison view).
    std::vector<NodeId> ids;
    for (const NodeId &id : requested) {
        if (d.contains(id))
            ids.push_back(id);
    }
    if (ids.empty())
        return {};
    // Select the neighbour above the first removed box in its column, else the one below.
    NodeId next;
    const Node *first = d.node(ids.front());
    if (first) {
        const std::vector<NodeId> column = columnOf(d, first->column());
        const auto at = std::find(column.begin(), column.end(), first->id);
        for (auto it = at; it != column.begin();) {
            --it;
            if (std::find(ids.begin(), ids.end(), *it) == ids.end()) {
                next = *it;
                break;
            }
        }
        if (next.isEmpty()) {
            for (auto it = at; it != column.end(); ++it) {
                if (std::find(ids.begin(), ids.end(), *it) == ids.end()) {
                    next = *it;
                    break;
                }
            }
        }
        if (next.isEmpty()) {
            const std::vector<NodeId> parents = parentsOf(d, first->id);
            if (!parents.empty())
                next = parents.front();
        }
    }
    document.push(new RemoveNodesCommand(&document, ids));
    return next;
}

NodeId moveWithinColumn(Document &document, const NodeId &id, int delta)
{
    const Diagram &d = document.diagram();
    const Node *node = d.node(id);
    if (!node || delta == 0)
        return {};
    const DiagramTree tree(d);
    const std::vector<int> siblings = siblingsOf(d, tree, d.indexOf(id));
    const auto at = std::find(siblings.begin(), siblings.end(), d.indexOf(id)) - siblings.begin();
    const auto target = at + (delta < 0 ? -1 : 1);
    if (target < 0 || target >= static_cast<long>(siblings.size()))
        return id; // the first or last of its siblings: blocks never interleave
    const NodeId &other =
        d.nodes()[static_cast<std::size_t>(siblings[static_cast<std::size_t>(target)])].id;
    if (QUndoCommand *move = moveBeside(document, id, other, delta > 0))
        document.push(move);
    return id;
}

NodeId moveToPositionInColumn(Document &document, const NodeId &id, int position)
{
    const Diagram &d = document.diagram();
    const Node *node = d.node(id);
    if (!node)
        return {};
    const DiagramTree tree(d);
    const int self = d.indexOf(id);
    // Where each other box of the column is drawn (keep order), counting without `id`.
    std::vector<int> place(d.nodes().size(), -1);
    int drawn = 0;
    for (const int i : tree.preorder()) {
        if (i != self && d.nodes()[static_cast<std::size_t>(i)].column() == node->column())
            place[static_cast<std::size_t>(i)] = drawn++;
    }
    // The box stays among its siblings: its new place among them is the number of siblings
    // drawn above `position`, so a drop beyond them goes to the nearer end.
    std::vector<int> others = siblingsOf(d, tree, self);
    const auto current = std::find(others.begin(), others.end(), self) - others.begin();
    others.erase(others.begin() + current);
    const auto slot = std::count_if(others.begin(), others.end(), [&](int i) {
        return place[static_cast<std::size_t>(i)] < position;
    });
    if (slot == current)
        return id;
    const bool last = slot == static_cast<long>(others.size());
    const int anchor = others[static_cast<std::size_t>(last ? slot - 1 : slot)];
    if (QUndoCommand *move =
            moveBeside(document, id, d.nodes()[static_cast<std::size_t>(anchor)].id, last))
        document.push(move);
    return id;
}

bool setHomeParent(Document &document, const NodeId &id, const NodeId &parent)
{
    const Diagram &d = document.diagram();
    const Node *node = d.node(id);
    const Node *from = d.node(parent);
    const Link *link = d.link(parent, id);
    if (!node || !from || !link || from->column() >= node->column())
        return false;
    const NodeId home = homeParent(d, id);
    if (home == parent)
        return false;
    // The home link comes first among the links from the left, so the chosen one goes before it.
    const int at = d.linkIndexOf(home, id);
    const Link moved = *link;
    auto *macro = new QUndoCommand(QCoreApplication::translate("kdd::edit", "Place under “%1”")
                                       .arg(from->text.simplified().left(40)));
    new RemoveLinkCommand(&document, parent, id, macro);
    new AddLinkCommand(&document, moved, at, macro);
    document.push(macro);
    return true;
}

std::vector<NodeId> parentsFromLeft(const Diagram &diagram, const NodeId &id)
{
    std::vector<NodeId> parents;
    const Node *node = diagram.node(id);
    if (!node)
        return parents;
    for (const Link &l : diagram.links()) {
        const Node *from = l.to == id ? diagram.node(l.from) : nullptr;
        if (from && from->column() < node->column())
            parents.push_back(l.from);
    }
    return parents;
}

void setNode(Document &document, const Node &after)
{
    const Diagram &d = document.diagram();
    const Node *before = d.node(after.id);
    if (!before || *before == after)
        return;
    std::vector<std::pair<NodeId, NodeId>> broken;
    for (const Link &l : d.links()) {
        if ((l.from == after.id && !Diagram::canLink(after, *d.node(l.to)))
            || (l.to == after.id && !Diagram::canLink(*d.node(l.from), after)))
            broken.emplace_back(l.from, l.to);
    }
    // Removed last-first, so that undo re-inserts them first-first at their own places.
    std::reverse(broken.begin(), broken.end());
    if (broken.empty()) {
        document.push(new SetNodeCommand(&document, *before, after));
        return;
    }
    auto *macro =
        new QUndoCommand(QCoreApplication::translate("kdd::edit", "Change box and its links"));
    for (const auto &[from, to] : broken)
        new RemoveLinkCommand(&document, from, to, macro);
    new SetNodeCommand(&document, *before, after, macro);
    document.push(macro);
}

int setNodes(Document &document, const std::vector<Node> &after, const QString &name)
{
    std::vector<std::pair<const Node *, const Node *>> changed; // before, after
    for (const Node &n : after) {
        const Node *before = document.diagram().node(n.id);
        if (before && *before != n && before->kind == n.kind && before->level == n.level)
            changed.emplace_back(before, &n);
    }
    if (changed.empty())
        return 0;
    auto *macro = new QUndoCommand(name);
    for (const auto &[before, next] : changed)
        new SetNodeCommand(&document, *before, *next, macro);
    document.push(macro);
    return static_cast<int>(changed.size());
}

bool toggleAimRole(Document &document, const NodeId &id)
{
    const Node *aim = document.diagram().node(id);
    if (!aim || !aim->isAim())
        return false;
    Node after = *aim;
    after.role = aim->role == AimRole::Global ? AimRole::Smart : AimRole::Global;
    setNode(document, after);
    return true;
}

void setLinkStrength(Document &document, const NodeId &from, const NodeId &to,
                     LinkStrength strength)
{
    const Link *l = document.diagram().link(from, to);
    if (l && l->strength != strength)
        document.push(new SetLinkStrengthCommand(&document, from, to, strength));
}

void setText(Document &document, const NodeId &id, const QString &text)
{
    const Node *node = document.diagram().node(id);
    if (!node || node->text == text)
        return;
    Node after = *node;
    after.text = text;
    document.push(new SetNodeCommand(&document, *node, after));
}

bool link(Document &document, const NodeId &from, const NodeId &to)
{
    const Diagram &d = document.diagram();
    const Node *a = d.node(from);
    const Node *b = d.node(to);
    if (!a || !b || d.link(from, to) || !Diagram::canLink(*a, *b))
        return false;
    document.push(new AddLinkCommand(&document, {from, to, LinkStrength::Strong, {}}));
    return true;
}

MeasureId addMeasure(Document &document, MeasureType type, const QStringList &nodes)
{
    Measure m;
    m.id = document.diagram().uniqueId(QStringLiteral("m"));
    m.type = type;
    for (const QString &id : nodes) {
        if (document.diagram().contains(id) && !m.nodes.contains(id))
            m.nodes << id;
    }
    document.push(new AddMeasureCommand(&document, m));
    return m.id;
}

void setMeasure(Document &document, const Measure &after)
{
    const Measure *before = document.diagram().measure(after.id);
    if (!before || *before == after)
        return;
    for (const QString &id : after.nodes) {
        if (!document.diagram().contains(id))
            return;
    }
    document.push(new SetMeasureCommand(&document, *before, after));
}

void removeMeasure(Document &document, const MeasureId &id)
{
    if (document.diagram().measure(id))
        document.push(new RemoveMeasureCommand(&document, id));
}

void attachMeasure(Document &document, const MeasureId &id, const QStringList &nodes, bool attach)
{
    const Measure *m = document.diagram().measure(id);
    if (!m)
        return;
    Measure after = *m;
    for (const QString &node : nodes) {
        if (attach && document.diagram().contains(node) && !after.nodes.contains(node))
            after.nodes << node;
        if (!attach)
            after.nodes.removeAll(node);
    }
    setMeasure(document, after);
}

void saveRevision(Document &document, const QString &note, const QString &date)
{
    Revision revision;
    revision.date = date;
    revision.label = document.diagram().metadata().revision;
    revision.note = note.simplified();
    revision.snapshot = std::make_shared<const Diagram>(document.diagram().snapshot());
    document.push(new SaveRevisionCommand(&document, revision));
}

void unlink(Document &document, const NodeId &from, const NodeId &to)
{
    if (document.diagram().link(from, to))
        document.push(new RemoveLinkCommand(&document, from, to));
}

} // namespace kdd::edit

namespace kdd::edit {

NewBox lastAddedBox(Document &document)
{
    const QUndoStack *stack = document.undoStack();
    const QUndoCommand *last = stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
    const auto *add = dynamic_cast<const AddNodeCommand *>(last);
    if (!add)
        return {};
    return {add->nodeId(), add->serial()};
}

bool takeBack(Document &document, const NewBox &box)
{
    const Node *node = document.diagram().node(box.id);
    if (box.id.isEmpty() || !node || !node->text.isEmpty())
        return false;
    QUndoStack *stack = document.undoStack();
    auto *last = stack->index() > 0 ? const_cast<QUndoCommand *>(stack->command(stack->index() - 1))
                                    : nullptr;
    auto *add = dynamic_cast<AddNodeCommand *>(last);
    if (add && add->serial() == box.step && add->nodeId() == box.id) {
        add->discardOnUndo();
        stack->undo();
    } else {
        // Something else happened since: the box goes as a step of its own.
        removeNodes(document, {box.id});
    }
    return true;
}

bool tidyUp(Document &document, std::vector<NodeId> order,
            std::vector<std::pair<NodeId, NodeId>> links)
{
    std::vector<NodeId> now;
    for (const Node &n : document.diagram().nodes())
        now.push_back(n.id);
    std::vector<std::pair<NodeId, NodeId>> linksNow;
    for (const Link &l : document.diagram().links())
        linksNow.emplace_back(l.from, l.to);
    if (links == linksNow)
        links.clear();
    if (order == now && links.empty())
        return false; // an unchanged order is not a step in the history
    std::vector<NodeId> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    std::sort(now.begin(), now.end());
    if (sorted != now)
        return false; // not a reordering of this document's boxes
    if (!links.empty()) {
        std::vector<std::pair<NodeId, NodeId>> sortedLinks = links;
        std::sort(sortedLinks.begin(), sortedLinks.end());
        std::sort(linksNow.begin(), linksNow.end());
        if (sortedLinks != linksNow)
            return false; // not a reordering of this document's links
    }
    document.push(new SetNodeOrderCommand(&document, std::move(order), std::move(links)));
    return true;
}

namespace {

// Pushes one step that sets what `change` alters in the layout options, unless nothing changes.
bool setLayoutSettings(Document &document, const std::function<void(LayoutSettings &)> &change)
{
    LayoutSettings after = document.diagram().layoutSettings();
    change(after);
    if (after == document.diagram().layoutSettings())
        return false;
    document.push(new SetLayoutSettingsCommand(&document, std::move(after)));
    return true;
}

} // namespace

bool setLayoutOrder(Document &document, LayoutSettings::Order order)
{
    return setLayoutSettings(document, [order](LayoutSettings &s) { s.order = order; });
}

bool setLayoutLinks(Document &document, LayoutSettings::Links links)
{
    return setLayoutSettings(document, [links](LayoutSettings &s) { s.links = links; });
}

bool setLayoutIdeas(Document &document, LayoutSettings::Ideas ideas)
{
    return setLayoutSettings(document, [ideas](LayoutSettings &s) { s.ideas = ideas; });
}

bool setLayoutTextSize(Document &document, double points)
{
    if (!LayoutSettings::isValidTextSize(points))
        return false;
    return setLayoutSettings(document, [points](LayoutSettings &s) { s.textSize = points; });
}

bool setDocumentInfo(Document &document, const QString &title, const Metadata &meta,
                     const ColumnTitles &columns)
{
    const Diagram &d = document.diagram();
    if (title == d.title() && meta == d.metadata() && columns == d.columnTitles())
        return false; // nothing changed: no step in the history
    document.push(new SetDocumentInfoCommand(&document, {title, meta, columns}));
    return true;
}

} // namespace kdd::edit
