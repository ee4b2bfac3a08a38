#pragma once

#include "selection.h"

#include "model/documentchange.h"
#include "model/measuresignals.h"

#include "layout/diagramlayout.h"
#include "layout/layoutengine.h"
#include "render/diagrampainter.h"
#include "render/theme.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QVariantAnimation>

#include <functional>
#include <memory>
#include <optional>

namespace kdd {

class DecorationItem;
class Diagram;
class Document;
class EdgeItem;
class NodeItem;

// The diagram on the canvas: lays the document out with the same engine as the exporters when a
// change needs it, and keeps one NodeItem per box (by id) and one EdgeItem per link (by from,
// to). Items live across layouts: after each one the scene moves and resizes the items that
// stay, creates the new ones and deletes the removed ones, so a pointer to an item stays valid
// for as long as its box exists. Changes that move nothing (a note, a measure's name) update
// the items without a layout. Keeps the shared Selection and the scene's selection in step.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    DiagramScene(Document *document, Selection *selection, QObject *parent = nullptr);
    ~DiagramScene() override;

    Document *document() const { return m_document; }
    Selection *selection() const { return m_selection; }
    const DiagramLayout &diagramLayout() const { return m_layout; }
    NodeItem *itemFor(const NodeId &id) const { return m_items.value(id); }
    EdgeItem *edgeFor(const NodeId &from, const NodeId &to) const
    {
        return m_edges.value({from, to});
    }
    // The box under a scene point, or nullptr.
    NodeItem *nodeAt(QPointF scenePos) const;

    // Whether the line of sight or the equity lens currently dims this item.
    bool isDimmed(const QGraphicsItem *item) const;

    // Equity lens: dims everything that does not concern equity and marks the gaps (it takes
    // precedence over the line of sight while on).
    void setEquityLens(bool enabled);
    bool equityLensEnabled() const { return m_equityLens; }

    // Line of sight: with one box selected, everything not on a path through it is dimmed.
    void setLineOfSight(bool enabled);
    bool lineOfSightEnabled() const { return m_lineOfSight; }

    // Presentation mode's spotlight, a view state (the document is untouched): while set, it
    // alone decides what is dimmed — every box not in it and every link without both ends in it —
    // over the lens and the line of sight; an empty set dims nothing (the whole diagram is the
    // subject). std::nullopt gives the dimming back to the lens and the line of sight.
    void setSpotlight(std::optional<QSet<NodeId>> nodes);
    const std::optional<QSet<NodeId>> &spotlight() const { return m_spotlight; }

    // Shows what changed since `baseline` (a revision's snapshot): new boxes outlined green,
    // changed ones marked, removed ones as ghosts in their old columns. nullptr stops comparing;
    // comparing also stops by itself when the revision leaves the document (undo, revert, open).
    void setComparison(std::shared_ptr<const Diagram> baseline);
    bool isComparing() const { return m_baseline != nullptr; }

    // Which boxes to leave out of the picture (collapsed branches), asked before each layout:
    // the others are laid out as if those did not exist. Exports are not concerned.
    void setHiddenNodes(std::function<QSet<NodeId>(const Diagram &)> hidden)
    {
        m_hidden = std::move(hidden);
    }

    // Whether boxes glide to their new places after an edit (on by default).
    void setAnimated(bool animated) { m_animated = animated; }

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    // The fonts the boxes are laid out with (the view derives on-screen text sizes from them).
    const Typography &typography() const { return m_typography; }

    // Lays out again now and updates the items (done when a document change needs it).
    // Returns false, keeping the previous picture, if the layout engine failed or the user
    // cancelled a slow layout. A diagram past the layout limits (model/layoutlimits.h) is not
    // laid out: the scene then holds no boxes, only a message saying why (false is returned).
    // A layout expected to be slow (isSlowLayout) runs in a worker thread behind a progress
    // dialog with Cancel.
    bool relayout();
    // Why the diagram is not drawn (past the layout limits); empty while it is drawn.
    QString tooLargeMessage() const;
    // How many layouts this scene has run: one per change that can move boxes, none for the
    // others (read by the benchmark and the tests).
    int layoutCount() const { return m_layoutCount; }
    // The measures' signals behind the sparkline badges and the lens, kept across edits (an edit
    // recomputes only the measures it changed).
    const MeasureSignals &measureSignals() const { return m_signals; }

signals:
    // After each layout: boxes may have moved (the view keeps the selected box still).
    void laidOut();
    // The layout engine failed or was cancelled (the previous picture stays), or the diagram
    // is too large to lay out (the canvas says so instead of drawing it).
    void layoutFailed(const QString &message);

private:
    void documentChanged(const DocumentChange &change);
    // Updates the items for a change that moves no box; false if a layout is needed.
    bool updateWithoutLayout(const DocumentChange &change);
    void syncItems(const QSet<NodeId> &removed, const QSet<NodeId> &added,
                   const QHash<NodeId, QString> &changed);
    void syncSelectionToItems();
    void syncSelectionFromItems();
    void animateFrom(const QHash<NodeId, QPointF> &oldTopLeft);
    void applyLineOfSight();
    // Runs the layout, in a worker thread behind a progress dialog when it is expected to be
    // slow. Returns false with `error` empty if the user cancelled.
    bool runLayout(const Diagram &diagram, const LayoutOptions &options, DiagramLayout &layout,
                   QString &error);
    // Removes every box and link and shows `message` instead (a diagram too large to lay out).
    void showTooLarge(const QString &message);

    Document *m_document;
    Selection *m_selection;
    Theme m_theme;
    Typography m_typography;
    std::unique_ptr<DiagramPainter> m_painter; // refers to m_theme and m_typography
    DiagramLayout m_layout;
    MeasureSignals m_signals;
    QHash<NodeId, int> m_boxIndex; // id -> index in m_layout.boxes
    QHash<NodeId, NodeItem *> m_items;
    QHash<std::pair<NodeId, NodeId>, EdgeItem *> m_edges;
    DecorationItem *m_decoration = nullptr;
    int m_layoutCount = 0;
    bool m_syncing = false;
    bool m_animated = true;
    bool m_lineOfSight = true;
    bool m_equityLens = false;
    std::optional<QSet<NodeId>> m_spotlight;
    QPointer<QVariantAnimation> m_animation;
    std::shared_ptr<const Diagram> m_baseline;
    std::function<QSet<NodeId>(const Diagram &)> m_hidden;
    QGraphicsRectItem *m_veil = nullptr;
    QGraphicsTextItem *m_tooLarge = nullptr; // shown instead of the boxes past the layout limits
    bool m_layingOut = false;       // a worker-thread layout is running (events are processed)
    bool m_relayoutPending = false; // a change arrived meanwhile: lay out again afterwards
};

} // namespace kdd
