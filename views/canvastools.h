#pragma once

#include "model/node.h"

#include <QPointF>

#include <memory>

class QGraphicsLineItem;

namespace kdd {

class DiagramScene;

// One mouse gesture on the canvas, from the press that started it to the release that ends it.
// The view hands it the pointer's scene positions; the tool shows feedback and, on release,
// turns the gesture into an edit. Tools keep ids, never item pointers, so a layout during a
// gesture (an undo, another window's edit) cannot leave them pointing at a deleted item.
class CanvasTool
{
public:
    virtual ~CanvasTool() = default;
    virtual void move(QPointF scenePos) = 0;
    // Ends the gesture and makes its edit, if any.
    virtual void release(QPointF scenePos) = 0;
    // The cursor shape the view shows while the tool is active.
    virtual Qt::CursorShape cursor() const = 0;
};

// Drag from a box's right edge onto another box to link them: a dashed line follows the
// pointer; a valid target is outlined green, an invalid one red.
class LinkDragTool : public CanvasTool
{
public:
    LinkDragTool(DiagramScene *scene, const NodeId &from, QPointF scenePos);
    ~LinkDragTool() override;
    void move(QPointF scenePos) override;
    void release(QPointF scenePos) override;
    Qt::CursorShape cursor() const override { return m_cursor; }

private:
    void setTarget(const NodeId &target, int highlight);

    DiagramScene *m_scene;
    NodeId m_from;
    NodeId m_target;
    std::unique_ptr<QGraphicsLineItem> m_line;
    Qt::CursorShape m_cursor = Qt::CrossCursor;
};

// Drag a box up or down to a new place among its siblings (the boxes under the same parent),
// taking the boxes under it along; dropped beyond them, it goes to the nearer end.
class ReorderDragTool : public CanvasTool
{
public:
    ReorderDragTool(DiagramScene *scene, const NodeId &id) : m_scene(scene), m_id(id) {}
    void move(QPointF) override {}
    void release(QPointF scenePos) override;
    Qt::CursorShape cursor() const override { return Qt::SizeVerCursor; }

private:
    DiagramScene *m_scene;
    NodeId m_id;
};

// A measure dragged from the Measures dock: the box under the pointer is outlined; dropping
// attaches the measure to it.
class MeasureDropTool : public CanvasTool
{
public:
    MeasureDropTool(DiagramScene *scene, const QString &measure)
        : m_scene(scene), m_measure(measure)
    {
    }
    ~MeasureDropTool() override;
    void move(QPointF scenePos) override;
    void release(QPointF scenePos) override;
    Qt::CursorShape cursor() const override { return Qt::DragCopyCursor; }
    bool hasTarget() const { return !m_target.isEmpty(); }

private:
    DiagramScene *m_scene;
    QString m_measure;
    NodeId m_target;
};

// A parked idea dragged from the Parking Lot: a driver or change idea under the pointer is
// outlined green (any other box red); dropping places the idea there (edit::placeParkedIdea).
class ParkedIdeaDropTool : public CanvasTool
{
public:
    ParkedIdeaDropTool(DiagramScene *scene, const QString &idea) : m_scene(scene), m_idea(idea) {}
    ~ParkedIdeaDropTool() override;
    void move(QPointF scenePos) override;
    void release(QPointF scenePos) override;
    Qt::CursorShape cursor() const override { return Qt::DragMoveCursor; }
    bool hasTarget() const { return m_valid; }
    // The box the idea went under after release(), or empty.
    const NodeId &placed() const { return m_placed; }

private:
    DiagramScene *m_scene;
    QString m_idea;
    NodeId m_target;
    bool m_valid = false;
    NodeId m_placed;
};

} // namespace kdd
