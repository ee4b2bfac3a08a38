// PDF export: vector output through QPdfWriter (text stays text, fonts embedded), on one page the
// size of the diagram, or on sheets of paper or slides — scaled to fit, or cut between boxes when
// fitting would make box text too small (DrawingPages decides; printing shares it).
#include "exporters.h"

#include "pagedrawing.h"
#include "pdftextmap.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QVariant>

namespace kdd {
namespace {

class PdfExporter : public GraphicalExporter
{
public:
    ExportFormat format() const override { return ExportFormat::Pdf; }
    QString suffix() const override { return QStringLiteral("pdf"); }
    QString description() const override
    {
        return QCoreApplication::translate("kdd::Exporter", "PDF document");
    }

protected:
    bool writeDrawing(const Diagram &diagram, const PreparedDrawing &drawing,
                      const ExportOptions &options, QByteArray &output,
                      QString *error) const override
    {
        const DrawingPages pages =
            DrawingPages::forExport(drawing, options.page, options.orientation);
        return writePdfDocument(
            diagram.title(), pages.pageSize(),
            [&](QPdfWriter &pdf, QString *reason) {
                if (paintDrawingPages(drawing, pages, pdf, reason))
                    return true;
                if (reason)
                    *reason = QStringLiteral("could not write the PDF: ") + *reason;
                return false;
            },
            output, error);
    }
};

} // namespace

bool writePdfDocument(const QString &title, QSizeF pageSize,
                      const std::function<bool(QPdfWriter &, QString *)> &paint, QByteArray &output,
                      QString *error)
{
    QStringList outsideBmp; // drawn on their own and listed by QPainterTarget
    {
        QBuffer buffer(&output);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("KeyDriver"));
        pdf.setResolution(72); // one device unit = one point
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (!pageSize.isEmpty())
            pdf.setPageSize(
                QPageSize(pageSize, QPageSize::Point, QString(), QPageSize::ExactMatch));
        if (!paint(pdf, error))
            return false;
        outsideBmp = pdf.property(kOutsideBmpProperty).toStringList();
    } // the writer has finished the file
    // So that CJK, Arabic and emoji text searches and copies as typed.
    repairPdfTextMapping(output, outsideBmp);
    return true;
}

std::unique_ptr<Exporter> makePdfExporter() { return std::make_unique<PdfExporter>(); }

} // namespace kdd
