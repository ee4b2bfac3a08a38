// SVG export: semantic, accessible XML drawn by the shared DiagramPainter.
#include "exporters.h"

#include "diagrampainter.h"
#include "svgtarget.h"


namespace kdd {

namespace {

class SvgExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("svg"); }
    QString description() const override { return QStringLiteral("SVG vector image"); }
    bool isGraphical() const override { return true; }

    bool write(const Diagram &diagram, const ExportOptions &options, QByteArray &output,
               QString *error) const override
    {
        PreparedDrawing drawing;
        if (!prepareDrawing(diagram, options, drawing, error))
            return false;
        const QString title = diagram.title().isEmpty() ? QStringLiteral("Key driver diagram") : diagram.title();
        {
            SvgTarget svg(&output, drawing.layout.bounds.size(), title, describeDiagram(diagram),
                          drawing.theme.background);
            DiagramPainter(drawing.theme, drawing.layoutOptions.typography).paint(drawing.layout, svg);
            svg.finish();
        }
        return true;
    }
};

} // namespace

std::unique_ptr<Exporter> makeSvgExporter() { return std::make_unique<SvgExporter>(); }

} // namespace kdd
