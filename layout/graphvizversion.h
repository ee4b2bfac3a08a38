#pragma once

#include <QString>

namespace kdd {

// The version of the Graphviz library the layout is built with (for Help ▸ About), so that
// nothing outside layout/ includes Graphviz's headers.
QString graphvizVersion();

} // namespace kdd
