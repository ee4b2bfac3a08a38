#pragma once

#include "jsonobjectreader.h"
#include "measure.h"
#include "node.h"

// The learning-loop members of a .kdd file (v1 additions, docs/format.md): a measure's data,
// phases, direction, chart type and reference stratum, and a change idea's PDSA cycles.
// Reading with located problems and writing in the canonical form; internal to the model's
// reader and writer.
namespace kdd::reading {

// Reads `better`, `chart`, `reference`, `phases` and `data` of a measure into `m`. Problems
// are reported through `r` (which names the measure and its line); returns false if any.
bool readMeasureData(ObjectReader &r, Measure &m);
// Reads a change idea's `pdsa` list into `node`; returns false on any problem (reported).
bool readPdsaCycles(ObjectReader &r, Node &node);

// Appends the members above to a measure's or change idea's object, each only when set.
void appendMeasureData(Json &o, const Measure &m);
void appendPdsaCycles(Json &o, const Node &node);

} // namespace kdd::reading
