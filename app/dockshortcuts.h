#pragma once

class QDockWidget;
class QMainWindow;
class QMenu;

namespace kdd {

// Shows `dock` (even if it was closed), brings it to the front of its tab group and gives the
// keyboard to it: its widget's focus proxy, or the first field in it that takes focus.
void showDock(QDockWidget *dock);

// Adds to `menu` one action per dock of `window` that has a key of its own (Parking Lot Ctrl+4,
// Measures Ctrl+5, Measure Data Ctrl+Shift+M, Charts Ctrl+Shift+K, Equity Ctrl+6, Checks Ctrl+7,
// PDSA Cycles Ctrl+Shift+Y, History Ctrl+Shift+H), each calling showDock. Outline and Inspector
// keep Ctrl+2 and Ctrl+3 in the Edit menu (Go to …), which show their dock the same way.
void addDockShortcuts(QMainWindow *window, QMenu *menu);

} // namespace kdd
