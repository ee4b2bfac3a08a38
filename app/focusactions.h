#pragma once

#include "model/node.h"

#include <QObject>

class QAction;
class QMenu;

namespace kdd {

class CollapseController;
class FindBar;
class MainWindow;

// Find and focus: Edit ▸ Find (the canvas's FindBar) with next / previous, and collapsing
// branches of the canvas (CollapseController) from the View menu, the keys and the context menu.
class FocusActions : public QObject
{
    Q_OBJECT

public:
    explicit FocusActions(MainWindow *window);

    FindBar *findBar() const { return m_find; }
    CollapseController *folds() const { return m_folds; }

    void populateEditMenu(QMenu *menu);
    void populateViewMenu(QMenu *menu);
    // Collapse Branch / Expand Branch for the box right-clicked.
    void addContextActions(QMenu *menu, const NodeId &node);

private:
    void updateActions();

    MainWindow *m_window;
    FindBar *m_find;
    CollapseController *m_folds;
    QAction *m_collapse = nullptr;
    QAction *m_expand = nullptr;
    QAction *m_expandAll = nullptr;
};

} // namespace kdd
