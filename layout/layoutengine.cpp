// From a Diagram to a DiagramLayout: measure the boxes with Qt, place them with Graphviz, then
// add headers, the title block and the legend around them (decorations.cpp).
#include "layoutengine.h"

#include "decorations.h"
#include "graphvizplacer.h"
#include "linkrouter.h"
#include "treeplacer.h"

#include "model/diagramtree.h"
#include "model/layoutlimits.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace kdd {

const DiagramLayout::Box *DiagramLayout::box(const NodeId &id) const
{
    for (const Box &b : boxes) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

namespace {

QString statusPrefix(const Node &n)
{
    if (!n.isChange())
        return {};
    switch (n.status) {
    case ChangeStatus::Adopted:
        return QStringLiteral("Adopted: ");
    case ChangeStatus::Abandoned:
        return QStringLiteral("Abandoned: ");
    default:
        return {};
    }
}

QString measureDefinition(const Measure &m)
{
    QStringList lines;
    const auto add = [&](const char *label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines << QString::fromUtf8(label) + value;
    };
    add("Numerator: ", m.numerator);
    add("Denominator: ", m.denominator);
    add("Source: ", m.source);
    add("Target: ", m.target);
    add("Stratified by: ", m.stratifyBy.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

// Text, badges and size of one box; its position comes later.
DiagramLayout::Box measureBox(const Diagram &diagram, const Node &n, const Typography &t)
{
    DiagramLayout::Box box;
    box.id = n.id;
    box.kind = n.kind;
    box.role = n.role;
    box.column = n.column();
    box.status = n.status;
    box.reliability = n.isChange() ? n.reliability : 0;
    box.fullText = n.text;
    box.notes = n.notes;
    const bool aim = n.isAim();
    box.text = wrapText(statusPrefix(n) + n.text, aim ? t.aimFont : t.boxFont,
                        aim ? t.maxAimTextWidth : t.maxTextWidth);
    const std::vector<Measure> &all = diagram.measures();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].nodes.contains(n.id))
            box.badges.push_back(
                {all[i].type, static_cast<int>(i) + 1, all[i].name, measureDefinition(all[i]), {}});
    }
    return box;
}

qreal badgeRowWidth(const DiagramLayout::Box &box, const Typography &t)
{
    qreal width = static_cast<qreal>(box.badges.size()) * (t.badgeSize + 4);
    if (box.reliability > 0)
        width += QFontMetricsF(t.badgeFont).horizontalAdvance(QStringLiteral("LOR 3")) + 8;
    return width;
}

bool hasBadgeRow(const DiagramLayout::Box &box)
{
    return !box.badges.empty() || box.reliability > 0;
}

// Gives every box its final size: one width per column (wide enough for its widest text), and
// a height that fits its own text and badge row.
void sizeBoxes(std::vector<DiagramLayout::Box> &boxes, const Typography &t)
{
    std::map<int, qreal> columnWidth;
    for (const DiagramLayout::Box &b : boxes) {
        const qreal needed = std::max(b.text.width(), badgeRowWidth(b, t)) + 2 * t.paddingX;
        const qreal cap =
            (b.kind == NodeKind::Aim ? t.maxAimTextWidth : t.maxTextWidth) + 2 * t.paddingX;
        qreal &w = columnWidth[b.column];
        w = std::max({w, t.minBoxWidth, std::min(needed, cap)});
    }
    for (DiagramLayout::Box &b : boxes) {
        const qreal lineHeight =
            b.text.lineHeight > 0 ? b.text.lineHeight : QFontMetricsF(t.boxFont).lineSpacing();
        const qreal textHeight = std::max(b.text.height(), lineHeight);
        const qreal badges = hasBadgeRow(b) ? t.badgeSize + 6 : 0;
        b.rect =
            QRectF(0, 0, columnWidth[b.column], std::ceil(textHeight + badges + 2 * t.paddingY));
    }
}

// Positions the text block and the badges inside a box whose rect is final.
void placeContents(DiagramLayout::Box &b, const Typography &t)
{
    const qreal badges = hasBadgeRow(b) ? t.badgeSize + 6 : 0;
    const qreal textHeight = b.text.height();
    const qreal spare = b.rect.height() - 2 * t.paddingY - badges - textHeight;
    b.textTopLeft = QPointF(b.rect.center().x() - b.text.width() / 2,
                            b.rect.top() + t.paddingY + std::max<qreal>(0, spare / 2));
    qreal x = b.rect.left() + t.paddingX;
    const qreal y = b.rect.bottom() - t.paddingY - t.badgeSize;
    for (DiagramLayout::Badge &badge : b.badges) {
        badge.rect = QRectF(x, y, t.badgeSize, t.badgeSize);
        x += t.badgeSize + 4;
    }
    if (b.reliability > 0) {
        const qreal w = QFontMetricsF(t.badgeFont).horizontalAdvance(QStringLiteral("LOR 3")) + 6;
        b.reliabilityRect = QRectF(b.rect.right() - t.paddingX - w, y, w, t.badgeSize);
    }
}

std::vector<QPointF> straightSpline(QPointF from, QPointF to)
{
    return {from, from + (to - from) / 3, from + (to - from) * 2 / 3, to};
}

// Curves: Graphviz places the boxes and routes the links as splines.
bool placeWithSplines(const Diagram &diagram, LayoutSettings::Order order, const Typography &t,
                      const QHash<NodeId, int> &boxOf, DiagramLayout &layout, QString *error)
{
    PlacementInput input;
    input.columnGap = t.columnGap;
    input.rowGap = t.rowGap;
    // Keep: the document's order is held fixed. Tidy: our own crossing reduction gives Graphviz
    // its starting order (nodes and links are created in that order, which dot's initial
    // ranking follows), and Graphviz's crossing minimisation refines it.
    input.fixedOrder = order == LayoutSettings::Order::Keep;
    for (const DiagramLayout::Box &b : layout.boxes)
        input.sizes.push_back(b.rect.size());
    std::vector<int> rankIndex(layout.boxes.size(), 0);
    for (const std::vector<NodeId> &column : columnOrder(diagram, order)) {
        std::vector<int> indices;
        for (const NodeId &id : column) {
            rankIndex[static_cast<std::size_t>(boxOf.value(id))] = static_cast<int>(indices.size());
            indices.push_back(boxOf.value(id));
        }
        input.columns.push_back(std::move(indices));
    }
    std::vector<int> edgeOfLink; // index into input.edges, or -1 for aim -> aim connectors
    for (const Link &link : diagram.links()) {
        const int from = boxOf.value(link.from);
        const int to = boxOf.value(link.to);
        if (layout.boxes[static_cast<std::size_t>(from)].column
            < layout.boxes[static_cast<std::size_t>(to)].column) {
            edgeOfLink.push_back(static_cast<int>(input.edges.size()));
            input.edges.push_back({from, to});
        } else {
            edgeOfLink.push_back(-1);
        }
    }

    // Links reach Graphviz sorted by their ends' places in the columns: dot builds its initial
    // order by walking links in the order they were created.
    std::vector<std::size_t> edgeOrder(input.edges.size());
    std::iota(edgeOrder.begin(), edgeOrder.end(), 0);
    const auto key = [&](std::size_t e) {
        const PlacementInput::Edge &edge = input.edges[e];
        return std::make_tuple(layout.boxes[static_cast<std::size_t>(edge.from)].column,
                               rankIndex[static_cast<std::size_t>(edge.from)],
                               rankIndex[static_cast<std::size_t>(edge.to)]);
    };
    std::stable_sort(edgeOrder.begin(), edgeOrder.end(),
                     [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    PlacementInput sorted = input;
    for (std::size_t i = 0; i < edgeOrder.size(); ++i)
        sorted.edges[i] = input.edges[edgeOrder[i]];
    std::vector<int> placedIndexOf(input.edges.size());
    for (std::size_t i = 0; i < edgeOrder.size(); ++i)
        placedIndexOf[edgeOrder[i]] = static_cast<int>(i);
    for (int &e : edgeOfLink) {
        if (e >= 0)
            e = placedIndexOf[static_cast<std::size_t>(e)];
    }

    {
        const PlacementResult placed = placeWithGraphviz(sorted);
        if (!placed.ok) {
            *error = placed.error;
            return false;
        }
        for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
            QRectF &r = layout.boxes[i].rect;
            r.moveCenter(placed.centres[i]);
        }
        std::size_t linkIndex = 0;
        for (const Link &link : diagram.links()) {
            DiagramLayout::Edge edge{link.from, link.to, link.strength, {}};
            const int placedEdge = edgeOfLink[linkIndex++];
            if (placedEdge >= 0) {
                edge.points = placed.splines[static_cast<std::size_t>(placedEdge)];
            } else {
                // Global aim -> SMART aim: a short vertical connector in the aim column.
                const QRectF &a =
                    layout.boxes[static_cast<std::size_t>(boxOf.value(link.from))].rect;
                const QRectF &b = layout.boxes[static_cast<std::size_t>(boxOf.value(link.to))].rect;
                const bool down = a.center().y() < b.center().y();
                edge.points = straightSpline(QPointF(a.center().x(), down ? a.bottom() : a.top()),
                                             QPointF(b.center().x(), down ? b.top() : b.bottom()));
            }
            layout.edges.push_back(std::move(edge));
        }
    }
    return true;
}

// Brackets and straight links: in the user's order our own tree placement (no crossing
// minimisation, so an edit costs a few milliseconds); in tidy order Graphviz places the boxes.
// Then our router spaces the columns and draws the links.
bool placeWithConnectors(const Diagram &diagram, LayoutSettings::Order order,
                         LayoutSettings::Links style, const Typography &t,
                         const QHash<NodeId, int> &boxOf, DiagramLayout &layout, QString *error)
{
    const std::size_t count = layout.boxes.size();
    std::vector<int> used; // the drawn columns, left to right
    for (const DiagramLayout::Box &b : layout.boxes)
        used.push_back(b.column);
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    RoutingInput routing;
    routing.style = style;
    routing.minGap = t.columnGap;
    routing.columnWidths.assign(used.size(), 0);
    for (const DiagramLayout::Box &b : layout.boxes) {
        const auto c =
            static_cast<int>(std::lower_bound(used.begin(), used.end(), b.column) - used.begin());
        routing.columns.push_back(c);
        qreal &width = routing.columnWidths[static_cast<std::size_t>(c)];
        width = std::max(width, b.rect.width());
    }
    const DiagramTree tree(diagram);
    if (order == LayoutSettings::Order::Keep) {
        TreePlacementInput input;
        input.tree = &tree;
        input.columns = routing.columns;
        input.rowGap = t.rowGap;
        input.blockGap = t.rowGap;
        for (const DiagramLayout::Box &b : layout.boxes)
            input.sizes.push_back(b.rect.size());
        const std::vector<qreal> tops = placeTree(input);
        for (std::size_t i = 0; i < count; ++i)
            layout.boxes[i].rect.moveTop(tops[i]);
    } else {
        if (!placeWithSplines(diagram, order, t, boxOf, layout, error))
            return false;
        layout.edges.clear();
    }
    for (const DiagramLayout::Box &b : layout.boxes)
        routing.rects.push_back(b.rect);
    for (const Link &link : diagram.links()) {
        const int from = boxOf.value(link.from);
        const int to = boxOf.value(link.to);
        routing.links.push_back({from, to, tree.parent(to) == from});
    }
    RoutingResult routed = routeLinks(routing);
    for (std::size_t i = 0; i < count; ++i)
        layout.boxes[i].rect = routed.rects[i];
    std::size_t i = 0;
    for (const Link &link : diagram.links()) {
        DiagramLayout::Edge edge{link.from, link.to, link.strength, {}};
        edge.shared = !routing.links[i].home
                   && layout.boxes[static_cast<std::size_t>(routing.links[i].from)].column
                          != layout.boxes[static_cast<std::size_t>(routing.links[i].to)].column;
        edge.points = std::move(routed.paths[i++]);
        layout.edges.push_back(std::move(edge));
    }
    return true;
}

} // namespace

bool refreshBadges(const Diagram &diagram, DiagramLayout &layout)
{
    if (!layout.measuresTable.rect.isNull())
        return false; // the table under the diagram shows the measures in full
    std::vector<std::vector<DiagramLayout::Badge>> fresh;
    fresh.reserve(layout.boxes.size());
    QHash<NodeId, std::vector<DiagramLayout::Badge>> byNode;
    const std::vector<Measure> &all = diagram.measures();
    for (std::size_t i = 0; i < all.size(); ++i) {
        for (const QString &id : all[i].nodes)
            byNode[id].push_back(
                {all[i].type, static_cast<int>(i) + 1, all[i].name, measureDefinition(all[i]), {}});
    }
    for (const DiagramLayout::Box &box : layout.boxes) {
        std::vector<DiagramLayout::Badge> badges = byNode.value(box.id);
        if (badges.size() != box.badges.size())
            return false;
        for (std::size_t i = 0; i < badges.size(); ++i) {
            if (badges[i].type != box.badges[i].type || badges[i].number != box.badges[i].number)
                return false;
            badges[i].rect = box.badges[i].rect;
        }
        fresh.push_back(std::move(badges));
    }
    for (std::size_t i = 0; i < layout.boxes.size(); ++i)
        layout.boxes[i].badges = std::move(fresh[i]);
    return true;
}

bool layoutDiagram(const Diagram &diagram, const LayoutOptions &options, DiagramLayout &layout,
                   QString *error)
{
    const Typography &t = options.typography;
    layout = DiagramLayout();
    if (options.enforceLimits) {
        // Counted before any box is measured: refusing has to be quick, and past these sizes
        // Graphviz can exhaust memory and take the whole process down.
        const QString problem = layoutLimitProblem(diagram);
        if (!problem.isEmpty()) {
            if (error)
                *error = QStringLiteral("the diagram is too large to lay out: ") + problem
                       + QStringLiteral(". Split it into smaller diagrams.");
            return false;
        }
    }
    QHash<NodeId, int> boxOf;
    for (const Node &n : diagram.nodes()) {
        boxOf.insert(n.id, static_cast<int>(layout.boxes.size()));
        layout.boxes.push_back(measureBox(diagram, n, t));
    }
    sizeBoxes(layout.boxes, t);

    const LayoutSettings::Links links = options.links.value_or(diagram.layoutSettings().links);
    const auto order = options.order.value_or(diagram.layoutSettings().order);
    if (!layout.boxes.empty()) {
        QString problem;
        const bool placed =
            links == LayoutSettings::Links::Curves
                ? placeWithSplines(diagram, order, t, boxOf, layout, &problem)
                : placeWithConnectors(diagram, order, links, t, boxOf, layout, &problem);
        if (!placed) {
            if (error)
                *error = QStringLiteral("layout failed: ") + problem;
            return false;
        }
    }
    for (DiagramLayout::Box &b : layout.boxes)
        placeContents(b, t);
    addDecorations(diagram, options, layout);
    return true;
}

} // namespace kdd
