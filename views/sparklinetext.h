#pragma once

#include "layout/diagramlayout.h"

#include <QString>

// What the canvas says about a box's sparkline badge, in the program's language: the tooltip over
// the badge and the words a screen reader hears in the box's description.
namespace kdd {

// "Improving (special-cause signal)", "No signal (common-cause variation only)", ...
QString signalWords(spc::Verdict verdict);
// The last value as read: "42.5%" for a ratio on a P chart, else the number ("3.25").
QString sparklineValueText(const DiagramLayout::Sparkline &spark);
// The measure's name and definition, the last period and value, and the signal in words.
QString sparklineToolTip(const DiagramLayout::Sparkline &spark);
// One phrase for the box's accessible description: "Falls: last 2025-07, 4.2%, improving".
QString sparklineDescription(const DiagramLayout::Sparkline &spark);

} // namespace kdd
