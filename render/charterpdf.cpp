// The charter as a PDF on paper: the text blocks set by QTextDocument (headings, paragraphs,
// tables that break between rows and repeat their header, the measures' charts drawn as vector
// within the text), and at the Diagram block the diagram drawn by our own painter as vector on
// pages of its own (pagedrawing.h), then the text goes on.
// A footer names the charter and numbers the pages.
#include "charterwriters.h"
#include "exporters.h"

#include "charttextobject.h"
#include "pagedrawing.h"
#include "reportchart.h"

#include "layout/textblock.h"

#include "model/charterreport.h"
#include "model/textlanguage.h"

#include <QAbstractTextDocumentLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>
#include <limits>
#include <memory>

namespace kdd {
namespace {

constexpr qreal kMargin = 56;       // points around the text (2 cm)
constexpr qreal kFooterHeight = 20; // the footer sits in the bottom margin
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kRule(0xa9, 0xb1, 0xba);

QFont baseFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Inserts `text`; in simple scripts unshaped, as the diagram's text (layout/textblock.h), so a
// PDF reader's search and copy find "Staff", not a ligature "Staﬀ".
void insertText(QTextCursor &cursor, const QString &text, QTextCharFormat format)
{
    if (isSimpleScript(text))
        format.setFontStyleStrategy(QFont::PreferNoShaping);
    cursor.insertText(text, format);
}

// Builds one run of text blocks (those between two drawings) as a paginated QTextDocument. Pages
// are decided while building, in reading order, so a later decision never undoes an earlier one:
// a heading that would end a page starts the next one, and a table row that would be cut by a page
// break starts a new part of its table on the next page, under a copy of the header row.
class TextRun
{
public:
    TextRun(QPaintDevice *device, QSizeF area, const Diagram &diagram, ChartTextObjects &charts)
        : m_document(std::make_unique<QTextDocument>()), m_diagram(diagram), m_charts(charts)
    {
        m_document->documentLayout()->setPaintDevice(device);
        m_document->setUseDesignMetrics(true);
        m_document->setDocumentMargin(0);
        m_document->setDefaultFont(baseFont());
        m_document->setPageSize(area);
        m_cursor = QTextCursor(m_document.get());
        m_charts.registerWith(*m_document);
    }

    bool isEmpty() const { return m_empty; }
    QTextDocument &document() { return *m_document; }

    void title(const QString &text, const QString &subtitle)
    {
        QTextBlockFormat block;
        block.setBottomMargin(4);
        paragraph(text, block, charFormat(20, true));
        if (!subtitle.isEmpty()) {
            block.setBottomMargin(14);
            QTextCharFormat muted = charFormat(11, false);
            muted.setForeground(kMuted);
            paragraph(subtitle, block, muted);
        }
    }

    void add(const ReportBlock &reportBlock)
    {
        QTextBlockFormat block;
        switch (reportBlock.kind) {
        case ReportBlock::Kind::Heading: {
            block.setHeadingLevel(reportBlock.level);
            block.setTopMargin(reportBlock.level <= 1 ? 14 : 10);
            block.setBottomMargin(4);
            // Room for the heading and a few lines of what follows, or a new page.
            if (!m_empty && roomLeft() < kHeadingRoom)
                block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            paragraph(reportBlock.text, block, charFormat(reportBlock.level <= 1 ? 14 : 12, true));
            m_heading = m_cursor.block();
            m_introHeading = m_heading;
            return; // what follows keeps m_heading
        }
        case ReportBlock::Kind::Paragraph:
            block.setBottomMargin(5);
            block.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
            for (const QString &text : reportParagraphs(reportBlock.text))
                paragraph(text, block, charFormat(10, false));
            m_heading = QTextBlock();
            return; // a chart after it keeps m_introHeading
        case ReportBlock::Kind::Chart:
            chart(reportBlock);
            break;
        case ReportBlock::Kind::Note: {
            block.setBottomMargin(5);
            QTextCharFormat note = charFormat(10, false);
            note.setFontItalic(true);
            note.setForeground(kMuted);
            paragraph(reportBlock.text, block, note);
            break;
        }
        case ReportBlock::Kind::Fields:
            table(QStringList(), reportBlock.rows, 2);
            break;
        case ReportBlock::Kind::Table:
            table(reportBlock.header, reportBlock.rows, int(reportBlock.header.size()));
            break;
        case ReportBlock::Kind::Diagram:
            break;
        }
        m_heading = QTextBlock();
        m_introHeading = QTextBlock();
    }

private:
    // A chart as wide as the text, centred; it starts the next page with the heading and the
    // words that introduce it when it would not fit below them.
    void chart(const ReportBlock &reportBlock)
    {
        MeasureChart measureChart = reportChart(m_diagram, reportBlock);
        const qreal width = m_document->pageSize().width();
        const qreal height = ChartTextObjects::heightFor(measureChart, width);
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setTopMargin(4);
        block.setBottomMargin(10);
        if (!m_empty && roomLeft() < height + 16) {
            const qreal y = rectOf(m_document->lastBlock()).bottom();
            if (m_introHeading.isValid() && pageOf(rectOf(m_introHeading).top()) == pageOf(y)
                && rectOf(m_introHeading).top() > pageOf(y) * pageHeight() + 1)
                breakBefore(m_introHeading);
            else
                block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        }
        m_cursor.movePosition(QTextCursor::End);
        if (m_empty)
            m_cursor.setBlockFormat(block);
        else
            m_cursor.insertBlock(block);
        m_empty = false;
        m_charts.insert(m_cursor, std::move(measureChart), width);
    }

    // A heading starts the next page unless this much room, in points, is left on its own.
    static constexpr qreal kHeadingRoom = 90;

    qreal pageHeight() const { return m_document->pageSize().height(); }
    int pageOf(qreal y) const { return int(std::floor(y / pageHeight())); }
    QRectF rectOf(const QTextBlock &block) const
    {
        return m_document->documentLayout()->blockBoundingRect(block);
    }
    // The space left on the page after what has been set so far.
    qreal roomLeft() const
    {
        const qreal y = rectOf(m_document->lastBlock()).bottom();
        return (pageOf(y) + 1) * pageHeight() - y;
    }

    static QTextCharFormat charFormat(qreal points, bool bold)
    {
        QTextCharFormat format;
        QFont font = baseFont();
        font.setPointSizeF(points);
        font.setBold(bold);
        format.setFont(font);
        return format;
    }

    void paragraph(const QString &text, const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        m_cursor.movePosition(QTextCursor::End); // after a table, not in its last cell
        if (m_empty)
            m_cursor.setBlockFormat(block);
        else
            m_cursor.insertBlock(block);
        m_empty = false;
        m_cursor.setCharFormat(chars);
        insertText(m_cursor, text, chars);
    }

    static void breakBefore(const QTextBlock &block)
    {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }

    // A new part of a table at the end of the document: the header row alone.
    QTextTable *startTable(const QStringList &header, int columns, const QList<QTextLength> &widths,
                           bool newPage)
    {
        QTextTableFormat format;
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setCellSpacing(0);
        format.setCellPadding(3);
        format.setTopMargin(2);
        format.setBottomMargin(8);
        format.setBorderCollapse(true);
        format.setColumnWidthConstraints(widths);
        if (header.isEmpty()) {
            format.setBorder(0);
        } else {
            format.setBorder(1);
            format.setBorderBrush(kRule);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setHeaderRowCount(1);
        }
        if (newPage)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_cursor.movePosition(QTextCursor::End);
        m_empty = false;
        QTextTable *table = m_cursor.insertTable(1, columns, format);
        if (header.isEmpty())
            return table;
        for (int column = 0; column < columns; ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(QColor(0xe9, 0xee, 0xf4));
            cell.setFormat(cellFormat);
            fill(cell, header.value(column), true);
        }
        table->appendRows(1); // the first row to fill: a table cannot be empty
        return table;
    }

    void fill(QTextTableCell cell, const QString &text, bool bold)
    {
        QTextCursor cursor = cell.firstCursorPosition();
        const QTextCharFormat chars = charFormat(9, bold);
        const QStringList lines = text.split(QLatin1Char('\n'));
        // The lines of a cell are separate things (the boxes a measure measures): a little
        // space between them tells them apart.
        QTextBlockFormat line;
        line.setBottomMargin(lines.size() > 1 ? 3 : 0);
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                cursor.insertBlock(line);
            else
                cursor.setBlockFormat(line);
            insertText(cursor, lines[i], chars);
        }
    }

    // The top and bottom of row `row`'s text.
    std::pair<qreal, qreal> rowExtent(QTextTable *table, int row) const
    {
        qreal top = std::numeric_limits<qreal>::max(), bottom = 0;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(row, c);
            top = std::min(top, rectOf(cell.firstCursorPosition().block()).top());
            bottom = std::max(bottom, rectOf(cell.lastCursorPosition().block()).bottom());
        }
        return {top, bottom};
    }

    void table(const QStringList &header, const std::vector<QStringList> &rows, int columns)
    {
        if (columns <= 0 || rows.empty())
            return;
        QList<QTextLength> widths;
        if (header.isEmpty()) {
            widths = {QTextLength(QTextLength::PercentageLength, 26),
                      QTextLength(QTextLength::PercentageLength, 74)};
        } else {
            for (const double share : columnShares(header, rows))
                widths << QTextLength(QTextLength::PercentageLength, share * 100);
        }
        // Each part is filled with every row left and laid out once; it is cut before its first
        // row that a page break would cut, and the rest starts a new part on the next page.
        m_cursor.beginEditBlock();
        QTextTable *table = startTable(header, columns, widths, false);
        m_cursor.endEditBlock();
        std::size_t next = 0;
        while (next < rows.size()) {
            const int first = table->rows() - 1; // the part's first body row, still empty
            // One edit: the document is laid out again once, not after every cell.
            m_cursor.beginEditBlock();
            table->appendRows(int(rows.size() - next) - 1);
            for (std::size_t i = next; i < rows.size(); ++i) {
                for (int column = 0; column < columns; ++column)
                    fill(table->cellAt(first + int(i - next), column), rows[i].value(column),
                         header.isEmpty() && column == 0);
            }
            m_cursor.endEditBlock();
            std::size_t cut = rows.size();
            for (std::size_t i = next; i < rows.size() && cut == rows.size(); ++i) {
                const auto [top, bottom] = rowExtent(table, first + int(i - next));
                // A row taller than half a page may be cut: moving it would leave a hole as
                // large.
                if (pageOf(top) == pageOf(bottom) || bottom - top > pageHeight() / 2)
                    continue;
                if (i > next)
                    cut = i;
                else if (i == 0 && m_heading.isValid())
                    breakBefore(m_heading); // the heading goes to the next page with the table
                // Otherwise the part's first row is already as high as it can be.
            }
            if (cut == rows.size())
                break;
            m_cursor.beginEditBlock();
            table->removeRows(first + int(cut - next), int(rows.size() - cut));
            table = startTable(header, columns, widths, true);
            m_cursor.endEditBlock();
            next = cut;
        }
    }

    std::unique_ptr<QTextDocument> m_document;
    const Diagram &m_diagram;
    ChartTextObjects &m_charts;
    QTextCursor m_cursor;
    QTextBlock m_heading;      // the heading just set, while nothing follows it yet
    QTextBlock m_introHeading; // the heading of the paragraphs just set
    bool m_empty = true;
};

// The charter's parts in order: runs of text and the drawing, each taking whole pages.
struct Part
{
    std::unique_ptr<TextRun> text; // null for the drawing
    int pages = 0;
};

class CharterPdf
{
public:
    CharterPdf(const Diagram &diagram, const ReportDocument &report, const PreparedDrawing &drawing,
               DrawingPages pages, QSizeF paper)
        : m_diagram(diagram), m_report(report), m_drawing(drawing),
          m_drawingPages(std::move(pages)), m_paper(paper), m_charts(drawing.theme)
    {
    }

    bool write(QByteArray &output, QString *error)
    {
        // plan() sets each sheet; the diagram's painter lists the characters beyond U+FFFF it
        // draws, the text pages none, so emoji in the charter's text stay unmapped rather than
        // mapped wrongly.
        return writePdfDocument(
            m_report.title, QSizeF(),
            [this](QPdfWriter &pdf, QString *reason) {
                plan(&pdf);
                return paint(pdf, reason);
            },
            output, error);
    }

private:
    bool paint(QPdfWriter &pdf, QString *error)
    {
        const auto fail = [error](const QString &reason) {
            if (error)
                *error = QStringLiteral("could not write the PDF: ") + reason;
            return false;
        };
        setSheet(pdf, m_parts.front().text ? m_paper : m_drawingPages.pageSize());
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(QStringLiteral("could not start painting the pages"));
        int number = 0;
        for (Part &part : m_parts) {
            for (int i = 0; i < part.pages; ++i) {
                if (number > 0) {
                    setSheet(pdf, part.text ? m_paper : m_drawingPages.pageSize());
                    if (!pdf.newPage())
                        return fail(QStringLiteral("could not start page %1").arg(number + 1));
                }
                ++number;
                if (part.text) {
                    paintText(painter, part.text->document(), i);
                    footer(painter, m_paper, number);
                } else {
                    const QSizeF sheet = m_drawingPages.pageSize();
                    paintDrawing(m_drawing, painter, QRectF(QPointF(0, 0), sheet), m_drawingPages,
                                 i);
                    // Several drawing pages number themselves in their margin notes.
                    if (m_drawingPages.count() == 1)
                        footer(painter, sheet, number);
                }
            }
        }
        if (!painter.end())
            return fail(QStringLiteral("could not finish the pages"));
        return true;
    }

    // Lays out the text runs and counts every part's pages, so footers can say "of N".
    void plan(QPaintDevice *device)
    {
        const QSizeF area(m_paper.width() - 2 * kMargin, m_paper.height() - 2 * kMargin);
        auto run = std::make_unique<TextRun>(device, area, m_diagram, m_charts);
        run->title(m_report.title, m_report.subtitle);
        for (const ReportBlock &block : m_report.blocks) {
            if (block.kind != ReportBlock::Kind::Diagram) {
                run->add(block);
                continue;
            }
            finishRun(run);
            Part drawing;
            drawing.pages = m_drawingPages.count();
            m_parts.push_back(std::move(drawing));
            run = std::make_unique<TextRun>(device, area, m_diagram, m_charts);
        }
        finishRun(run);
        int total = 0, first = 0;
        for (const Part &part : m_parts) {
            if (!part.text)
                first = total + 1;
            total += part.pages;
        }
        if (first > 0)
            m_drawingPages.numberFrom(first, total);
        m_total = total;
    }

    void finishRun(std::unique_ptr<TextRun> &run)
    {
        if (!run || run->isEmpty())
            return;
        Part part;
        part.pages = run->document().pageCount();
        part.text = std::move(run);
        m_parts.push_back(std::move(part));
    }

    static void setSheet(QPdfWriter &pdf, QSizeF size)
    {
        pdf.setPageSize(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    }

    static void paintText(QPainter &painter, QTextDocument &document, int page)
    {
        const QSizeF area = document.pageSize();
        const QRectF clip(QPointF(0, page * area.height()), area);
        painter.save();
        painter.translate(kMargin, kMargin - clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }

    void footer(QPainter &painter, QSizeF sheet, int number) const
    {
        painter.save();
        QFont font = baseFont();
        font.setPointSizeF(8);
        if (isSimpleScript(m_report.title))
            font.setStyleStrategy(QFont::PreferNoShaping);
        painter.setFont(font);
        const qreal top = sheet.height() - kMargin + (kMargin - kFooterHeight) / 2;
        painter.setPen(QPen(QColor(0xd0, 0xd4, 0xd9), 0.5));
        painter.drawLine(QPointF(kMargin, top), QPointF(sheet.width() - kMargin, top));
        painter.setPen(kMuted);
        const QRectF band(kMargin, top + 2, sheet.width() - 2 * kMargin, kFooterHeight - 2);
        const QString page = TextLanguage(m_report.language)
                                 .translate("kdd::CharterDocument", "Page %1 of %2")
                                 .arg(number)
                                 .arg(m_total);
        const QString title = painter.fontMetrics().elidedText(m_report.title, Qt::ElideRight,
                                                               int(band.width() * 0.7));
        painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, page);
        painter.restore();
    }

    const Diagram &m_diagram;
    const ReportDocument &m_report;
    const PreparedDrawing &m_drawing;
    DrawingPages m_drawingPages;
    QSizeF m_paper;
    ChartTextObjects m_charts; // before the parts: their documents draw with it
    std::vector<Part> m_parts;
    int m_total = 0;
};

} // namespace

bool writeCharterPdf(const Diagram &diagram, const ExportOptions &options, QByteArray &output,
                     QString *error)
{
    // Paper is white, and the measurement plan is a table of the charter's own.
    ExportOptions drawingOptions = options;
    drawingOptions.background = ImageBackground::Opaque;
    drawingOptions.measures = MeasuresPlacement::None;
    PreparedDrawing drawing;
    if (!prepareDrawing(diagram, drawingOptions, drawing, error))
        return false;
    const ExportPage page = options.page == ExportPage::Letter || options.page == ExportPage::A3
                              ? options.page
                              : ExportPage::A4;
    DrawingPages pages = DrawingPages::forExport(drawing, page, options.orientation);
    const ReportDocument report = charterReport(diagram);
    output.clear();
    return CharterPdf(diagram, report, drawing, std::move(pages), charterPaper(page))
        .write(output, error);
}

} // namespace kdd
