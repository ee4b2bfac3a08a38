// Every graphical export read back: SVG parsed as XML, PDF through poppler's tools, PNG pixels.
#include "catchqt.h"
#include "testsupport.h"

#include "layout/layoutengine.h"
#include "render/exporter.h"
#include "render/svgtarget.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

using namespace kdd;
using namespace kddtest;

namespace {

QByteArray exported(const Diagram &d, const char *format, ExportOptions options = {})
{
    const Exporter *exporter = findExporter(QString::fromLatin1(format));
    REQUIRE(exporter);
    QByteArray bytes;
    QString error;
    const bool ok = exporter->write(d, options, bytes, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    REQUIRE_FALSE(bytes.isEmpty());
    return bytes;
}

struct SvgNode
{
    QString title;
    QString cssClass;
    QStringList lines;
};

// Parses the SVG; fails the test on any XML error. Returns node groups in document order, with
// the text lines of the box itself (not of its measure badges or reliability tag).
std::vector<SvgNode> parseSvg(const QByteArray &svg, int *scriptElements = nullptr)
{
    QXmlStreamReader xml(svg);
    std::vector<SvgNode> nodes;
    std::vector<QString> classes; // of the open <g> elements, innermost last
    int scripts = 0;
    const auto inside = [&](const QString &prefix) {
        return std::any_of(classes.begin(), classes.end(),
                           [&](const QString &c) { return c.startsWith(prefix); });
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (name == QStringLiteral("script"))
                ++scripts;
            if (name == QStringLiteral("g")) {
                const QString cls = xml.attributes().value(QStringLiteral("class")).toString();
                classes.push_back(cls);
                if (cls.startsWith(QStringLiteral("node ")))
                    nodes.push_back({QString(), cls, {}});
                continue;
            }
            if (!classes.empty() && classes.back().startsWith(QStringLiteral("node "))
                && name == QStringLiteral("title")) {
                nodes.back().title = xml.readElementText();
            } else if (name == QStringLiteral("text") && inside(QStringLiteral("node "))
                       && !inside(QStringLiteral("badge")) && !inside(QStringLiteral("reliability"))
                       && !inside(QStringLiteral("pdsa"))) {
                nodes.back().lines << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QStringLiteral("g")) {
            classes.pop_back();
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    if (scriptElements)
        *scriptElements = scripts;
    return nodes;
}

// Poppler's tools read the PDFs back; without them the PDF tests cannot say anything, so they
// fail rather than pass unseen (scripts/ installs poppler-utils).
QString requireTool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    INFO(name << " is not on PATH: install poppler-utils");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

QString runTool(const char *program, const QStringList &args)
{
    QProcess p;
    p.start(requireTool(program), args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-–—/]+"));
    QStringList result;
    for (const QString &w : text.split(separators, Qt::SkipEmptyParts))
        result << w;
    return result;
}

Diagram hostileDiagram()
{
    Diagram d = goodDiagram();
    const QStringList hostile = {
        QStringLiteral("</text><script>alert(1)</script>"),
        QStringLiteral("\"]; node [label=\"pwned\"]; \\N \\G"),
        QStringLiteral("<<b>>bold</b>> & &amp; ]]> <!-- x -->"),
        QStringLiteral("تقليل زيارات الطوارئ بنسبة ٢٠٪"),
        QStringLiteral("הפחתת ביקורים במיון"),
        QStringLiteral("将急诊等待时间从60分钟减少到45分钟"),
        QStringLiteral("Families 👨‍👩‍👧‍👦 feel heard 🏳️‍🌈"),
        QStringLiteral("e\u0301 a\u0308 \u0915\u094D\u0937 control\u0001\u0008chars"),
        QStringLiteral("Line one\nLine two"),
    };
    int i = 0;
    for (const QString &text : hostile) {
        Node n = makeNode(QStringLiteral("h%1 \"<&>\"").arg(i++), NodeKind::Change, text);
        n.notes = text;
        REQUIRE(d.insertNode(n));
        REQUIRE(d.addLink({QStringLiteral("p1"), n.id, LinkStrength::Weak, {}}));
    }
    d.setTitle(hostile[0]);
    return d;
}

} // namespace

TEST_CASE("SVG of every example is valid XML with every box's text and title", "[export]")
{
    for (const QString &path : examplePaths()) {
        INFO(path.toStdString());
        const LoadResult loaded = loadDiagram(path);
        REQUIRE(loaded.ok());
        const Diagram &d = *loaded.diagram;
        const std::vector<SvgNode> nodes = parseSvg(exported(d, "svg"));
        REQUIRE(nodes.size() == d.nodes().size());
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const Node &n = d.nodes()[i];
            INFO(n.id.toStdString());
            CHECK(nodes[i].title.startsWith(n.text)
                  == (n.status == ChangeStatus::Idea || !n.isChange()));
            CHECK(nodes[i].title.contains(n.text));
            // The drawn lines, joined, read as the box text (with the status prefix).
            // (Lines may break after a hyphen, so spaces are ignored in the comparison.)
            QString expected = n.text.simplified().remove(QLatin1Char(' '));
            if (n.isChange() && n.status == ChangeStatus::Adopted)
                expected.prepend(QStringLiteral("Adopted:"));
            if (n.isChange() && n.status == ChangeStatus::Abandoned)
                expected.prepend(QStringLiteral("Abandoned:"));
            CHECK(nodes[i].lines.join(QString()).remove(QLatin1Char(' ')) == expected);
        }
    }
}

TEST_CASE("the title block carries the team, revision, population and equity statement", "[export]")
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/health-equity.kdd")));
    REQUIRE(loaded.ok());
    const QString svg = QString::fromUtf8(exported(*loaded.diagram, "svg"));
    const Metadata &m = loaded.diagram->metadata();
    REQUIRE_FALSE(m.equityStatement.isEmpty());
    // Long lines wrap, so look for the start of each part.
    CHECK(svg.contains(QStringLiteral("Equity: ")
                       + m.equityStatement.section(QLatin1Char(' '), 0, 2)));
    CHECK(svg.contains(QStringLiteral("Population: ")));
    CHECK(svg.contains(QStringLiteral("Revision ") + m.revision));
}

TEST_CASE("the measurement plan can be printed as a table under the diagram", "[export]")
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    REQUIRE(loaded.ok());
    ExportOptions options;
    CHECK_FALSE(QString::fromUtf8(exported(*loaded.diagram, "svg", options))
                    .contains(QStringLiteral("measures-table")));
    options.measures = MeasuresPlacement::Table;
    const QByteArray svg = exported(*loaded.diagram, "svg", options);
    QXmlStreamReader xml(svg);
    bool inTable = false;
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QStringLiteral("g")
            && xml.attributes().value(QStringLiteral("id")) == QStringLiteral("measures-table"))
            inTable = true;
        else if (inTable && xml.isStartElement() && xml.name() == QStringLiteral("text"))
            texts << xml.readElementText();
    }
    REQUIRE_FALSE(xml.hasError());
    const QString all = texts.join(QLatin1Char(' '));
    CHECK(all.contains(QStringLiteral("Numerator / denominator")));
    for (const Measure &m : loaded.diagram->measures()) {
        INFO(m.name.toStdString());
        CHECK(all.contains(m.name.left(10))); // names may wrap after a space or a hyphen
    }
    DiagramLayout plain;
    DiagramLayout withTable;
    LayoutOptions layoutOptions;
    REQUIRE(layoutDiagram(*loaded.diagram, layoutOptions, plain));
    layoutOptions.measuresTable = true;
    REQUIRE(layoutDiagram(*loaded.diagram, layoutOptions, withTable));
    CHECK(withTable.bounds.height() > plain.bounds.height());
    CHECK(withTable.bounds.contains(withTable.measuresTable.rect));
}

TEST_CASE("SVG escapes hostile text and keeps it as text", "[export]")
{
    const Diagram d = hostileDiagram();
    const QByteArray svg = exported(d, "svg");
    int scripts = -1;
    const std::vector<SvgNode> nodes = parseSvg(svg, &scripts);
    CHECK(scripts == 0);
    REQUIRE(nodes.size() == d.nodes().size());
    const QString all = QString::fromUtf8(svg);
    CHECK(all.contains(QStringLiteral("&lt;/text&gt;&lt;script&gt;")));
    bool sawArabic = false;
    bool sawEmoji = false;
    for (const SvgNode &n : nodes) {
        const QString text = n.lines.join(QLatin1Char(' '));
        sawArabic = sawArabic || text.contains(QStringLiteral("الطوارئ"));
        sawEmoji = sawEmoji || text.contains(QStringLiteral("👨‍👩‍👧‍👦"));
        CHECK_FALSE(n.title.contains(QChar(0x0001)));
    }
    CHECK(sawArabic);
    CHECK(sawEmoji);
    CHECK(SvgTarget::xmlSafe(QStringLiteral("a\u0001b\uFFFEc") + QChar(0xD800))
          == QStringLiteral("abc"));
}

TEST_CASE("PDF is vector with embedded fonts and extractable text", "[export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ed.pdf"));
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    REQUIRE(loaded.ok());
    QString error;
    REQUIRE(exportDiagram(*loaded.diagram, ExportFormat::Pdf, {}, path, &error));
    REQUIRE(readAll(path).startsWith("%PDF-"));

    const QString text = runTool("pdftotext", {path, QStringLiteral("-")});
    const QStringList extracted = words(text);
    int missing = 0;
    for (const Node &n : loaded.diagram->nodes()) {
        for (const QString &w : words(n.text))
            missing += !extracted.contains(w);
    }
    CHECK(missing == 0);
    CHECK(text.contains(loaded.diagram->title()));

    const QString fonts = runTool("pdffonts", {path});
    CHECK(fonts.contains(QStringLiteral("DejaVu")));
    for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2)) {
        if (!line.trimmed().isEmpty())
            CHECK(line.contains(QStringLiteral(" yes "))); // embedded
    }
    const QString info = runTool("pdfinfo", {path});
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
}

TEST_CASE("PDF pages: fit, paper scaled to fit, and cut when text would be too small", "[export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto pageInfo = [&](const Diagram &d, ExportPage page,
                              PageOrientation orientation = PageOrientation::Landscape) {
        const QString path = dir.filePath(QStringLiteral("p.pdf"));
        ExportOptions options;
        options.page = page;
        options.orientation = orientation;
        QString error;
        REQUIRE(exportDiagram(d, ExportFormat::Pdf, options, path, &error));
        return runTool("pdfinfo", {path});
    };
    const Diagram small = goodDiagram();
    QString info = pageInfo(small, ExportPage::A4);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    CHECK(info.contains(QStringLiteral("842 x 595 pts")));
    info = pageInfo(small, ExportPage::Letter);
    CHECK(info.contains(QStringLiteral("792 x 612 pts")));
    info = pageInfo(small, ExportPage::A3, PageOrientation::Portrait);
    CHECK(info.contains(QStringLiteral("842 x 1191 pts")));
    info = pageInfo(small, ExportPage::Slide, PageOrientation::Auto);
    CHECK(info.contains(QStringLiteral("960 x 540 pts")));

    const Diagram big = generatedDiagram(400, 2);
    info = pageInfo(big, ExportPage::A4, PageOrientation::Auto);
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    CHECK(pages.captured(1).toInt() > 1);

    DiagramLayout layout;
    REQUIRE(layoutDiagram(big, {}, layout));
    info = pageInfo(big, ExportPage::Fit);
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    REQUIRE(size.hasMatch());
    CHECK(std::abs(size.captured(1).toDouble() - layout.bounds.width() * 0.75) < 1);
    CHECK(std::abs(size.captured(2).toDouble() - layout.bounds.height() * 0.75) < 1);
}

TEST_CASE("PNG size follows the DPI, background white or transparent", "[export]")
{
    const Diagram d = goodDiagram();
    DiagramLayout layout;
    REQUIRE(layoutDiagram(d, {}, layout));
    for (const int dpi : {96, 192, 300}) {
        INFO(dpi);
        ExportOptions options;
        options.dpi = dpi;
        const QImage image = QImage::fromData(exported(d, "png", options), "PNG");
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == static_cast<int>(std::ceil(layout.bounds.width() * dpi / 96.0)));
        CHECK(image.height() == static_cast<int>(std::ceil(layout.bounds.height() * dpi / 96.0)));
        CHECK(std::lround(image.dotsPerMeterX() * 0.0254) == dpi);
        CHECK(image.pixelColor(1, 1) == QColor(Qt::white));
    }
    ExportOptions transparent;
    transparent.background = ImageBackground::Transparent;
    const QImage clear = QImage::fromData(exported(d, "png", transparent), "PNG");
    CHECK(clear.pixelColor(1, 1).alpha() == 0);
    // Something was drawn: dark pixels exist (text and lines).
    int dark = 0;
    for (int y = 0; y < clear.height(); y += 2) {
        for (int x = 0; x < clear.width(); x += 2)
            dark += clear.pixelColor(x, y).alpha() > 200 && clear.pixelColor(x, y).lightness() < 80;
    }
    CHECK(dark > 100);
}

TEST_CASE("every theme draws every example", "[export]")
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    REQUIRE(loaded.ok());
    std::map<QString, QByteArray> outputs;
    for (const QString &theme : Theme::names()) {
        ExportOptions options;
        REQUIRE(Theme::byName(theme));
        options.theme = *Theme::byName(theme);
        outputs[theme] = exported(*loaded.diagram, "svg", options);
        parseSvg(outputs[theme]);
    }
    CHECK(outputs[QStringLiteral("classic")] != outputs[QStringLiteral("colour")]);
    CHECK(outputs[QStringLiteral("print")] != outputs[QStringLiteral("high-contrast")]);
    // Print is grayscale: every colour in it has equal red, green and blue.
    const QRegularExpression colour(QStringLiteral("#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})"));
    auto it = colour.globalMatch(QString::fromUtf8(outputs[QStringLiteral("print")]));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        CHECK(m.captured(1) == m.captured(2));
        CHECK(m.captured(2) == m.captured(3));
    }
}

TEST_CASE("hostile text exports safely to PDF and PNG too", "[export]")
{
    const Diagram d = hostileDiagram();
    CHECK(exported(d, "pdf").startsWith("%PDF-"));
    CHECK_FALSE(QImage::fromData(exported(d, "png"), "PNG").isNull());
}

TEST_CASE("export options the types cannot rule out are validated with clear messages", "[export]")
{
    ExportOptions o;
    QString error;
    CHECK(o.validate(&error));
    o.dpi = 5000;
    CHECK_FALSE(o.validate(&error));
    CHECK(error.contains(QStringLiteral("between 24 and 1200")));
    CHECK(error.contains(QStringLiteral("5000")));
    o = {};
    o.what = ExportContent::Measures;
    CHECK(o.validateFor(ExportFormat::Csv, &error));
    CHECK_FALSE(o.validateFor(ExportFormat::Svg, &error));
    CHECK(error.contains(QStringLiteral("CSV")));
    // The exporters check too: a caller that skips validation gets an error, not a file.
    QByteArray bytes;
    CHECK_FALSE(findExporter(ExportFormat::Png)->write(goodDiagram(), o, bytes, &error));
    CHECK_FALSE(findExporter(ExportFormat::Markdown)->write(goodDiagram(), o, bytes, &error));

    CHECK(findExporter(QStringLiteral("SVG")) == findExporter(ExportFormat::Svg));
    CHECK(findExporter(QStringLiteral("markdown")) == findExporter(ExportFormat::Markdown));
    CHECK(findExporter(QStringLiteral("doc")) == nullptr);
    CHECK(exportFormats()
          == QStringList{QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("png"),
                         QStringLiteral("kdd"), QStringLiteral("dot"), QStringLiteral("md"),
                         QStringLiteral("mmd"), QStringLiteral("csv"), QStringLiteral("html"),
                         QStringLiteral("odt"), QStringLiteral("docx"), QStringLiteral("pptx")});
    for (const auto &e : exporters())
        CHECK(findExporter(e->format()) == e.get());
}

TEST_CASE("arrowheads follow the theme unless asked for or against", "[export]")
{
    const Diagram d = goodDiagram();
    const auto arrows = [&](const char *theme, std::optional<bool> wanted) {
        ExportOptions options;
        options.theme = *Theme::byName(QString::fromLatin1(theme));
        options.arrowheads = wanted;
        return exported(d, "svg", options).count("<polygon");
    };
    const int none = arrows("classic", std::nullopt); // badge triangles only
    const int some = arrows("classic", true);
    CHECK(some >= none + static_cast<int>(d.links().size())); // one per link, and the key's
    CHECK(arrows("colour", std::nullopt) == some);
    CHECK(arrows("colour", false) == none);
}
