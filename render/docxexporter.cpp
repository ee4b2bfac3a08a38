// The project charter as a Word document: WordprocessingML (ECMA-376) written element by element
// in the order the schema prescribes (Word refuses files that LibreOffice would forgive), with
// the diagram as an inline picture that carries both its SVG and a PNG fallback.
#include "charterwriters.h"
#include "docxlayout.h"
#include "exporters.h"
#include "reportpicture.h"
#include "svgtarget.h"
#include "ziparchive.h"

#include "model/charterreport.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace kdd {
namespace {

const QString HeaderFill = QStringLiteral("DCE4EE");

// Writes word/document.xml: the title, then every block of the report in its order.
class DocxBody
{
public:
    DocxBody(const docx::PageGeometry &page, const ReportPicture *picture,
             const QString &pictureDescription)
        : m_page(page), m_picture(picture), m_description(pictureDescription), m_xml(&m_bytes)
    {
    }

    QByteArray write(const ReportDocument &report)
    {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
        m_xml.writeStartElement(QStringLiteral("w:document"));
        const std::pair<const char *, const char *> namespaces[] = {
            {"xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
            {"xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
            {"xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
            {"xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main"},
            {"xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"},
        };
        for (const auto &[name, uri] : namespaces)
            m_xml.writeAttribute(QLatin1String(name), QLatin1String(uri));
        m_xml.writeStartElement(QStringLiteral("w:body"));

        paragraph(docx::style::Title, report.title);
        if (!report.subtitle.isEmpty())
            paragraph(docx::style::Subtitle, report.subtitle);

        // Landscape pages where the diagram or a table needs them; a section ends (and the
        // paper turns) wherever the orientation changes.
        const std::vector<bool> landscape = landscapeBlocks(report);
        for (size_t i = 0; i < report.blocks.size(); ++i) {
            if (landscape[i] != m_landscape) {
                if (!m_sectionEmpty) // after the diagram's pages a new section has begun
                    sectionBreak(m_landscape);
                m_landscape = landscape[i];
            }
            m_sectionEmpty = false;
            block(report.blocks[i], i + 1 < report.blocks.size() ? &report.blocks[i + 1] : nullptr);
        }
        if (m_lastWasTable)
            emptyParagraph(); // Word ends a body with a paragraph
        sectionProperties(m_landscape);
        m_xml.writeEndElement(); // w:body
        m_xml.writeEndElement(); // w:document
        m_xml.writeEndDocument();
        return m_bytes;
    }

private:
    // Which blocks go on landscape pages: a diagram that is larger so, a table too wide for an
    // upright page, each with the heading and the paragraphs that introduce it.
    std::vector<bool> landscapeBlocks(const ReportDocument &report)
    {
        if (m_picture)
            m_placement = docx::placePicture(m_page, m_picture->points);
        const auto &blocks = report.blocks;
        std::vector<bool> landscape(blocks.size(), false);
        for (size_t i = 0; i < blocks.size(); ++i) {
            const ReportBlock &block = blocks[i];
            const bool pictureLandscape =
                m_picture && m_picture->pages.empty() && m_placement.landscape;
            if (!(block.kind == ReportBlock::Kind::Diagram && pictureLandscape)
                && !(block.kind == ReportBlock::Kind::Table && docx::wantsLandscape(block, m_page)))
                continue;
            landscape[i] = true;
            size_t start = i;
            while (start > 0
                   && (blocks[start - 1].kind == ReportBlock::Kind::Paragraph
                       || blocks[start - 1].kind == ReportBlock::Kind::Note))
                landscape[--start] = true;
            if (start > 0 && blocks[start - 1].kind == ReportBlock::Kind::Heading)
                landscape[start - 1] = true;
        }
        return landscape;
    }

    int textWidth() const { return m_landscape ? m_page.textHeight() : m_page.textWidth(); }

    void block(const ReportBlock &block, const ReportBlock *next)
    {
        // What introduces the diagram or a chart stays on its page.
        const bool keepWithNext =
            next
            && (next->kind == ReportBlock::Kind::Diagram || next->kind == ReportBlock::Kind::Chart);
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            paragraph(block.level <= 1 ? docx::style::Heading1 : docx::style::Heading2,
                      QString(block.text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
            break;
        case ReportBlock::Kind::Paragraph:
        case ReportBlock::Kind::Note:
            for (const QString &line : block.text.split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty())
                    paragraph(block.kind == ReportBlock::Kind::Note ? docx::style::Note : QString(),
                              line, false, keepWithNext);
            }
            break;
        case ReportBlock::Kind::Fields:
            fields(block);
            break;
        case ReportBlock::Kind::Table:
            table(block);
            break;
        case ReportBlock::Kind::Diagram:
            if (m_picture && m_picture->pages.empty())
                picture();
            else if (m_picture)
                pages();
            break;
        case ReportBlock::Kind::Chart:
            chart(block.figure);
            break;
        }
    }

    // <w:pPr> with the style, the direction and what else the caller writes in `extra`.
    template <typename Extra>
    void paragraphProperties(const QString &style, bool rightToLeft, Extra extra,
                             bool keepWithNext = false)
    {
        m_xml.writeStartElement(QStringLiteral("w:pPr"));
        if (!style.isEmpty())
            valueElement(QStringLiteral("w:pStyle"), style);
        if (keepWithNext)
            m_xml.writeEmptyElement(QStringLiteral("w:keepNext"));
        if (rightToLeft)
            m_xml.writeEmptyElement(QStringLiteral("w:bidi"));
        extra();
        m_xml.writeEndElement();
    }

    void paragraph(const QString &style, const QString &text, bool bold = false,
                   bool keepWithNext = false)
    {
        m_xml.writeStartElement(QStringLiteral("w:p"));
        const bool rtl = text.isRightToLeft();
        if (!style.isEmpty() || rtl || keepWithNext)
            paragraphProperties(
                style, rtl, [] {}, keepWithNext);
        run(text, bold, rtl);
        m_xml.writeEndElement();
        m_lastWasTable = false;
    }

    // One run of `text`: a newline becomes a line break, a tab a tab stop.
    void run(const QString &text, bool bold, bool rightToLeft)
    {
        const QString safe = SvgTarget::xmlSafe(text);
        if (safe.isEmpty())
            return;
        m_xml.writeStartElement(QStringLiteral("w:r"));
        if (bold || rightToLeft) {
            m_xml.writeStartElement(QStringLiteral("w:rPr"));
            if (bold) {
                m_xml.writeEmptyElement(QStringLiteral("w:b"));
                m_xml.writeEmptyElement(QStringLiteral("w:bCs"));
            }
            if (rightToLeft)
                m_xml.writeEmptyElement(QStringLiteral("w:rtl"));
            m_xml.writeEndElement();
        }
        QString pending;
        auto flush = [this, &pending] {
            if (pending.isEmpty())
                return;
            m_xml.writeStartElement(QStringLiteral("w:t"));
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(pending);
            m_xml.writeEndElement();
            pending.clear();
        };
        for (const QChar c : safe) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
                flush();
                m_xml.writeEmptyElement(c == QLatin1Char('\n') ? QStringLiteral("w:br")
                                                               : QStringLiteral("w:tab"));
            } else if (c != QLatin1Char('\r')) {
                pending += c;
            }
        }
        flush();
        m_xml.writeEndElement();
    }

    void valueElement(const QString &name, const QString &value)
    {
        m_xml.writeEmptyElement(name);
        m_xml.writeAttribute(QStringLiteral("w:val"), value);
    }

    void emptyParagraph()
    {
        m_xml.writeStartElement(QStringLiteral("w:p"));
        m_xml.writeEndElement();
        m_lastWasTable = false;
    }

    // An empty, nearly invisible paragraph that ends a section (WordprocessingML keeps a
    // section's page set-up in its last paragraph).
    void sectionBreak(bool landscape)
    {
        m_xml.writeStartElement(QStringLiteral("w:p"));
        paragraphProperties(QString(), false, [this, landscape] {
            m_xml.writeEmptyElement(QStringLiteral("w:spacing"));
            m_xml.writeAttribute(QStringLiteral("w:before"), QStringLiteral("0"));
            m_xml.writeAttribute(QStringLiteral("w:after"), QStringLiteral("0"));
            m_xml.writeAttribute(QStringLiteral("w:line"), QStringLiteral("240"));
            m_xml.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
            m_xml.writeStartElement(QStringLiteral("w:rPr"));
            valueElement(QStringLiteral("w:sz"), QStringLiteral("2"));
            valueElement(QStringLiteral("w:szCs"), QStringLiteral("2"));
            m_xml.writeEndElement();
            sectionProperties(landscape);
        });
        m_xml.writeEndElement();
        m_lastWasTable = false;
    }

    void sectionProperties(bool landscape, int pageMargin = -1)
    {
        const int width = landscape ? m_page.height : m_page.width;
        const int height = landscape ? m_page.width : m_page.height;
        const QString margin = QString::number(pageMargin < 0 ? m_page.margin : pageMargin);
        m_xml.writeStartElement(QStringLiteral("w:sectPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:pgSz"));
        m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(width));
        m_xml.writeAttribute(QStringLiteral("w:h"), QString::number(height));
        if (landscape)
            m_xml.writeAttribute(QStringLiteral("w:orient"), QStringLiteral("landscape"));
        m_xml.writeEmptyElement(QStringLiteral("w:pgMar"));
        for (const char *side : {"w:top", "w:right", "w:bottom", "w:left"})
            m_xml.writeAttribute(QLatin1String(side), margin);
        m_xml.writeAttribute(QStringLiteral("w:header"), QStringLiteral("709"));
        m_xml.writeAttribute(QStringLiteral("w:footer"), QStringLiteral("709"));
        m_xml.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
        m_xml.writeEmptyElement(QStringLiteral("w:cols"));
        m_xml.writeAttribute(QStringLiteral("w:space"), QStringLiteral("708"));
        m_xml.writeEndElement();
    }

    void tableStart(const QString &style, const std::vector<int> &widths, bool header)
    {
        if (m_lastWasTable)
            emptyParagraph(); // two tables in a row would merge into one
        m_xml.writeStartElement(QStringLiteral("w:tbl"));
        m_xml.writeStartElement(QStringLiteral("w:tblPr"));
        valueElement(QStringLiteral("w:tblStyle"), style);
        int total = 0;
        for (int width : widths)
            total += width;
        twipsWidth(QStringLiteral("w:tblW"), total);
        m_xml.writeEmptyElement(QStringLiteral("w:tblLayout"));
        m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
        m_xml.writeEmptyElement(QStringLiteral("w:tblLook"));
        m_xml.writeAttribute(QStringLiteral("w:val"),
                             header ? QStringLiteral("0620") : QStringLiteral("0600"));
        m_xml.writeAttribute(QStringLiteral("w:firstRow"),
                             header ? QStringLiteral("1") : QStringLiteral("0"));
        m_xml.writeAttribute(QStringLiteral("w:lastRow"), QStringLiteral("0"));
        m_xml.writeAttribute(QStringLiteral("w:firstColumn"), QStringLiteral("0"));
        m_xml.writeAttribute(QStringLiteral("w:lastColumn"), QStringLiteral("0"));
        m_xml.writeAttribute(QStringLiteral("w:noHBand"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("w:noVBand"), QStringLiteral("1"));
        m_xml.writeEndElement(); // w:tblPr
        m_xml.writeStartElement(QStringLiteral("w:tblGrid"));
        for (int width : widths) {
            m_xml.writeEmptyElement(QStringLiteral("w:gridCol"));
            m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(width));
        }
        m_xml.writeEndElement();
    }

    void twipsWidth(const QString &name, int width)
    {
        m_xml.writeEmptyElement(name);
        m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(width));
        m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    }

    // One cell: a single paragraph whose lines are line breaks, so a cell reads as one value.
    void cell(const QString &text, int width, bool bold, const QString &fill = QString())
    {
        m_xml.writeStartElement(QStringLiteral("w:tc"));
        m_xml.writeStartElement(QStringLiteral("w:tcPr"));
        twipsWidth(QStringLiteral("w:tcW"), width);
        if (!fill.isEmpty()) {
            m_xml.writeEmptyElement(QStringLiteral("w:shd"));
            m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("clear"));
            m_xml.writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
            m_xml.writeAttribute(QStringLiteral("w:fill"), fill);
        }
        m_xml.writeEndElement(); // w:tcPr
        m_xml.writeStartElement(QStringLiteral("w:p"));
        const bool rtl = text.isRightToLeft();
        paragraphProperties(docx::style::TableText, rtl, [] {});
        run(text, bold, rtl);
        m_xml.writeEndElement(); // w:p
        m_xml.writeEndElement(); // w:tc
    }

    void table(const ReportBlock &block)
    {
        const std::vector<int> widths = docx::columnWidths(block, textWidth());
        tableStart(docx::style::Table, widths, true);
        // The header row repeats on every page the table runs onto.
        m_xml.writeStartElement(QStringLiteral("w:tr"));
        m_xml.writeStartElement(QStringLiteral("w:trPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:cantSplit"));
        m_xml.writeEmptyElement(QStringLiteral("w:tblHeader"));
        m_xml.writeEndElement();
        for (size_t c = 0; c < widths.size(); ++c)
            cell(block.header.value(int(c)), widths[c], true, HeaderFill);
        m_xml.writeEndElement(); // w:tr
        // A row stays on one page unless it is so tall that keeping it whole would leave much
        // of a page empty (or, taller than a page, cut it off in Word).
        const int textHeight = m_landscape ? m_page.textWidth() : m_page.textHeight();
        for (const QStringList &row : block.rows) {
            m_xml.writeStartElement(QStringLiteral("w:tr"));
            if (docx::estimatedRowHeight(row, widths) < textHeight / 3) {
                m_xml.writeStartElement(QStringLiteral("w:trPr"));
                m_xml.writeEmptyElement(QStringLiteral("w:cantSplit"));
                m_xml.writeEndElement();
            }
            for (size_t c = 0; c < widths.size(); ++c)
                cell(row.value(int(c)), widths[c], false);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // w:tbl
        m_lastWasTable = true;
    }

    void fields(const ReportBlock &block)
    {
        int longest = 0;
        for (const QStringList &row : block.rows)
            longest = std::max(longest, int(row.value(0).size()));
        const int total = textWidth();
        const int label = std::clamp(longest * 115 + 300, 1500, total * 35 / 100);
        const std::vector<int> widths{label, total - label};
        tableStart(docx::style::Fields, widths, false);
        for (const QStringList &row : block.rows) {
            m_xml.writeStartElement(QStringLiteral("w:tr"));
            cell(row.value(0), widths[0], true);
            cell(row.value(1), widths[1], false);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // w:tbl
        m_lastWasTable = true;
    }

    // The diagram as an inline picture: the PNG for every reader, the SVG (Office 2016's
    // extension of a:blip) for those that draw vectors.
    void picture()
    {
        inlinePicture(m_placement.width * docx::EmuPerTwip, m_placement.height * docx::EmuPerTwip,
                      SvgTarget::xmlSafe(m_description), 0, [this] {
                          m_xml.writeEmptyElement(QStringLiteral("w:spacing"));
                          m_xml.writeAttribute(QStringLiteral("w:before"), QStringLiteral("120"));
                      });
    }

    // A measure's chart in the text, as wide as the text allows (charts are drawn for a page's
    // width), numbered after the diagram's pictures as the exporter numbers their parts.
    void chart(const ReportFigure &figure)
    {
        const QSizeF points = figure.points.isEmpty() ? QSizeF(480, 270) : figure.points;
        const double scale = std::min(1.0, textWidth() / (points.width() * 20));
        inlinePicture(std::llround(points.width() * 20 * scale) * docx::EmuPerTwip,
                      std::llround(points.height() * 20 * scale) * docx::EmuPerTwip,
                      SvgTarget::xmlSafe(figure.description), docx::FirstChartPicture + m_charts++,
                      [this] {
                          m_xml.writeEmptyElement(QStringLiteral("w:spacing"));
                          m_xml.writeAttribute(QStringLiteral("w:before"), QStringLiteral("60"));
                      });
    }

    // The diagram cut into pages, as the PDF charter cuts it, each picture on a sheet of its own
    // in a section of narrow margins; the last picture's paragraph ends that section, so no
    // empty paragraph spills onto a blank page.
    void pages()
    {
        sectionBreak(m_landscape);
        const std::vector<PagePicture> &pages = m_picture->pages;
        const int count = int(pages.size());
        for (int i = 0; i < count; ++i) {
            const QSizeF points = pages[size_t(i)].points;
            const bool landscape = points.width() > points.height();
            const QString description = SvgTarget::xmlSafe(
                QStringLiteral("%1 Part %2 of %3.").arg(m_description).arg(i + 1).arg(count));
            inlinePicture(
                std::llround(points.width() * 20) * docx::EmuPerTwip,
                std::llround(points.height() * 20) * docx::EmuPerTwip, description, i + 1,
                [&] {
                    if (i > 0)
                        m_xml.writeEmptyElement(QStringLiteral("w:pageBreakBefore"));
                    m_xml.writeEmptyElement(QStringLiteral("w:spacing"));
                    m_xml.writeAttribute(QStringLiteral("w:before"), QStringLiteral("0"));
                },
                [&] {
                    if (i + 1 == count)
                        sectionProperties(landscape, docx::DiagramPageMargin);
                });
        }
        m_sectionEmpty = true;
    }

    // A centred paragraph holding picture `number`; `before` writes the paragraph properties
    // that precede w:spacing's other attributes, `after` those that follow w:jc.
    template <typename Before, typename After = void (*)()>
    void inlinePicture(
        qint64 cx, qint64 cy, const QString &description, int number, Before before,
        After after = [] {})
    {
        m_xml.writeStartElement(QStringLiteral("w:p"));
        paragraphProperties(QString(), false, [&] {
            before();
            m_xml.writeAttribute(QStringLiteral("w:after"), QStringLiteral("0"));
            m_xml.writeAttribute(QStringLiteral("w:line"), QStringLiteral("240"));
            m_xml.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
            valueElement(QStringLiteral("w:jc"), QStringLiteral("center"));
            after();
        });
        m_xml.writeStartElement(QStringLiteral("w:r"));
        m_xml.writeStartElement(QStringLiteral("w:drawing"));
        docx::writeInlinePicture(m_xml, cx, cy, description, number);
        m_xml.writeEndElement(); // w:drawing
        m_xml.writeEndElement(); // w:r
        m_xml.writeEndElement(); // w:p
        m_lastWasTable = false;
    }

    docx::PageGeometry m_page;
    const ReportPicture *m_picture;
    QString m_description;
    docx::PicturePlacement m_placement;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    bool m_lastWasTable = false;
    bool m_landscape = false;    // the current section's pages
    bool m_sectionEmpty = false; // nothing written since a section ended
    int m_charts = 0;            // charts written so far
};

// The charter as a .docx: what the default content and --what charter both write.
class DocxExporter : public CharterDocumentExporter
{
public:
    ExportFormat format() const override { return ExportFormat::Docx; }
    QString suffix() const override { return QStringLiteral("docx"); }
    QString description() const override
    {
        return QCoreApplication::translate("kdd::Exporter", "Word document (charter)");
    }

protected:
    QSizeF pagePictureArea(const ReportPicture &picture,
                           const ExportOptions &options) const override
    {
        return docx::diagramPageArea(docx::pageGeometry(options.page), picture.points,
                                     picture.textPoints);
    }

    bool writeDocument(const ReportDocument &report, const ReportPicture &picture,
                       const ExportOptions &options, QByteArray &output,
                       QString *error) const override
    {
        const bool hasDiagram =
            std::any_of(report.blocks.begin(), report.blocks.end(),
                        [](const ReportBlock &b) { return b.kind == ReportBlock::Kind::Diagram; });
        DocxBody body(docx::pageGeometry(options.page), hasDiagram ? &picture : nullptr,
                      picture.description);
        // The single picture is number 0, the pages 1, 2 …
        std::vector<int> numbers;
        if (hasDiagram && picture.pages.empty())
            numbers.push_back(0);
        else if (hasDiagram)
            for (size_t i = 0; i < picture.pages.size(); ++i)
                numbers.push_back(int(i + 1));
        std::vector<const ReportFigure *> charts;
        for (const ReportBlock &block : report.blocks) {
            if (block.kind == ReportBlock::Kind::Chart) {
                numbers.push_back(docx::FirstChartPicture + int(charts.size()));
                charts.push_back(&block.figure);
            }
        }
        std::vector<ZipEntry> entries{
            {QStringLiteral("[Content_Types].xml"), docx::contentTypes()},
            {QStringLiteral("_rels/.rels"), docx::packageRelationships()},
            {QStringLiteral("docProps/core.xml"),
             docx::coreProperties(report.title, QStringLiteral("Project charter"))},
            {QStringLiteral("docProps/app.xml"), docx::appProperties()},
            {QStringLiteral("word/document.xml"), body.write(report)},
            {QStringLiteral("word/styles.xml"), docx::styles()},
            {QStringLiteral("word/settings.xml"), docx::settings()},
            {QStringLiteral("word/fontTable.xml"), docx::fontTable()},
            {QStringLiteral("word/_rels/document.xml.rels"), docx::documentRelationships(numbers)},
        };
        if (hasDiagram && picture.pages.empty()) {
            entries.push_back({docx::picturePart(0, false), picture.png});
            entries.push_back({docx::picturePart(0, true), picture.svg});
        }
        for (size_t i = 0; i < charts.size(); ++i) {
            const int number = docx::FirstChartPicture + int(i);
            entries.push_back({docx::picturePart(number, false), charts[i]->png});
            entries.push_back({docx::picturePart(number, true), charts[i]->svg});
        }
        for (int number : numbers) {
            if (number == 0 || number >= docx::FirstChartPicture)
                continue;
            const PagePicture &page = picture.pages[size_t(number - 1)];
            entries.push_back({docx::picturePart(number, false), page.png});
            entries.push_back({docx::picturePart(number, true), page.svg});
        }
        return writeZip(entries, output, error);
    }
};

} // namespace

std::unique_ptr<Exporter> makeDocxExporter() { return std::make_unique<DocxExporter>(); }

} // namespace kdd
