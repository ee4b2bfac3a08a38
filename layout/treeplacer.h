#pragma once

#include "model/diagramtree.h"

#include <QSizeF>

#include <vector>

namespace kdd {

// What the tree placer needs: a size and a used-column index (0 = leftmost drawn column) per
// box, the home-parent forest over the same indices, and the spacing. Units as in DiagramLayout.
struct TreePlacementInput
{
    std::vector<QSizeF> sizes;
    std::vector<int> columns;
    const DiagramTree *tree = nullptr;
    qreal rowGap = 14;   // between boxes in one column
    qreal blockGap = 10; // added between the blocks of two top-level drivers
};

// Places every box vertically in the user's tree order without any crossing minimisation: a
// box's children stack in one block beside it, a parent is centred on its children where its
// column has room (otherwise its block moves down), the aims stack centred on their drivers, and
// a link that skips columns gets a free horizontal corridor through the columns it passes.
// Returns each box's top; columns start at 0. Linear in the boxes times the tree's depth.
std::vector<qreal> placeTree(const TreePlacementInput &input);

} // namespace kdd
