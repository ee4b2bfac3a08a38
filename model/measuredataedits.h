#pragma once

#include "measure.h"

#include <QString>

namespace kdd {
class Document;
}

// Edits of a measure's data series from the editor (import, paste, a cell, rows): each one undo
// step named for what it did, so the History reads "Import data into “Rate”".
namespace kdd::edit {

// Replaces the measure `after.id` by `after` as one undo step called `undoText`; nothing when
// the measure is missing or unchanged. Returns whether a step was pushed.
bool setMeasureData(Document &document, const Measure &after, const QString &undoText);

} // namespace kdd::edit
