#pragma once

#include "model/node.h"

#include <QGraphicsView>
#include <QPlainTextEdit>
#include <QPointer>

class QGraphicsLineItem;
class QUndoCommand;
class QPlainTextEdit;

namespace kdd {

class DiagramScene;
class Document;
class NodeItem;

// The canvas widget: zoom and pan, keyboard-first entry (Enter sibling, Tab child, Shift+Tab
// left, F2 or typing edits in place, Delete, Alt+Up/Down, arrows move the selection), and mouse
// gestures (drag from a box's right edge onto another box to link; drag a box up or down to
// reorder its column). Gestures become undo commands through kdd::edit; the view keeps the
// selected box still on screen when the layout changes.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagramScene() const { return m_scene; }
    qreal zoom() const;
    void setZoom(qreal zoom);
    bool isEditing() const { return m_editor != nullptr; }
    // Opens the in-place editor on `id` (selecting it); `replaceWith` starts with that text.
    void editNode(const NodeId &id, const QString &replaceWith = QString());
    // Commits (true) or cancels the in-place edit.
    void finishEditing(bool commit);

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    // The view for a freshly opened diagram: fitted when that stays readable, otherwise at a
    // readable zoom from the top-left (the aim) — a 5% overview of 400 boxes helps nobody.
    void showOpened();
    void resetZoom();

signals:
    void zoomChanged(qreal zoom);
    // Right-click: on a box (`node`), on a link (`linkFrom` -> `linkTo`) or on empty canvas.
    void contextMenuRequested(const QPoint &globalPos, const NodeId &node, const NodeId &linkFrom,
                              const NodeId &linkTo);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // A measure dragged from the Measures dock attaches to the box it is dropped on.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Drag { None, Pending, Link, Reorder, Pan };

    Document *document() const;
    NodeId current() const;
    void selectAndShow(const NodeId &id);
    void moveSelection(int key);
    // Enter / Tab / Shift+Tab from the canvas or the editor; returns whether it was handled.
    bool handleEntryKey(QKeyEvent *event, bool fromEditor);
    void placeEditor();
    void rememberAnchor();
    // The box being edited was just made (from `origin`) by the last undo step.
    void markNewNode(const NodeId &origin);
    void keepAnchorStill();
    void endDrag();
    // The scene is about to delete its items: forget the ones a drag points at.
    void cancelDrag();

    DiagramScene *m_scene;
    QPointer<QPlainTextEdit> m_editor;
    NodeId m_editingId;
    bool m_editingNewNode = false;
    NodeId m_editOrigin; // the box a new box was made from, selected again if it is cancelled
    const QUndoCommand *m_newNodeCommand = nullptr; // the step that made the box being edited
    NodeId m_lastCurrent; // the last box that was current, for Enter/Tab after Escape
    NodeId m_anchorId;
    QPointF m_anchorScenePos;
    Drag m_drag = Drag::None;
    NodeId m_dragFrom;
    QPoint m_pressPos;
    QGraphicsLineItem *m_dragLine = nullptr;
    NodeItem *m_dropTarget = nullptr;
};

} // namespace kdd
