#pragma once

#include <QToolBar>

class QMenu;

namespace kdd {

class MainWindow;

// The main toolbar: New, Open, Save, Undo, Redo, add sibling and child, Link To, the zooms,
// Present and the equity lens. It shows the menus' own actions (found in the menu bar, never
// duplicated), each given a theme icon with a drawn fallback, so it works on a bare desktop.
class MainToolBar : public QToolBar
{
    Q_OBJECT

public:
    // Adds the toolbar to `window`, whose menus must exist, and its toggle to `viewMenu`.
    static MainToolBar *install(MainWindow *window, QMenu *viewMenu);

private:
    explicit MainToolBar(MainWindow *window);
};

} // namespace kdd
