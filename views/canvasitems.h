#pragma once

#include "layout/diagramlayout.h"
#include "render/diagrampainter.h"

#include <QGraphicsItem>

// The canvas's items. Each draws itself with the shared DiagramPainter, so the screen matches
// the exported files; items hold ids, never write the model. They live across layouts: the
// scene gives each its new geometry (setBox, setEdge) instead of recreating it.
namespace kdd {

class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    NodeItem(const DiagramLayout::Box &box, int index, const DiagramPainter &painter);

    int type() const override { return Type; }
    const NodeId &id() const { return m_box.id; }
    const DiagramLayout::Box &box() const { return m_box; }
    // The box's new place and contents after a layout (`index`: its place in the node list).
    void setBox(const DiagramLayout::Box &box, int index);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Marks the item as the target of a link being dragged: valid (true) or not.
    void setDropHighlight(int state); // 0 none, 1 valid, -1 invalid

    // How the box compares with a revision: drawn with a green outline (added), as a ghost
    // (removed since), or marked as changed.
    enum class Compare { Same, Added, Removed, Changed };
    void setCompare(Compare state, const QString &details = QString());
    // Marks a gap the equity lens found (empty: none), e.g. "measure not stratified".
    void setGap(const QString &reason);
    // The round vote button hanging under a change idea's bottom-left corner (shown while the
    // pointer is over the box): a click adds a vote, Shift+click removes one. Empty for other
    // boxes.
    QRectF voteButton() const;

protected:
    // Over a measure badge the tooltip is that measure's definition.
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    DiagramLayout::Box m_box;
    int m_index;
    const DiagramPainter &m_painter;
    int m_dropHighlight = 0;
    Compare m_compare = Compare::Same;
    QString m_compareDetails; // what changed since the revision, shown on hovering
    QString m_gap;
    bool m_hovered = false;
};

class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(const DiagramLayout::Edge &edge, const DiagramPainter &painter);

    int type() const override { return Type; }
    const DiagramLayout::Edge &edge() const { return m_edge; }
    void setEdge(const DiagramLayout::Edge &edge);
    QRectF boundingRect() const override;
    // Wider than the line, so a thin link is easy to click.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath path() const;

    DiagramLayout::Edge m_edge;
    const DiagramPainter &m_painter;
};

// Title block, column headers and legend.
class DecorationItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    DecorationItem(const DiagramLayout &layout, const DiagramPainter &painter);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The layout it draws from has changed.
    void layoutChanged();

private:
    const DiagramLayout &m_layout;
    const DiagramPainter &m_painter;
    QRectF m_bounds;
};

} // namespace kdd
