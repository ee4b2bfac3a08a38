#pragma once

#include "charter.h"
#include "jsonobjectreader.h"

// The `meta.charter` member of a .kdd file (a v1 extension): reading with located problems and
// writing in the canonical form. Internal to the model's reader and writer.
namespace kdd::reading {

// Reads the object `charter` (consumed); every problem is reported at `line` (the line of
// `meta`). Team rows and milestones with problems are reported and left out.
Charter readCharter(Json &charter, int line, Reporter &reporter);
// The charter as the file stores it: known members in a fixed order, then unknown ones.
Json charterJson(const Charter &charter);
// Whether `date` is a real calendar date written as YYYY-MM-DD.
bool isIsoDate(const QString &date);

} // namespace kdd::reading
