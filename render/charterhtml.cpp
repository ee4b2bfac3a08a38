// The charter as one self-contained HTML5 page: UTF-8, written by an XML writer so it is also
// well-formed XML (XHTML), the diagram inline as SVG, print CSS for A4 paper.
#include "charterwriters.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace kdd {
namespace {

// Kept free of '<', '>' and '&': an XML writer would escape them, and an HTML reader takes the
// contents of <style> literally. Tables break between rows and repeat their header row; the
// diagram gets a page of its own when printed, landscape when it is wider than tall.
const char *const kStyle = R"css(
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
@page diagram { size: A4 landscape; margin: 12mm; }
:root { color-scheme: light; }
body { font-family: DejaVu Sans, Noto Sans, system-ui, sans-serif; font-size: 11pt;
  line-height: 1.4; color: #1a1a1a; background: #fff; max-width: 62rem; margin: 2rem auto;
  padding: 0 1rem; }
h1 { font-size: 20pt; margin: 0 0 0.2em; }
.subtitle { color: #555; margin: 0 0 1.5em; }
h2 { font-size: 14pt; margin: 1.6em 0 0.4em; padding-bottom: 0.15em;
  border-bottom: 1px solid #c8ced6; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 12pt; margin: 1.2em 0 0.3em; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 0.6em; }
.note { color: #6b6b6b; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; }
th, td { border: 1px solid #b9c0c8; padding: 0.3em 0.5em; text-align: start;
  vertical-align: top; }
thead th { background: #e9eef4; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.fields th, table.fields td { border: none; border-bottom: 1px solid #e2e5e9; }
table.fields th { width: 11em; font-weight: 600; background: none; }
figure.diagram { margin: 1em 0; }
figure.diagram svg { display: block; width: 100%; height: auto; }
figure.chart { margin: 0.4em 0 1.2em; }
figure.chart svg { display: block; width: 100%; max-width: 48rem; height: auto; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  figure.diagram { break-before: page; break-after: page; break-inside: avoid; }
  figure.wide { page: diagram; }
  figure.wide svg { max-height: 180mm; }
  figure.tall svg { max-height: 250mm; }
  figure.chart { break-inside: avoid; page-break-inside: avoid; }
}
)css";

class HtmlWriter
{
public:
    explicit HtmlWriter(QByteArray *output) : m_xml(output) {}

    bool write(const ReportDocument &report, const ReportPicture &picture, QString *error)
    {
        m_xml.writeDTD(QStringLiteral("<!DOCTYPE html>"));
        m_xml.writeCharacters(QStringLiteral("\n"));
        m_xml.writeStartElement(QStringLiteral("html"));
        m_xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/1999/xhtml"));
        m_xml.writeAttribute(QStringLiteral("lang"), reportLanguage(report));
        m_xml.writeAttribute(QStringLiteral("dir"), reportLanguageIsRightToLeft(report)
                                                        ? QStringLiteral("rtl")
                                                        : QStringLiteral("ltr"));
        writeHead(report);
        m_xml.writeStartElement(QStringLiteral("body"));
        m_xml.writeStartElement(QStringLiteral("header"));
        userText(QStringLiteral("h1"), report.title);
        if (!report.subtitle.isEmpty())
            userText(QStringLiteral("p"), report.subtitle, QStringLiteral("subtitle"));
        m_xml.writeEndElement(); // header
        m_xml.writeStartElement(QStringLiteral("main"));
        for (const ReportBlock &block : report.blocks) {
            if (!writeBlock(block, picture, error))
                return false;
        }
        m_xml.writeEndElement(); // main
        m_xml.writeEndElement(); // body
        m_xml.writeEndElement(); // html
        m_xml.writeCharacters(QStringLiteral("\n"));
        if (m_xml.hasError()) {
            if (error)
                *error = QStringLiteral("could not write the HTML page");
            return false;
        }
        return true;
    }

private:
    void writeHead(const ReportDocument &report)
    {
        m_xml.writeStartElement(QStringLiteral("head"));
        m_xml.writeEmptyElement(QStringLiteral("meta"));
        m_xml.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
        m_xml.writeEmptyElement(QStringLiteral("meta"));
        m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("viewport"));
        m_xml.writeAttribute(QStringLiteral("content"),
                             QStringLiteral("width=device-width, initial-scale=1"));
        m_xml.writeEmptyElement(QStringLiteral("meta"));
        m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("generator"));
        m_xml.writeAttribute(QStringLiteral("content"), QStringLiteral("KeyDriver"));
        element(QStringLiteral("title"), report.title);
        element(QStringLiteral("style"), QString::fromUtf8(kStyle));
        m_xml.writeEndElement(); // head
    }

    bool writeBlock(const ReportBlock &block, const ReportPicture &picture, QString *error)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            userText(block.level <= 1 ? QStringLiteral("h2") : QStringLiteral("h3"), block.text);
            break;
        case ReportBlock::Kind::Paragraph:
            for (const QString &paragraph : reportParagraphs(block.text))
                userText(QStringLiteral("p"), paragraph);
            break;
        case ReportBlock::Kind::Note:
            userText(QStringLiteral("p"), block.text, QStringLiteral("note"));
            break;
        case ReportBlock::Kind::Fields:
            m_xml.writeStartElement(QStringLiteral("table"));
            m_xml.writeAttribute(QStringLiteral("class"), QStringLiteral("fields"));
            m_xml.writeStartElement(QStringLiteral("tbody"));
            for (const QStringList &row : block.rows) {
                m_xml.writeStartElement(QStringLiteral("tr"));
                cell(QStringLiteral("th"), row.value(0), QStringLiteral("row"));
                cell(QStringLiteral("td"), row.value(1));
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement(); // tbody
            m_xml.writeEndElement(); // table
            break;
        case ReportBlock::Kind::Table:
            writeTable(block);
            break;
        case ReportBlock::Kind::Diagram: {
            const bool wide = picture.points.width() > picture.points.height();
            return writeFigure(
                picture.svg, wide ? QStringLiteral("diagram wide") : QStringLiteral("diagram tall"),
                QString(), error);
        }
        case ReportBlock::Kind::Chart:
            // Each drawing has its own title and description ids: ids are unique in a page.
            return writeFigure(block.figure.svg, QStringLiteral("chart"),
                               QStringLiteral("chart%1-").arg(++m_charts), error);
        }
        return true;
    }

    void writeTable(const ReportBlock &block)
    {
        m_xml.writeStartElement(QStringLiteral("table"));
        m_xml.writeStartElement(QStringLiteral("thead"));
        m_xml.writeStartElement(QStringLiteral("tr"));
        for (const QString &name : block.header)
            cell(QStringLiteral("th"), name, QStringLiteral("col"));
        m_xml.writeEndElement(); // tr
        m_xml.writeEndElement(); // thead
        m_xml.writeStartElement(QStringLiteral("tbody"));
        for (const QStringList &row : block.rows) {
            m_xml.writeStartElement(QStringLiteral("tr"));
            for (int i = 0; i < block.header.size(); ++i)
                cell(QStringLiteral("td"), row.value(i));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // tbody
        m_xml.writeEndElement(); // table
    }

    // The SVG copied element by element into the page (no XML declaration), so it stays vector
    // and keeps its <title> and <desc> as the drawing's text alternative. Names are copied as
    // written: a namespace-aware copy would invent prefixes ("n1:svg") an HTML reader ignores.
    bool writeFigure(const QByteArray &svgBytes, const QString &cssClass, const QString &idPrefix,
                     QString *error)
    {
        m_xml.writeStartElement(QStringLiteral("figure"));
        m_xml.writeAttribute(QStringLiteral("class"), cssClass);
        QXmlStreamReader svg(svgBytes);
        bool root = true;
        while (!svg.atEnd()) {
            switch (svg.readNext()) {
            case QXmlStreamReader::StartElement:
                m_xml.writeStartElement(svg.qualifiedName().toString());
                if (root)
                    m_xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
                root = false;
                for (const QXmlStreamAttribute &attribute : svg.attributes()) {
                    const QString name = attribute.qualifiedName().toString();
                    QString value = attribute.value().toString();
                    if (!idPrefix.isEmpty() && name == QLatin1String("id"))
                        value.prepend(idPrefix);
                    else if (!idPrefix.isEmpty() && name == QLatin1String("aria-labelledby"))
                        value = idPrefix
                              + value.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                    .join(QLatin1Char(' ') + idPrefix);
                    m_xml.writeAttribute(name, value);
                }
                break;
            case QXmlStreamReader::EndElement:
                m_xml.writeEndElement();
                break;
            case QXmlStreamReader::Characters:
                m_xml.writeCharacters(svg.text().toString());
                break;
            default:
                break;
            }
        }
        if (svg.hasError()) {
            if (error)
                *error = QStringLiteral("could not read a drawing's SVG: ") + svg.errorString();
            return false;
        }
        m_xml.writeEndElement(); // figure
        return true;
    }

    // Always with content: an HTML reader would take <td/> as an opening tag.
    void element(const QString &name, const QString &text)
    {
        m_xml.writeStartElement(name);
        m_xml.writeCharacters(xmlText(text));
        m_xml.writeEndElement();
    }

    // The user's text finds its own direction (an Arabic aim in an English charter).
    void userText(const QString &name, const QString &text, const QString &cssClass = QString())
    {
        m_xml.writeStartElement(name);
        if (!cssClass.isEmpty())
            m_xml.writeAttribute(QStringLiteral("class"), cssClass);
        m_xml.writeAttribute(QStringLiteral("dir"), QStringLiteral("auto"));
        m_xml.writeCharacters(xmlText(text));
        m_xml.writeEndElement();
    }

    // A cell whose lines are kept as lines.
    void cell(const QString &name, const QString &text, const QString &scope = QString())
    {
        m_xml.writeStartElement(name);
        if (!scope.isEmpty())
            m_xml.writeAttribute(QStringLiteral("scope"), scope);
        m_xml.writeAttribute(QStringLiteral("dir"), QStringLiteral("auto"));
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_xml.writeEmptyElement(QStringLiteral("br"));
            m_xml.writeCharacters(xmlText(lines[i]));
        }
        m_xml.writeEndElement();
    }

    QXmlStreamWriter m_xml;
    int m_charts = 0;
};

class CharterHtmlExporter : public CharterDocumentExporter
{
public:
    ExportFormat format() const override { return ExportFormat::Html; }
    QString suffix() const override { return QStringLiteral("html"); }
    QString description() const override
    {
        return QCoreApplication::translate("kdd::Exporter", "HTML charter (web page)");
    }

protected:
    PictureFormats pictureFormats() const override { return PictureFormats::SvgOnly; }
    bool writeDocument(const ReportDocument &report, const ReportPicture &picture,
                       const ExportOptions &, QByteArray &output, QString *error) const override
    {
        return writeCharterHtml(report, picture, output, error);
    }
};

} // namespace

bool writeCharterHtml(const ReportDocument &report, const ReportPicture &picture,
                      QByteArray &output, QString *error)
{
    output.clear();
    return HtmlWriter(&output).write(report, picture, error);
}

std::unique_ptr<Exporter> makeCharterHtmlExporter()
{
    return std::make_unique<CharterHtmlExporter>();
}

} // namespace kdd
