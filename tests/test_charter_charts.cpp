// The measures' charts in the charter: the report names them after the measurement plan, and
// every document (HTML, ODT, DOCX, PDF) carries each one as a drawing a reader can see.
#include "catchqt.h"
#include "testsupport.h"

#include "model/charterreport.h"
#include "render/chartpainter.h"
#include "render/exporter.h"
#include "render/reportchart.h"
#include "render/ziparchive.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <map>

using namespace kdd;
using namespace kddtest;

namespace {

// goodDiagram() with a year of data on two measures: m2 (a ratio) stratified by race with two
// strata, m3 (a count) for everyone. m1 has none.
Diagram diagramWithData()
{
    Diagram d = goodDiagram();
    Measure triage = *d.measure(QStringLiteral("m2"));
    triage.stratifyBy = {QStringLiteral("race")};
    triage.better = spc::Better::Higher;
    Measure overtime = *d.measure(QStringLiteral("m3"));
    for (int month = 1; month <= 12; ++month) {
        const QString period = QStringLiteral("2025-%1").arg(month, 2, 10, QLatin1Char('0'));
        for (const auto &[stratum, rate] :
             {std::pair<QString, double>(QStringLiteral("Black"), 0.55 + month * 0.01),
              std::pair<QString, double>(QStringLiteral("White"), 0.72)}) {
            MeasurePoint point;
            point.period = period;
            point.dimension = QStringLiteral("race");
            point.stratum = stratum;
            point.denominator = 100;
            point.numerator = std::round(rate * 100);
            triage.data.push_back(point);
        }
        MeasurePoint hours;
        hours.period = period;
        hours.value = 40 + (month % 3);
        overtime.data.push_back(hours);
    }
    REQUIRE(d.updateMeasure(triage));
    REQUIRE(d.updateMeasure(overtime));
    return d;
}

QByteArray charter(const Diagram &diagram, ExportFormat format)
{
    ExportOptions options;
    options.what = ExportContent::Charter;
    QByteArray bytes;
    QString error;
    INFO(error.toStdString());
    REQUIRE(findExporter(format)->write(diagram, options, bytes, &error));
    return bytes;
}

std::vector<const ReportBlock *> chartBlocks(const ReportDocument &report)
{
    std::vector<const ReportBlock *> charts;
    for (const ReportBlock &block : report.blocks) {
        if (block.kind == ReportBlock::Kind::Chart)
            charts.push_back(&block);
    }
    return charts;
}

// The titles the charts are drawn with, in the charter's order.
QStringList chartTitles(const Diagram &diagram)
{
    QStringList titles;
    const ReportDocument report = charterReport(diagram); // the blocks point into it
    for (const ReportBlock *block : chartBlocks(report))
        titles << ChartPainter::title(reportChart(diagram, *block));
    return titles;
}

std::map<QString, QByteArray> unzip(const QByteArray &bytes)
{
    std::map<QString, QByteArray> files;
    QString error;
    INFO(error.toStdString());
    REQUIRE(readZip(bytes, files, &error));
    return files;
}

bool isSvg(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    bool root = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && !root)
            root = xml.name() == QLatin1String("svg");
    }
    return root && !xml.hasError();
}

} // namespace

TEST_CASE("the charter report puts each measure's chart after the measurement plan",
          "[render][charter][charts]")
{
    const Diagram diagram = diagramWithData();
    const ReportDocument report = charterReport(diagram);
    const auto charts = chartBlocks(report);
    // Only the measures with data, in the measures' order.
    REQUIRE(charts.size() == 2);
    CHECK(charts[0]->measure == QStringLiteral("m2"));
    CHECK(charts[0]->byStratum); // one line per stratum: whose outcomes move
    CHECK(charts[1]->measure == QStringLiteral("m3"));
    CHECK_FALSE(charts[1]->byStratum);
    // Each under a heading naming its measure, with what it says in words, all inside the
    // measurement plan (before the change ideas).
    std::size_t plan = 0, ideas = 0;
    for (std::size_t i = 0; i < report.blocks.size(); ++i) {
        const ReportBlock &block = report.blocks[i];
        if (block.kind == ReportBlock::Kind::Heading
            && block.text == QStringLiteral("Measurement plan"))
            plan = i;
        if (block.kind == ReportBlock::Kind::Heading
            && block.text == QStringLiteral("Change ideas"))
            ideas = i;
        if (block.kind != ReportBlock::Kind::Chart)
            continue;
        REQUIRE(i >= 2);
        const ReportBlock &heading = report.blocks[i - 2];
        CHECK(heading.kind == ReportBlock::Kind::Heading);
        CHECK(heading.level == 2);
        CHECK(heading.text == diagram.measure(block.measure)->name);
        const ReportBlock &summary = report.blocks[i - 1];
        CHECK(summary.kind == ReportBlock::Kind::Paragraph);
        CHECK(
            summary.text.startsWith(QStringLiteral("Data from 2025-01 to 2025-12 (12 periods).")));
    }
    CHECK(plan > 0);
    CHECK(ideas > plan);
    CHECK(std::all_of(charts.begin(), charts.end(), [&](const ReportBlock *b) {
        return b > &report.blocks[plan] && b < &report.blocks[ideas];
    }));

    // A diagram without data has no chart and no heading for one.
    CHECK(chartBlocks(charterReport(goodDiagram())).empty());
}

TEST_CASE("every chart is drawn as SVG and PNG at a page's text width", "[render][charter][charts]")
{
    const Diagram diagram = diagramWithData();
    ReportDocument report = charterReport(diagram);
    QString error;
    REQUIRE(
        renderReportCharts(diagram, Theme::standard(), PictureFormats::SvgAndPng, report, &error));
    for (const ReportBlock *block : chartBlocks(report)) {
        const ReportFigure &figure = block->figure;
        CHECK(isSvg(figure.svg));
        const QImage png = QImage::fromData(figure.png, "PNG");
        REQUIRE_FALSE(png.isNull());
        CHECK(png.size() == figure.pixels);
        // 480 pt: the text width of A4 with 2 cm margins is 483 pt.
        CHECK(figure.points.width() == Approx(480));
        CHECK(figure.points.height() > 200);
        CHECK(figure.description.contains(diagram.measure(block->measure)->name));
        // The drawing is not blank: more than one colour on it.
        QSet<QRgb> colours;
        for (int y = 0; y < png.height(); y += 7)
            for (int x = 0; x < png.width(); x += 7)
                colours.insert(png.pixel(x, y));
        CHECK(colours.size() > 3);
    }
    // The web page needs the SVG alone.
    ReportDocument web = charterReport(diagram);
    REQUIRE(renderReportCharts(diagram, Theme::standard(), PictureFormats::SvgOnly, web, &error));
    CHECK(chartBlocks(web).front()->figure.png.isEmpty());
    CHECK_FALSE(chartBlocks(web).front()->figure.svg.isEmpty());
}

TEST_CASE("the HTML charter holds each chart inline with ids of its own",
          "[render][charter][charts]")
{
    const Diagram diagram = diagramWithData();
    const QByteArray html = charter(diagram, ExportFormat::Html);
    QXmlStreamReader xml(html);
    int chartFigures = 0;
    QStringList ids;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("figure")
                && xml.attributes().value(QLatin1String("class")) == QLatin1String("chart"))
                ++chartFigures;
            const QString id = xml.attributes().value(QLatin1String("id")).toString();
            if (!id.isEmpty())
                ids << id;
        } else if (xml.isCharacters()) {
            text += xml.text();
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(chartFigures == 2);
    for (const QString &title : chartTitles(diagram))
        CHECK(text.contains(title));
    // Every drawing's title and description keep ids unique in the page.
    CHECK(ids.size() == QSet<QString>(ids.begin(), ids.end()).size());
    CHECK(ids.contains(QStringLiteral("chart1-kdd-title")));
    CHECK(html.contains("aria-labelledby=\"chart2-kdd-title chart2-kdd-desc\""));
}

TEST_CASE("the ODT and DOCX charters embed each chart as SVG with a PNG for older readers",
          "[render][charter][charts]")
{
    const Diagram diagram = diagramWithData();
    const auto odt = unzip(charter(diagram, ExportFormat::Odt));
    const QByteArray manifest = odt.at(QStringLiteral("META-INF/manifest.xml"));
    const QByteArray content = odt.at(QStringLiteral("content.xml"));
    for (int n : {1, 2}) {
        const QString svg = QStringLiteral("Pictures/chart-%1.svg").arg(n);
        const QString png = QStringLiteral("Pictures/chart-%1.png").arg(n);
        REQUIRE(odt.count(svg) == 1);
        REQUIRE(odt.count(png) == 1);
        CHECK(isSvg(odt.at(svg)));
        CHECK_FALSE(QImage::fromData(odt.at(png), "PNG").isNull());
        CHECK(manifest.contains(svg.toUtf8()));
        CHECK(content.contains("xlink:href=\"" + svg.toUtf8() + "\""));
        CHECK(content.contains("draw:name=\"Chart " + QByteArray::number(n) + "\""));
    }
    CHECK(odt.count(QStringLiteral("Pictures/chart-3.svg")) == 0);

    const auto docx = unzip(charter(diagram, ExportFormat::Docx));
    const QByteArray rels = docx.at(QStringLiteral("word/_rels/document.xml.rels"));
    const QByteArray body = docx.at(QStringLiteral("word/document.xml"));
    for (int n : {1, 2}) {
        const QByteArray number = QByteArray::number(n);
        REQUIRE(docx.count(QStringLiteral("word/media/chart-%1.png").arg(n)) == 1);
        REQUIRE(docx.count(QStringLiteral("word/media/chart-%1.svg").arg(n)) == 1);
        CHECK_FALSE(
            QImage::fromData(docx.at(QStringLiteral("word/media/chart-%1.png").arg(n)), "PNG")
                .isNull());
        CHECK(rels.contains("Id=\"rIdChartPng" + number + "\""));
        CHECK(rels.contains("Target=\"media/chart-" + number + ".svg\""));
        CHECK(body.contains("r:embed=\"rIdChartPng" + number + "\""));
        CHECK(body.contains("r:embed=\"rIdChartSvg" + number + "\""));
    }
    // The drawing's ids (wp:docPr) stay unique with the charts among the pictures.
    QXmlStreamReader xml(body);
    QStringList ids;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && xml.name() == QLatin1String("docPr"))
            ids << xml.attributes().value(QLatin1String("id")).toString();
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(ids.size() == 3); // the diagram and two charts
    CHECK(ids.size() == QSet<QString>(ids.begin(), ids.end()).size());
}

TEST_CASE("the PDF charter draws each chart as text and lines on the page of its heading",
          "[render][charter][charts]")
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext is not installed: the PDF charter is not read back");
        return;
    }
    const Diagram diagram = diagramWithData();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("charter.pdf"));
    REQUIRE(writeAll(path, charter(diagram, ExportFormat::Pdf)));
    // pdftotext ends each page with a form feed.
    QProcess p;
    p.start(pdftotext, {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    for (QString &page : pages)
        page = page.simplified();
    REQUIRE(pages.size() >= 3);
    // The chart's own words are text (vector, searchable), on the page that has its summary.
    for (const QString &title : chartTitles(diagram)) {
        const auto page = std::find_if(pages.begin(), pages.end(),
                                       [&](const QString &text) { return text.contains(title); });
        INFO(title.toStdString());
        REQUIRE(page != pages.end());
        CHECK(page->contains(QStringLiteral("Data from 2025-01 to 2025-12 (12 periods).")));
        CHECK(page->contains(QStringLiteral("Jan 2025"))); // an axis label
        INFO(page->toStdString());
        if (title.startsWith(diagram.measure(QStringLiteral("m2"))->name))
            CHECK((page->contains(QStringLiteral("White"))
                   && page->contains(QStringLiteral("Black")))); // the legend
    }
}
