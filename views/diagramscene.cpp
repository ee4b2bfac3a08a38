#include "diagramscene.h"

#include "canvasitems.h"

#include <QGraphicsRectItem>
#include <QSet>

#include <functional>

#include <algorithm>

#include "model/document.h"
#include "model/diagramdiff.h"
#include "model/equitylens.h"
#include "model/lineofsight.h"

namespace kdd {

DiagramScene::DiagramScene(Document *document, Selection *selection, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_selection(selection),
      m_theme(*Theme::byName(QStringLiteral("classic"))), m_typography(Typography::standard())
{
    m_painter = std::make_unique<DiagramPainter>(m_theme, m_typography);
    connect(document, &Document::changed, this, &DiagramScene::rebuild);
    connect(selection, &Selection::changed, this, &DiagramScene::syncSelectionToItems);
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::syncSelectionFromItems);
    rebuild();
}

DiagramScene::~DiagramScene()
{
    // Items refer to m_layout and m_painter: remove them first (and stop moving them).
    if (m_animation)
        m_animation->stop();
    m_syncing = true;
    clear();
    m_veil = nullptr;
}

void DiagramScene::setLineOfSight(bool enabled)
{
    m_lineOfSight = enabled;
    applyLineOfSight();
}

void DiagramScene::setEquityLens(bool enabled)
{
    m_equityLens = enabled;
    applyLineOfSight();
}

namespace {

// Stacking order: links, boxes, then the veil that dims them, then what stays clear above it.
constexpr qreal DecorationZ = -2;
constexpr qreal EdgeZ = -1;
constexpr qreal NodeZ = 0;
constexpr qreal VeilZ = 5;
constexpr qreal ClearEdgeZ = 9;
constexpr qreal ClearNodeZ = 10;

} // namespace

bool DiagramScene::isDimmed(const QGraphicsItem *item) const
{
    return m_veil && m_veil->isVisible() && item->zValue() < VeilZ;
}

void DiagramScene::applyLineOfSight()
{
    // Dimming is one translucent veil over the whole picture with the boxes and links that stay
    // clear lifted above it: one blend per repaint, where item opacity cost one per item.
    std::function<bool(const NodeId &)> clearNode;
    std::function<bool(const DiagramLayout::Edge &)> clearEdge;
    QHash<NodeId, QString> gaps;
    std::optional<EquityLens> lens;
    std::optional<LineOfSight> sight;
    if (m_equityLens) {
        lens = equityLens(m_document->diagram());
        clearNode = [&](const NodeId &id) { return lens->relevant.contains(id); };
        clearEdge = [&](const DiagramLayout::Edge &e) {
            return lens->relevant.contains(e.from) && lens->relevant.contains(e.to);
        };
        for (const NodeId &id : lens->unstratified)
            gaps.insert(id, tr("measure not stratified"));
        for (const NodeId &id : lens->missingPartner)
            gaps.insert(id, tr("no outside partner named"));
    } else if (m_lineOfSight && m_selection->selected().size() == 1) {
        sight = lineOfSight(m_document->diagram(), m_selection->selected().front());
        clearNode = [&](const NodeId &id) { return sight->contains(id); };
        clearEdge = [&](const DiagramLayout::Edge &e) { return sight->containsLink(e.from, e.to); };
    }
    const bool active = static_cast<bool>(clearNode);
    if (m_veil) {
        m_veil->setRect(m_layout.bounds.adjusted(-2000, -2000, 2000, 2000));
        m_veil->setVisible(active);
    }
    for (QGraphicsItem *item : items()) {
        if (item->type() == NodeItem::Type) {
            auto *node = static_cast<NodeItem *>(item);
            node->setZValue(active && clearNode(node->id()) ? ClearNodeZ : NodeZ);
            node->setGap(gaps.value(node->id()));
        } else if (item->type() == EdgeItem::Type) {
            item->setZValue(active && clearEdge(static_cast<EdgeItem *>(item)->edge()) ? ClearEdgeZ : EdgeZ);
        } else if (item->type() == DecorationItem::Type) {
            item->setZValue(active ? ClearNodeZ : DecorationZ); // titles and headers stay legible
        }
    }
}

void DiagramScene::setTheme(const Theme &theme)
{
    // The items hold a reference to the painter: keep the old one (and its theme) until new
    // items exist.
    const Theme oldTheme = m_theme;
    std::unique_ptr<DiagramPainter> oldPainter = std::move(m_painter);
    m_theme = theme;
    m_painter = std::make_unique<DiagramPainter>(m_theme, m_typography);
    if (!rebuild()) {
        m_theme = oldTheme;
        m_painter = std::move(oldPainter);
        return;
    }
    // The painter refers to m_theme by reference; both now hold the new values.
}

NodeItem *DiagramScene::nodeAt(QPointF scenePos) const
{
    // The layout decides, not the items' current positions, which may still be gliding.
    for (const DiagramLayout::Box &b : m_layout.boxes) {
        if (b.rect.contains(scenePos) && m_document->diagram().contains(b.id)) // not a ghost
            return m_items.value(b.id);
    }
    return nullptr;
}

void DiagramScene::setComparison(std::shared_ptr<const Diagram> baseline)
{
    m_baseline = std::move(baseline);
    rebuild();
}

namespace {

// The current diagram plus the boxes (and their links) that the baseline had and it has not,
// each near its old place in the node list, so the layout shows them where they were.
Diagram withRemoved(const Diagram &current, const Diagram &baseline, QSet<NodeId> &removed)
{
    Diagram merged = current;
    for (std::size_t i = 0; i < baseline.nodes().size(); ++i) {
        const Node &n = baseline.nodes()[i];
        if (!current.contains(n.id) && merged.insertNode(n, static_cast<int>(i)))
            removed.insert(n.id);
    }
    for (const Link &l : baseline.links()) {
        if ((removed.contains(l.from) || removed.contains(l.to)) && merged.contains(l.from) && merged.contains(l.to))
            merged.addLink(l);
    }
    return merged;
}

} // namespace

bool DiagramScene::rebuild()
{
    DiagramLayout layout;
    QString error;
    LayoutOptions options;
    options.typography = m_typography;
    QSet<NodeId> removed;
    QSet<NodeId> added;
    QHash<NodeId, QString> changed; // id -> what changed
    std::optional<Diagram> merged;
    if (m_baseline) {
        const std::vector<Revision> &revisions = m_document->diagram().revisions();
        const bool stillThere = std::any_of(revisions.begin(), revisions.end(),
                                            [&](const Revision &r) { return r.snapshot == m_baseline; });
        if (!stillThere)
            m_baseline.reset();
    }
    if (m_baseline) {
        merged = withRemoved(m_document->diagram(), *m_baseline, removed);
        const DiagramDiff diff = diffDiagrams(*m_baseline, m_document->diagram());
        for (const auto &c : diff.addedNodes)
            added.insert(c.id);
        for (const auto &c : diff.changedNodes)
            changed.insert(c.id, c.details.join(QLatin1Char('\n')));
    }
    if (!layoutDiagram(merged ? *merged : m_document->diagram(), options, layout, &error)) {
        emit layoutFailed(error);
        return false;
    }
    emit aboutToRebuild();
    QHash<NodeId, QPointF> oldTopLeft;
    for (const DiagramLayout::Box &b : m_layout.boxes)
        oldTopLeft.insert(b.id, b.rect.topLeft());
    if (m_animation)
        m_animation->stop();
    m_syncing = true;
    clear();
    m_items.clear();
    m_layout = std::move(layout);
    setBackgroundBrush(m_theme.background);
    QColor veil = m_theme.background;
    veil.setAlpha(200);
    m_veil = addRect(QRectF(), Qt::NoPen, veil);
    m_veil->setZValue(VeilZ);
    m_veil->setVisible(false);
    m_veil->setAcceptedMouseButtons(Qt::NoButton);
    addItem(new DecorationItem(m_layout, *m_painter));
    for (const DiagramLayout::Edge &e : m_layout.edges) {
        auto *edge = new EdgeItem(e, *m_painter);
        if (removed.contains(e.from) || removed.contains(e.to))
            edge->setFlag(QGraphicsItem::ItemIsSelectable, false); // a ghost's link is not a link
        addItem(edge);
    }
    for (std::size_t i = 0; i < m_layout.boxes.size(); ++i) {
        auto *item = new NodeItem(m_layout.boxes[i], static_cast<int>(i), *m_painter);
        const NodeId &id = m_layout.boxes[i].id;
        if (removed.contains(id)) {
            item->setCompare(NodeItem::Compare::Removed);
            item->setFlag(QGraphicsItem::ItemIsSelectable, false); // a ghost cannot be edited
        } else if (added.contains(id)) {
            item->setCompare(NodeItem::Compare::Added);
        } else if (changed.contains(id)) {
            item->setCompare(NodeItem::Compare::Changed, changed.value(id));
        }
        addItem(item);
        m_items.insert(item->id(), item);
    }
    setSceneRect(m_layout.bounds.adjusted(-200, -200, 200, 200));
    m_syncing = false;
    // Drop selected ids that no longer exist, then show the selection.
    QStringList alive;
    for (const QString &id : m_selection->selected()) {
        if (m_document->diagram().contains(id))
            alive << id;
    }
    if (alive != m_selection->selected())
        m_selection->select(alive, m_selection->current());
    if (const auto &[from, to] = m_selection->link(); !from.isEmpty() && !m_document->diagram().link(from, to))
        m_selection->selectLink({}, {});
    syncSelectionToItems(); // also applies the line of sight or the lens
    animateFrom(oldTopLeft);
    emit rebuilt();
    return true;
}

void DiagramScene::animateFrom(const QHash<NodeId, QPointF> &oldTopLeft)
{
    // Boxes glide from where they were to where the new layout puts them, and links fade in,
    // so a coach can follow what moved. Large diagrams and first layouts are not animated.
    if (!m_animated || oldTopLeft.isEmpty() || m_layout.boxes.size() > 800)
        return;
    std::vector<std::pair<NodeItem *, QPointF>> moving;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const auto old = oldTopLeft.constFind(it.key());
        if (old == oldTopLeft.cend())
            continue;
        const QPointF offset = old.value() - it.value()->box().rect.topLeft();
        if (offset.manhattanLength() > 0.5)
            moving.emplace_back(it.value(), offset);
    }
    if (moving.empty())
        return;
    std::vector<QGraphicsItem *> edges;
    for (QGraphicsItem *item : items()) {
        if (item->type() == EdgeItem::Type)
            edges.push_back(item);
    }
    auto *animation = new QVariantAnimation(this);
    animation->setDuration(180);
    animation->setStartValue(0.0);
    animation->setEndValue(1.0);
    animation->setEasingCurve(QEasingCurve::OutCubic);
    const auto step = [moving, edges](const QVariant &value) {
        const qreal t = value.toReal();
        for (const auto &[item, offset] : moving)
            item->setPos(offset * (1 - t));
        for (QGraphicsItem *edge : edges)
            edge->setOpacity(t);
    };
    connect(animation, &QVariantAnimation::valueChanged, this, step);
    step(0.0);
    m_animation = animation;
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

void DiagramScene::syncSelectionToItems()
{
    applyLineOfSight();
    if (m_syncing)
        return;
    m_syncing = true;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setSelected(m_selection->isSelected(it.key()));
    const auto &[from, to] = m_selection->link();
    for (QGraphicsItem *item : items()) {
        if (item->type() == EdgeItem::Type) {
            const DiagramLayout::Edge &e = static_cast<EdgeItem *>(item)->edge();
            item->setSelected(!from.isEmpty() && e.from == from && e.to == to);
        }
    }
    m_syncing = false;
}

void DiagramScene::syncSelectionFromItems()
{
    if (m_syncing)
        return;
    QStringList ids;
    std::pair<NodeId, NodeId> link;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            ids << static_cast<NodeItem *>(item)->id();
        else if (item->type() == EdgeItem::Type) {
            const DiagramLayout::Edge &e = static_cast<EdgeItem *>(item)->edge();
            if (m_document->diagram().link(e.from, e.to))
                link = {e.from, e.to};
        }
    }
    m_syncing = true;
    m_selection->selectLink(link.first, link.second);
    m_selection->select(ids, m_selection->current());
    m_syncing = false;
}

} // namespace kdd
