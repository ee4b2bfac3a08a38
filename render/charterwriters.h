#pragma once

#include "exporter.h"
#include "reportpicture.h"

#include "model/reportdocument.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// The charter document (model/charterreport.h) in each format: every writer sets the same
// ReportDocument blocks in order, and differs only in how it spells them.
namespace kdd {

// What the documents (HTML, ODT, DOCX) share: the options are checked, the charter is built and
// the diagram drawn once as SVG and PNG, and each format only writes the blocks.
class CharterDocumentExporter : public Exporter
{
public:
    bool isGraphical() const final { return true; } // the picture needs fonts
    bool write(const Diagram &diagram, const ExportOptions &options, QByteArray &output,
               QString *error) const final;

protected:
    // A format that embeds the diagram as SVG alone (HTML) saves drawing the PNG.
    virtual PictureFormats pictureFormats() const { return PictureFormats::SvgAndPng; }
    // A format that cuts a large diagram into page pictures names their area (see
    // PageAreaRequest); the options are the user's.
    virtual QSizeF pagePictureArea(const ReportPicture &, const ExportOptions &) const
    {
        return {};
    }
    virtual bool writeDocument(const ReportDocument &report, const ReportPicture &picture,
                               const ExportOptions &options, QByteArray &output,
                               QString *error) const = 0;
};

std::unique_ptr<Exporter> makeCharterHtmlExporter();
std::unique_ptr<Exporter> makeCharterOdtExporter();

// One self-contained HTML5 page, also well-formed XML, the diagram inline as SVG (charterhtml.cpp).
bool writeCharterHtml(const ReportDocument &report, const ReportPicture &picture,
                      QByteArray &output, QString *error);
// An OpenDocument text on sheets of `paper` (points, portrait), the diagram as SVG with a PNG
// replacement (charterodt.cpp).
bool writeCharterOdt(const ReportDocument &report, const ReportPicture &picture, QSizeF paper,
                     QByteArray &output, QString *error);
// The charter as a PDF on paper, the diagram drawn as vector on its own pages (charterpdf.cpp).
bool writeCharterPdf(const Diagram &diagram, const ExportOptions &options, QByteArray &output,
                     QString *error);

// The paragraphs of a block's text: one per line, blank lines dropped.
QStringList reportParagraphs(const QString &text);
// Text that XML 1.0 can hold: the characters it forbids (most control characters, lone
// surrogates) are dropped, everything else kept.
QString xmlText(const QString &text);
// The language of the charter's own words (headings, labels) as a BCP 47 tag, and its direction:
// the user's text may be in any language and is marked to find its own direction.
// The document's meta.language when it has one, else the program's.
QString reportLanguage(const ReportDocument &report);
bool reportLanguageIsRightToLeft(const ReportDocument &report);
// How to share a table's width among its columns (fractions summing to 1): each column gets room
// for its longest word, and the rest goes by how much text the column holds, so a "Type" column
// stays narrow and a "Definition" column wide.
std::vector<double> columnShares(const QStringList &header, const std::vector<QStringList> &rows);
// The sheet a charter is set on, portrait, in points: `page` (A4 unless letter or A3).
QSizeF charterPaper(ExportPage page);

} // namespace kdd
