#pragma once

#include "diagram.h"

#include <QString>

#include <vector>

namespace kdd {

// `text` as Find compares it: compatibility-decomposed (NFKD), case-folded, and without the
// accents of Latin, Greek and Cyrillic letters, so "equite" finds "Équité". Marks that carry
// meaning in other scripts (Devanagari vowel signs, Arabic harakat…) are kept.
QString foldForFind(const QString &text);

// The boxes whose text or notes contain `query`, or that carry a measure whose name does, as
// folded by foldForFind; in reading order (the tree's preorder: each box before the boxes drawn
// under it). Empty for a query that is blank once folded.
std::vector<NodeId> findBoxes(const Diagram &diagram, const QString &query);

} // namespace kdd
