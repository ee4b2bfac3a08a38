#pragma once

#include "model/node.h"

#include <QObject>

class QAction;
class QMenu;

namespace kdd {

class MainWindow;

// The Edit menu's box actions and the canvas's context menu: cut, copy, paste, delete, link to
// (keyboard linking), add sibling/child, place under (home parent), status, link strength; plus
// Ctrl+1/2/3 to move the keyboard between canvas, outline and inspector.
class EditActions : public QObject
{
    Q_OBJECT

public:
    explicit EditActions(MainWindow *window);

    void populateEditMenu(QMenu *menu);
    // The context menu for a box (or a link, or the empty canvas when both are empty).
    void showContextMenu(const QPoint &globalPos, const NodeId &node, const NodeId &linkFrom,
                         const NodeId &linkTo);

    void copy();
    void cut();
    void paste();
    void linkTo();
    // A keyboard way to reach a link (links are otherwise picked with the mouse): selects one of
    // the current box's links, which Delete then removes and the inspector restyles.
    void selectLink();

private:
    MainWindow *m_window;
};

} // namespace kdd
