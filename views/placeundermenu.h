#pragma once

#include "model/node.h"

class QMenu;

namespace kdd {

class Document;

// Adds "Place Under ▸ <parent>" to `menu` for a box with two or more parents in columns to its
// left (nothing for other boxes), shared by the canvas's and the outline's context menus: the
// parents top to bottom as drawn, the checked one the parent the box is drawn under; choosing
// another one makes it the home parent (edit::setHomeParent), one undo step. Returns the submenu,
// or nullptr if none was added.
QMenu *addPlaceUnderMenu(QMenu *menu, Document *document, const NodeId &id);

} // namespace kdd
