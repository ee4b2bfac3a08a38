#pragma once

#include "exporter.h"
#include "preparedrawing.h"

#include <QColor>
#include <QSizeF>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPdfWriter;

// Factories for the exporters (one file each) and the base the drawing ones share.
namespace kdd {

std::unique_ptr<Exporter> makeSvgExporter();
std::unique_ptr<Exporter> makePdfExporter();
std::unique_ptr<Exporter> makePngExporter();
// The editable PowerPoint deck (pptxexporter.cpp).
std::unique_ptr<Exporter> makePptxExporter();
std::vector<std::unique_ptr<Exporter>> makeTextExporters();
std::unique_ptr<Exporter> makeDocxExporter(); // the charter as a Word document

// The prioritising grid (ExportContent::Grid) as SVG, PDF or PNG (priorityexport.cpp).
bool writePriorityGrid(const Diagram &diagram, const ExportOptions &options, ExportFormat format,
                       QByteArray &output, QString *error);

// A PNG of `size` pixels as every PNG export writes it: the resolution, background and
// metadata (title, description, software) from `options`, then `paint` draws on it. False with
// `error` when the image would be too large or cannot be allocated or encoded.
bool writePngImage(QSizeF size, const ExportOptions &options, const QColor &background,
                   const QString &title, const QString &description,
                   const std::function<void(QPainter &)> &paint, QByteArray &output,
                   QString *error);

// A PDF as every PDF export writes it: one device unit per point, no margins, `title` and
// KeyDriver as creator, pages of `pageSize` (points) unless `paint` sets each sheet itself; once
// `paint` has drawn and the writer has finished, the text map is repaired (pdftextmap.h) so text
// in any script searches and copies as typed. False with `error` when `paint` fails.
bool writePdfDocument(const QString &title, QSizeF pageSize,
                      const std::function<bool(QPdfWriter &, QString *)> &paint, QByteArray &output,
                      QString *error);

// What SVG, PDF and PNG have in common: the options are checked and the diagram is laid out
// once, here, and each format only turns the prepared drawing into bytes.
class GraphicalExporter : public Exporter
{
public:
    bool isGraphical() const final { return true; }
    bool write(const Diagram &diagram, const ExportOptions &options, QByteArray &output,
               QString *error) const final;

protected:
    // `options` have been validated for this format; `drawing` is laid out with them.
    virtual bool writeDrawing(const Diagram &diagram, const PreparedDrawing &drawing,
                              const ExportOptions &options, QByteArray &output,
                              QString *error) const = 0;
};

} // namespace kdd
