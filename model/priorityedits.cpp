#include "priorityedits.h"

#include "undocommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace kdd::edit {

int vote(Document &document, const std::vector<NodeId> &ids, int delta)
{
    const Diagram &d = document.diagram();
    std::vector<std::pair<Node, Node>> changes; // before, after
    for (const NodeId &id : ids) {
        const Node *n = d.node(id);
        if (!n || !n->isChange())
            continue;
        const bool seen = std::any_of(changes.begin(), changes.end(),
                                      [&](const auto &c) { return c.first.id == id; });
        Node after = *n;
        after.votes = std::clamp(n->votes + delta, 0, MaxVotes);
        if (!seen && after.votes != n->votes)
            changes.emplace_back(*n, after);
    }
    if (changes.size() == 1) {
        document.push(new SetNodeCommand(&document, changes[0].first, changes[0].second));
    } else if (!changes.empty()) {
        const int count = static_cast<int>(changes.size());
        auto *macro = new QUndoCommand(
            delta > 0 ? QCoreApplication::translate("kdd::edit", "Vote for %n change ideas",
                                                    nullptr, count)
                      : QCoreApplication::translate(
                          "kdd::edit", "Remove votes from %n change ideas", nullptr, count));
        for (const auto &[before, after] : changes)
            new SetNodeCommand(&document, before, after, macro);
        document.push(macro);
    }
    return static_cast<int>(changes.size());
}

bool setVotes(Document &document, const NodeId &id, int votes)
{
    const Node *n = document.diagram().node(id);
    if (!n || !n->isChange())
        return false;
    const int wanted = std::clamp(votes, 0, MaxVotes);
    return wanted != n->votes && vote(document, {id}, wanted - n->votes) > 0;
}

bool setPriority(Document &document, const NodeId &id, Rating impact, Rating effort)
{
    const Node *n = document.diagram().node(id);
    if (!n || !n->isChange() || (n->impact == impact && n->effort == effort))
        return false;
    Node after = *n;
    after.impact = impact;
    after.effort = effort;
    document.push(new SetNodeCommand(&document, *n, after));
    return true;
}

bool placeInQuadrant(Document &document, const NodeId &id, PickQuadrant quadrant)
{
    const auto [impact, effort] = ratingsOf(quadrant);
    return setPriority(document, id, impact, effort);
}

} // namespace kdd::edit
