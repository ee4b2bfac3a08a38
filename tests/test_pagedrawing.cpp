// One painting entry for PNG, PDF and printing: the pages a drawing is put on — planned, then
// read back from the files (poppler's pdfinfo and pdftotext) and from the pixels.
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

#include <algorithm>
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

// Whether a piece shows boxes (rather than the title, headers, key or table).
bool showsBox(const PagePiece &piece, const DiagramLayout &layout)
{
    return std::any_of(layout.boxes.begin(), layout.boxes.end(), [&](const DiagramLayout::Box &b) {
        return piece.source.intersects(b.rect);
    });
}

} // namespace

TEST_CASE("pages are cut between boxes, each box on one page, headers on every page", "[export]")
{
    const Diagram d = taggedDiagram();
    PreparedDrawing drawing;
    QString error;
    REQUIRE(prepareDrawing(d, {}, drawing, &error));
    const DiagramLayout &layout = drawing.layout;
    for (const ExportPage kind : {ExportPage::A4, ExportPage::Slide}) {
        const DrawingPages pages = DrawingPages::forExport(drawing, kind, PageOrientation::Auto);
        const PageRules rules = PageRules::forPage(kind);
        INFO((kind == ExportPage::A4 ? "A4" : "slide") << ", " << pages.count() << " pages");
        REQUIRE(pages.count() > 1);
        CHECK(pages.boxTextPoints() >= rules.minTextPoints - 1e-6);
        CHECK(pages.boxTextPoints() <= rules.maxTextPoints + 1e-6);
        if (kind == ExportPage::Slide)
            CHECK(pages.pageSize() == QSizeF(960, 540));
        const QRectF usable =
            QRectF(QPointF(0, 0), pages.pageSize())
                .adjusted(rules.margin, rules.margin, -rules.margin, -rules.margin)
                .adjusted(-0.01, -0.01, 0.01, 0.01);
        std::vector<int> shown(layout.boxes.size(), 0);
        for (int i = 0; i < pages.count(); ++i) {
            INFO("page " << i + 1);
            const PlannedPage &page = pages.page(i);
            bool headers = false;
            bool boxes = false;
            for (const PagePiece &piece : page.pieces) {
                CHECK(usable.contains(piece.placed));
                CHECK(std::abs(piece.placed.height() / piece.source.height() - piece.scale())
                      < 1e-6);
                headers = headers
                       || std::any_of(layout.headers.begin(), layout.headers.end(),
                                      [&](const DiagramLayout::Header &h) {
                                          return piece.source.contains(h.rect);
                                      });
                boxes = boxes || showsBox(piece, layout);
                for (std::size_t b = 0; b < layout.boxes.size(); ++b) {
                    if (!piece.source.intersects(layout.boxes[b].rect))
                        continue;
                    CHECK(piece.source.contains(layout.boxes[b].rect)); // never cut
                    ++shown[b];
                }
            }
            CHECK(boxes);
            CHECK(headers);
            // Page numbers and the way on, in the margins.
            CHECK(std::any_of(page.marks.begin(), page.marks.end(), [&](const PageMark &m) {
                return m.text == QStringLiteral("page %1 of %2").arg(i + 1).arg(pages.count());
            }));
            if (i > 0)
                CHECK(std::any_of(page.marks.begin(), page.marks.end(), [](const PageMark &m) {
                    return m.text.startsWith(QStringLiteral("continued from page"));
                }));
        }
        CHECK(std::all_of(shown.begin(), shown.end(), [](int n) { return n == 1; }));
    }
}

TEST_CASE("PDF pages and printed sheets come from one plan, in either orientation", "[export]")
{
    const Diagram d = taggedDiagram();
    PreparedDrawing drawing;
    QString error;
    REQUIRE(prepareDrawing(d, {}, drawing, &error));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const PageOrientation orientation :
         {PageOrientation::Landscape, PageOrientation::Portrait}) {
        const bool landscape = orientation == PageOrientation::Landscape;
        INFO((landscape ? "landscape" : "portrait"));
        const QSizeF a4 = DrawingPages::paperSize(ExportPage::A4, orientation);
        CHECK((a4.width() > a4.height()) == landscape);
        const DrawingPages pages = DrawingPages::forExport(drawing, ExportPage::A4, orientation);
        REQUIRE(pages.pageSize() == a4);

        const QString exported = dir.filePath(QStringLiteral("a4.pdf"));
        ExportOptions options;
        options.page = ExportPage::A4;
        options.orientation = orientation;
        REQUIRE(exportDiagram(d, ExportFormat::Pdf, options, exported, &error));
        REQUIRE(pageCount(exported) == pages.count());

        // Printing to an A4 sheet goes through the same entry: same pages, same boxes on each
        // (the printer draws at 1200 dpi, the PDF export at 72).
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(printed);
            printer.setPageSize(QPageSize(QPageSize::A4));
            printer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
            printer.setFullPage(true);
            REQUIRE(printDiagram(d, {}, printer, &error));
        }
        REQUIRE(pageCount(printed) == pages.count());

        QSet<QString> seen;
        for (int i = 0; i < pages.count(); ++i) {
            INFO("page " << i + 1);
            const QSet<QString> onPage = tagsOnPage(exported, i + 1);
            CHECK(tagsOnPage(printed, i + 1) == onPage);
            // The boxes the plan puts on the page, and no other.
            QSet<QString> planned;
            for (const PagePiece &piece : pages.page(i).pieces) {
                for (const DiagramLayout::Box &box : drawing.layout.boxes) {
                    if (piece.source.intersects(box.rect))
                        planned.insert(box.fullText);
                }
            }
            CHECK(onPage == planned);
            CHECK_FALSE(seen.intersects(onPage));
            seen |= onPage;
        }
        CHECK(seen.size() == static_cast<int>(drawing.layout.boxes.size()));
    }
}

TEST_CASE("a diagram that fits is scaled into the page margin and centred, on one page", "[export]")
{
    PreparedDrawing drawing;
    QString error;
    REQUIRE(prepareDrawing(goodDiagram(), {}, drawing, &error));
    const DrawingPages letter = DrawingPages::onPaper(
        drawing, DrawingPages::paperSize(ExportPage::Letter), PageRules::paper());
    REQUIRE(letter.count() == 1);
    CHECK(letter.pageSize() == QSizeF(792, 612));
    REQUIRE(letter.page(0).pieces.size() == 1);
    const QRectF placed = letter.page(0).pieces.front().placed;
    CHECK(std::abs(placed.center().x() - 396) < 0.01);
    CHECK(std::abs(placed.center().y() - 306) < 0.01);
    CHECK(letter.scale() <= 0.75); // never enlarged past the drawing's own size on paper
    CHECK(placed.left() >= 27.99);
    CHECK(placed.top() >= 27.99);
    CHECK(letter.page(0).marks.empty()); // one page: nothing to join
    CHECK(DrawingPages::paperSize(ExportPage::Fit).isEmpty());
    CHECK(DrawingPages::paperSize(ExportPage::A3, PageOrientation::Portrait) == QSizeF(842, 1191));

    // On a slide the type must be larger: the small diagram is enlarged to fill it, and a
    // slide stays 16:9 when the orientation is left to KeyDriver.
    const DrawingPages slide =
        DrawingPages::forExport(drawing, ExportPage::Slide, PageOrientation::Auto);
    CHECK(slide.pageSize() == QSizeF(960, 540));
    CHECK(slide.boxTextPoints() >= 12 - 1e-6);
    if (slide.count() == 1)
        CHECK(slide.scale() > 0.75);
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
    REQUIRE(whole.page(0).pieces.size() == 1);
    CHECK(whole.page(0).pieces.front().source == drawing.layout.bounds);

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
