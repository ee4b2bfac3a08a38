#pragma once

#include "layout/layoutengine.h"

#include <QString>

#include <functional>

class QWidget;

namespace kdd {

// Lays `diagram` out in a worker thread while a progress dialog (shown after a moment) offers
// Cancel; events keep being processed meanwhile. Graphviz cannot be interrupted, so Cancel
// abandons the layout: it finishes in the background and its result is thrown away. Returns
// false with `error` set if the layout failed, or false with `error` empty if it was cancelled.
bool layoutWithProgress(const Diagram &diagram, const LayoutOptions &options, DiagramLayout &layout,
                        QString &error, QWidget *parent);

// Runs `work` (which lays out: export, copy as image, tidy up) in a worker thread with the same
// large stack, behind a progress dialog saying `label` with Cancel. `work` must own everything it
// touches (capture copies or shared pointers): after Cancel it finishes in the background and its
// result is dropped. Returns true when it finished, false when it was cancelled.
bool runWithProgress(const QString &label, std::function<void()> work, QWidget *parent);

// Waits until every abandoned layout has finished. The application calls it when it is about to
// quit; whatever destroys the QApplication without running its event loop's end (a test
// harness) must call it first, or a worker still measuring text would outlive the fonts.
void waitForAbandonedLayouts();

} // namespace kdd
