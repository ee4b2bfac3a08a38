#pragma once

#include "diagram.h"
#include "reportdocument.h"

namespace kdd {

// The project charter of `diagram` as a report: the charter's own fields (meta.charter) and
// everything the diagram already holds — the aims, the measurement plan, the change ideas, the
// equity practices and the revision history — so nothing is typed twice. Sections the team has
// not written yet appear with a note saying so, for a draft shows what is missing.
ReportDocument charterReport(const Diagram &diagram);

} // namespace kdd
