// The charter as OpenDocument text (ODT): XML parts in a ZIP container (ziparchive.h), headings
// with outline levels, tables with a repeated header row, and the diagram and the measures' charts
// as SVG with a PNG replacement image, as LibreOffice itself embeds SVG.
#include "charterwriters.h"

#include "odfxml.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <algorithm>

namespace kdd {
namespace {

using namespace odf;

// The paragraph styles the body uses; each has a right-to-left twin ("R_" + name) for text that
// starts in a right-to-left script.
const char *const kParagraphStyles[] = {
    "Title", "Subtitle",          "Heading_20_1",     "Heading_20_2",  "Text_20_body",
    "Note",  "Table_20_Contents", "Table_20_Heading", "Field_20_Label"};

// The text of a paragraph in style `style`, or its right-to-left twin when the text starts in a
// right-to-left script.
void paragraph(QXmlStreamWriter &xml, const QString &style, const QString &text)
{
    xml.writeStartElement(kText, QStringLiteral("p"));
    xml.writeAttribute(kText, QStringLiteral("style-name"),
                       text.isRightToLeft() ? QStringLiteral("R_") + style : style);
    xml.writeCharacters(xmlText(text));
    xml.writeEndElement();
}

void heading(QXmlStreamWriter &xml, int level, const QString &text)
{
    const QString style =
        level <= 1 ? QStringLiteral("Heading_20_1") : QStringLiteral("Heading_20_2");
    xml.writeStartElement(kText, QStringLiteral("h"));
    xml.writeAttribute(kText, QStringLiteral("style-name"),
                       text.isRightToLeft() ? QStringLiteral("R_") + style : style);
    xml.writeAttribute(kText, QStringLiteral("outline-level"), QString::number(level));
    xml.writeCharacters(xmlText(text));
    xml.writeEndElement();
}

void cell(QXmlStreamWriter &xml, const QString &cellStyle, const QString &textStyle,
          const QString &text)
{
    xml.writeStartElement(kTable, QStringLiteral("table-cell"));
    xml.writeAttribute(kTable, QStringLiteral("style-name"), cellStyle);
    xml.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
    for (const QString &line : text.split(QLatin1Char('\n')))
        paragraph(xml, textStyle, line);
    xml.writeEndElement();
}

QString columnStyle(int table, int column)
{
    return QStringLiteral("Table%1.C%2").arg(table).arg(column + 1);
}

// A table of `columns` columns; `header` (if any) is the row repeated on every page.
void table(QXmlStreamWriter &xml, int number, const QStringList &header,
           const std::vector<QStringList> &rows, int columns, bool fields)
{
    xml.writeStartElement(kTable, QStringLiteral("table"));
    xml.writeAttribute(kTable, QStringLiteral("name"), QStringLiteral("Table%1").arg(number));
    xml.writeAttribute(kTable, QStringLiteral("style-name"),
                       fields ? QStringLiteral("Fields") : QStringLiteral("Table"));
    if (fields) {
        xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
        xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("FieldLabel"));
        xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
        xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("FieldValue"));
    } else {
        for (int c = 0; c < columns; ++c) {
            xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
            xml.writeAttribute(kTable, QStringLiteral("style-name"), columnStyle(number, c));
        }
    }
    const QString cellStyle = fields ? QStringLiteral("FieldCell") : QStringLiteral("Cell");
    if (!header.isEmpty()) {
        xml.writeStartElement(kTable, QStringLiteral("table-header-rows"));
        xml.writeStartElement(kTable, QStringLiteral("table-row"));
        for (int i = 0; i < columns; ++i)
            cell(xml, QStringLiteral("HeaderCell"), QStringLiteral("Table_20_Heading"),
                 header.value(i));
        xml.writeEndElement(); // table-row
        xml.writeEndElement(); // table-header-rows
    }
    for (const QStringList &row : rows) {
        xml.writeStartElement(kTable, QStringLiteral("table-row"));
        for (int i = 0; i < columns; ++i)
            cell(xml, cellStyle,
                 fields && i == 0 ? QStringLiteral("Field_20_Label")
                                  : QStringLiteral("Table_20_Contents"),
                 row.value(i));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // table
}

// The drawing's frame: on a landscape page of its own when it is wider than tall, as large as
// the page's text area allows while keeping its shape.
struct FramePlacement
{
    bool landscape = false;
    double width = 0; // cm
    double height = 0;
};

FramePlacement placeFrame(const ReportPicture &picture, QSizeF paper)
{
    FramePlacement frame;
    const QSizeF size = picture.points.isEmpty() ? QSizeF(4, 3) : picture.points;
    frame.landscape = size.width() > size.height();
    const QSizeF sheet = frame.landscape ? paper.transposed() : paper;
    const double margin = frame.landscape ? kLandscapeMarginCm : kMarginCm;
    // Room for a line of text above and below the frame on its page.
    const double areaWidth = pointsToCm(sheet.width()) - 2 * margin;
    const double areaHeight = pointsToCm(sheet.height()) - 2 * margin - 2.5;
    const double scale = std::min(
        {areaWidth / pointsToCm(size.width()), areaHeight / pointsToCm(size.height()), 1.0});
    frame.width = pointsToCm(size.width()) * scale;
    frame.height = pointsToCm(size.height()) * scale;
    return frame;
}

// A paragraph in `paragraphStyle` holding one frame of `width` × `height` cm: the SVG at `path`
// + ".svg" with the PNG at `path` + ".png" as its replacement for readers without SVG.
void figureFrame(QXmlStreamWriter &xml, const QString &paragraphStyle, const QString &name,
                 double width, double height, const QString &path, const QString &title)
{
    xml.writeStartElement(kText, QStringLiteral("p"));
    xml.writeAttribute(kText, QStringLiteral("style-name"), paragraphStyle);
    xml.writeStartElement(kDraw, QStringLiteral("frame"));
    xml.writeAttribute(kDraw, QStringLiteral("style-name"), QStringLiteral("DiagramFrame"));
    xml.writeAttribute(kDraw, QStringLiteral("name"), name);
    xml.writeAttribute(kText, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
    xml.writeAttribute(kSvg, QStringLiteral("width"), cm(width));
    xml.writeAttribute(kSvg, QStringLiteral("height"), cm(height));
    xml.writeAttribute(kDraw, QStringLiteral("z-index"), QStringLiteral("0"));
    const auto image = [&xml](const QString &file, const QString &type) {
        xml.writeEmptyElement(kDraw, QStringLiteral("image"));
        xml.writeAttribute(kXlink, QStringLiteral("href"), file);
        xml.writeAttribute(kXlink, QStringLiteral("type"), QStringLiteral("simple"));
        xml.writeAttribute(kXlink, QStringLiteral("show"), QStringLiteral("embed"));
        xml.writeAttribute(kXlink, QStringLiteral("actuate"), QStringLiteral("onLoad"));
        xml.writeAttribute(kDraw, QStringLiteral("mime-type"), type);
    };
    // The first image is the picture, the second its replacement for readers without SVG.
    image(path + QStringLiteral(".svg"), QStringLiteral("image/svg+xml"));
    image(path + QStringLiteral(".png"), QStringLiteral("image/png"));
    xml.writeTextElement(kSvg, QStringLiteral("title"), xmlText(title));
    xml.writeEndElement(); // frame
    xml.writeEndElement(); // p
}

// Where chart `number` (1, 2 …) is stored, without its suffix.
QString chartPath(int number) { return QStringLiteral("Pictures/chart-%1").arg(number); }

// A chart in the text, as wide as the text area allows (charts are drawn for a page's width).
void chartFrame(QXmlStreamWriter &xml, const ReportFigure &figure, int number, QSizeF paper)
{
    const QSizeF size = figure.points.isEmpty() ? QSizeF(480, 270) : figure.points;
    const double areaWidth = pointsToCm(paper.width()) - 2 * kMarginCm;
    const double scale = std::min(areaWidth / pointsToCm(size.width()), 1.0);
    figureFrame(xml, QStringLiteral("Figure"), QStringLiteral("Chart %1").arg(number),
                pointsToCm(size.width()) * scale, pointsToCm(size.height()) * scale,
                chartPath(number), figure.description);
}

// A style element `name` of `family`; the caller adds properties and ends it.
void startStyle(QXmlStreamWriter &xml, const QString &name, const QString &family,
                const QString &parent = QString())
{
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), name);
    xml.writeAttribute(kStyle, QStringLiteral("family"), family);
    if (!parent.isEmpty())
        xml.writeAttribute(kStyle, QStringLiteral("parent-style-name"), parent);
}

// A paragraph style that starts a new page of master page `master` (how ODF turns a page).
void pageStartStyle(QXmlStreamWriter &xml, const QString &name, const QString &parent,
                    const QString &master)
{
    startStyle(xml, name, QStringLiteral("paragraph"), parent);
    xml.writeAttribute(kStyle, QStringLiteral("master-page-name"), master);
    xml.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(kStyle, QStringLiteral("page-number"), QStringLiteral("auto"));
    xml.writeEndElement();
}

void cellStyle(QXmlStreamWriter &xml, const QString &name, const QString &border,
               const QString &background)
{
    startStyle(xml, name, QStringLiteral("table-cell"));
    xml.writeEmptyElement(kStyle, QStringLiteral("table-cell-properties"));
    xml.writeAttribute(kFo, QStringLiteral("padding"), QStringLiteral("0.1cm"));
    if (border.isEmpty()) {
        xml.writeAttribute(kFo, QStringLiteral("border"), QStringLiteral("none"));
        xml.writeAttribute(kFo, QStringLiteral("border-bottom"),
                           QStringLiteral("0.5pt solid #d0d4d9"));
    } else {
        xml.writeAttribute(kFo, QStringLiteral("border"), border);
    }
    if (!background.isEmpty())
        xml.writeAttribute(kFo, QStringLiteral("background-color"), background);
    xml.writeEndElement();
}

// The styles of this document's own things: tables, the diagram's frame, the switch to a
// landscape page and back, and right-to-left twins of the paragraph styles (styles.xml has the
// named styles a reader restyles).
void automaticStyles(QXmlStreamWriter &xml, const ReportDocument &report, QSizeF paper)
{
    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    const double textWidth = pointsToCm(paper.width()) - 2 * kMarginCm;
    // Each table's columns share its width by what they hold (numbered as content() numbers
    // the tables).
    int tables = 0;
    for (const ReportBlock &block : report.blocks) {
        if (block.kind == ReportBlock::Kind::Fields)
            ++tables;
        if (block.kind != ReportBlock::Kind::Table)
            continue;
        const std::vector<double> shares = columnShares(block.header, block.rows);
        ++tables;
        for (std::size_t c = 0; c < shares.size(); ++c) {
            startStyle(xml, columnStyle(tables, int(c)), QStringLiteral("table-column"));
            xml.writeEmptyElement(kStyle, QStringLiteral("table-column-properties"));
            xml.writeAttribute(kStyle, QStringLiteral("column-width"), cm(textWidth * shares[c]));
            xml.writeAttribute(kStyle, QStringLiteral("rel-column-width"),
                               QString::number(int(shares[c] * 10000)) + QLatin1Char('*'));
            xml.writeEndElement();
        }
    }
    for (const QString &name : {QStringLiteral("Table"), QStringLiteral("Fields")}) {
        startStyle(xml, name, QStringLiteral("table"));
        xml.writeEmptyElement(kStyle, QStringLiteral("table-properties"));
        xml.writeAttribute(kStyle, QStringLiteral("width"), cm(textWidth));
        xml.writeAttribute(kTable, QStringLiteral("align"), QStringLiteral("margins"));
        xml.writeAttribute(kFo, QStringLiteral("margin-top"), QStringLiteral("0.1cm"));
        xml.writeAttribute(kFo, QStringLiteral("margin-bottom"), QStringLiteral("0.3cm"));
        xml.writeEndElement();
    }
    const std::pair<const char *, double> columns[] = {{"FieldLabel", 0.28}, {"FieldValue", 0.72}};
    for (const auto &[name, share] : columns) {
        startStyle(xml, QLatin1String(name), QStringLiteral("table-column"));
        xml.writeEmptyElement(kStyle, QStringLiteral("table-column-properties"));
        xml.writeAttribute(kStyle, QStringLiteral("column-width"), cm(textWidth * share));
        xml.writeAttribute(kStyle, QStringLiteral("rel-column-width"),
                           QString::number(int(share * 1000)) + QLatin1Char('*'));
        xml.writeEndElement();
    }
    cellStyle(xml, QStringLiteral("Cell"), QStringLiteral("0.5pt solid #a9b1ba"), QString());
    cellStyle(xml, QStringLiteral("HeaderCell"), QStringLiteral("0.5pt solid #a9b1ba"),
              QStringLiteral("#e9eef4"));
    cellStyle(xml, QStringLiteral("FieldCell"), QString(), QString());

    pageStartStyle(xml, QStringLiteral("FigureLandscape"), QStringLiteral("Figure"),
                   QStringLiteral("Landscape"));
    pageStartStyle(xml, QStringLiteral("AfterFigure"), QStringLiteral("Text_20_body"),
                   QStringLiteral("Standard"));

    startStyle(xml, QStringLiteral("DiagramFrame"), QStringLiteral("graphic"));
    xml.writeEmptyElement(kStyle, QStringLiteral("graphic-properties"));
    xml.writeAttribute(kStyle, QStringLiteral("vertical-pos"), QStringLiteral("top"));
    xml.writeAttribute(kStyle, QStringLiteral("vertical-rel"), QStringLiteral("baseline"));
    xml.writeAttribute(kFo, QStringLiteral("border"), QStringLiteral("none"));
    xml.writeEndElement();

    for (const char *name : kParagraphStyles) {
        startStyle(xml, QStringLiteral("R_") + QLatin1String(name), QStringLiteral("paragraph"),
                   QLatin1String(name));
        xml.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
        xml.writeAttribute(kStyle, QStringLiteral("writing-mode"), QStringLiteral("rl-tb"));
        // LibreOffice Writer reads "start" and "end" as left and right whatever the direction
        // (and writes its own right-to-left paragraphs so): "end" sets them on the right.
        xml.writeAttribute(kFo, QStringLiteral("text-align"), QStringLiteral("end"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // automatic-styles
}

QByteArray content(const ReportDocument &report, const ReportPicture &picture, QSizeF paper)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startRoot(xml, QStringLiteral("document-content"));
    automaticStyles(xml, report, paper);
    xml.writeStartElement(kOffice, QStringLiteral("body"));
    xml.writeStartElement(kOffice, QStringLiteral("text"));
    paragraph(xml, QStringLiteral("Title"), report.title);
    if (!report.subtitle.isEmpty())
        paragraph(xml, QStringLiteral("Subtitle"), report.subtitle);
    const FramePlacement frame = placeFrame(picture, paper);
    int tables = 0;
    int charts = 0;
    bool backToPortrait = false;
    for (const ReportBlock &block : report.blocks) {
        // After a landscape drawing, the next paragraph or heading starts a portrait page.
        if (backToPortrait && block.kind != ReportBlock::Kind::Diagram) {
            xml.writeEmptyElement(kText, QStringLiteral("p"));
            xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("AfterFigure"));
            backToPortrait = false;
        }
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            heading(xml, std::clamp(block.level, 1, 2), block.text);
            break;
        case ReportBlock::Kind::Paragraph:
            for (const QString &text : reportParagraphs(block.text))
                paragraph(xml, QStringLiteral("Text_20_body"), text);
            break;
        case ReportBlock::Kind::Note:
            paragraph(xml, QStringLiteral("Note"), block.text);
            break;
        case ReportBlock::Kind::Fields:
            table(xml, ++tables, QStringList(), block.rows, 2, true);
            break;
        case ReportBlock::Kind::Table:
            table(xml, ++tables, block.header, block.rows, int(block.header.size()), false);
            break;
        case ReportBlock::Kind::Diagram:
            // The paragraph that holds the frame starts the landscape page; the next one goes
            // back.
            figureFrame(
                xml, frame.landscape ? QStringLiteral("FigureLandscape") : QStringLiteral("Figure"),
                QStringLiteral("Key driver diagram"), frame.width, frame.height,
                QStringLiteral("Pictures/diagram"), report.title);
            backToPortrait = frame.landscape;
            break;
        case ReportBlock::Kind::Chart:
            chartFrame(xml, block.figure, ++charts, paper);
            break;
        }
    }
    xml.writeEndElement(); // text
    xml.writeEndElement(); // body
    xml.writeEndDocument();
    return bytes;
}

QByteArray meta(const ReportDocument &report)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startRoot(xml, QStringLiteral("document-meta"));
    xml.writeStartElement(kOffice, QStringLiteral("meta"));
    xml.writeTextElement(kMeta, QStringLiteral("generator"), QStringLiteral("KeyDriver"));
    xml.writeTextElement(kDc, QStringLiteral("title"), xmlText(report.title));
    xml.writeTextElement(kDc, QStringLiteral("subject"), xmlText(report.subtitle));
    xml.writeTextElement(kDc, QStringLiteral("language"), reportLanguage(report));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

int chartCount(const ReportDocument &report)
{
    return int(std::count_if(report.blocks.begin(), report.blocks.end(), [](const ReportBlock &b) {
        return b.kind == ReportBlock::Kind::Chart;
    }));
}

QByteArray manifest(int charts)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(kManifest, QStringLiteral("manifest"));
    xml.writeStartElement(kManifest, QStringLiteral("manifest"));
    xml.writeAttribute(kManifest, QStringLiteral("version"), kVersion);
    const auto entry = [&xml](const QString &path, const QString &type) {
        xml.writeEmptyElement(kManifest, QStringLiteral("file-entry"));
        xml.writeAttribute(kManifest, QStringLiteral("full-path"), path);
        if (path == QStringLiteral("/"))
            xml.writeAttribute(kManifest, QStringLiteral("version"), kVersion);
        xml.writeAttribute(kManifest, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("Pictures/diagram.svg"), QStringLiteral("image/svg+xml"));
    entry(QStringLiteral("Pictures/diagram.png"), QStringLiteral("image/png"));
    for (int number = 1; number <= charts; ++number) {
        entry(chartPath(number) + QStringLiteral(".svg"), QStringLiteral("image/svg+xml"));
        entry(chartPath(number) + QStringLiteral(".png"), QStringLiteral("image/png"));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

class CharterOdtExporter : public CharterDocumentExporter
{
public:
    ExportFormat format() const override { return ExportFormat::Odt; }
    QString suffix() const override { return QStringLiteral("odt"); }
    QString description() const override
    {
        return QCoreApplication::translate("kdd::Exporter", "OpenDocument text (charter)");
    }

protected:
    bool writeDocument(const ReportDocument &report, const ReportPicture &picture,
                       const ExportOptions &options, QByteArray &output,
                       QString *error) const override
    {
        return writeCharterOdt(report, picture, charterPaper(options.page), output, error);
    }
};

} // namespace

bool writeCharterOdt(const ReportDocument &report, const ReportPicture &picture, QSizeF paper,
                     QByteArray &output, QString *error)
{
    std::vector<ZipEntry> entries;
    entries.push_back({QStringLiteral("mimetype"),
                       QByteArrayLiteral("application/vnd.oasis.opendocument.text"), true});
    entries.push_back(
        {QStringLiteral("META-INF/manifest.xml"), manifest(chartCount(report)), false});
    entries.push_back({QStringLiteral("content.xml"), content(report, picture, paper), false});
    entries.push_back({QStringLiteral("styles.xml"), odf::styles(report, paper), false});
    entries.push_back({QStringLiteral("meta.xml"), meta(report), false});
    entries.push_back({QStringLiteral("Pictures/diagram.svg"), picture.svg, false});
    entries.push_back({QStringLiteral("Pictures/diagram.png"), picture.png, false});
    int number = 0;
    for (const ReportBlock &block : report.blocks) {
        if (block.kind != ReportBlock::Kind::Chart)
            continue;
        ++number;
        entries.push_back({chartPath(number) + QStringLiteral(".svg"), block.figure.svg, false});
        entries.push_back({chartPath(number) + QStringLiteral(".png"), block.figure.png, false});
    }
    output.clear();
    return writeZip(entries, output, error);
}

std::unique_ptr<Exporter> makeCharterOdtExporter()
{
    return std::make_unique<CharterOdtExporter>();
}

} // namespace kdd
