// PNG export: the drawing painted on a QImage at the requested resolution, through the same
// entry as PDF pages and printing.
#include "exporters.h"

#include "pagedrawing.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <cmath>

namespace kdd {
namespace {

// Past this an image is unusable in any slide or document, and QImage itself fails near 2 GiB.
constexpr qint64 MaxPixels = 250'000'000;

class PngExporter : public GraphicalExporter
{
public:
    ExportFormat format() const override { return ExportFormat::Png; }
    QString suffix() const override { return QStringLiteral("png"); }
    QString description() const override
    {
        return QCoreApplication::translate("kdd::Exporter", "PNG image");
    }

protected:
    bool writeDrawing(const Diagram &diagram, const PreparedDrawing &drawing,
                      const ExportOptions &options, QByteArray &output,
                      QString *error) const override
    {
        const QSizeF size = drawing.layout.bounds.size() * (options.dpi / 96.0); // 1/96 inch units
        return writePngImage(
            size, options, drawing.theme.background, diagram.title(), describeDiagram(diagram),
            [&](QPainter &painter) {
                paintDrawing(drawing, painter, QRectF(QPointF(0, 0), size),
                             DrawingPages::wholeDrawing(drawing), 0);
            },
            output, error);
    }
};

} // namespace

bool writePngImage(QSizeF size, const ExportOptions &options, const QColor &background,
                   const QString &title, const QString &description,
                   const std::function<void(QPainter &)> &paint, QByteArray &output, QString *error)
{
    const int width = static_cast<int>(std::ceil(size.width()));
    const int height = static_cast<int>(std::ceil(size.height()));
    if (static_cast<qint64>(width) * height > MaxPixels) {
        if (error)
            *error = QStringLiteral("the PNG would be %1 × %2 pixels at %3 dpi; use a lower "
                                    "resolution, or SVG or PDF for a diagram this large")
                         .arg(width)
                         .arg(height)
                         .arg(options.dpi);
        return false;
    }
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = QStringLiteral("not enough memory for a %1 × %2 image").arg(width).arg(height);
        return false;
    }
    image.fill(options.background == ImageBackground::Transparent ? QColor(Qt::transparent)
                                                                  : background);
    const int dotsPerMetre = static_cast<int>(std::lround(options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.setText(QStringLiteral("Title"), title);
    image.setText(QStringLiteral("Description"), description);
    image.setText(QStringLiteral("Software"), QStringLiteral("KeyDriver"));
    {
        QPainter painter(&image);
        paint(painter);
    }
    QBuffer buffer(&output);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = QStringLiteral("could not encode the PNG image");
        return false;
    }
    return true;
}

std::unique_ptr<Exporter> makePngExporter() { return std::make_unique<PngExporter>(); }

} // namespace kdd
