#pragma once

#include "selection.h"

#include "layout/diagramlayout.h"
#include "layout/layoutengine.h"
#include "render/diagrampainter.h"
#include "render/theme.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QVariantAnimation>

#include <memory>
#include <optional>

namespace kdd {

class Document;
class NodeItem;

// The diagram on the canvas: lays the document out with the same engine as the exporters after
// every change, and keeps one NodeItem per box (looked up by id) and one EdgeItem per link.
// Keeps the shared Selection and the scene's own selection in step.
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

    // Shows what changed since `baseline` (a revision's snapshot): new boxes outlined green,
    // changed ones marked, removed ones as ghosts in their old columns. nullptr stops comparing;
    // comparing also stops by itself when the revision leaves the document (undo, revert, open).
    void setComparison(std::shared_ptr<const Diagram> baseline);
    bool isComparing() const { return m_baseline != nullptr; }

    // Whether boxes glide to their new places after an edit (on by default).
    void setAnimated(bool animated) { m_animated = animated; }

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

    // Lays out again now (normally done on every Document::changed()). Returns false, keeping
    // the previous picture, if the layout engine failed.
    bool rebuild();

signals:
    // Emitted just before every item is deleted and recreated: drop any pointer to items.
    void aboutToRebuild();
    // Emitted after a rebuild, with each box's old top-left, so the view can keep still.
    void rebuilt();
    // The layout engine failed (the previous picture stays).
    void layoutFailed(const QString &message);

private:
    void syncSelectionToItems();
    void syncSelectionFromItems();
    void animateFrom(const QHash<NodeId, QPointF> &oldTopLeft);
    void applyLineOfSight();

    Document *m_document;
    Selection *m_selection;
    Theme m_theme;
    Typography m_typography;
    std::unique_ptr<DiagramPainter> m_painter;
    DiagramLayout m_layout;
    QHash<NodeId, NodeItem *> m_items;
    bool m_syncing = false;
    bool m_animated = true;
    bool m_lineOfSight = true;
    bool m_equityLens = false;
    QPointer<QVariantAnimation> m_animation;
    std::shared_ptr<const Diagram> m_baseline;
    QGraphicsRectItem *m_veil = nullptr; // recreated with the items on every rebuild
};

} // namespace kdd
