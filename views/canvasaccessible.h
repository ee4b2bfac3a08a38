#pragma once

#include "model/node.h"

#include <QAccessible>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace kdd {

class CollapseController;
class DiagramView;
struct DocumentChange;

// Makes the canvas readable by screen readers: QGraphicsItems are invisible to accessibility,
// so the canvas gets an accessible interface (installed through a QAccessible factory) whose
// children are the boxes in reading order (column by column, top to bottom), one interface per
// box kept for as long as the box is on the canvas. It follows the document, the selection and
// the layout and tells assistive technology what changed (focus, selection, names, boxes added
// or removed) — only while accessibility is active, so it costs nothing otherwise.
class CanvasAccessibility : public QObject
{
    Q_OBJECT

public:
    // Created by the view it serves (a child of it); installs the interface factory once.
    explicit CanvasAccessibility(DiagramView *view);
    ~CanvasAccessibility() override;

    DiagramView *view() const { return m_view; }
    // The boxes on the canvas in reading order: column by column, top to bottom (boxes hidden
    // in collapsed branches are not on the canvas; ghosts of a comparison are left out).
    const QStringList &readingOrder() const;
    // The position of `id` in readingOrder(), or -1.
    int positionOf(const NodeId &id) const;
    // The interface of box `id` (made and registered on first use), or nullptr when the box is
    // not on the canvas.
    QAccessibleInterface *boxInterface(const NodeId &id);
    // The branch folding of the view's window, if it has one.
    CollapseController *folds() const;

    // The canvas's own interface, for the QAccessible factory (nullptr for other objects).
    static QAccessibleInterface *create(const QString &className, QObject *object);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void laidOut();
    void documentChanged(const DocumentChange &change);
    void selectionChanged();
    void foldingChanged();
    // Tells assistive technology that the current box has the keyboard (when the canvas has).
    void announceCurrent();
    // Forgets the interface of `id` (its box left the canvas).
    void dropInterface(const NodeId &id);

    DiagramView *m_view;
    mutable QStringList m_order; // readingOrder(), made again after each layout
    mutable QHash<NodeId, int> m_position;
    mutable bool m_orderValid = false;
    QHash<NodeId, QAccessible::Id> m_interfaces;
    mutable QPointer<CollapseController> m_folds;
    mutable bool m_foldsConnected = false;
    QSet<NodeId> m_selected; // the selection last told about
    NodeId m_current;
};

} // namespace kdd
