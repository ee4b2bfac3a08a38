#include "diagramview.h"

#include "canvasitems.h"
#include "canvastools.h"
#include "diagramscene.h"
#include "measuresview.h"
#include "parkinglotview.h"
#include "selection.h"

#include "layout/navigation.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/priorityedits.h"
#include "render/qpaintertarget.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QDragEnterEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace kdd {
namespace {

constexpr qreal MinZoom = 0.05;
constexpr qreal MaxZoom = 6.0;
constexpr qreal LinkHandleWidth = 12;    // scene units at a box's right edge that start a link
constexpr qreal MaxFitZoom = 1.5;        // a tiny diagram is not blown up to poster size
constexpr qreal StickyHeaderPadding = 6; // screen pixels above and below the sticky headers

} // namespace

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent)
    : DiagramView(scene, new EntryController(scene->document(), scene->selection(), scene), parent)
{
}

DiagramView::DiagramView(DiagramScene *scene, EntryController *entry, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_entry(entry)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    connect(scene, &DiagramScene::laidOut, this, &DiagramView::keepAnchorStill);
    connect(scene->selection(), &Selection::changed, this, &DiagramView::rememberAnchor);
    // The empty canvas's hint comes and goes with the first and last box.
    connect(scene->document(), &Document::changed, this, [this] {
        const bool empty = document()->diagram().nodes().empty();
        if (empty || empty != m_wasEmpty) // the start-here card goes with the first edit
            viewport()->update();
        m_wasEmpty = empty;
    });
}

// The tools remove their feedback items from the scene, which outlives the view.
DiagramView::~DiagramView() = default;

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
    setZoom(std::min(zoom(), MaxFitZoom));
    centerOn(m_scene->diagramLayout().bounds.center());
}

qreal DiagramView::boxTextPixels() const
{
    return m_scene->typography().boxFont.pixelSize() * zoom();
}

qreal DiagramView::zoomForTextPixels(qreal pixels) const
{
    return pixels / std::max(1, m_scene->typography().boxFont.pixelSize());
}

qreal DiagramView::widthFitZoom() const
{
    const QRectF bounds = m_scene->diagramLayout().bounds;
    const qreal fit = viewport()->width() / std::max<qreal>(1, bounds.width());
    // At that zoom a tall diagram gets a vertical scroll bar, which takes its width away.
    if (bounds.height() * fit > viewport()->height() && !verticalScrollBar()->isVisible()
        && verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
        return (viewport()->width() - verticalScrollBar()->sizeHint().width())
             / std::max<qreal>(1, bounds.width());
    return fit;
}

void DiagramView::scrollToTopLeft(QPointF p)
{
    const QSizeF half = QSizeF(viewport()->width(), viewport()->height()) / (2 * zoom());
    centerOn(p + QPointF(half.width(), half.height()));
}

void DiagramView::fitWidth() { fitWidthWithin(MinFitTextPixels, MaxFitZoom); }

void DiagramView::fitWidthWithin(qreal minTextPixels, qreal maxZoom)
{
    const QRectF bounds = m_scene->diagramLayout().bounds;
    const qreal top = std::max(mapToScene(QPoint(0, 0)).y(), bounds.top());
    const qreal fit = widthFitZoom();
    setZoom(std::max(std::min(fit, maxZoom), zoomForTextPixels(minTextPixels)));
    scrollToTopLeft(QPointF(bounds.left(), top));
}

void DiagramView::showOpened()
{
    fitToWindow();
    const qreal readable = zoomForTextPixels(OpenTextPixels);
    if (zoom() >= readable)
        return;
    setZoom(std::max(readable, std::min(widthFitZoom(), MaxFitZoom)));
    scrollToTopLeft(m_scene->diagramLayout().bounds.topLeft());
}

std::optional<std::pair<qreal, qreal>> DiagramView::headerSpan() const
{
    const std::vector<DiagramLayout::Header> &headers = m_scene->diagramLayout().headers;
    if (headers.empty())
        return std::nullopt;
    qreal top = headers.front().rect.top();
    qreal bottom = headers.front().rect.bottom();
    for (const DiagramLayout::Header &h : headers) {
        top = std::min(top, h.rect.top());
        bottom = std::max(bottom, h.rect.bottom());
    }
    return std::make_pair(top, bottom);
}

QRectF DiagramView::stickyHeaderRect() const
{
    const auto span = headerSpan();
    if (!span)
        return {};
    const auto [top, bottom] = *span;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const qreal pad = StickyHeaderPadding / zoom();
    if (visible.top() <= top - pad)
        return {}; // the headers are in view where they belong
    return QRectF(visible.left(), visible.top(), visible.width(), bottom - top + 2 * pad);
}

int DiagramView::stickyStripPixels() const
{
    const auto span = headerSpan();
    return span ? qCeil((span->second - span->first) * zoom()) + 2 * qCeil(StickyHeaderPadding) : 0;
}

void DiagramView::showSceneRect(const QRectF &rect)
{
    // Keep a box clear of the sticky headers, which cover the top of the canvas.
    ensureVisible(rect, 40, std::max(40, stickyStripPixels() + 16));
}

void DiagramView::showRegion(const QRectF &rect, const QRectF &anchor, Qt::Orientations centred)
{
    // In screen pixels: the room left under the headers, and where the rectangle's centre goes.
    constexpr int Margin = 16;
    const qreal z = zoom();
    const int strip = stickyStripPixels();
    const QSizeF view(viewport()->width(), viewport()->height());
    const QSizeF room(view.width() - 2 * Margin, view.height() - strip - 2 * Margin);
    const QSizeF size = rect.size() * z;
    const bool acrossCentred = centred.testFlag(Qt::Horizontal) && size.width() <= room.width();
    const bool downCentred = centred.testFlag(Qt::Vertical) && size.height() <= room.height();
    const qreal x = acrossCentred ? Margin + room.width() / 2 : Margin + size.width() / 2;
    const qreal y =
        downCentred ? strip + Margin + room.height() / 2 : strip + Margin + size.height() / 2;
    // The scene point that must be at the viewport's centre for rect's centre to be at (x, y).
    centerOn(rect.center() + QPointF(view.width() / 2 - x, view.height() / 2 - y) / z);
    if (!anchor.isNull())
        showSceneRect(anchor);
}

QString DiagramView::emptyHint() const
{
    return document()->diagram().nodes().empty() ? tr("Press Enter to write your aim") : QString();
}

QStringList DiagramView::startHints() const
{
    if (!document()->diagram().nodes().empty() || document()->undoStack()->count() > 0)
        return {};
    // Enter is the hint itself, drawn above these.
    return {tr("Tab — add a driver under the selected box"), tr("F5 — present to the room"),
            tr("Ctrl+V — paste an outline of ideas"),
            tr("Ctrl+4 — park ideas for later (Parking Lot)")};
}

void DiagramView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (const QString hint = emptyHint(); !hint.isEmpty()) {
        // In the middle of what is on screen, whatever the zoom or scroll.
        painter->save();
        painter->resetTransform();
        QFont font = painter->font();
        font.setPixelSize(20);
        painter->setFont(font);
        painter->setPen(m_scene->theme().headerText);
        const QRect area = viewport()->rect();
        const QStringList steps = startHints();
        if (steps.isEmpty()) {
            painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, hint);
        } else {
            // The "start here" card: the hint, then the first keys, one per line, in a panel.
            const QFontMetrics big(font);
            QFont small = font;
            small.setPixelSize(15);
            const QFontMetrics metrics(small);
            int width = big.horizontalAdvance(hint);
            for (const QString &step : steps)
                width = std::max(width, metrics.horizontalAdvance(step));
            // A narrow canvas wraps the lines rather than cutting them (longer in some
            // languages).
            const int cardWidth = std::min(width + 48, area.width() - 8);
            const QRect wrapArea(0, 0, std::max(1, cardWidth - 48), 100000);
            const int hintHeight =
                big.boundingRect(wrapArea, Qt::AlignHCenter | Qt::TextWordWrap, hint).height();
            std::vector<int> stepHeights;
            int height = hintHeight + 12;
            for (const QString &step : steps) {
                stepHeights.push_back(
                    metrics.boundingRect(wrapArea, Qt::TextWordWrap, step).height() + 4);
                height += stepHeights.back();
            }
            QRect card(0, 0, cardWidth, height + 32);
            card.moveCenter(area.center());
            QColor panel = m_scene->theme().headerText;
            panel.setAlpha(18);
            painter->setBrush(panel);
            QColor edge = m_scene->theme().headerText;
            edge.setAlpha(70);
            painter->setPen(edge);
            painter->drawRoundedRect(card, 10, 10);
            painter->setPen(m_scene->theme().headerText);
            const QRect inner = card.adjusted(24, 16, -24, -16);
            painter->drawText(QRect(inner.left(), inner.top(), inner.width(), hintHeight),
                              Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, hint);
            painter->setFont(small);
            int y = inner.top() + hintHeight + 12;
            for (int i = 0; i < static_cast<int>(steps.size()); ++i) {
                const int h = stepHeights[static_cast<std::size_t>(i)];
                painter->drawText(QRect(inner.left(), y, inner.width(), h),
                                  Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, steps[i]);
                y += h;
            }
        }
        painter->restore();
        return;
    }
    const QRectF strip = stickyHeaderRect();
    if (strip.isEmpty() || !strip.intersects(rect))
        return;
    const Theme &theme = m_scene->theme();
    painter->save();
    painter->fillRect(strip, theme.background);
    QColor rule = theme.headerText;
    rule.setAlpha(90);
    painter->setPen(QPen(rule, 0)); // cosmetic: one pixel at any zoom
    painter->drawLine(strip.bottomLeft(), strip.bottomRight());
    painter->translate(0, strip.top() + StickyHeaderPadding / zoom() - headerSpan()->first);
    QPainterTarget target(*painter);
    DiagramPainter(theme, m_scene->typography()).paintHeaders(m_scene->diagramLayout(), target);
    painter->restore();
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // Scrolling moves the pixels already drawn, the sticky headers with them: repaint the strip
    // and the band the old one was moved into.
    if (dy != 0 && !m_scene->diagramLayout().headers.empty()) {
        const QRectF strip = stickyHeaderRect();
        const int height = strip.isEmpty() ? 0 : qCeil(strip.height() * zoom());
        viewport()->update(QRect(0, 0, viewport()->width(), height + std::abs(dy) + 2));
    }
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
        showSceneRect(item->box().rect);
}

void DiagramView::rememberAnchor()
{
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
        horizontalScrollBar()->setValue(horizontalScrollBar()->value()
                                        + qRound(shift.x() * zoom()));
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

void DiagramView::runEntryCommand(EntryController::Command command)
{
    runCommand(command, isEditing());
}

void DiagramView::runCommand(EntryController::Command command, bool fromEditor)
{
    if (fromEditor)
        finishEditing(true);
    const EntryController::Outcome outcome = m_entry->apply(command, fromEditor);
    if (outcome.select.isEmpty())
        return;
    if (NodeItem *item = m_scene->itemFor(outcome.select))
        showSceneRect(item->box().rect);
    if (outcome.edit)
        openEditor(outcome.select, {});
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (const auto command = EntryController::commandFor(*event, false)) {
        runCommand(*command, false);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (!(event->modifiers() & (Qt::AltModifier | Qt::ControlModifier))) {
            moveSelection(event->key());
            return;
        }
        break;
    default:
        break;
    }
    // Typing a character on a selected box starts editing it, replacing its text.
    const NodeId id = current();
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
    const Direction direction = key == Qt::Key_Up   ? Direction::Up
                              : key == Qt::Key_Down ? Direction::Down
                              : key == Qt::Key_Left ? Direction::Left
                                                    : Direction::Right;
    const NodeId next =
        neighbourBox(m_scene->diagramLayout(), document()->diagram(), current(), direction);
    if (!next.isEmpty())
        selectAndShow(next);
}

void DiagramView::editNode(const NodeId &id, const QString &replaceWith)
{
    m_entry->editingStarted(id);
    openEditor(id, replaceWith);
}

void DiagramView::openEditor(const NodeId &id, const QString &replaceWith)
{
    finishEditing(true);
    NodeItem *item = m_scene->itemFor(id);
    const Node *node = document()->diagram().node(id);
    if (!item || !node)
        return;
    m_scene->selection()->selectOne(id);
    showSceneRect(item->box().rect);
    m_editingId = id;
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
    editor->removeEventFilter(this);
    editor->setObjectName(QString()); // it lingers until deleteLater runs; it is not *the* editor
    editor->hide();
    editor->deleteLater();
    setFocus();
    if (commit)
        edit::setText(*document(), id, text);
    else
        m_entry->cancelEditing(id, text); // an empty box just made by Enter or Tab goes
}

bool DiagramView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            const auto command =
                EntryController::commandFor(*static_cast<QKeyEvent *>(event), true);
            if (command == EntryController::Command::Cancel) {
                finishEditing(false);
                return true;
            }
            if (command) {
                runCommand(*command, true);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            // Clicking elsewhere keeps what was typed (deferred until the click has been handled).
            // Only this editor's own loss of focus counts — not the window losing activation,
            // a popup, or an editor that has since been replaced.
            const auto reason = static_cast<QFocusEvent *>(event)->reason();
            if (reason == Qt::ActiveWindowFocusReason || reason == Qt::PopupFocusReason)
                return QGraphicsView::eventFilter(watched, event);
            QPointer<QPlainTextEdit> editor = m_editor;
            QTimer::singleShot(0, this, [this, editor] {
                if (editor && editor == m_editor && !editor->hasFocus()
                    && QApplication::focusWidget() != nullptr)
                    finishEditing(true);
            });
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

void DiagramView::setTool(std::unique_ptr<CanvasTool> tool)
{
    m_tool = std::move(tool);
    viewport()->setCursor(m_tool ? m_tool->cursor() : Qt::ArrowCursor);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    finishEditing(true);
    if (event->button() == Qt::MiddleButton) {
        // Middle-button drag pans, whatever is under the pointer.
        m_panning = true;
        m_pressPos = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && voteButtonPressed(event))
        return;
    NodeItem *item =
        event->button() == Qt::LeftButton ? m_scene->nodeAt(mapToScene(event->pos())) : nullptr;
    if (!item) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const NodeId id = item->id();
    const QPointF scenePos = mapToScene(event->pos());
    Selection *selection = m_scene->selection();
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
        selection->select(selection->isSelected(id) ? selection->selected() : QStringList{id}, id);
    else
        selection->select(selection->selected() + QStringList{id}, id);
    m_pressPos = event->pos();
    if (scenePos.x() > item->box().rect.right() - LinkHandleWidth)
        setTool(std::make_unique<LinkDragTool>(m_scene, id, scenePos));
    else
        m_pressedId = id;
    event->accept();
}

bool DiagramView::voteButtonPressed(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    for (QGraphicsItem *item : m_scene->items(scenePos, Qt::IntersectsItemBoundingRect)) {
        if (item->type() != NodeItem::Type)
            continue;
        auto *node = static_cast<NodeItem *>(item);
        if (!node->voteButton().contains(scenePos) || !document()->diagram().contains(node->id()))
            continue;
        m_votePressTime = event->timestamp();
        m_scene->selection()->selectOne(node->id());
        edit::vote(*document(), {node->id()}, event->modifiers() & Qt::ShiftModifier ? -1 : 1);
        event->accept();
        return true;
    }
    return false;
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    if (m_panning) {
        const QPoint delta = event->pos() - m_pressPos;
        m_pressPos = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (!m_pressedId.isEmpty() && (event->pos() - m_pressPos).manhattanLength() > 6) {
        setTool(std::make_unique<ReorderDragTool>(m_scene, m_pressedId));
        m_reorderId = m_pressedId;
        m_pressedId.clear();
    }
    if (!m_reorderId.isEmpty() && !viewport()->rect().contains(event->pos())) {
        dragOut();
        event->accept();
        return;
    }
    if (m_tool) {
        m_tool->move(scenePos);
        viewport()->setCursor(m_tool->cursor());
        event->accept();
        return;
    }
    if (!m_pressedId.isEmpty()) {
        event->accept();
        return;
    }
    NodeItem *item = m_scene->nodeAt(scenePos);
    const bool onHandle = item && scenePos.x() > item->box().rect.right() - LinkHandleWidth;
    viewport()->setCursor(onHandle ? Qt::CrossCursor : Qt::ArrowCursor);
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::dragOut()
{
    // A change idea carried out of the canvas is no reorder any more: it can go to the Parking
    // Lot (the list parks what it receives). Others are only reordered by dragging.
    const NodeId id = m_reorderId;
    m_reorderId.clear();
    const Diagram &d = document()->diagram();
    QStringList ids;
    const QStringList selected =
        m_scene->selection()->isSelected(id) ? m_scene->selection()->selected() : QStringList{id};
    for (const NodeId &s : selected) {
        if (const Node *n = d.node(s); n && n->isChange())
            ids << s;
    }
    if (ids.isEmpty())
        return;
    setTool(nullptr);
    auto *mime = new QMimeData;
    mime->setData(ParkingLotView::boxesMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::MoveAction | Qt::CopyAction);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool wasPressed = m_panning || m_tool || !m_pressedId.isEmpty();
    m_panning = false;
    m_pressedId.clear();
    m_reorderId.clear();
    if (std::unique_ptr<CanvasTool> tool = std::move(m_tool)) {
        viewport()->setCursor(Qt::ArrowCursor);
        tool->release(mapToScene(event->pos()));
    } else {
        viewport()->setCursor(Qt::ArrowCursor);
    }
    if (wasPressed)
        event->accept();
    else
        QGraphicsView::mouseReleaseEvent(event);
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
    if (event->mimeData()->hasFormat(ParkingLotView::ideaMimeType())) {
        const QString idea =
            QString::fromUtf8(event->mimeData()->data(ParkingLotView::ideaMimeType()));
        m_ideaDrop = std::make_unique<ParkedIdeaDropTool>(m_scene, idea);
        event->acceptProposedAction();
        return;
    }
    if (!event->mimeData()->hasFormat(MeasuresView::measureMimeType())) {
        QGraphicsView::dragEnterEvent(event);
        return;
    }
    const QString measure =
        QString::fromUtf8(event->mimeData()->data(MeasuresView::measureMimeType()));
    m_measureDrop = std::make_unique<MeasureDropTool>(m_scene, measure);
    event->acceptProposedAction();
}

void DiagramView::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_ideaDrop) {
        m_ideaDrop->move(mapToScene(event->position().toPoint()));
        event->setAccepted(m_ideaDrop->hasTarget());
        return;
    }
    if (!m_measureDrop) {
        QGraphicsView::dragMoveEvent(event);
        return;
    }
    m_measureDrop->move(mapToScene(event->position().toPoint()));
    event->setAccepted(m_measureDrop->hasTarget());
}

void DiagramView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_measureDrop.reset();
    m_ideaDrop.reset();
    QGraphicsView::dragLeaveEvent(event);
}

void DiagramView::dropEvent(QDropEvent *event)
{
    if (const std::unique_ptr<ParkedIdeaDropTool> tool = std::move(m_ideaDrop)) {
        tool->release(mapToScene(event->position().toPoint()));
        if (!tool->placed().isEmpty()) {
            selectAndShow(tool->placed());
            // Copy, not move: the list follows the document and must not delete a row itself.
            event->setDropAction(Qt::CopyAction);
            event->accept();
        } else {
            event->ignore();
        }
        return;
    }
    if (!m_measureDrop) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const std::unique_ptr<MeasureDropTool> tool = std::move(m_measureDrop);
    tool->release(mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

void DiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Quick clicks on a vote button are votes, not a request to edit the box. A double click
    // that Qt delivered as a press too has voted already.
    if (event->button() == Qt::LeftButton && m_votePressTime != 0
        && event->timestamp() == m_votePressTime) {
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && voteButtonPressed(event))
        return;
    if (NodeItem *item = m_scene->nodeAt(mapToScene(event->pos()))) {
        setTool(nullptr);
        m_pressedId.clear();
        editNode(item->id());
        return;
    }
    if (document()->diagram().nodes().empty()) {
        runCommand(EntryController::Command::NewSibling, false); // the first aim
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

} // namespace kdd
