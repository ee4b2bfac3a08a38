#pragma once

#include "model/diagram.h"

namespace kdd {

// A generated layered key driver diagram of about `nodes` boxes: one SMART aim, 5% primary
// drivers, 20% secondary drivers, the rest change ideas; many-to-many links (a quarter of the
// secondary drivers and a third of the change ideas have a second parent); label lengths like
// real diagrams (2-14 words). Deterministic for a given seed. For tests and the benchmark.
Diagram syntheticDiagram(int nodes, unsigned seed = 1);

// A box of `kind` (and driver `level`); aims are SMART aims. Shared with the tests.
Node makeNode(const QString &id, NodeKind kind, const QString &text, int level = 1);

} // namespace kdd
