// Stacked change ideas: a driver's own ideas drawn as the rows of one card, which makes tall
// diagrams much shorter. Placement runs on a diagram in which each card is its first row.
#include "ideacards.h"

#include "placement.h"

#include "model/diagramtree.h"

#include <QHash>

#include <map>

namespace kdd {

std::vector<std::vector<int>> findIdeaCards(const Diagram &diagram)
{
    const std::vector<Node> &nodes = diagram.nodes();
    std::vector<int> parents(nodes.size(), 0);
    std::vector<int> onlyParent(nodes.size(), -1);
    for (const Link &link : diagram.links()) {
        const auto to = static_cast<std::size_t>(diagram.indexOf(link.to));
        ++parents[to];
        onlyParent[to] = diagram.indexOf(link.from);
    }
    const DiagramTree tree(diagram);
    std::map<int, std::vector<int>> byDriver; // in tree order
    for (const int i : tree.preorder()) {
        const auto index = static_cast<std::size_t>(i);
        const int parent = onlyParent[index];
        if (nodes[index].isChange() && parents[index] == 1
            && nodes[static_cast<std::size_t>(parent)].isDriver())
            byDriver[tree.position(parent)].push_back(i);
    }
    std::vector<std::vector<int>> cards;
    for (auto &entry : byDriver) {
        if (entry.second.size() >= 2)
            cards.push_back(std::move(entry.second));
    }
    return cards;
}

bool placeWithIdeaCards(const Diagram &diagram, LayoutSettings::Order order,
                        LayoutSettings::Links links, const Typography &t, DiagramLayout &layout,
                        QString *error)
{
    const std::vector<std::vector<int>> cards = findIdeaCards(diagram);
    if (cards.empty())
        return placeBoxesAndLinks(diagram, order, links, t, layout, error);

    // The diagram as placed: every card reduced to its first row, as tall as all its rows.
    std::vector<int> cardOf(layout.boxes.size(), -1);
    Diagram reduced = diagram;
    for (std::size_t c = 0; c < cards.size(); ++c) {
        for (std::size_t r = 0; r < cards[c].size(); ++r) {
            const int box = cards[c][r];
            cardOf[static_cast<std::size_t>(box)] = static_cast<int>(c);
            if (r > 0)
                reduced.removeNode(layout.boxes[static_cast<std::size_t>(box)].id);
        }
    }
    DiagramLayout placed;
    QHash<NodeId, int> fullIndex;
    for (std::size_t i = 0; i < layout.boxes.size(); ++i)
        fullIndex.insert(layout.boxes[i].id, static_cast<int>(i));
    for (const Node &n : reduced.nodes()) {
        const int i = fullIndex.value(n.id);
        DiagramLayout::Box box = layout.boxes[static_cast<std::size_t>(i)];
        const int card = cardOf[static_cast<std::size_t>(i)];
        if (card >= 0) {
            qreal height = 0;
            for (const int row : cards[static_cast<std::size_t>(card)])
                height += layout.boxes[static_cast<std::size_t>(row)].rect.height();
            box.rect.setHeight(height);
        }
        placed.boxes.push_back(std::move(box));
    }
    if (!placeBoxesAndLinks(reduced, order, links, t, placed, error))
        return false;

    // Back to every row: stacked inside its card, in the user's order.
    QHash<NodeId, int> placedIndex;
    for (std::size_t i = 0; i < placed.boxes.size(); ++i)
        placedIndex.insert(placed.boxes[i].id, static_cast<int>(i));
    for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
        if (cardOf[i] < 0)
            layout.boxes[i].rect =
                placed.boxes[static_cast<std::size_t>(placedIndex.value(layout.boxes[i].id))].rect;
    }
    layout.cards.clear();
    for (const std::vector<int> &rows : cards) {
        const DiagramLayout::Box &first = layout.boxes[static_cast<std::size_t>(rows.front())];
        const QRectF outline =
            placed.boxes[static_cast<std::size_t>(placedIndex.value(first.id))].rect;
        DiagramLayout::Card card{{}, outline};
        qreal y = outline.top();
        for (const int row : rows) {
            DiagramLayout::Box &box = layout.boxes[static_cast<std::size_t>(row)];
            box.rect = QRectF(outline.left(), y, outline.width(), box.rect.height());
            box.inCard = true;
            y += box.rect.height();
            card.rows.push_back(box.id);
        }
        layout.cards.push_back(std::move(card));
    }
    // Links: the card's one connector is its first row's; the other rows' links share it.
    std::map<std::pair<NodeId, NodeId>, const DiagramLayout::Edge *> placedEdge;
    for (const DiagramLayout::Edge &e : placed.edges)
        placedEdge[{e.from, e.to}] = &e;
    layout.edges.clear();
    for (const Link &link : diagram.links()) {
        DiagramLayout::Edge edge{link.from, link.to, link.strength, {}};
        const auto found = placedEdge.find({link.from, link.to});
        if (found != placedEdge.end()) {
            edge.points = found->second->points;
            edge.shared = found->second->shared;
        } else {
            const int card = cardOf[static_cast<std::size_t>(fullIndex.value(link.to))];
            const NodeId &first =
                layout
                    .boxes[static_cast<std::size_t>(cards[static_cast<std::size_t>(card)].front())]
                    .id;
            edge.points = placedEdge.at({link.from, first})->points;
            edge.merged = true;
        }
        layout.edges.push_back(std::move(edge));
    }
    return true;
}

} // namespace kdd
