// PDF export: vector output through QPdfWriter (text stays text, fonts embedded), on one page the
// size of the diagram, or on A4/Letter landscape pages — scaled to fit, or tiled when fitting
// would make the box text smaller than 7 pt.
#include "exporters.h"

#include "diagrampainter.h"
#include "qpaintertarget.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace kdd {
namespace {

constexpr qreal PointsPerUnit = 72.0 / 96.0; // layout units are 1/96 inch
constexpr qreal PageMargin = 28;             // points (about 1 cm)
constexpr qreal MinTextPoints = 7;           // smallest box text we will print
constexpr qreal TileOverlap = 24;            // points repeated on neighbouring tiles

class PdfExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("pdf"); }
    QString description() const override { return QStringLiteral("PDF document"); }
    bool isGraphical() const override { return true; }

    bool write(const Diagram &diagram, const ExportOptions &options, QByteArray &output,
               QString *error) const override;

private:
    static void paintTileMarks(QPainter &painter, QRectF page, int row, int column, int rows,
                               int columns);
};

void PdfExporter::paintTileMarks(QPainter &painter, QRectF page, int row, int column, int rows,
                                 int columns)
{
    // Corner marks show where the overlapping strip begins, so tiles can be trimmed and joined.
    painter.save();
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.5));
    const QRectF inner = page.adjusted(PageMargin, PageMargin, -PageMargin, -PageMargin);
    const qreal m = 10;
    for (const QPointF &corner : {inner.topLeft(), inner.topRight(), inner.bottomLeft(), inner.bottomRight()}) {
        painter.drawLine(corner - QPointF(m, 0), corner + QPointF(m, 0));
        painter.drawLine(corner - QPointF(0, m), corner + QPointF(0, m));
    }
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(6.5);
    painter.setFont(font);
    painter.drawText(QRectF(inner.left(), inner.bottom() + 4, inner.width(), PageMargin - 6),
                     Qt::AlignLeft | Qt::AlignTop,
                     QStringLiteral("Page row %1 of %2, column %3 of %4 — edges overlap by %5 mm")
                         .arg(row + 1)
                         .arg(rows)
                         .arg(column + 1)
                         .arg(columns)
                         .arg(std::lround(TileOverlap / 72 * 25.4)));
    painter.restore();
}

bool PdfExporter::write(const Diagram &diagram, const ExportOptions &options, QByteArray &output,
                        QString *error) const
{
    PreparedDrawing drawing;
    if (!prepareDrawing(diagram, options, drawing, error))
        return false;
    const QRectF bounds = drawing.layout.bounds;
    const QSizeF diagramPoints = bounds.size() * PointsPerUnit;

    QBuffer buffer(&output);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(diagram.title());
    pdf.setCreator(QStringLiteral("KeyDriver"));
    pdf.setResolution(72); // one device unit = one point
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));

    QSizeF page;
    qreal scale = PointsPerUnit;
    int rows = 1;
    int columns = 1;
    QSizeF tile; // the part of the diagram (in layout units) on one page
    if (options.page == QStringLiteral("fit")) {
        page = diagramPoints;
    } else {
        const QPageSize standard(options.page == QStringLiteral("a4") ? QPageSize::A4 : QPageSize::Letter);
        page = standard.size(QPageSize::Point).transposed(); // landscape
        const QSizeF usable(page.width() - 2 * PageMargin, page.height() - 2 * PageMargin);
        const qreal fit = std::min(usable.width() / diagramPoints.width(),
                                   usable.height() / diagramPoints.height());
        const qreal textPoints = drawing.layoutOptions.typography.boxFont.pixelSize() * PointsPerUnit;
        const qreal smallestFit = MinTextPoints / textPoints;
        scale = PointsPerUnit * std::min<qreal>(1.0, std::max(fit, smallestFit));
        tile = usable / scale;
        const qreal overlap = TileOverlap / scale;
        if (fit < smallestFit) {
            columns = static_cast<int>(std::ceil((bounds.width() - overlap) / (tile.width() - overlap)));
            rows = static_cast<int>(std::ceil((bounds.height() - overlap) / (tile.height() - overlap)));
        }
    }
    pdf.setPageSize(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch));

    QPainter painter;
    if (!painter.begin(&pdf)) {
        if (error)
            *error = QStringLiteral("could not start the PDF");
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const DiagramPainter diagramPainter(drawing.theme, drawing.layoutOptions.typography);
    const bool tiled = rows * columns > 1;
    const qreal overlap = TileOverlap / scale;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            if (row > 0 || column > 0)
                pdf.newPage();
            painter.save();
            if (options.page == QStringLiteral("fit")) {
                painter.scale(scale, scale);
                painter.translate(-bounds.topLeft());
            } else {
                const QPointF origin(bounds.left() + column * (tile.width() - overlap),
                                     bounds.top() + row * (tile.height() - overlap));
                const QSizeF shown = tiled ? tile : bounds.size();
                // Centre a diagram that fits; tiles start at the margin.
                const QPointF offset = tiled
                    ? QPointF(PageMargin, PageMargin)
                    : QPointF((page.width() - shown.width() * scale) / 2,
                              (page.height() - shown.height() * scale) / 2);
                painter.setClipRect(QRectF(offset, shown * scale));
                painter.translate(offset);
                painter.scale(scale, scale);
                painter.translate(-origin);
            }
            QPainterTarget target(painter);
            diagramPainter.paint(drawing.layout, target);
            painter.restore();
            if (tiled)
                paintTileMarks(painter, QRectF(QPointF(0, 0), page), row, column, rows, columns);
        }
    }
    if (!painter.end()) {
        if (error)
            *error = QStringLiteral("could not finish the PDF");
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<Exporter> makePdfExporter() { return std::make_unique<PdfExporter>(); }

} // namespace kdd
