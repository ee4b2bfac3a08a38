#include "canvastools.h"

#include "canvasitems.h"
#include "diagramscene.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "model/parkinglotedits.h"

#include <QGraphicsLineItem>
#include <QPen>

namespace kdd {
namespace {

void highlight(DiagramScene *scene, const NodeId &id, int state)
{
    if (NodeItem *item = scene->itemFor(id))
        item->setDropHighlight(state);
}

} // namespace

LinkDragTool::LinkDragTool(DiagramScene *scene, const NodeId &from, QPointF scenePos)
    : m_scene(scene), m_from(from)
{
    QPointF start = scenePos;
    if (const NodeItem *item = scene->itemFor(from))
        start = QPointF(item->box().rect.right(), item->box().rect.center().y());
    m_line = std::make_unique<QGraphicsLineItem>(QLineF(start, scenePos));
    m_line->setPen(QPen(QColor(0x19, 0x76, 0xd2), 2, Qt::DashLine));
    m_line->setZValue(100);
    scene->addItem(m_line.get());
}

LinkDragTool::~LinkDragTool()
{
    setTarget({}, 0);
    if (m_line && m_line->scene())
        m_line->scene()->removeItem(m_line.get());
}

void LinkDragTool::setTarget(const NodeId &target, int state)
{
    if (target != m_target)
        highlight(m_scene, m_target, 0);
    m_target = target;
    highlight(m_scene, m_target, state);
}

void LinkDragTool::move(QPointF scenePos)
{
    QLineF line = m_line->line();
    line.setP2(scenePos);
    m_line->setLine(line);
    NodeItem *under = m_scene->nodeAt(scenePos);
    if (!under || under->id() == m_from) {
        setTarget({}, 0);
        m_cursor = Qt::CrossCursor;
        return;
    }
    const Diagram &d = m_scene->document()->diagram();
    const Node *a = d.node(m_from);
    const Node *b = d.node(under->id());
    const bool valid = a && b && Diagram::canLink(*a, *b) && !d.link(a->id, b->id);
    setTarget(under->id(), valid ? 1 : -1);
    m_cursor = valid ? Qt::DragLinkCursor : Qt::ForbiddenCursor;
}

void LinkDragTool::release(QPointF scenePos)
{
    move(scenePos);
    const NodeId target = m_target;
    setTarget({}, 0);
    if (!target.isEmpty())
        edit::link(*m_scene->document(), m_from, target); // refuses invalid targets itself
}

void ReorderDragTool::release(QPointF scenePos)
{
    // The height it was dropped at, as a place among the other boxes of its column; the edit
    // keeps it among its siblings.
    const DiagramLayout &layout = m_scene->diagramLayout();
    const DiagramLayout::Box *dragged = layout.box(m_id);
    const Diagram &d = m_scene->document()->diagram();
    if (!dragged || !d.contains(m_id))
        return;
    int position = 0;
    for (const DiagramLayout::Box &b : layout.boxes) {
        if (b.column == dragged->column && b.id != dragged->id && d.contains(b.id)
            && b.rect.center().y() < scenePos.y())
            ++position;
    }
    edit::moveToPositionInColumn(*m_scene->document(), m_id, position);
}

MeasureDropTool::~MeasureDropTool() { highlight(m_scene, m_target, 0); }

void MeasureDropTool::move(QPointF scenePos)
{
    NodeItem *under = m_scene->nodeAt(scenePos);
    const NodeId target = under ? under->id() : NodeId();
    if (target == m_target)
        return;
    highlight(m_scene, m_target, 0);
    m_target = target;
    highlight(m_scene, m_target, 1);
}

void MeasureDropTool::release(QPointF scenePos)
{
    move(scenePos);
    const NodeId target = m_target;
    highlight(m_scene, m_target, 0);
    m_target.clear();
    if (!target.isEmpty())
        edit::attachMeasure(*m_scene->document(), m_measure, {target});
}

ParkedIdeaDropTool::~ParkedIdeaDropTool() { highlight(m_scene, m_target, 0); }

void ParkedIdeaDropTool::move(QPointF scenePos)
{
    NodeItem *under = m_scene->nodeAt(scenePos);
    const NodeId target = under ? under->id() : NodeId();
    if (target == m_target)
        return;
    highlight(m_scene, m_target, 0);
    m_target = target;
    m_valid = edit::canPlaceAt(m_scene->document()->diagram(), target);
    highlight(m_scene, m_target, m_valid ? 1 : -1);
}

void ParkedIdeaDropTool::release(QPointF scenePos)
{
    move(scenePos);
    const NodeId target = m_valid ? m_target : NodeId();
    highlight(m_scene, m_target, 0);
    m_target.clear();
    m_valid = false;
    if (!target.isEmpty())
        m_placed = edit::placeParkedIdea(*m_scene->document(), m_idea, target);
}

} // namespace kdd
