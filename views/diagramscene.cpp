#include "diagramscene.h"

#include "canvasitems.h"
#include "layoutprogress.h"

#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QPointer>
#include <QSet>

#include <functional>

#include <algorithm>

#include "model/branchfolding.h"
#include "model/diagramdiff.h"
#include "model/document.h"
#include "model/equitylens.h"
#include "model/layoutlimits.h"
#include "model/lineofsight.h"

namespace kdd {

DiagramScene::DiagramScene(Document *document, Selection *selection, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_selection(selection),
      m_theme(*Theme::byName(QStringLiteral("classic"))), m_typography(Typography::standard())
{
    m_painter = std::make_unique<DiagramPainter>(m_theme, m_typography);
    m_veil = addRect(QRectF(), Qt::NoPen);
    m_veil->setVisible(false);
    m_veil->setAcceptedMouseButtons(Qt::NoButton);
    m_decoration = new DecorationItem(m_layout, *m_painter);
    addItem(m_decoration);
    setTheme(m_theme);
    connect(document, &Document::changed, this, &DiagramScene::documentChanged);
    connect(selection, &Selection::changed, this, &DiagramScene::syncSelectionToItems);
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::syncSelectionFromItems);
    relayout();
}

DiagramScene::~DiagramScene()
{
    // Items refer to m_layout and m_painter: remove them first (and stop moving them).
    if (m_animation)
        m_animation->stop();
    m_syncing = true;
    clear();
}

void DiagramScene::setLineOfSight(bool enabled)
{
    m_lineOfSight = enabled;
    applyLineOfSight();
}

void DiagramScene::setSpotlight(std::optional<QSet<NodeId>> nodes)
{
    m_spotlight = std::move(nodes);
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
    return m_veil->isVisible() && item->zValue() < VeilZ;
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
    if (m_spotlight) {
        if (!m_spotlight->isEmpty()) {
            clearNode = [this](const NodeId &id) { return m_spotlight->contains(id); };
            clearEdge = [this](const DiagramLayout::Edge &e) {
                return m_spotlight->contains(e.from) && m_spotlight->contains(e.to);
            };
        }
    } else if (m_equityLens) {
        lens = equityLensWithData(m_document->diagram(), &m_signals);
        clearNode = [&](const NodeId &id) { return lens->relevant.contains(id); };
        clearEdge = [&](const DiagramLayout::Edge &e) {
            return lens->relevant.contains(e.from) && lens->relevant.contains(e.to);
        };
        for (const NodeId &id : lens->unstratified)
            gaps.insert(id, tr("measure not stratified"));
        for (const NodeId &id : lens->missingPartner)
            gaps.insert(id, tr("no outside partner named"));
        for (const NodeId &id : lens->strataMissing)
            gaps.insert(id, tr("data not stratified"));
        for (const EquityLens::WideningGap &w : lens->widening) {
            const Measure *m = m_document->diagram().measure(w.measure);
            for (const NodeId &id : m ? m->nodes : QStringList()) {
                const QString widening =
                    tr("gap widening: %1").arg(w.gaps.join(QStringLiteral(", ")));
                const QString known = gaps.value(id);
                gaps.insert(id,
                            known.isEmpty() ? widening : known + QStringLiteral("; ") + widening);
            }
        }
    } else if (m_lineOfSight && m_selection->selected().size() == 1) {
        sight = lineOfSight(m_document->diagram(), m_selection->selected().front());
        clearNode = [&](const NodeId &id) { return sight->contains(id); };
        clearEdge = [&](const DiagramLayout::Edge &e) { return sight->containsLink(e.from, e.to); };
    }
    const bool active = static_cast<bool>(clearNode);
    m_veil->setRect(m_layout.bounds.adjusted(-2000, -2000, 2000, 2000));
    m_veil->setVisible(active);
    for (NodeItem *node : std::as_const(m_items)) {
        node->setZValue(active && clearNode(node->id()) ? ClearNodeZ : NodeZ);
        node->setGap(gaps.value(node->id()));
    }
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->setZValue(active && clearEdge(edge->edge()) ? ClearEdgeZ : EdgeZ);
    m_decoration->setZValue(active ? ClearNodeZ : DecorationZ); // titles and headers stay legible
}

void DiagramScene::setTheme(const Theme &theme)
{
    // The painter and so every item read m_theme by reference: a repaint shows the new theme.
    m_theme = theme;
    setBackgroundBrush(m_theme.background);
    QColor veil = m_theme.background;
    veil.setAlpha(200);
    m_veil->setBrush(veil);
    m_veil->setZValue(VeilZ);
    if (m_tooLarge)
        m_tooLarge->setDefaultTextColor(m_theme.text);
    update();
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
    relayout();
}

namespace {

// Whether a box laid out for an earlier version of `node` still has the right size and look.
bool sameLook(const DiagramLayout::Box &box, const Node &node)
{
    return box.fullText == node.text && box.kind == node.kind && box.role == node.role
        && box.column == node.column() && box.status == node.status
        && box.reliability == (node.isChange() ? node.reliability : 0)
        && box.votes == (node.isChange() ? node.votes : 0)
        && box.cycles == (node.isChange() ? static_cast<int>(node.cycles.size()) : 0);
}

} // namespace

void DiagramScene::documentChanged(const DocumentChange &change)
{
    m_signals.forget(change);
    if (!updateWithoutLayout(change))
        relayout();
}

bool DiagramScene::updateWithoutLayout(const DocumentChange &change)
{
    if (m_baseline)
        return false; // what differs from the revision has to be worked out again
    const Diagram &d = m_document->diagram();
    using C = DocumentChange;
    if (change.only(C::Revisions | C::ParkingLot))
        return true; // not drawn
    if (change.only(C::Measures)) {
        m_signals.update(d);
        if (!refreshBadges(d, m_layout, &m_signals))
            return false;
        for (std::size_t i = 0; i < m_layout.boxes.size(); ++i) {
            const DiagramLayout::Box &box = m_layout.boxes[i];
            if (!box.badges.empty())
                m_items.value(box.id)->setBox(box, static_cast<int>(i));
        }
        applyLineOfSight(); // the lens marks unstratified measures
        return true;
    }
    if (change.only(C::NodesChanged)) {
        for (const NodeId &id : change.nodes) {
            const Node *node = d.node(id);
            const auto at = m_boxIndex.constFind(id);
            if (!node || at == m_boxIndex.cend()
                || !sameLook(m_layout.boxes[static_cast<std::size_t>(at.value())], *node))
                return false;
        }
        for (const NodeId &id : change.nodes) {
            const int index = m_boxIndex.value(id);
            DiagramLayout::Box &box = m_layout.boxes[static_cast<std::size_t>(index)];
            box.notes = d.node(id)->notes;
            m_items.value(id)->setBox(box, index);
        }
        applyLineOfSight(); // practices, owners and partners change what the lens shows
        return true;
    }
    return false;
}

bool DiagramScene::relayout()
{
    if (m_layingOut) {
        // A slow layout is running and processing events: lay out again once it is done.
        m_relayoutPending = true;
        return false;
    }
    DiagramLayout layout;
    QString error;
    // In place: the painter refers to it.
    m_typography = Typography::sized(m_document->diagram().layoutSettings().textSize);
    LayoutOptions options;
    options.typography = m_typography;
    // Filled before the layout, which may run in a worker thread and only reads it.
    m_signals.update(m_document->diagram());
    options.signalCache = &m_signals;
    QSet<NodeId> removed;
    QSet<NodeId> added;
    QHash<NodeId, QString> changed; // id -> what changed
    std::optional<Diagram> merged;
    if (m_baseline) {
        const std::vector<Revision> &revisions = m_document->diagram().revisions();
        const bool stillThere =
            std::any_of(revisions.begin(), revisions.end(),
                        [&](const Revision &r) { return r.snapshot == m_baseline; });
        if (!stillThere)
            m_baseline.reset();
    }
    if (m_baseline) {
        merged = withRemovedNodes(m_document->diagram(), *m_baseline, &removed);
        const DiagramDiff diff = diffDiagrams(*m_baseline, m_document->diagram());
        for (const auto &c : diff.addedNodes)
            added.insert(c.id);
        for (const auto &c : diff.changedNodes)
            changed.insert(c.id, c.details.join(QLatin1Char('\n')));
    }
    const Diagram &whole = merged ? *merged : m_document->diagram();
    std::optional<Diagram> shown; // without the boxes of collapsed branches
    if (m_hidden) {
        if (const QSet<NodeId> hidden = m_hidden(whole); !hidden.isEmpty())
            shown = withoutNodes(whole, hidden);
    }
    const Diagram &diagram = shown ? *shown : whole;
    const QString tooLarge = layoutLimitProblem(diagram);
    if (!tooLarge.isEmpty()) {
        const QString message =
            tr("This diagram is too large to draw: %1. The outline, the inspector "
               "and the checks still work; split the diagram to see it drawn.")
                .arg(tooLarge);
        showTooLarge(message);
        emit layoutFailed(message);
        return false;
    }
    ++m_layoutCount;
    const QPointer<DiagramScene> self(this);
    const bool ok = runLayout(diagram, options, layout, error);
    if (!self)
        return false; // the window closed while a slow layout ran
    if (m_relayoutPending) {
        // The document changed while a slow layout ran: its result is out of date.
        m_relayoutPending = false;
        return relayout();
    }
    if (!ok) {
        emit layoutFailed(error.isEmpty()
                              ? tr("Layout cancelled: the canvas shows the diagram as it was "
                                   "before the last change.")
                              : error);
        return false;
    }
    if (m_tooLarge)
        m_tooLarge->setVisible(false);
    // Where each box is seen now (it may be gliding), so that it glides on from there.
    QHash<NodeId, QPointF> oldTopLeft;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        oldTopLeft.insert(it.key(), it.value()->box().rect.topLeft() + it.value()->pos());
    if (m_animation)
        m_animation->stop();
    m_syncing = true;
    m_layout = std::move(layout);
    m_boxIndex.clear();
    for (std::size_t i = 0; i < m_layout.boxes.size(); ++i)
        m_boxIndex.insert(m_layout.boxes[i].id, static_cast<int>(i));
    syncItems(removed, added, changed);
    m_decoration->layoutChanged();
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
    if (const auto &[from, to] = m_selection->link();
        !from.isEmpty() && !m_document->diagram().link(from, to))
        m_selection->selectLink({}, {});
    syncSelectionToItems(); // also applies the line of sight or the lens
    animateFrom(oldTopLeft);
    emit laidOut();
    return true;
}

bool DiagramScene::runLayout(const Diagram &diagram, const LayoutOptions &options,
                             DiagramLayout &layout, QString &error)
{
    if (!isSlowLayout(diagram))
        return layoutDiagram(diagram, options, layout, &error);
    const QPointer<DiagramScene> self(this);
    m_layingOut = true;
    m_relayoutPending = false;
    QWidget *window = views().isEmpty() ? nullptr : views().constFirst()->window();
    // The worker reads the signals while edits may arrive here: it gets a copy of its own.
    const MeasureSignals signalCache = m_signals;
    LayoutOptions workerOptions = options;
    workerOptions.signalCache = &signalCache;
    const bool ok = layoutWithProgress(diagram, workerOptions, layout, error, window);
    if (self)
        m_layingOut = false;
    return ok;
}

void DiagramScene::showTooLarge(const QString &message)
{
    if (m_animation)
        m_animation->stop();
    m_syncing = true;
    m_layout = DiagramLayout();
    m_boxIndex.clear();
    syncItems({}, {}, {});
    m_decoration->layoutChanged();
    if (!m_tooLarge) {
        m_tooLarge = addText(QString());
        m_tooLarge->setTextWidth(520);
        m_tooLarge->setAcceptedMouseButtons(Qt::NoButton);
    }
    m_tooLarge->setDefaultTextColor(m_theme.text);
    m_tooLarge->setPlainText(message);
    m_tooLarge->setVisible(true);
    m_layout.bounds = m_tooLarge->sceneBoundingRect().adjusted(-24, -24, 24, 24);
    setSceneRect(m_layout.bounds.adjusted(-200, -200, 200, 200));
    m_syncing = false;
    syncSelectionToItems();
}

QString DiagramScene::tooLargeMessage() const
{
    return m_tooLarge && m_tooLarge->isVisible() ? m_tooLarge->toPlainText() : QString();
}

void DiagramScene::syncItems(const QSet<NodeId> &removed, const QSet<NodeId> &added,
                             const QHash<NodeId, QString> &changed)
{
    QHash<NodeId, NodeItem *> items;
    items.reserve(static_cast<qsizetype>(m_layout.boxes.size()));
    for (std::size_t i = 0; i < m_layout.boxes.size(); ++i) {
        const DiagramLayout::Box &box = m_layout.boxes[i];
        NodeItem *item = m_items.take(box.id);
        if (item) {
            item->setPos(0, 0);
            item->setBox(box, static_cast<int>(i));
        } else {
            item = new NodeItem(box, static_cast<int>(i), *m_painter);
            item->setZValue(NodeZ);
            addItem(item);
        }
        const bool ghost = removed.contains(box.id);
        item->setFlag(QGraphicsItem::ItemIsSelectable, !ghost); // a ghost cannot be edited
        if (ghost)
            item->setCompare(NodeItem::Compare::Removed);
        else if (added.contains(box.id))
            item->setCompare(NodeItem::Compare::Added);
        else if (changed.contains(box.id))
            item->setCompare(NodeItem::Compare::Changed, changed.value(box.id));
        else
            item->setCompare(NodeItem::Compare::Same);
        items.insert(box.id, item);
    }
    qDeleteAll(m_items); // boxes that are gone (QGraphicsItem's destructor leaves the scene)
    m_items = std::move(items);

    QHash<std::pair<NodeId, NodeId>, EdgeItem *> edges;
    edges.reserve(static_cast<qsizetype>(m_layout.edges.size()));
    for (const DiagramLayout::Edge &e : m_layout.edges) {
        EdgeItem *edge = m_edges.take({e.from, e.to});
        if (edge) {
            edge->setEdge(e);
        } else {
            edge = new EdgeItem(e, *m_painter);
            edge->setZValue(EdgeZ);
            addItem(edge);
        }
        // A ghost's link is not a link.
        edge->setFlag(QGraphicsItem::ItemIsSelectable,
                      !removed.contains(e.from) && !removed.contains(e.to));
        edges.insert({e.from, e.to}, edge);
    }
    qDeleteAll(m_edges);
    m_edges = std::move(edges);
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
    for (EdgeItem *edge : std::as_const(m_edges))
        edges.push_back(edge);
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
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it)
        it.value()->setSelected(!from.isEmpty() && it.key() == std::make_pair(from, to));
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
