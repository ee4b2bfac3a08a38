#include "graphvizversion.h"

#include <graphviz/graphviz_version.h>

namespace kdd {

QString graphvizVersion() { return QStringLiteral(PACKAGE_VERSION); }

} // namespace kdd
