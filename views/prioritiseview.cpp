#include "prioritiseview.h"

#include "selection.h"

#include "model/document.h"
#include "model/priorityedits.h"
#include "render/exporter.h"
#include "render/prioritypainter.h"
#include "render/qpaintertarget.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kdd {
namespace {

// Below this the card text is too small to read on a projector: the board scrolls instead.
constexpr qreal MinZoom = 0.6;
constexpr qreal MaxZoom = 2.5;

// A card moved so that its top-left is at `topLeft`, contents included.
PriorityLayout::Card movedCard(PriorityLayout::Card card, QPointF topLeft)
{
    const QPointF by = topLeft - card.rect.topLeft();
    card.rect.translate(by);
    card.textTopLeft += by;
    if (!card.votesRect.isNull())
        card.votesRect.translate(by);
    return card;
}

PickQuadrant quadrantForKey(int key)
{
    switch (key) {
    case Qt::Key_1:
        return PickQuadrant::Possible;
    case Qt::Key_2:
        return PickQuadrant::Implement;
    case Qt::Key_3:
        return PickQuadrant::Challenge;
    case Qt::Key_4:
        return PickQuadrant::Kill;
    default:
        return PickQuadrant::None;
    }
}

} // namespace

PrioritiseView::PrioritiseView(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_theme(Theme::standard()),
      m_typography(Typography::standard())
{
    setObjectName(QStringLiteral("prioritiseView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Impact and effort grid"));
    connect(m_document, &Document::changed, this, &PrioritiseView::documentChanged);
    connect(m_selection, &Selection::changed, this, qOverload<>(&QWidget::update));
    relayout();
}

void PrioritiseView::setTheme(const Theme &theme)
{
    m_theme = theme;
    update();
}

void PrioritiseView::documentChanged(const DocumentChange &change)
{
    using C = DocumentChange;
    if (change.has(C::NodesAdded | C::NodesRemoved | C::NodesChanged | C::NodeOrder | C::Metadata
                   | C::LayoutOptions))
        relayout();
}

void PrioritiseView::relayout()
{
    m_typography = Typography::sized(m_document->diagram().layoutSettings().textSize);
    m_layout = layoutPriorities(m_document->diagram(), m_typography);
    if (!m_pressed.isEmpty() && !m_layout.card(m_pressed)) {
        m_pressed.clear();
        m_dragging = false;
    }
    if (m_fitSize.isValid())
        fitTo(m_fitSize);
    else
        setFixedSize(sizeHint());
    update();
}

QSize PrioritiseView::sizeHint() const
{
    const QSizeF size = m_layout.bounds.size() * m_zoom;
    return QSize(static_cast<int>(std::ceil(size.width())),
                 static_cast<int>(std::ceil(size.height())));
}

void PrioritiseView::fitTo(QSize size)
{
    m_fitSize = size;
    const QSizeF bounds = m_layout.bounds.size();
    if (bounds.isEmpty() || size.isEmpty())
        return;
    // A pixel to spare each way, so that rounding up never brings in a scroll bar.
    const qreal width = size.width() - 2;
    const qreal height = size.height() - 2;
    m_zoom =
        std::clamp(std::min(width / bounds.width(), height / bounds.height()), MinZoom, MaxZoom);
    setFixedSize(sizeHint());
    update();
}

QPoint PrioritiseView::toWidget(QPointF layoutPoint) const
{
    return (layoutPoint * m_zoom).toPoint();
}

QPointF PrioritiseView::toLayout(QPoint widgetPoint) const { return QPointF(widgetPoint) / m_zoom; }

const PriorityLayout::Card *PrioritiseView::cardAt(QPointF layoutPoint) const
{
    for (const PriorityLayout::Card &card : m_layout.cards) {
        if (card.rect.contains(layoutPoint))
            return &card;
    }
    return nullptr;
}

void PrioritiseView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.background);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(m_zoom, m_zoom);
    QPainterTarget target(painter);
    const PriorityPainter priorityPainter(m_theme, m_typography);
    priorityPainter.paintBackground(m_layout, target);
    const QColor selectionBlue(0x19, 0x76, 0xd2);
    for (const PriorityLayout::Card &card : m_layout.cards) {
        if (m_dragging && card.id == m_pressed)
            continue;
        priorityPainter.paintCard(card, target);
        if (m_selection->isSelected(card.id)) {
            painter.setPen(QPen(selectionBlue, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(card.rect.adjusted(-3, -3, 3, 3), 6, 6);
        }
    }
    if (m_dragging) {
        const PriorityLayout::Card *card = m_layout.card(m_pressed);
        if (!card)
            return;
        const PriorityLayout::Card moved = movedCard(*card, m_dragAt);
        if (const PriorityLayout::Region *region = m_layout.regionAt(moved.rect.center())) {
            painter.setPen(QPen(selectionBlue, 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(region->rect.adjusted(1.5, 1.5, -1.5, -1.5));
        }
        painter.setOpacity(0.88);
        priorityPainter.paintCard(moved, target);
    }
}

void PrioritiseView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF at = toLayout(event->pos());
    if (const PriorityLayout::Card *card = cardAt(at)) {
        m_pressed = card->id;
        m_grabOffset = at - card->rect.topLeft();
        m_dragAt = card->rect.topLeft();
        m_pressPos = event->pos();
        m_selection->selectOne(card->id); // the canvas shows which box it is
    } else {
        m_selection->clear();
    }
    event->accept();
}

void PrioritiseView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed.isEmpty() || !(event->buttons() & Qt::LeftButton)) {
        setCursor(cardAt(toLayout(event->pos())) ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_dragging && (event->pos() - m_pressPos).manhattanLength() < 5)
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    m_dragAt = toLayout(event->pos()) - m_grabOffset;
    update();
}

void PrioritiseView::mouseReleaseEvent(QMouseEvent *event)
{
    const NodeId id = m_pressed;
    const bool dragged = m_dragging;
    m_pressed.clear();
    m_dragging = false;
    setCursor(Qt::ArrowCursor);
    update();
    const PriorityLayout::Card *card = m_layout.card(id);
    if (!card || !dragged)
        return;
    // The quadrant under the card's centre, as highlighted while dragging.
    const QPointF centre = toLayout(event->pos()) - m_grabOffset
                         + QPointF(card->rect.width(), card->rect.height()) / 2;
    if (const PriorityLayout::Region *region = m_layout.regionAt(centre))
        edit::placeInQuadrant(*m_document, id, region->quadrant);
    event->accept();
}

void PrioritiseView::keyPressEvent(QKeyEvent *event)
{
    const NodeId current = m_selection->current();
    const Node *node = m_document->diagram().node(current);
    const bool idea = node && node->isChange();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_V && idea
        && (mods == Qt::NoModifier || mods == Qt::ShiftModifier)) {
        const QStringList ids = m_selection->selected();
        edit::vote(*m_document, {ids.begin(), ids.end()}, mods == Qt::ShiftModifier ? -1 : 1);
        return;
    }
    if (idea && mods == Qt::NoModifier && event->key() >= Qt::Key_0 && event->key() <= Qt::Key_4) {
        edit::placeInQuadrant(*m_document, current, quadrantForKey(event->key()));
        return;
    }
    // The arrows step through the cards in the order they are drawn, region by region.
    const int step = event->key() == Qt::Key_Down || event->key() == Qt::Key_Right ? 1
                   : event->key() == Qt::Key_Up || event->key() == Qt::Key_Left    ? -1
                                                                                   : 0;
    if (step != 0 && !m_layout.cards.empty()) {
        const auto at =
            std::find_if(m_layout.cards.begin(), m_layout.cards.end(),
                         [&](const PriorityLayout::Card &c) { return c.id == current; });
        const int count = static_cast<int>(m_layout.cards.size());
        const int index =
            at == m_layout.cards.end()
                ? 0
                : (static_cast<int>(at - m_layout.cards.begin()) + step + count) % count;
        m_selection->selectOne(m_layout.cards[static_cast<std::size_t>(index)].id);
        return;
    }
    QWidget::keyPressEvent(event);
}

bool PrioritiseView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = toLayout(help->pos());
        QString tip;
        if (const PriorityLayout::Card *card = cardAt(at)) {
            tip = card->fullText;
            if (card->votes > 0)
                tip += QStringLiteral("\n")
                     + (card->votes == 1 ? tr("1 vote") : tr("%1 votes").arg(card->votes));
        } else if (const PriorityLayout::Region *region = m_layout.regionAt(at)) {
            tip = region->name.plainText() + QStringLiteral(": ") + region->hint.plainText();
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

PrioritiseWindow::PrioritiseWindow(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document)
{
    setObjectName(QStringLiteral("prioritiseWindow"));
    auto *help = new QLabel(tr("Drag each change idea to where the team rates its impact and "
                               "effort. V adds a vote to the selected idea, Shift+V takes one "
                               "back; 1–4 place it (Possible, Implement, Challenge, Kill), 0 "
                               "takes it out."));
    help->setWordWrap(true);
    auto *exportButton = new QPushButton(tr("Export Grid…"));
    exportButton->setObjectName(QStringLiteral("exportGrid"));
    connect(exportButton, &QPushButton::clicked, this, &PrioritiseWindow::exportGrid);
    auto *top = new QHBoxLayout;
    top->addWidget(help, 1);
    top->addWidget(exportButton);
    m_view = new PrioritiseView(document, selection);
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_view);
    m_scroll->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    // The window has its own Undo and Redo keys (the main window's do not reach it), and Escape
    // closes it.
    QAction *undo = document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    auto *close = new QAction(tr("Close"), this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(close, &QAction::triggered, this, &QWidget::close);
    addActions({undo, redo, close});
    connect(document, &Document::filePathChanged, this, &PrioritiseWindow::updateTitle);
    updateTitle();
    resize(parent ? parent->size() : QSize(1200, 800));
}

PrioritiseWindow *PrioritiseWindow::open(Document *document, Selection *selection,
                                         const Theme &theme, QWidget *parent)
{
    auto *window = parent->findChild<PrioritiseWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window)
        window = new PrioritiseWindow(document, selection, parent);
    window->m_view->setTheme(theme);
    // Around the board, the board's own background rather than the window's grey.
    QPalette palette = window->m_scroll->viewport()->palette();
    palette.setColor(QPalette::Window, theme.background);
    window->m_scroll->viewport()->setPalette(palette);
    window->show();
    window->raise();
    window->activateWindow();
    window->m_view->setFocus();
    return window;
}

void PrioritiseWindow::updateTitle()
{
    setWindowTitle(tr("Prioritise — %1").arg(m_document->displayName()));
}

void PrioritiseWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int frame = 2 * m_scroll->frameWidth();
    m_view->fitTo(m_scroll->size() - QSize(frame, frame));
}

void PrioritiseWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const int frame = 2 * m_scroll->frameWidth();
    m_view->fitTo(m_scroll->size() - QSize(frame, frame));
}

void PrioritiseWindow::exportGrid()
{
    const QString base = m_document->filePath().isEmpty()
                           ? QStringLiteral("ideas-grid")
                           : QFileInfo(m_document->filePath()).path() + QLatin1Char('/')
                                 + QFileInfo(m_document->filePath()).completeBaseName()
                                 + QStringLiteral("-grid");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Grid"), base + QStringLiteral(".svg"),
        tr("SVG image (*.svg);;PDF document (*.pdf);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const Exporter *exporter = findExporter(QFileInfo(path).suffix());
    QString error = tr("choose a file ending in .svg, .pdf or .png");
    ExportOptions options;
    options.theme = m_view->theme();
    options.what = ExportContent::Grid;
    if (!exporter || !exporter->isGraphical()
        || !exportDiagram(m_document->diagram(), exporter->format(), options, path, &error))
        QMessageBox::critical(this, tr("Cannot export"), error);
}

} // namespace kdd
