// What every drawing of a diagram shares: layout with the chosen options, and a description.
#include "charterwriters.h"
#include "exporters.h"

#include <QGuiApplication>

namespace kdd {

bool prepareDrawing(const Diagram &diagram, const ExportOptions &options, PreparedDrawing &drawing,
                    QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QStringLiteral("drawing needs a QGuiApplication (fonts)");
        return false;
    }
    drawing.theme =
        options.background == ImageBackground::Dark ? options.theme.darkVariant() : options.theme;
    if (options.arrowheads)
        drawing.theme.arrowheads = *options.arrowheads;
    drawing.layoutOptions.order = options.order;
    drawing.layoutOptions.links = options.links;
    drawing.layoutOptions.ideas = options.ideas;
    drawing.layoutOptions.measuresTable = options.measures == MeasuresPlacement::Table;
    drawing.layoutOptions.typography = Typography::sized(diagram.layoutSettings().textSize);
    return layoutDiagram(diagram, drawing.layoutOptions, drawing.layout, error);
}

bool GraphicalExporter::write(const Diagram &diagram, const ExportOptions &options,
                              QByteArray &output, QString *error) const
{
    if (!options.validateFor(format(), error))
        return false;
    if (options.what == ExportContent::Grid)
        return writePriorityGrid(diagram, options, format(), output, error);
    if (options.contentFor(format()) == ExportContent::Charter) // PDF only (validateFor)
        return writeCharterPdf(diagram, options, output, error);
    PreparedDrawing drawing;
    if (!prepareDrawing(diagram, options, drawing, error))
        return false;
    return writeDrawing(diagram, drawing, options, output, error);
}

QString describeDiagram(const Diagram &diagram)
{
    int counts[5] = {0, 0, 0, 0, 0};
    for (const Node &n : diagram.nodes())
        ++counts[n.column()];
    const auto count = [](int n, const char *one, const char *many) {
        return QString::number(n) + QLatin1Char(' ') + QString::fromLatin1(n == 1 ? one : many);
    };
    QStringList parts;
    parts << count(counts[0], "aim", "aims")
          << count(counts[1], "primary driver", "primary drivers");
    if (counts[2] > 0)
        parts << count(counts[2], "secondary driver", "secondary drivers");
    if (counts[3] > 0)
        parts << count(counts[3], "tertiary driver", "tertiary drivers");
    parts << count(counts[4], "change idea", "change ideas")
          << count(static_cast<int>(diagram.links().size()), "link", "links")
          << count(static_cast<int>(diagram.measures().size()), "measure", "measures");
    return QStringLiteral("Key driver diagram with ") + parts.join(QStringLiteral(", "))
         + QLatin1Char('.');
}

} // namespace kdd
