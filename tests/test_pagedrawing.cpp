// One painting entry for PNG, PDF and printing: the pages a drawing is put on, read back from
// the files (poppler's pdfinfo and pdftotext) and from the pixels.
#include "catchqt.h"
#include "testsupport.h"

#include "render/exporter.h"
#include "render/pagedrawing.h"

#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

using namespace kdd;
using namespace kddtest;

namespace {

// Runs one of poppler's tools; a missing tool fails the test (scripts/ installs poppler-utils).
QString runPoppler(const char *tool, const QStringList &args)
{
    const QString program = QStandardPaths::findExecutable(QString::fromLatin1(tool));
    INFO(tool << " is not on PATH: install poppler-utils");
    REQUIRE_FALSE(program.isEmpty());
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(runPoppler("pdfinfo", {pdf}));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// A box's tag: one word, unique, that pdftotext gives back whole.
QString tag(int i) { return QStringLiteral("Zq%1x").arg(i); }

// The tags on page `page` (from 1) of a PDF.
QSet<QString> tagsOnPage(const QString &pdf, int page)
{
    const QString text =
        runPoppler("pdftotext", {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                 QString::number(page), pdf, QStringLiteral("-")});
    QSet<QString> tags;
    auto it = QRegularExpression(QStringLiteral("Zq\\d+x")).globalMatch(text);
    while (it.hasNext())
        tags.insert(it.next().captured(0));
    return tags;
}

// A diagram too large for one A4 page at a readable size, each box labelled with its tag.
Diagram taggedDiagram()
{
    Diagram d = generatedDiagram(400, 2);
    const std::vector<Node> nodes = d.nodes();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        Node n = nodes[i];
        n.text = tag(static_cast<int>(i));
        REQUIRE(d.updateNode(n));
    }
    return d;
}

} // namespace

TEST_CASE("PDF pages and printed sheets come from one plan: tiles, page counts and text",
          "[export]")
{
    const Diagram d = taggedDiagram();
    PreparedDrawing drawing;
    QString error;
    REQUIRE(prepareDrawing(d, {}, drawing, &error));
    const QSizeF a4 = DrawingPages::paperSize(ExportPage::A4);
    CHECK(a4.width() > a4.height()); // landscape
    const DrawingPages pages = DrawingPages::onPaper(drawing, a4);
    REQUIRE(pages.isTiled());

    // The tiles cover the drawing, overlap their neighbours and sit inside the page margin.
    QRectF covered;
    for (int i = 0; i < pages.count(); ++i) {
        covered = covered.united(pages.shownRect(i));
        CHECK(QRectF(QPointF(0, 0), a4).contains(pages.placedRect(i)));
        if (i % pages.columns() > 0)
            CHECK(pages.shownRect(i).intersects(pages.shownRect(i - 1)));
    }
    CHECK(covered.contains(drawing.layout.bounds));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString exported = dir.filePath(QStringLiteral("a4.pdf"));
    ExportOptions options;
    options.page = ExportPage::A4;
    REQUIRE(exportDiagram(d, ExportFormat::Pdf, options, exported, &error));
    REQUIRE(pageCount(exported) == pages.count());

    // Printing to an A4 landscape sheet goes through the same entry: same pages, same boxes on
    // each (the printer draws at 1200 dpi, the PDF export at 72).
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageOrientation(QPageLayout::Landscape);
        printer.setFullPage(true);
        REQUIRE(printDiagram(d, {}, printer, &error));
    }
    REQUIRE(pageCount(printed) == pages.count());

    const QSizeF page = pages.pageSize();
    for (int i = 0; i < pages.count(); ++i) {
        INFO("page " << i + 1);
        const QSet<QString> onPage = tagsOnPage(exported, i + 1);
        CHECK(tagsOnPage(printed, i + 1) == onPage);
        // Every box inside the tile is on its page; a box that would land off the sheet is not.
        const QRectF shown = pages.shownRect(i);
        const QRectF placed = pages.placedRect(i);
        for (std::size_t b = 0; b < drawing.layout.boxes.size(); ++b) {
            const DiagramLayout::Box &box = drawing.layout.boxes[b];
            const QString boxTag = box.fullText;
            const QRectF onSheet((box.rect.topLeft() - shown.topLeft()) * pages.scale()
                                     + placed.topLeft(),
                                 box.rect.size() * pages.scale());
            if (shown.contains(box.rect))
                CHECK(onPage.contains(boxTag));
            else if (!onSheet.intersects(QRectF(QPointF(0, 0), page)))
                CHECK_FALSE(onPage.contains(boxTag));
        }
    }
}

TEST_CASE("a diagram that fits is scaled into the page margin and centred, on one page", "[export]")
{
    PreparedDrawing drawing;
    QString error;
    REQUIRE(prepareDrawing(goodDiagram(), {}, drawing, &error));
    const DrawingPages letter =
        DrawingPages::onPaper(drawing, DrawingPages::paperSize(ExportPage::Letter));
    REQUIRE(letter.count() == 1);
    CHECK(letter.pageSize() == QSizeF(792, 612));
    const QRectF placed = letter.placedRect(0);
    CHECK(std::abs(placed.center().x() - 396) < 0.01);
    CHECK(std::abs(placed.center().y() - 306) < 0.01);
    CHECK(letter.scale() <= 0.75); // never enlarged past the drawing's own size
    CHECK(placed.left() >= 27.99);
    CHECK(placed.top() >= 27.99);
    CHECK(DrawingPages::paperSize(ExportPage::Fit).isEmpty());
}

TEST_CASE("PNG and a fit PDF are the whole drawing painted by the shared entry", "[export]")
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    REQUIRE(loaded.ok());
    ExportOptions options;
    options.dpi = 96;
    PreparedDrawing drawing;
    QString error;
    REQUIRE(prepareDrawing(*loaded.diagram, options, drawing, &error));
    const DrawingPages whole = DrawingPages::wholeDrawing(drawing);
    REQUIRE(whole.count() == 1);
    CHECK(whole.shownRect(0) == drawing.layout.bounds);

    // The PNG exporter's pixels are exactly those the entry paints into an image of that size.
    QByteArray png;
    REQUIRE(findExporter(ExportFormat::Png)->write(*loaded.diagram, options, png, &error));
    const QImage exported = QImage::fromData(png, "PNG");
    REQUIRE_FALSE(exported.isNull());
    QImage painted(exported.size(), QImage::Format_ARGB32_Premultiplied);
    painted.fill(Qt::white);
    {
        QPainter painter(&painted);
        paintDrawing(drawing, painter, QRectF(QPointF(0, 0), drawing.layout.bounds.size()), whole,
                     0);
    }
    CHECK(exported.convertToFormat(QImage::Format_ARGB32)
          == painted.convertToFormat(QImage::Format_ARGB32));

    // The fit PDF is that same page in points, with every box's text.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("fit.pdf"));
    REQUIRE(exportDiagram(*loaded.diagram, ExportFormat::Pdf, options, pdf, &error));
    const QRegularExpressionMatch size =
        QRegularExpression(
            QStringLiteral("Pages:\\s+1\\n[\\s\\S]*Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
            .match(runPoppler("pdfinfo", {pdf}));
    REQUIRE(size.hasMatch());
    CHECK(std::abs(size.captured(1).toDouble() - whole.pageSize().width()) < 1);
    CHECK(std::abs(size.captured(2).toDouble() - whole.pageSize().height()) < 1);
    const QString text = runPoppler("pdftotext", {pdf, QStringLiteral("-")}).simplified();
    for (const DiagramLayout::Box &box : drawing.layout.boxes) {
        for (const TextBlock::Line &line : box.text.lines) {
            INFO(line.text.toStdString());
            CHECK(text.contains(line.text.simplified()));
        }
    }
}
