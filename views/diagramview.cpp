#include "diagramview.h"

#include "canvasitems.h"
#include "diagramscene.h"
#include "measuresview.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "model/undocommands.h"

#include <QApplication>
#include <QFocusEvent>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace kdd {
namespace {

constexpr qreal MinZoom = 0.05;
constexpr qreal MaxZoom = 6.0;
constexpr qreal LinkHandleWidth = 12; // scene units at a box's right edge that start a link

} // namespace

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    connect(scene, &DiagramScene::rebuilt, this, &DiagramView::keepAnchorStill);
    connect(scene, &DiagramScene::aboutToRebuild, this, &DiagramView::cancelDrag);
    connect(scene->selection(), &Selection::changed, this, &DiagramView::rememberAnchor);
}

Document *DiagramView::document() const { return m_scene->document(); }
NodeId DiagramView::current() const { return m_scene->selection()->current(); }

qreal DiagramView::zoom() const { return transform().m11(); }

void DiagramView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
    placeEditor();
    emit zoomChanged(zoom);
}

void DiagramView::zoomIn() { setZoom(zoom() * 1.25); }
void DiagramView::zoomOut() { setZoom(zoom() / 1.25); }
void DiagramView::resetZoom() { setZoom(1.0); }

void DiagramView::fitToWindow()
{
    fitInView(m_scene->diagramLayout().bounds, Qt::KeepAspectRatio);
    setZoom(std::min(zoom(), 1.5)); // a tiny diagram is not blown up to poster size
    centerOn(m_scene->diagramLayout().bounds.center());
}

void DiagramView::showOpened()
{
    const QRectF bounds = m_scene->diagramLayout().bounds;
    fitToWindow();
    if (zoom() >= 0.5)
        return;
    const qreal widthFit = viewport()->width() / std::max<qreal>(1, bounds.width());
    setZoom(std::clamp(widthFit, 0.6, 1.0));
    ensureVisible(QRectF(bounds.topLeft(), QSizeF(1, 1)), 0, 0);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::selectAndShow(const NodeId &id)
{
    m_scene->selection()->selectOne(id);
    if (NodeItem *item = m_scene->itemFor(id))
        ensureVisible(item->box().rect, 40, 40);
}

void DiagramView::rememberAnchor()
{
    if (!current().isEmpty())
        m_lastCurrent = current();
    m_anchorId = current();
    if (NodeItem *item = m_scene->itemFor(m_anchorId))
        m_anchorScenePos = item->box().rect.topLeft();
}

void DiagramView::keepAnchorStill()
{
    // The layout may shift every box after an edit; scroll by the selected box's shift so it
    // stays where the coach is looking.
    if (NodeItem *item = m_scene->itemFor(m_anchorId)) {
        const QPointF shift = item->box().rect.topLeft() - m_anchorScenePos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(shift.x() * zoom()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(shift.y() * zoom()));
    }
    rememberAnchor();
    placeEditor();
}

bool DiagramView::event(QEvent *event)
{
    // Tab and Shift+Tab are entry keys here, not focus moves.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key);
            return true;
        }
    }
    return QGraphicsView::event(event);
}

bool DiagramView::handleEntryKey(QKeyEvent *event, bool fromEditor)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool tab = event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
    const bool backtab = event->key() == Qt::Key_Backtab
        || (event->key() == Qt::Key_Tab && (event->modifiers() & Qt::ShiftModifier));
    if (enter && fromEditor && (event->modifiers() & Qt::ShiftModifier))
        return false; // Shift+Enter: a line break inside the text
    if (!enter && !tab && !backtab)
        return false;
    if (fromEditor)
        finishEditing(true);
    Document &doc = *document();
    NodeId from = current();
    if (from.isEmpty() && doc.diagram().nodes().empty() && (enter || tab)) {
        editNode(edit::addAim(doc));
        markNewNode({});
        return true;
    }
    if (from.isEmpty() && doc.diagram().contains(m_lastCurrent))
        from = m_lastCurrent; // after Escape cleared the selection, go on from where we were
    if (from.isEmpty() || !doc.diagram().contains(from))
        return true;
    NodeId next;
    if (enter)
        next = edit::addSibling(doc, from);
    else if (tab)
        next = edit::addChild(doc, from);
    else
        next = edit::moveLeft(doc, from);
    if (next.isEmpty())
        return true;
    if (backtab) {
        selectAndShow(next);
        if (fromEditor)
            editNode(next);
        return true;
    }
    editNode(next);
    markNewNode(from);
    return true;
}

void DiagramView::markNewNode(const NodeId &origin)
{
    m_editingNewNode = true;
    m_editOrigin = origin;
    const QUndoStack *stack = document()->undoStack();
    m_newNodeCommand = stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (handleEntryKey(event, false))
        return;
    const NodeId id = current();
    const bool alt = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_F2:
        if (!id.isEmpty())
            editNode(id);
        return;
    case Qt::Key_Delete:
        // (Backspace is not a delete key here: a coach pressing it means to fix text.)
        if (!m_scene->selection()->selected().isEmpty()) {
            const QStringList selected = m_scene->selection()->selected();
            const NodeId next = edit::removeNodes(*document(), {selected.begin(), selected.end()});
            m_scene->selection()->selectOne(next);
        } else if (const auto &[from, to] = m_scene->selection()->link(); !from.isEmpty()) {
            edit::unlink(*document(), from, to);
        }
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (alt && !id.isEmpty()) {
            edit::moveWithinColumn(*document(), id, event->key() == Qt::Key_Up ? -1 : 1);
            return;
        }
        moveSelection(event->key());
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
        moveSelection(event->key());
        return;
    case Qt::Key_Escape:
        m_scene->selection()->clear();
        return;
    default:
        break;
    }
    // Typing a character on a selected box starts editing it, replacing its text.
    const QString text = event->text();
    if (!id.isEmpty() && !text.isEmpty() && text.at(0).isPrint()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        editNode(id, text);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::moveSelection(int key)
{
    const DiagramLayout &layout = m_scene->diagramLayout();
    const NodeId id = current();
    const DiagramLayout::Box *from = layout.box(id);
    const Diagram &d = document()->diagram();
    if (!from) {
        if (!d.nodes().empty())
            selectAndShow(d.nodes().front().id);
        return;
    }
    const DiagramLayout::Box *best = nullptr;
    qreal bestDistance = 1e18;
    const auto consider = [&](const DiagramLayout::Box *b) {
        if (!b || b->id == id || !d.contains(b->id)) // never a ghost of the comparison view
            return;
        const qreal distance = std::abs(b->rect.center().y() - from->rect.center().y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = b;
        }
    };
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        for (const DiagramLayout::Box &b : layout.boxes) {
            const bool above = b.rect.center().y() < from->rect.center().y();
            if (b.column == from->column && (key == Qt::Key_Up ? above : !above))
                consider(&b);
        }
    } else {
        // Left: the linked box nearer the aim; right: a linked box further out. Prefer linked
        // boxes, nearest in height; fall back to the nearest box in the neighbouring column.
        for (const Link &l : d.links()) {
            if (key == Qt::Key_Left && l.to == id)
                consider(layout.box(l.from));
            if (key == Qt::Key_Right && l.from == id)
                consider(layout.box(l.to));
        }
        if (!best) {
            int column = key == Qt::Key_Left ? -1 : 99;
            for (const DiagramLayout::Box &b : layout.boxes) {
                if (key == Qt::Key_Left && b.column < from->column)
                    column = std::max(column, b.column);
                if (key == Qt::Key_Right && b.column > from->column)
                    column = std::min(column, b.column);
            }
            for (const DiagramLayout::Box &b : layout.boxes) {
                if (b.column == column)
                    consider(&b);
            }
        }
    }
    if (best)
        selectAndShow(best->id);
}

void DiagramView::editNode(const NodeId &id, const QString &replaceWith)
{
    finishEditing(true);
    NodeItem *item = m_scene->itemFor(id);
    const Node *node = document()->diagram().node(id);
    if (!item || !node)
        return;
    m_scene->selection()->selectOne(id);
    ensureVisible(item->box().rect, 40, 40);
    m_editingId = id;
    m_editingNewNode = false;
    m_editor = new QPlainTextEdit(viewport());
    m_editor->setObjectName(QStringLiteral("inPlaceEditor"));
    m_editor->setFrameShape(QFrame::Box);
    m_editor->setPlainText(replaceWith.isEmpty() ? node->text : replaceWith);
    m_editor->moveCursor(QTextCursor::End);
    m_editor->installEventFilter(this);
    placeEditor();
    m_editor->show();
    m_editor->setFocus();
}

void DiagramView::placeEditor()
{
    if (!m_editor)
        return;
    NodeItem *item = m_scene->itemFor(m_editingId);
    if (!item) {
        finishEditing(false);
        return;
    }
    const QRect r = mapFromScene(item->box().rect.adjusted(-2, -2, 2, 2)).boundingRect();
    m_editor->setGeometry(r.adjusted(0, 0, 0, std::max(0, 60 - r.height())));
    QFont font = item->box().text.font;
    font.setPixelSize(std::max(8, qRound(font.pixelSize() * zoom())));
    m_editor->setFont(font);
}

void DiagramView::finishEditing(bool commit)
{
    if (!m_editor)
        return;
    QPlainTextEdit *editor = m_editor;
    m_editor = nullptr;
    const QString text = editor->toPlainText();
    const NodeId id = m_editingId;
    const bool wasNew = m_editingNewNode;
    m_editingNewNode = false;
    editor->removeEventFilter(this);
    editor->setObjectName(QString()); // it lingers until deleteLater runs; it is not *the* editor
    editor->hide();
    editor->deleteLater();
    setFocus();
    if (commit) {
        edit::setText(*document(), id, text);
    } else if (wasNew && document()->diagram().node(id) && document()->diagram().node(id)->text.isEmpty()) {
        // Escape on a box just created by Enter or Tab takes the box back, and out of history —
        // but only if nothing else has been done since; otherwise it is deleted as a new step.
        QUndoStack *stack = document()->undoStack();
        auto *last = stack->index() > 0 ? const_cast<QUndoCommand *>(stack->command(stack->index() - 1)) : nullptr;
        auto *add = dynamic_cast<AddNodeCommand *>(last);
        if (add && last == m_newNodeCommand) {
            add->discardOnUndo();
            stack->undo();
        } else {
            edit::removeNodes(*document(), {id});
        }
        m_scene->selection()->selectOne(m_editOrigin);
    }
}

bool DiagramView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape) {
                finishEditing(false);
                return true;
            }
            if (handleEntryKey(key, true))
                return true;
        } else if (event->type() == QEvent::FocusOut) {
            // Clicking elsewhere keeps what was typed (deferred: the click may rebuild items).
            // Only this editor's own loss of focus counts — not the window losing activation,
            // a popup, or an editor that has since been replaced.
            const auto reason = static_cast<QFocusEvent *>(event)->reason();
            if (reason == Qt::ActiveWindowFocusReason || reason == Qt::PopupFocusReason)
                return QGraphicsView::eventFilter(watched, event);
            QPointer<QPlainTextEdit> editor = m_editor;
            QTimer::singleShot(0, this, [this, editor] {
                if (editor && editor == m_editor && !editor->hasFocus() && QApplication::focusWidget() != nullptr)
                    finishEditing(true);
            });
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    finishEditing(true);
    if (event->button() == Qt::MiddleButton) {
        // Middle-button drag pans, whatever is under the pointer.
        m_drag = Drag::Pan;
        m_pressPos = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    NodeItem *item = event->button() == Qt::LeftButton ? m_scene->nodeAt(mapToScene(event->pos())) : nullptr;
    if (item) {
        m_dragFrom = item->id();
        m_pressPos = event->pos();
        const QPointF scenePos = mapToScene(event->pos());
        const bool onHandle = scenePos.x() > item->box().rect.right() - LinkHandleWidth;
        m_drag = onHandle ? Drag::Link : Drag::Pending;
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            m_scene->selection()->select(m_scene->selection()->isSelected(item->id())
                                             ? m_scene->selection()->selected()
                                             : QStringList{item->id()},
                                         item->id());
        else
            m_scene->selection()->select(m_scene->selection()->selected() + QStringList{item->id()}, item->id());
        if (m_drag == Drag::Link) {
            const QPointF start(item->box().rect.right(), item->box().rect.center().y());
            m_dragLine = m_scene->addLine(QLineF(start, scenePos), QPen(QColor(0x19, 0x76, 0xd2), 2, Qt::DashLine));
        }
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    if (m_drag == Drag::None) {
        NodeItem *item = m_scene->nodeAt(scenePos);
        const bool onHandle = item && scenePos.x() > item->box().rect.right() - LinkHandleWidth;
        viewport()->setCursor(onHandle ? Qt::CrossCursor : Qt::ArrowCursor);
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    if (m_drag == Drag::Pan) {
        const QPoint delta = event->pos() - m_pressPos;
        m_pressPos = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (m_drag == Drag::Pending && (event->pos() - m_pressPos).manhattanLength() > 6)
        m_drag = Drag::Reorder;
    if (m_drag == Drag::Link && m_dragLine) {
        QLineF line = m_dragLine->line();
        line.setP2(scenePos);
        m_dragLine->setLine(line);
        NodeItem *target = m_scene->nodeAt(scenePos);
        if (target != m_dropTarget) {
            if (m_dropTarget)
                m_dropTarget->setDropHighlight(0);
            m_dropTarget = target && target->id() != m_dragFrom ? target : nullptr;
        }
        if (m_dropTarget) {
            const Diagram &d = document()->diagram();
            const Node *a = d.node(m_dragFrom);
            const Node *b = d.node(m_dropTarget->id());
            const bool valid = a && b && Diagram::canLink(*a, *b) && !d.link(a->id, b->id);
            m_dropTarget->setDropHighlight(valid ? 1 : -1);
            viewport()->setCursor(valid ? Qt::DragLinkCursor : Qt::ForbiddenCursor);
        }
    } else if (m_drag == Drag::Reorder) {
        viewport()->setCursor(Qt::SizeVerCursor);
    }
    event->accept();
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    const QPointF scenePos = mapToScene(event->pos());
    // Read what the drag found, then remove the drag's items before editing: an edit rebuilds
    // the scene and deletes every item.
    const Drag drag = m_drag;
    const NodeId from = m_dragFrom;
    const NodeId target = m_dropTarget ? m_dropTarget->id() : NodeId();
    endDrag();
    if (drag == Drag::Link && !target.isEmpty()) {
        edit::link(*document(), from, target);
    } else if (drag == Drag::Reorder) {
        // The new place is among the column's boxes, by the height the box was dropped at.
        const DiagramLayout &layout = m_scene->diagramLayout();
        if (const DiagramLayout::Box *dragged = layout.box(from)) {
            int position = 0;
            const Diagram &d = document()->diagram();
            for (const DiagramLayout::Box &b : layout.boxes) {
                if (b.column == dragged->column && b.id != dragged->id && d.contains(b.id)
                    && b.rect.center().y() < scenePos.y())
                    ++position;
            }
            edit::moveToPositionInColumn(*document(), from, position);
        }
    }
    event->accept();
}

void DiagramView::cancelDrag()
{
    // The drag line and drop target belong to the scene, which deletes them with every other
    // item (also for a measure dragged in from the Measures dock, which is not our own drag).
    m_dragLine = nullptr;
    m_dropTarget = nullptr;
    if (m_drag != Drag::None) {
        m_drag = Drag::None;
        viewport()->setCursor(Qt::ArrowCursor);
    }
}

void DiagramView::endDrag()
{
    if (m_dropTarget)
        m_dropTarget->setDropHighlight(0);
    m_dropTarget = nullptr;
    delete m_dragLine;
    m_dragLine = nullptr;
    m_drag = Drag::None;
    viewport()->setCursor(Qt::ArrowCursor);
}

void DiagramView::contextMenuEvent(QContextMenuEvent *event)
{
    finishEditing(true);
    const QPointF scenePos = mapToScene(event->pos());
    if (NodeItem *item = m_scene->nodeAt(scenePos)) {
        if (!m_scene->selection()->isSelected(item->id()))
            m_scene->selection()->selectOne(item->id());
        emit contextMenuRequested(event->globalPos(), item->id(), {}, {});
        return;
    }
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        if (item->type() == EdgeItem::Type) {
            const DiagramLayout::Edge &edge = static_cast<EdgeItem *>(item)->edge();
            emit contextMenuRequested(event->globalPos(), {}, edge.from, edge.to);
            return;
        }
    }
    emit contextMenuRequested(event->globalPos(), {}, {}, {});
}

void DiagramView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(MeasuresView::measureMimeType()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void DiagramView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasFormat(MeasuresView::measureMimeType())) {
        QGraphicsView::dragMoveEvent(event);
        return;
    }
    NodeItem *target = m_scene->nodeAt(mapToScene(event->position().toPoint()));
    if (target != m_dropTarget) {
        if (m_dropTarget)
            m_dropTarget->setDropHighlight(0);
        m_dropTarget = target;
        if (m_dropTarget)
            m_dropTarget->setDropHighlight(1);
    }
    event->setAccepted(target != nullptr);
}

void DiagramView::dragLeaveEvent(QDragLeaveEvent *event)
{
    endDrag();
    QGraphicsView::dragLeaveEvent(event);
}

void DiagramView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(MeasuresView::measureMimeType())) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QString measure = QString::fromUtf8(event->mimeData()->data(MeasuresView::measureMimeType()));
    NodeItem *target = m_scene->nodeAt(mapToScene(event->position().toPoint()));
    const NodeId node = target ? target->id() : NodeId();
    endDrag();
    if (!node.isEmpty()) {
        edit::attachMeasure(*document(), measure, {node});
        event->acceptProposedAction();
    }
}

void DiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (NodeItem *item = m_scene->nodeAt(mapToScene(event->pos()))) {
        endDrag();
        editNode(item->id());
        return;
    }
    if (document()->diagram().nodes().empty()) {
        editNode(edit::addAim(*document()));
        markNewNode({});
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

} // namespace kdd
