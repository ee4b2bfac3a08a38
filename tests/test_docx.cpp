// The charter as a Word document (render/docxexporter.cpp), unpacked and parsed as XML: the
// package's parts, the headings, the tables and the embedded picture.
#include "catchqt.h"
#include "testsupport.h"

#include "model/charterreport.h"
#include "model/kddfile.h"
#include "render/exporter.h"
#include "render/pageplan.h"
#include "render/ziparchive.h"

#include <QImage>
#include <QXmlStreamReader>

#include <map>
#include <set>

using namespace kdd;
using namespace kddtest;

namespace {

using Files = std::map<QString, QByteArray>;

Files exportDocx(const Diagram &diagram, const ExportOptions &options = ExportOptions())
{
    const Exporter *exporter = findExporter(ExportFormat::Docx);
    REQUIRE(exporter);
    QByteArray bytes;
    QString error;
    REQUIRE(exporter->write(diagram, options, bytes, &error));
    Files files;
    REQUIRE(readZip(bytes, files, &error));
    return files;
}

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

struct Paragraph
{
    QString style;
    QString text;
    bool inTable = false;
    bool bidi = false;
    bool rtlRun = false;
    bool landscapeSection = false; // ends a section of landscape pages
};

struct Table
{
    std::vector<QStringList> rows;
    bool repeatedHeader = false;
    bool landscape = false; // on the pages of a landscape section
    std::vector<bool> kept; // each row kept on one page (w:cantSplit)
};

struct Picture
{
    QString png; // relationship ids
    QString svg;
    QString description;
    qint64 cx = 0;
    qint64 cy = 0;
};

// word/document.xml as the tests read it: paragraphs (in tables too), tables, pictures, and the
// body's own page set-up.
struct Body
{
    std::vector<Paragraph> paragraphs;
    std::vector<Table> tables;
    std::vector<Picture> pictures;
    int pageWidth = 0; // of the last section (the body's sectPr)
    bool lastSectionLandscape = false;
};

Body parseBody(const QByteArray &xml)
{
    Body body;
    QXmlStreamReader reader(xml);
    int tableDepth = 0;
    Paragraph paragraph;
    QStringList row;
    QString cellText;
    size_t sectionStart = 0; // the first table of the current section
    while (!reader.atEnd()) {
        reader.readNext();
        const QString name = reader.qualifiedName().toString();
        const auto attribute = [&reader](const char *qualified) {
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                if (a.qualifiedName() == QLatin1String(qualified))
                    return a.value().toString();
            }
            return QString();
        };
        if (reader.isStartElement()) {
            if (name == QLatin1String("w:tbl")) {
                ++tableDepth;
                body.tables.emplace_back();
            } else if (name == QLatin1String("w:tr")) {
                row.clear();
                body.tables.back().kept.push_back(false);
            } else if (name == QLatin1String("w:cantSplit")) {
                body.tables.back().kept.back() = true;
            } else if (name == QLatin1String("w:tblHeader")) {
                body.tables.back().repeatedHeader = true;
            } else if (name == QLatin1String("w:tc")) {
                cellText.clear();
            } else if (name == QLatin1String("w:p")) {
                paragraph = Paragraph();
                paragraph.inTable = tableDepth > 0;
            } else if (name == QLatin1String("w:pStyle")) {
                paragraph.style = attribute("w:val");
            } else if (name == QLatin1String("w:bidi")) {
                paragraph.bidi = true;
            } else if (name == QLatin1String("w:rtl")) {
                paragraph.rtlRun = true;
            } else if (name == QLatin1String("w:t")) {
                paragraph.text += reader.readElementText();
            } else if (name == QLatin1String("w:br")) {
                paragraph.text += QLatin1Char('\n');
            } else if (name == QLatin1String("w:tab")) {
                paragraph.text += QLatin1Char('\t');
            } else if (name == QLatin1String("w:pgSz")) {
                const bool landscape = attribute("w:orient") == QLatin1String("landscape");
                paragraph.landscapeSection = landscape;
                body.lastSectionLandscape = landscape;
                for (; sectionStart < body.tables.size(); ++sectionStart)
                    body.tables[sectionStart].landscape = landscape;
                body.pageWidth = attribute("w:w").toInt();
            } else if (name == QLatin1String("wp:inline")) {
                body.pictures.emplace_back();
            } else if (name == QLatin1String("wp:extent")) {
                body.pictures.back().cx = attribute("cx").toLongLong();
                body.pictures.back().cy = attribute("cy").toLongLong();
            } else if (name == QLatin1String("wp:docPr")) {
                body.pictures.back().description = attribute("descr");
            } else if (name == QLatin1String("a:blip")) {
                body.pictures.back().png = attribute("r:embed");
            } else if (name == QLatin1String("asvg:svgBlip")) {
                body.pictures.back().svg = attribute("r:embed");
            }
        } else if (reader.isEndElement()) {
            if (name == QLatin1String("w:p")) {
                body.paragraphs.push_back(paragraph);
                if (tableDepth > 0)
                    cellText +=
                        (cellText.isEmpty() ? QString() : QStringLiteral("\n")) + paragraph.text;
            } else if (name == QLatin1String("w:tc")) {
                row << cellText;
            } else if (name == QLatin1String("w:tr")) {
                body.tables.back().rows.push_back(row);
            } else if (name == QLatin1String("w:tbl")) {
                --tableDepth;
            }
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return body;
}

// Relationship id -> target, from a .rels part.
std::map<QString, QString> relationships(const QByteArray &xml)
{
    std::map<QString, QString> targets;
    QXmlStreamReader reader(xml);
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("Relationship")) {
            targets[reader.attributes().value(QLatin1String("Id")).toString()] =
                reader.attributes().value(QLatin1String("Target")).toString();
            reader.skipCurrentElement();
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return targets;
}

// The content type of `part` ("word/document.xml") by [Content_Types].xml.
QString contentType(const Files &files, const QString &part)
{
    QXmlStreamReader reader(files.at(QStringLiteral("[Content_Types].xml")));
    QString byExtension;
    const QString extension = part.section(QLatin1Char('.'), -1);
    while (reader.readNextStartElement()) {
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.name() == QLatin1String("Override")
            && a.value(QLatin1String("PartName")) == QLatin1Char('/') + part)
            return a.value(QLatin1String("ContentType")).toString();
        if (reader.name() == QLatin1String("Default")
            && a.value(QLatin1String("Extension")) == extension)
            byExtension = a.value(QLatin1String("ContentType")).toString();
        if (reader.name() != QLatin1String("Types"))
            reader.skipCurrentElement();
    }
    return byExtension;
}

QStringList headings(const Body &body, const QString &style)
{
    QStringList list;
    for (const Paragraph &p : body.paragraphs) {
        if (p.style == style)
            list << p.text;
    }
    return list;
}

const Table *tableWithHeader(const Body &body, const QStringList &header)
{
    for (const Table &table : body.tables) {
        if (!table.rows.empty() && table.rows.front() == header)
            return &table;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a charter DOCX holds every part with its content type and well-formed XML",
          "[render][docx]")
{
    const Exporter *exporter = findExporter(QStringLiteral("DOCX"));
    REQUIRE(exporter);
    CHECK(exporter->format() == ExportFormat::Docx);
    CHECK(exporter->description() == QStringLiteral("Word document (charter)"));

    const Files files = exportDocx(goodDiagram());
    const std::map<QString, QString> expected{
        {QStringLiteral("_rels/.rels"),
         QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")},
        {QStringLiteral("docProps/core.xml"),
         QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")},
        {QStringLiteral("docProps/app.xml"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml")},
        {QStringLiteral("word/document.xml"),
         QStringLiteral("application/"
                        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")},
        {QStringLiteral("word/styles.xml"),
         QStringLiteral(
             "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")},
        {QStringLiteral("word/settings.xml"),
         QStringLiteral(
             "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml")},
        {QStringLiteral("word/_rels/document.xml.rels"),
         QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")},
        {QStringLiteral("word/media/diagram.png"), QStringLiteral("image/png")},
        {QStringLiteral("word/media/diagram.svg"), QStringLiteral("image/svg+xml")},
    };
    for (const auto &[part, type] : expected) {
        INFO(part.toStdString());
        REQUIRE(files.count(part) == 1);
        CHECK(contentType(files, part) == type);
    }
    for (const auto &[path, data] : files) {
        INFO(path.toStdString());
        CHECK(!contentType(files, path).isEmpty()); // every part has a type (Word insists)
        if (path.endsWith(QLatin1String(".xml")) || path.endsWith(QLatin1String(".rels"))
            || path.endsWith(QLatin1String(".svg")))
            CHECK(wellFormed(data));
    }
    // The package points at the document and its properties.
    const auto package = relationships(files.at(QStringLiteral("_rels/.rels")));
    std::vector<QString> targets;
    for (const auto &[id, target] : package)
        targets.push_back(target);
    std::sort(targets.begin(), targets.end());
    CHECK(targets
          == std::vector<QString>{QStringLiteral("docProps/app.xml"),
                                  QStringLiteral("docProps/core.xml"),
                                  QStringLiteral("word/document.xml")});
    const QByteArray core = files.at(QStringLiteral("docProps/core.xml"));
    CHECK(core.contains("<dc:title>Test diagram</dc:title>"));
    CHECK(core.contains("<dc:creator>KeyDriver</dc:creator>"));
    // Headings are found by their outline level too (Word's navigation pane).
    const QByteArray styles = files.at(QStringLiteral("word/styles.xml"));
    CHECK(styles.contains(R"(<w:name w:val="heading 1"/>)"));
    CHECK(styles.contains(R"(<w:outlineLvl w:val="0"/>)"));
    CHECK(styles.contains(R"(<w:outlineLvl w:val="1"/>)"));
}

TEST_CASE("a charter DOCX has the report's headings in order and its tables cell for cell",
          "[render][docx]")
{
    Diagram diagram = goodDiagram();
    Metadata meta = diagram.metadata();
    meta.charter.problem = QStringLiteral("Patients wait too long.\nThe evening is worst.");
    TeamMember ann;
    ann.name = QStringLiteral("Ann");
    ann.role = QStringLiteral("Lead");
    meta.charter.members = {ann};
    diagram.setMetadata(meta);
    Measure wait = *diagram.measure(QStringLiteral("m1"));
    wait.numerator = QStringLiteral("Minutes waited");
    wait.denominator = QStringLiteral("Patients seen");
    wait.stratifyBy = QStringList{QStringLiteral("language"), QStringLiteral("age")};
    wait.target = QStringLiteral("45 minutes");
    REQUIRE(diagram.updateMeasure(wait));
    const ReportDocument report = charterReport(diagram);
    const Body body = parseBody(exportDocx(diagram).at(QStringLiteral("word/document.xml")));

    QStringList sections, subsections;
    for (const ReportBlock &block : report.blocks) {
        if (block.kind == ReportBlock::Kind::Heading)
            (block.level == 1 ? sections : subsections) << block.text;
    }
    CHECK(headings(body, QStringLiteral("Heading1")) == sections);
    CHECK(headings(body, QStringLiteral("Heading2")) == subsections);
    CHECK(headings(body, QStringLiteral("Title")) == QStringList{report.title});
    CHECK(headings(body, QStringLiteral("Subtitle")) == QStringList{report.subtitle});
    // A newline in a paragraph's text starts a new paragraph.
    bool first = false, second = false;
    for (const Paragraph &p : body.paragraphs) {
        first = first || p.text == QLatin1String("Patients wait too long.");
        second = second || p.text == QLatin1String("The evening is worst.");
    }
    CHECK((first && second));
    CHECK(headings(body, QStringLiteral("Note")).contains(QStringLiteral("Not written yet.")));

    // Every table of the report, cell for cell (line breaks kept), its header row repeating.
    int tables = 0;
    for (const ReportBlock &block : report.blocks) {
        if (block.kind != ReportBlock::Kind::Table)
            continue;
        ++tables;
        const Table *table = tableWithHeader(body, block.header);
        INFO(block.header.join(QLatin1Char('|')).toStdString());
        REQUIRE(table);
        CHECK(table->repeatedHeader);
        std::vector<QStringList> expected{block.header};
        expected.insert(expected.end(), block.rows.begin(), block.rows.end());
        CHECK(table->rows == expected);
    }
    CHECK(tables >= 4);
    const Table *plan =
        tableWithHeader(body, {QStringLiteral("Measure"), QStringLiteral("Type"),
                               QStringLiteral("Measures"), QStringLiteral("Definition"),
                               QStringLiteral("Stratified by"), QStringLiteral("Target")});
    REQUIRE(plan);
    REQUIRE(plan->rows.size() == diagram.measures().size() + 1);
    CHECK(plan->rows[1][0] == QLatin1String("Average wait"));
    CHECK(plan->rows[1][3]
          == QLatin1String("Numerator: Minutes waited\nDenominator: Patients seen"));
    CHECK(plan->rows[1][4] == QLatin1String("language, age"));
    // Six columns read better across a landscape page; two fit upright.
    CHECK(plan->landscape);
    const Table *team = tableWithHeader(body, {QStringLiteral("Name"), QStringLiteral("Role")});
    REQUIRE(team);
    CHECK_FALSE(team->landscape);
    // Fields are tables without a header: label and value.
    bool teamField = false;
    for (const Table &table : body.tables) {
        for (const QStringList &row : table.rows)
            teamField =
                teamField || row == QStringList{QStringLiteral("Team"), QStringLiteral("Team")};
    }
    CHECK(teamField);
}

TEST_CASE("the charter DOCX embeds the diagram as a PNG with its SVG, described and in proportion",
          "[render][docx]")
{
    // Five columns: wider than an upright A4 page's text at the drawing's natural size.
    Diagram diagram = goodDiagram();
    REQUIRE(diagram.insertNode(makeNode(QStringLiteral("s1"), NodeKind::Driver,
                                        QStringLiteral("Triage protocol known by all"), 2)));
    REQUIRE(diagram.insertNode(makeNode(QStringLiteral("t1"), NodeKind::Driver,
                                        QStringLiteral("Protocol on one page"), 3)));
    REQUIRE(diagram.insertNode(makeNode(QStringLiteral("c3"), NodeKind::Change,
                                        QStringLiteral("Laminated card at each desk"))));
    REQUIRE(
        diagram.addLink({QStringLiteral("p1"), QStringLiteral("s1"), LinkStrength::Strong, {}}));
    REQUIRE(
        diagram.addLink({QStringLiteral("s1"), QStringLiteral("t1"), LinkStrength::Strong, {}}));
    REQUIRE(
        diagram.addLink({QStringLiteral("t1"), QStringLiteral("c3"), LinkStrength::Strong, {}}));
    const Files files = exportDocx(diagram);
    const Body body = parseBody(files.at(QStringLiteral("word/document.xml")));
    REQUIRE(body.pictures.size() == 1);
    const Picture &picture = body.pictures.front();
    const auto rels = relationships(files.at(QStringLiteral("word/_rels/document.xml.rels")));
    REQUIRE(rels.count(picture.png) == 1);
    REQUIRE(rels.count(picture.svg) == 1);
    const QString png = QStringLiteral("word/") + rels.at(picture.png);
    const QString svg = QStringLiteral("word/") + rels.at(picture.svg);
    REQUIRE(files.count(png) == 1);
    REQUIRE(files.count(svg) == 1);
    CHECK(files.at(png).startsWith("\x89PNG\r\n"));
    CHECK(files.at(svg).contains("<svg"));
    CHECK(picture.description.startsWith(QStringLiteral("Key driver diagram with")));

    // The picture keeps the drawing's proportions and fits the text width of its page.
    {
        QXmlStreamReader reader(files.at(svg));
        REQUIRE(reader.readNextStartElement());
        const double width = reader.attributes().value(QLatin1String("width")).toDouble();
        const double height = reader.attributes().value(QLatin1String("height")).toDouble();
        REQUIRE(height > 0);
        CHECK(std::abs(double(picture.cx) / double(picture.cy) - width / height) < 0.01);
    }
    const qint64 textWidth = (body.pageWidth - 2 * 1134) * 635LL; // 2 cm margins, in EMU
    const Paragraph *section = nullptr;
    for (const Paragraph &p : body.paragraphs) {
        if (p.landscapeSection)
            section = &p;
    }
    // It gets a landscape page, then portrait pages again.
    REQUIRE(section);
    CHECK_FALSE(body.lastSectionLandscape);
    CHECK(picture.cx <= (16838 - 2 * 1134) * 635LL);
    CHECK(picture.cx > textWidth); // larger than portrait would allow
}

TEST_CASE("a tall diagram goes on portrait pages of a DOCX and the paper follows --page",
          "[render][docx]")
{
    ExportOptions options;
    options.page = ExportPage::Letter;
    const Body body =
        parseBody(exportDocx(ideaColumn(30), options).at(QStringLiteral("word/document.xml")));
    REQUIRE(body.pictures.size() >= 2); // one picture would set its text below 7 pt
    for (const Paragraph &p : body.paragraphs)
        CHECK_FALSE(p.landscapeSection);
    CHECK(body.pageWidth == 12240); // US Letter, 8.5 in
    for (const Picture &picture : body.pictures) {
        CHECK(picture.cx <= (12240 - 2 * 567) * 635LL); // the diagram's sections: 1 cm margins
        CHECK(picture.cy <= (15840 - 2 * 567) * 635LL);
    }
}

TEST_CASE("the health-equity charter DOCX cuts its diagram into pages of box text at least 7 pt",
          "[render][docx]")
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/health-equity.kdd")));
    REQUIRE(loaded.ok());
    const Files files = exportDocx(*loaded.diagram);
    Body body = parseBody(files.at(QStringLiteral("word/document.xml")));
    // The measures' charts follow the measurement plan: one per measure with data.
    const auto charts =
        std::stable_partition(body.pictures.begin(), body.pictures.end(), [](const Picture &p) {
            return p.png.startsWith(QLatin1String("rIdDiagramPng"));
        });
    CHECK(std::distance(charts, body.pictures.end())
          == std::count_if(loaded.diagram->measures().begin(), loaded.diagram->measures().end(),
                           [](const Measure &m) { return m.hasData(); }));
    body.pictures.erase(charts, body.pictures.end());
    REQUIRE(body.pictures.size() >= 2);
    const auto rels = relationships(files.at(QStringLiteral("word/_rels/document.xml.rels")));
    // The drawing the charter paints, to know the type size DrawingPages gives each page.
    ExportOptions drawingOptions;
    drawingOptions.background = ImageBackground::Opaque;
    drawingOptions.measures = MeasuresPlacement::None;
    PreparedDrawing drawing;
    QString error;
    REQUIRE(prepareDrawing(*loaded.diagram, drawingOptions, drawing, &error));
    std::set<QString> parts;
    for (const Picture &picture : body.pictures) {
        REQUIRE(rels.count(picture.png) == 1);
        REQUIRE(rels.count(picture.svg) == 1);
        const QString png = QStringLiteral("word/") + rels.at(picture.png);
        const QString svg = QStringLiteral("word/") + rels.at(picture.svg);
        REQUIRE(files.count(png) == 1);
        REQUIRE(files.count(svg) == 1);
        parts.insert(png);
        parts.insert(svg);
        CHECK(files.at(png).startsWith("\x89PNG\r\n"));
        CHECK(files.at(svg).contains("part ")); // the margin notes name parts, not pages
        CHECK(picture.description.contains(QStringLiteral(" Part ")));
        const QImage image = QImage::fromData(files.at(png));
        REQUIRE_FALSE(image.isNull());
        QXmlStreamReader reader(files.at(svg));
        REQUIRE(reader.readNextStartElement());
        const QStringList box =
            reader.attributes().value(QLatin1String("viewBox")).toString().split(QLatin1Char(' '));
        REQUIRE(box.size() == 4);
        const QSizeF page(box[2].toDouble(), box[3].toDouble()); // points
        REQUIRE(page.height() > 0);
        // The PNG and the SVG show the same page, and Word shows it at its own size.
        CHECK(std::abs(double(picture.cx) / picture.cy - page.width() / page.height()) < 0.01);
        CHECK(std::abs(double(image.width()) / image.height() - page.width() / page.height())
              < 0.01);
        const double displayed = picture.cx / 12700.0 / page.width(); // 12700 EMU a point
        const DrawingPages pages = DrawingPages::onPaper(drawing, page, PageRules::paper());
        CHECK(pages.count() == int(body.pictures.size()));
        CHECK(pages.boxTextPoints() * displayed >= PageRules::paper().minTextPoints);
    }
    CHECK(parts.size() == 2 * body.pictures.size()); // every page its own PNG and SVG
}

TEST_CASE("a small diagram in a DOCX grows to at most one and a half times its size, upright",
          "[render][docx]")
{
    Diagram diagram;
    REQUIRE(diagram.insertNode(
        makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Fewer falls by June"))));
    ExportOptions options;
    options.page = ExportPage::A3; // room to grow
    const Files files = exportDocx(diagram, options);
    const Body body = parseBody(files.at(QStringLiteral("word/document.xml")));
    REQUIRE(body.pictures.size() == 1);
    for (const Paragraph &p : body.paragraphs)
        CHECK_FALSE(p.landscapeSection);
    QXmlStreamReader svg(files.at(QStringLiteral("word/media/diagram.svg")));
    REQUIRE(svg.readNextStartElement());
    // SVG user units are 1/96 inch; 914400 EMU an inch.
    const double natural = svg.attributes().value(QLatin1String("width")).toDouble() * 9525.0;
    REQUIRE(1.5 * natural < (16838 - 2 * 1134) * 635.0); // narrower than A3's text
    CHECK(std::abs(body.pictures.front().cx - 1.5 * natural) < natural * 0.01);
}

TEST_CASE("hostile text survives a charter DOCX and its XML stays well-formed", "[render][docx]")
{
    Diagram diagram = goodDiagram();
    diagram.setTitle(QStringLiteral("Title <&>\" \x01\x0B end"));
    QString longText;
    while (longText.size() < 10000)
        longText += QStringLiteral("waiting & <seeing> ");
    longText.truncate(10000);
    Node idea = *diagram.node(QStringLiteral("c1"));
    idea.text = longText;
    REQUIRE(diagram.updateNode(idea));
    Node rota = *diagram.node(QStringLiteral("c2"));
    rota.text = QStringLiteral("Flexible rota 🙂👩🏽‍⚕️");
    REQUIRE(diagram.updateNode(rota));
    const QString arabic = QStringLiteral("ساعات العمل الإضافية");
    Measure overtime = *diagram.measure(QStringLiteral("m3"));
    overtime.name = arabic;
    REQUIRE(diagram.updateMeasure(overtime));
    Metadata meta = diagram.metadata();
    meta.charter.problem = QStringLiteral("המתנה ארוכה מדי במיון");
    meta.charter.scopeIn = QStringLiteral("tab\there\x1F and \"quotes\" 'single'");
    diagram.setMetadata(meta);

    const Files files = exportDocx(diagram);
    for (const auto &[path, data] : files) {
        if (!path.endsWith(QLatin1String(".png"))) {
            INFO(path.toStdString());
            CHECK(wellFormed(data));
        }
    }
    CHECK(files.at(QStringLiteral("docProps/core.xml"))
              .contains("<dc:title>Title &lt;&amp;&gt;&quot;  end</dc:title>"));
    const Body body = parseBody(files.at(QStringLiteral("word/document.xml")));
    CHECK(headings(body, QStringLiteral("Title"))
          == QStringList{QStringLiteral("Title <&>\"  end")});
    auto cellWith = [&body](const QString &text) {
        for (const Table &table : body.tables) {
            for (const QStringList &row : table.rows) {
                if (row.contains(text))
                    return true;
            }
        }
        return false;
    };
    CHECK(cellWith(longText));
    // A row taller than a page may break across pages (kept whole, Word would cut it off).
    for (const Table &table : body.tables) {
        for (size_t r = 0; r < table.rows.size(); ++r) {
            if (table.rows[r].contains(longText))
                CHECK_FALSE(table.kept[r]);
            else if (table.rows[r].contains(rota.text))
                CHECK(table.kept[r]);
        }
    }
    CHECK(cellWith(rota.text));
    CHECK(cellWith(arabic));
    CHECK(cellWith(QStringLiteral("tab\there and \"quotes\" 'single'")));
    // Right-to-left text is marked so, in a paragraph and in a table cell.
    bool hebrew = false, arabicCell = false;
    for (const Paragraph &p : body.paragraphs) {
        if (p.text == meta.charter.problem)
            hebrew = p.bidi && p.rtlRun && !p.inTable;
        if (p.text == arabic)
            arabicCell = p.bidi && p.rtlRun && p.inTable;
        if (p.text == QLatin1String("Average wait"))
            CHECK_FALSE(p.bidi);
    }
    CHECK(hebrew);
    CHECK(arabicCell);
}

TEST_CASE("a DOCX holds the charter: the measures, ideas or grid alone are refused",
          "[render][docx]")
{
    const Exporter *exporter = findExporter(ExportFormat::Docx);
    REQUIRE(exporter);
    ExportOptions options;
    options.what = ExportContent::Charter;
    QByteArray charter, diagram;
    QString error;
    REQUIRE(exporter->write(goodDiagram(), options, charter, &error));
    REQUIRE(exporter->write(goodDiagram(), ExportOptions(), diagram, &error));
    CHECK(charter == diagram); // the same document, byte for byte
    for (ExportContent what :
         {ExportContent::Measures, ExportContent::Ideas, ExportContent::Grid}) {
        options.what = what;
        QByteArray bytes;
        error.clear();
        CHECK_FALSE(exporter->write(goodDiagram(), options, bytes, &error));
        CHECK_FALSE(error.isEmpty());
    }
}
