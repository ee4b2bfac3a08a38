#pragma once

#include "layout/layoutengine.h"

#include <QString>

class QWidget;

namespace kdd {

// Lays `diagram` out in a worker thread while a progress dialog (shown after a moment) offers
// Cancel; events keep being processed meanwhile. Graphviz cannot be interrupted, so Cancel
// abandons the layout: it finishes in the background and its result is thrown away. Returns
// false with `error` set if the layout failed, or false with `error` empty if it was cancelled.
bool layoutWithProgress(const Diagram &diagram, const LayoutOptions &options, DiagramLayout &layout,
                        QString &error, QWidget *parent);

} // namespace kdd
