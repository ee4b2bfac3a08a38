#pragma once

#include "entrycontroller.h"

#include "model/node.h"

#include <QGraphicsView>
#include <QPlainTextEdit>
#include <QPointer>

#include <memory>
#include <optional>
#include <utility>

class QPlainTextEdit;

namespace kdd {

class CanvasTool;
class DiagramScene;
class Document;
class MeasureDropTool;
class ParkedIdeaDropTool;

// The canvas widget: zoom and pan, the keyboard-entry grammar of EntryController (shared with
// the outline) with an in-place text editor, arrows to move the selection (neighbourBox), and
// mouse gestures handed to tool objects (link drag, reorder drag, measure drop). The view keeps
// the selected box still on screen when the layout changes.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    // A view with its own entry controller, or sharing `entry` with other views of the window.
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);
    DiagramView(DiagramScene *scene, EntryController *entry, QWidget *parent = nullptr);
    ~DiagramView() override;

    DiagramScene *diagramScene() const { return m_scene; }
    qreal zoom() const;
    void setZoom(qreal zoom);
    bool isEditing() const { return m_editor != nullptr; }
    // Opens the in-place editor on `id` (selecting it); `replaceWith` starts with that text.
    void editNode(const NodeId &id, const QString &replaceWith = QString());
    // Commits (true) or cancels the in-place edit.
    void finishEditing(bool commit);
    // Runs an entry command (Enter, Tab…) as if its key had been pressed on the canvas.
    void runEntryCommand(EntryController::Command command);

    // What the empty canvas says (the first key to press); empty once there is a box.
    QString emptyHint() const;
    // The "start here" card under that hint: the next keys to press (Tab, F5, Ctrl+V, Ctrl+4),
    // one per line. Shown on a new, empty diagram until its first edit.
    QStringList startHints() const;

    // How tall box text is on screen at the current zoom, in pixels.
    qreal boxTextPixels() const;
    // Where the column headers are drawn over the canvas while their own place is scrolled out of
    // view (scene coordinates); empty while they are visible in place.
    QRectF stickyHeaderRect() const;

    // Scrolls so that scene `rect` is in view below the sticky headers, centred where it fits in
    // the `centred` directions, else from its top or left edge (a rectangle larger than the view
    // shows its top-left part); then moves on as little as needed to show `anchor` too, if one
    // is given (a presentation step: the branch, and its driver).
    void showRegion(const QRectF &rect, const QRectF &anchor = QRectF(),
                    Qt::Orientations centred = Qt::Horizontal | Qt::Vertical);

    // Box text never gets smaller than this on screen by Fit Width, nor, at opening, than
    // OpenTextPixels unless the whole diagram fits larger.
    static constexpr qreal MinFitTextPixels = 10;
    static constexpr qreal OpenTextPixels = 12;

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    // The diagram's width across the window, but never with box text under MinFitTextPixels:
    // the rest is reached by scrolling down. Shows the left edge and keeps the top.
    void fitWidth();
    // Fit Width with its own floor for box text and ceiling for the zoom (presentation mode:
    // large type on a projector, and a small diagram may fill the wall).
    void fitWidthWithin(qreal minTextPixels, qreal maxZoom);
    // The view for a freshly opened diagram: fitted when box text stays OpenTextPixels tall,
    // otherwise at the readable zoom (or the width's fit, if larger) from the top-left — a 5%
    // overview of 400 boxes helps nobody.
    void showOpened();
    void resetZoom();

signals:
    void zoomChanged(qreal zoom);
    // Right-click: on a box (`node`), on a link (`linkFrom` -> `linkTo`) or on empty canvas.
    void contextMenuRequested(const QPoint &globalPos, const NodeId &node, const NodeId &linkFrom,
                              const NodeId &linkTo);

protected:
    bool event(QEvent *event) override;
    // Paints the sticky column headers (stickyHeaderRect) over the boxes.
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // A measure dragged from the Measures dock attaches to the box it is dropped on; a parked idea
    // from the Parking Lot becomes a change idea of the driver it is dropped on.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Document *document() const;
    // The zoom at which box text is `pixels` tall on screen.
    qreal zoomForTextPixels(qreal pixels) const;
    // The zoom that puts the diagram's width across the viewport.
    qreal widthFitZoom() const;
    // Scrolls so that scene point `p` is at the viewport's top-left corner (as far as it can).
    void scrollToTopLeft(QPointF p);
    // The top and bottom of the column headers in the scene, if there are any.
    std::optional<std::pair<qreal, qreal>> headerSpan() const;
    // Scrolls `rect` into view with a margin, below the sticky headers.
    void showSceneRect(const QRectF &rect);
    // The screen pixels the sticky headers take at the top of the viewport when shown.
    int stickyStripPixels() const;
    NodeId current() const;
    void selectAndShow(const NodeId &id);
    void moveSelection(int key);
    // A command from the canvas or (fromEditor) from the in-place editor.
    void runCommand(EntryController::Command command, bool fromEditor);
    void openEditor(const NodeId &id, const QString &replaceWith);
    void placeEditor();
    void rememberAnchor();
    void keepAnchorStill();
    void setTool(std::unique_ptr<CanvasTool> tool);
    // Starts a drag of the change ideas of a reorder drag that left the canvas (see m_reorderId).
    void dragOut();
    // A press on a change idea's vote button votes (Shift: takes a vote back); returns whether
    // the press was one.
    bool voteButtonPressed(QMouseEvent *event);

    DiagramScene *m_scene;
    EntryController *m_entry;
    QPointer<QPlainTextEdit> m_editor;
    NodeId m_editingId;
    NodeId m_anchorId;
    QPointF m_anchorScenePos;
    std::unique_ptr<CanvasTool> m_tool; // the mouse gesture under way, if any
    std::unique_ptr<MeasureDropTool> m_measureDrop;
    std::unique_ptr<ParkedIdeaDropTool> m_ideaDrop;
    bool m_panning = false;
    bool m_wasEmpty = true; // whether the diagram had no box at the last change (emptyHint)
    NodeId m_pressedId;     // a box pressed but not dragged yet: a drag beyond 6 px reorders it
    QPoint m_pressPos;
    NodeId m_reorderId; // the box of a reorder drag; dragged out of the canvas it may be parked
    quint64 m_votePressTime = 0; // when the last press on a vote button voted
};

} // namespace kdd
