// SVG export: semantic, accessible XML drawn by the shared DiagramPainter (not through QPainter,
// so one page the size of the diagram, in layout units).
#include "exporters.h"

#include <QCoreApplication>

#include "diagrampainter.h"
#include "svgtarget.h"

namespace kdd {
namespace {

class SvgExporter : public GraphicalExporter
{
public:
    ExportFormat format() const override { return ExportFormat::Svg; }
    QString suffix() const override { return QStringLiteral("svg"); }
    QString description() const override
    {
        return QCoreApplication::translate("kdd::Exporter", "SVG vector image");
    }

protected:
    bool writeDrawing(const Diagram &diagram, const PreparedDrawing &drawing, const ExportOptions &,
                      QByteArray &output, QString *) const override
    {
        const QString title =
            diagram.title().isEmpty() ? QStringLiteral("Key driver diagram") : diagram.title();
        SvgTarget svg(&output, drawing.layout.bounds.size(), title, describeDiagram(diagram),
                      drawing.theme.background);
        DiagramPainter(drawing.theme, drawing.typography()).paint(drawing.layout, svg);
        svg.finish();
        return true;
    }
};

} // namespace

std::unique_ptr<Exporter> makeSvgExporter() { return std::make_unique<SvgExporter>(); }

} // namespace kdd
