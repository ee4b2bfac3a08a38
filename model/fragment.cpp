#include "fragment.h"

#include "kddfile.h"
#include "outlinereader.h"
#include "undocommands.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace kdd {

QString fragmentMimeType() { return QStringLiteral("application/x-keydriver-fragment"); }

QByteArray copyFragment(const Diagram &diagram, const std::vector<NodeId> &ids)
{
    const QSet<NodeId> wanted(ids.begin(), ids.end());
    Diagram part;
    for (const Node &n : diagram.nodes()) {
        if (wanted.contains(n.id))
            part.insertNode(n);
    }
    for (const Link &l : diagram.links()) {
        if (wanted.contains(l.from) && wanted.contains(l.to))
            part.addLink(l);
    }
    return writeDiagram(part);
}

std::vector<NodeId> pasteFragment(Document &document, const QByteArray &bytes, const NodeId &anchor)
{
    const LoadResult loaded = readDiagram(bytes, QStringLiteral("clipboard"));
    if (!loaded.ok() || loaded.diagram->nodes().empty())
        return {};
    const Diagram &part = *loaded.diagram;
    const Diagram &d = document.diagram();
    // Fresh ids that collide neither with the diagram nor with each other.
    Diagram scratch = d;
    QHash<NodeId, NodeId> renamed;
    std::vector<Node> nodes;
    for (Node n : part.nodes()) {
        const QString prefix = n.isAim()    ? QStringLiteral("aim")
                             : n.isChange() ? QStringLiteral("c")
                             : n.level == 1 ? QStringLiteral("p")
                             : n.level == 2 ? QStringLiteral("s")
                                            : QStringLiteral("t");
        const NodeId fresh = scratch.uniqueId(prefix);
        renamed.insert(n.id, fresh);
        n.id = fresh;
        scratch.insertNode(n);
        nodes.push_back(n);
    }
    QSet<NodeId> hasParent;
    std::vector<Link> links;
    for (Link l : part.links()) {
        l.from = renamed.value(l.from);
        l.to = renamed.value(l.to);
        hasParent.insert(l.to);
        links.push_back(l);
    }
    const Node *anchorNode = d.node(anchor);
    for (const Node &n : nodes) {
        if (anchorNode && !hasParent.contains(n.id) && Diagram::canLink(*anchorNode, n))
            links.push_back({anchor, n.id, LinkStrength::Strong, {}});
    }
    auto *macro = new QUndoCommand(
        QCoreApplication::translate("kdd::edit", "Paste %1 boxes").arg(nodes.size()));
    // After the anchor in the node list, so pasted boxes appear near where the user is working.
    int index = anchorNode ? d.indexOf(anchor) + 1 : -1;
    for (const Node &n : nodes) {
        new AddNodeCommand(&document, n, index, {}, macro);
        if (index >= 0)
            ++index;
    }
    for (const Link &l : links)
        new AddLinkCommand(&document, l, -1, macro);
    document.push(macro);
    std::vector<NodeId> ids;
    for (const Node &n : nodes)
        ids.push_back(n.id);
    return ids;
}

std::vector<NodeId> pastePlainText(Document &document, const QString &text, const NodeId &anchor,
                                   QString *error)
{
    const LoadResult read = plainTextBoxes(document.diagram(), text, anchor);
    if (!read.ok()) {
        if (error && !read.problems.empty())
            *error = read.problems.front().toString();
        return {};
    }
    // Through the fragment format, so ids, placement and the single undo step are the same as
    // for pasted boxes.
    return pasteFragment(document, writeDiagram(*read.diagram), anchor);
}

LoadResult plainTextBoxes(const Diagram &diagram, const QString &text, const NodeId &anchor)
{
    const Node *anchorNode = diagram.node(anchor);
    const int firstColumn = anchorNode ? std::min(anchorNode->column() + 1, ChangeColumn) : 0;
    return readPlainOutline(text.toUtf8(), QStringLiteral("clipboard"), firstColumn);
}

std::vector<NodeId> linkTargets(const Diagram &diagram, const NodeId &from)
{
    std::vector<NodeId> targets;
    const Node *a = diagram.node(from);
    if (!a)
        return targets;
    for (const Node &b : diagram.nodes()) {
        if (Diagram::canLink(*a, b) && !diagram.link(from, b.id))
            targets.push_back(b.id);
    }
    return targets;
}

LinkPartners linkPartners(const Diagram &diagram, const NodeId &id)
{
    LinkPartners partners;
    const Node *a = diagram.node(id);
    if (!a)
        return partners;
    for (const Node &b : diagram.nodes()) {
        if (Diagram::canLink(b, *a) && !diagram.link(b.id, id))
            partners.parents.push_back(b.id);
    }
    partners.children = linkTargets(diagram, id);
    return partners;
}

} // namespace kdd
