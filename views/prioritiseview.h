#pragma once

#include "layout/prioritylayout.h"
#include "layout/typography.h"
#include "model/documentchange.h"
#include "render/theme.h"

#include <QWidget>

class QScrollArea;

namespace kdd {

class Document;
class Selection;

// The impact × effort grid of the change ideas (PICK: Possible, Implement, Challenge, Kill) as a
// board to sort them on: each idea a card, dragged into a quadrant (one undo step per drop) or
// back to the strip of unplaced ideas. Keys act on the selected card: V / Shift+V vote, 1–4 place
// it (Possible, Implement, Challenge, Kill), 0 takes it out. Drawn by the PriorityPainter of the
// grid exports, scaled to the widget.
class PrioritiseView : public QWidget
{
    Q_OBJECT

public:
    PrioritiseView(Document *document, Selection *selection, QWidget *parent = nullptr);

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    const PriorityLayout &priorityLayout() const { return m_layout; }
    qreal zoom() const { return m_zoom; }
    // Scales the grid to fit `size` (never below a readable floor: then it scrolls).
    void fitTo(QSize size);
    // A point of the layout in this widget's coordinates.
    QPoint toWidget(QPointF layoutPoint) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    void documentChanged(const DocumentChange &change);
    void relayout();
    QPointF toLayout(QPoint widgetPoint) const;
    const PriorityLayout::Card *cardAt(QPointF layoutPoint) const;

    Document *m_document;
    Selection *m_selection;
    Theme m_theme;
    Typography m_typography;
    PriorityLayout m_layout;
    qreal m_zoom = 1;
    QSize m_fitSize;      // what fitTo() was last asked to fill
    NodeId m_pressed;     // the card under the mouse button
    QPointF m_grabOffset; // from the card's top-left to where it was grabbed, in layout units
    QPointF m_dragAt;     // the dragged card's top-left, in layout units
    QPoint m_pressPos;
    bool m_dragging = false;
};

// The window around a PrioritiseView: a line of help, an Export button (SVG, PDF, PNG of the
// grid, as `keydriver export --what grid` writes it) and the scrolling board, with Undo and Redo
// of the document's history. One per main window, kept open beside it (on a second screen, a
// projector); Escape closes it.
class PrioritiseWindow : public QWidget
{
    Q_OBJECT

public:
    // The window of `parent` (made on first use), raised.
    static PrioritiseWindow *open(Document *document, Selection *selection, const Theme &theme,
                                  QWidget *parent);

    PrioritiseView *view() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    PrioritiseWindow(Document *document, Selection *selection, QWidget *parent);
    void exportGrid();
    void updateTitle();

    Document *m_document;
    PrioritiseView *m_view;
    QScrollArea *m_scroll;
};

} // namespace kdd
