#pragma once

#include "exporter.h"

#include "layout/diagramlayout.h"
#include "layout/layoutengine.h"
#include "theme.h"

#include <memory>
#include <vector>

// Factories for the exporters (one file each) and what the graphical ones share.
namespace kdd {

std::unique_ptr<Exporter> makeSvgExporter();
std::unique_ptr<Exporter> makePdfExporter();
std::unique_ptr<Exporter> makePngExporter();
std::vector<std::unique_ptr<Exporter>> makeTextExporters();

// A laid-out diagram and the theme to draw it with, ready for a graphical exporter.
struct PreparedDrawing
{
    DiagramLayout layout;
    LayoutOptions layoutOptions;
    Theme theme;
};

bool prepareDrawing(const Diagram &diagram, const ExportOptions &options, PreparedDrawing &drawing,
                    QString *error);

// One sentence describing the diagram for accessibility ("Key driver diagram with 1 aim, …").
QString describeDiagram(const Diagram &diagram);

} // namespace kdd
