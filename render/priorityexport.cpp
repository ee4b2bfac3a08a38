// The prioritising grid as a file (`--what grid`): SVG, PDF or PNG of the same layout and painter
// as the Prioritise view.
#include "exporters.h"

#include "pageplan.h"
#include "prioritypainter.h"
#include "qpaintertarget.h"
#include "svgtarget.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace kdd {
namespace {

QString describeGrid(const Diagram &diagram)
{
    int ideas = 0;
    int placed = 0;
    for (const Node &n : diagram.nodes()) {
        if (!n.isChange())
            continue;
        ++ideas;
        if (pickQuadrant(n) != PickQuadrant::None)
            ++placed;
    }
    return QStringLiteral("Impact and effort grid (PICK: possible, implement, challenge, kill) "
                          "of %1 change ideas, %2 placed.")
        .arg(ideas)
        .arg(placed);
}

bool writeSvg(const Diagram &diagram, const PriorityLayout &layout, const Theme &theme,
              const Typography &typography, QByteArray &output)
{
    const QString title =
        (diagram.title().isEmpty() ? QStringLiteral("Change ideas") : diagram.title())
        + QStringLiteral(": impact and effort");
    SvgTarget svg(&output, layout.bounds.size(), title, describeGrid(diagram), theme.background);
    PriorityPainter(theme, typography).paint(layout, svg);
    svg.finish();
    return true;
}

bool writePng(const Diagram &diagram, const PriorityLayout &layout, const Theme &theme,
              const Typography &typography, const ExportOptions &options, QByteArray &output,
              QString *error)
{
    const qreal scale = options.dpi / 96.0;
    return writePngImage(
        layout.bounds.size() * scale, options, theme.background, diagram.title(),
        describeGrid(diagram),
        [&](QPainter &painter) {
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            painter.scale(scale, scale);
            QPainterTarget target(painter);
            PriorityPainter(theme, typography).paint(layout, target);
        },
        output, error);
}

bool writePdf(const Diagram &diagram, const PriorityLayout &layout, const Theme &theme,
              const Typography &typography, const ExportOptions &options, QByteArray &output,
              QString *error)
{
    // One page: the grid's own size (1 layout unit = 1/96 in = 0.75 pt), or the paper asked for
    // with the grid scaled to fit it, the way round that gives the larger grid.
    const QSizeF grid = layout.bounds.size() * 0.75;
    QSizeF page = grid;
    if (options.page != ExportPage::Fit) {
        PageOrientation orientation = options.orientation;
        if (orientation == PageOrientation::Auto)
            orientation = options.page == ExportPage::Slide || grid.width() >= grid.height()
                            ? PageOrientation::Landscape
                            : PageOrientation::Portrait;
        page = DrawingPages::paperSize(options.page, orientation);
    }
    return writePdfDocument(
        diagram.title(), page,
        [&](QPdfWriter &pdf, QString *reason) {
            QPainter painter;
            if (!painter.begin(&pdf)) {
                if (reason)
                    *reason = QStringLiteral("could not write the PDF");
                return false;
            }
            const qreal scale =
                std::min(page.width() / grid.width(), page.height() / grid.height());
            painter.translate((page.width() - grid.width() * scale) / 2,
                              (page.height() - grid.height() * scale) / 2);
            painter.scale(0.75 * scale, 0.75 * scale);
            painter.fillRect(layout.bounds, theme.background);
            QPainterTarget target(painter);
            PriorityPainter(theme, typography).paint(layout, target);
            painter.end();
            return true;
        },
        output, error);
}

} // namespace

bool writePriorityGrid(const Diagram &diagram, const ExportOptions &options, ExportFormat format,
                       QByteArray &output, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QStringLiteral("drawing needs a QGuiApplication (fonts)");
        return false;
    }
    Theme theme =
        options.background == ImageBackground::Dark ? options.theme.darkVariant() : options.theme;
    const Typography typography = Typography::sized(diagram.layoutSettings().textSize);
    const PriorityLayout layout = layoutPriorities(diagram, typography);
    switch (format) {
    case ExportFormat::Svg:
        return writeSvg(diagram, layout, theme, typography, output);
    case ExportFormat::Png:
        return writePng(diagram, layout, theme, typography, options, output, error);
    case ExportFormat::Pdf:
        return writePdf(diagram, layout, theme, typography, options, output, error);
    default:
        break;
    }
    if (error)
        *error = QStringLiteral("the grid is a drawing: export it as SVG, PDF or PNG");
    return false;
}

} // namespace kdd
