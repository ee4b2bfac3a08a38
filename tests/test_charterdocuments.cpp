// The charter as documents (render/charterwriters.h): HTML, ODT and PDF read back — parsed as
// XML, unpacked, loaded by python3-odf and LibreOffice when installed, and read by pdftotext.
#include "catchqt.h"
#include "testsupport.h"

#include "model/charterreport.h"
#include "render/exporter.h"
#include "render/ziparchive.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace kdd;
using namespace kddtest;

namespace {

const QString kHostile = QStringLiteral("<script>alert('x')</script> & \"Co\"");
// No lam-alef: the PDF text map gives that ligature's two letters back in drawing order.
const QString kArabic = QStringLiteral("تقليل مدة الزيارة");
const QString kChinese = QStringLiteral("减少等待时间");

// goodDiagram() with a charter, hostile text in the title and a box, and Arabic and CJK text.
Diagram charterDiagram()
{
    Diagram d = goodDiagram();
    d.setTitle(QStringLiteral("Waiting times ") + kHostile);
    Metadata meta = d.metadata();
    meta.charter.problem =
        QStringLiteral("Patients wait too long.\n") + kArabic + QStringLiteral("\n") + kChinese;
    meta.charter.sponsor = QStringLiteral("Chief nurse");
    meta.charter.members = {{QStringLiteral("Ana Lima"), QStringLiteral("Lead"), {}},
                            {QStringLiteral("Ben Okafor"), QStringLiteral("Data"), {}}};
    meta.charter.milestones = {{QStringLiteral("2027-01-15"), QStringLiteral("First test"), {}}};
    meta.charter.scopeIn = QStringLiteral("Outpatients");
    d.setMetadata(meta);
    Node box = *d.node(QStringLiteral("p1"));
    box.text = QStringLiteral("Reliable triage ") + kHostile;
    REQUIRE(d.updateNode(box));
    return d;
}

QByteArray exported(const Diagram &diagram, ExportFormat format)
{
    ExportOptions options;
    options.what = ExportContent::Charter;
    QByteArray bytes;
    QString error;
    INFO(error.toStdString());
    REQUIRE(findExporter(format)->write(diagram, options, bytes, &error));
    return bytes;
}

std::vector<QStringList> tableRows(const ReportDocument &report, const QString &heading)
{
    for (std::size_t i = 0; i + 2 < report.blocks.size(); ++i) {
        if (report.blocks[i].text == heading)
            return report.blocks[i + 1].rows;
    }
    return {};
}

QStringList level1Headings(const ReportDocument &report)
{
    QStringList list;
    for (const ReportBlock &block : report.blocks) {
        if (block.kind == ReportBlock::Kind::Heading && block.level == 1)
            list << block.text;
    }
    return list;
}

// What an HTML page shows: headings in order, every table's rows of cell texts (a <br/> is a
// newline), the number of <svg> elements and all of its text.
struct HtmlPage
{
    QString h1;
    QStringList h2;
    std::vector<std::vector<QStringList>> tables; // the body rows of each table
    int svgs = 0;
    QString text;
    QString autoDirH1;
};

HtmlPage parseHtml(const QByteArray &bytes)
{
    HtmlPage page;
    QXmlStreamReader xml(bytes);
    QString cell;
    QStringList row;
    bool inCell = false, inHead = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("h1")) {
                page.autoDirH1 = xml.attributes().value(QLatin1String("dir")).toString();
                page.h1 = xml.readElementText();
                page.text += page.h1;
            } else if (name == QLatin1String("h2")) {
                page.h2 << xml.readElementText();
            } else if (name == QLatin1String("svg")) {
                ++page.svgs;
            } else if (name == QLatin1String("table")) {
                page.tables.emplace_back();
            } else if (name == QLatin1String("thead")) {
                inHead = true;
            } else if (name == QLatin1String("tr")) {
                row.clear();
            } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
                inCell = true;
                cell.clear();
            } else if (name == QLatin1String("br") && inCell) {
                cell += QLatin1Char('\n');
            }
        } else if (xml.isEndElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("td") || name == QLatin1String("th")) {
                row << cell;
                inCell = false;
            } else if (name == QLatin1String("tr") && !inHead && !page.tables.empty()) {
                page.tables.back().push_back(row);
            } else if (name == QLatin1String("thead")) {
                inHead = false;
            }
        } else if (xml.isCharacters()) {
            if (inCell)
                cell += xml.text();
            page.text += xml.text();
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return page;
}

bool hasPython3Odf()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        return false;
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QStringLiteral("import odf")});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// The text of a PDF (of one page when `page` > 0); `raw`: in the order drawn, so that a table
// cell's lines stay together (right-to-left words then come out a letter at a time).
QString pdfText(const QString &path, int page = 0, bool raw = true)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    if (raw)
        args << QStringLiteral("-raw");
    args << path << QStringLiteral("-");
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
    REQUIRE(p.waitForFinished(60000));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(QString::fromUtf8(p.readAllStandardOutput()));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace

TEST_CASE("the charter may be asked of PDF and the documents, which hold nothing else",
          "[render][charter]")
{
    ExportOptions options;
    QString error;
    options.what = ExportContent::Charter;
    for (ExportFormat format :
         {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Odt, ExportFormat::Docx})
        CHECK(options.validateFor(format, &error));
    for (ExportFormat format : {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Csv,
                                ExportFormat::Kdd, ExportFormat::Pptx}) {
        CHECK_FALSE(options.validateFor(format, &error));
        CHECK(error.contains(QStringLiteral("--what charter is a document")));
    }
    options.what = ExportContent::Diagram;
    CHECK(options.contentFor(ExportFormat::Html) == ExportContent::Charter);
    CHECK(options.contentFor(ExportFormat::Odt) == ExportContent::Charter);
    CHECK(options.contentFor(ExportFormat::Docx) == ExportContent::Charter);
    CHECK(options.contentFor(ExportFormat::Pdf) == ExportContent::Diagram);
    for (ExportContent what :
         {ExportContent::Measures, ExportContent::Ideas, ExportContent::Grid}) {
        options.what = what;
        CHECK_FALSE(options.validateFor(ExportFormat::Html, &error));
        CHECK(error.startsWith(QStringLiteral("an HTML file holds only the project charter")));
        CHECK_FALSE(options.validateFor(ExportFormat::Odt, &error));
        CHECK(error.startsWith(QStringLiteral("an ODT file holds only the project charter")));
    }
    options.what = ExportContent::Charter;
    options.page = ExportPage::Slide;
    CHECK_FALSE(options.validateFor(ExportFormat::Pdf, &error));
    CHECK(error.contains(QStringLiteral("printed on paper")));
}

TEST_CASE("the HTML charter is one well-formed page with every section, table and the SVG",
          "[render][charter]")
{
    const Diagram diagram = charterDiagram();
    const ReportDocument report = charterReport(diagram);
    const QByteArray bytes = exported(diagram, ExportFormat::Html);
    REQUIRE(bytes.startsWith("<!DOCTYPE html>"));
    const HtmlPage page = parseHtml(bytes);

    CHECK(page.h1 == report.title);
    CHECK(page.autoDirH1 == QStringLiteral("auto"));
    CHECK(page.h2 == level1Headings(report));
    CHECK(page.svgs == 1);
    CHECK(bytes.count("<svg") == 1);
    CHECK(bytes.contains("<title"));

    // The measurement plan's rows are the diagram's measures, with the boxes' texts.
    const std::vector<QStringList> measures = tableRows(report, QStringLiteral("Measurement plan"));
    REQUIRE(measures.size() == diagram.measures().size());
    bool found = false;
    for (const std::vector<QStringList> &table : page.tables) {
        if (table == measures)
            found = true;
    }
    CHECK(found);
    CHECK(measures[1][2]
          == QStringLiteral("Reliable triage ") + kHostile + QStringLiteral("\nStaff capacity"));

    // Hostile text is text; the scripts of the world are kept.
    CHECK_FALSE(bytes.contains("<script"));
    CHECK(bytes.contains("&lt;script&gt;"));
    CHECK(page.text.contains(kHostile));
    CHECK(page.text.contains(kArabic));
    CHECK(page.text.contains(kChinese));
    CHECK(bytes.contains(kArabic.toUtf8()));
    CHECK(bytes.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" dir=\"ltr\">"));
    CHECK(bytes.contains("@page"));
    CHECK(bytes.contains("table-header-group"));
    // An HTML reader takes <td/> as an opening tag: no element but void ones is left empty.
    CHECK_FALSE(QRegularExpression(QStringLiteral("<(td|th|p|h1|h2|h3|title|style)(\\s[^>]*)?/>"))
                    .match(QString::fromUtf8(bytes))
                    .hasMatch());
}

TEST_CASE("the ODT charter has outline headings, tables and the SVG with its PNG replacement",
          "[render][charter]")
{
    const Diagram diagram = charterDiagram();
    const ReportDocument report = charterReport(diagram);
    const QByteArray bytes = exported(diagram, ExportFormat::Odt);
    // ODF: "mimetype" first and stored, so its text sits at a fixed offset.
    CHECK(bytes.mid(30, 8) == "mimetype");
    CHECK(bytes.mid(38, 39) == "application/vnd.oasis.opendocument.text");
    std::map<QString, QByteArray> files;
    QString error;
    REQUIRE(readZip(bytes, files, &error));
    for (const char *part : {"META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml",
                             "Pictures/diagram.svg", "Pictures/diagram.png"})
        CHECK(files.count(QString::fromLatin1(part)) == 1);
    const QByteArray &manifest = files[QStringLiteral("META-INF/manifest.xml")];
    CHECK(manifest.contains("manifest:full-path=\"Pictures/diagram.svg\""));
    CHECK(manifest.contains("manifest:full-path=\"Pictures/diagram.png\""));
    CHECK(files[QStringLiteral("Pictures/diagram.png")].startsWith("\x89PNG"));
    for (const char *style : {"Title", "Heading 1", "Heading 2", "Table Contents", "Table Heading"})
        CHECK(files[QStringLiteral("styles.xml")].contains(QByteArray("style:display-name=\"")
                                                           + style + '"'));

    QXmlStreamReader xml(files[QStringLiteral("content.xml")]);
    QStringList headings, images, cells;
    int outline1 = 0;
    bool inFrame = false;
    QString frameWidth, frameHeight;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("h")) {
            const QString level =
                xml.attributes().value(QLatin1String("text:outline-level")).toString();
            const QString text = xml.readElementText();
            if (level == QStringLiteral("1")) {
                ++outline1;
                headings << text;
            }
        } else if (xml.isStartElement() && xml.name() == QLatin1String("frame")) {
            inFrame = true;
            frameWidth = xml.attributes().value(QLatin1String("svg:width")).toString();
            frameHeight = xml.attributes().value(QLatin1String("svg:height")).toString();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("frame")) {
            inFrame = false;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("image") && inFrame) {
            images << xml.attributes().value(QLatin1String("xlink:href")).toString();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("table-cell")) {
            QStringList lines;
            while (xml.readNextStartElement())
                lines << xml.readElementText();
            cells << lines.join(QLatin1Char('\n'));
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(headings == level1Headings(report));
    CHECK(outline1 == level1Headings(report).size());
    CHECK(images
          == QStringList{QStringLiteral("Pictures/diagram.svg"),
                         QStringLiteral("Pictures/diagram.png")});
    // Sized keeping the drawing's shape.
    const double width = frameWidth.chopped(2).toDouble(),
                 height = frameHeight.chopped(2).toDouble();
    REQUIRE(height > 0);
    const QImage png = QImage::fromData(files[QStringLiteral("Pictures/diagram.png")], "PNG");
    CHECK(std::abs(width / height - double(png.width()) / png.height()) < 0.02);
    for (const QStringList &row : tableRows(report, QStringLiteral("Measurement plan"))) {
        for (const QString &cell : row)
            CHECK(cells.contains(cell));
    }
    CHECK(cells.contains(QStringLiteral("Ana Lima")));
    CHECK(files[QStringLiteral("content.xml")].contains(kArabic.toUtf8()));
}

TEST_CASE("python3-odf and LibreOffice load the ODT charter", "[render][charter][tools]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("charter.odt"));
    REQUIRE(writeAll(path, exported(charterDiagram(), ExportFormat::Odt)));
    if (hasPython3Odf()) {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys\nfrom odf.opendocument import load\nfrom odf import "
                                "text, table, draw\nd = load(sys.argv[1])\nprint(len(d.getElemen"
                                "tsByType(text.H)), len(d.getElementsByType(table.Table)), len(d"
                                ".getElementsByType(draw.Image)))"),
                 path});
        REQUIRE(p.waitForFinished(60000));
        INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
        REQUIRE(p.exitCode() == 0);
        const QStringList counts =
            QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char(' '));
        REQUIRE(counts.size() == 3);
        CHECK(counts[0].toInt() >= 12);
        CHECK(counts[1].toInt() >= 5);
        CHECK(counts[2].trimmed() == QStringLiteral("2"));
    } else {
        WARN("python3-odf is not installed for /usr/bin/python3: its check is skipped");
    }
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        WARN("LibreOffice (soffice) is not installed: the conversion check is skipped");
        return;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    p.setProcessEnvironment(env);
    p.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                      QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), path});
    REQUIRE(p.waitForFinished(180000));
    const QString pdf = dir.filePath(QStringLiteral("charter.pdf"));
    REQUIRE(QFile::exists(pdf));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        CHECK(pdfText(pdf).contains(QStringLiteral("Measurement plan")));
}

TEST_CASE("the PDF charter has the sections, the measures and the diagram drawn on its own page",
          "[render][charter]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext is not installed: the PDF charter is not read back");
        return;
    }
    const Diagram diagram = charterDiagram();
    const ReportDocument report = charterReport(diagram);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("charter.pdf"));
    const QByteArray bytes = exported(diagram, ExportFormat::Pdf);
    REQUIRE(bytes.startsWith("%PDF-"));
    REQUIRE(writeAll(path, bytes));
    const int pages = pdfPages(path);
    CHECK(pages >= 3);
    CHECK(pages <= 8);
    const QString all = pdfText(path).simplified();
    for (const QString &heading : level1Headings(report))
        CHECK(all.contains(heading));
    INFO(all.toStdString());
    for (const Measure &measure : diagram.measures())
        CHECK(all.contains(measure.name));
    CHECK(all.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    CHECK(all.contains(QStringLiteral("Ana Lima")));
    // Chinese and Arabic text searches as typed (the text map is repaired as for the diagram).
    const QString plain = pdfText(path, 0, false);
    CHECK(plain.contains(kChinese));
    CHECK(plain.contains(kArabic));

    // The diagram's page: the one after the heading "Key driver diagram", with every box on it.
    int headingPage = 0;
    for (int page = 1; page <= pages && headingPage == 0; ++page) {
        if (pdfText(path, page).contains(QStringLiteral("Key driver diagram")))
            headingPage = page;
    }
    REQUIRE(headingPage > 0);
    REQUIRE(headingPage < pages);
    const QString drawing = pdfText(path, headingPage + 1).simplified();
    for (const Node &node : diagram.nodes())
        CHECK(drawing.contains(node.text.section(QLatin1Char(' '), 0, 1)));
    CHECK(drawing.contains(QStringLiteral("Page %1 of %2").arg(headingPage + 1).arg(pages)));

    // Letter paper when asked.
    ExportOptions letter;
    letter.what = ExportContent::Charter;
    letter.page = ExportPage::Letter;
    QByteArray letterBytes;
    QString error;
    REQUIRE(findExporter(ExportFormat::Pdf)->write(diagram, letter, letterBytes, &error));
    CHECK(letterBytes.contains("/MediaBox [0 0 612.000000 792.000000]"));
}

TEST_CASE("a PDF charter's diagram cut over several pages names the charter's page numbers",
          "[render][charter]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext is not installed: the PDF charter is not read back");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.pdf"));
    REQUIRE(writeAll(path, exported(generatedDiagram(150), ExportFormat::Pdf)));
    const int pages = pdfPages(path);
    REQUIRE(pages > 4);
    // The drawing's own notes ("page 3 of 9", "continued on page 4") count the charter's pages.
    const QString text = pdfText(path);
    int notes = 0;
    auto pageOf = QRegularExpression(QStringLiteral("\\bpage (\\d+) of (\\d+)")).globalMatch(text);
    while (pageOf.hasNext()) {
        const QRegularExpressionMatch m = pageOf.next();
        CHECK(m.captured(2).toInt() == pages);
        CHECK(m.captured(1).toInt() >= 2); // page 1 is the charter's first page of text
        ++notes;
    }
    CHECK(notes > 1);
    auto continued =
        QRegularExpression(QStringLiteral("continued (on|from) page (\\d+)")).globalMatch(text);
    while (continued.hasNext()) {
        const int page = continued.next().captured(2).toInt();
        CHECK(page >= 2);
        CHECK(page <= pages);
    }
    // Each page says its own number once: the footer's "Page n of N" or the drawing's note.
    for (int page = 1; page <= pages; ++page)
        CHECK(pdfText(path, page).contains(QStringLiteral("age %1 of %2").arg(page).arg(pages)));
}
