#pragma once

#include "exportoptions.h"
#include "theme.h"

#include "layout/diagramlayout.h"
#include "layout/layoutengine.h"

namespace kdd {

// A laid-out diagram and the theme to draw it with: what every drawing of a diagram (SVG, PDF,
// PNG, a printer) starts from.
struct PreparedDrawing
{
    DiagramLayout layout;
    LayoutOptions layoutOptions; // its typography is always set: the document's text size
    Theme theme;

    const Typography &typography() const { return *layoutOptions.typography; }
};

// Lays `diagram` out with the order, measurement plan and theme of `options`. Needs a
// QGuiApplication (fonts); returns false with `error` set when there is none or layout fails.
bool prepareDrawing(const Diagram &diagram, const ExportOptions &options, PreparedDrawing &drawing,
                    QString *error);

// One sentence describing the diagram for accessibility ("Key driver diagram with 1 aim, …").
QString describeDiagram(const Diagram &diagram);

} // namespace kdd
