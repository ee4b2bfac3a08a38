// styles.xml of an ODT charter: named styles a reader can restyle in Writer (Title, Heading 1 …),
// and the portrait and landscape pages with a footer.
#include "odfxml.h"

#include "charterwriters.h"

namespace kdd::odf {
namespace {

// The properties of one style, as (namespace, attribute, value).
struct Property
{
    const QString &ns;
    const char *name;
    QString value;
};

void style(QXmlStreamWriter &xml, const QString &name, const QString &display,
           const QString &parent, std::initializer_list<Property> paragraph,
           std::initializer_list<Property> text, int outlineLevel = 0)
{
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), name);
    if (!display.isEmpty())
        xml.writeAttribute(kStyle, QStringLiteral("display-name"), display);
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    if (!parent.isEmpty())
        xml.writeAttribute(kStyle, QStringLiteral("parent-style-name"), parent);
    if (outlineLevel > 0) {
        xml.writeAttribute(kStyle, QStringLiteral("next-style-name"),
                           QStringLiteral("Text_20_body"));
        xml.writeAttribute(kStyle, QStringLiteral("default-outline-level"),
                           QString::number(outlineLevel));
    }
    xml.writeAttribute(kStyle, QStringLiteral("class"), QStringLiteral("text"));
    if (paragraph.size() > 0) {
        xml.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
        for (const Property &p : paragraph)
            xml.writeAttribute(p.ns, QLatin1String(p.name), p.value);
    }
    if (text.size() > 0) {
        xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
        for (const Property &p : text)
            xml.writeAttribute(p.ns, QLatin1String(p.name), p.value);
    }
    xml.writeEndElement();
}

void pageLayout(QXmlStreamWriter &xml, const QString &name, QSizeF sheet, double margin,
                bool landscape)
{
    xml.writeStartElement(kStyle, QStringLiteral("page-layout"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), name);
    xml.writeEmptyElement(kStyle, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(kFo, QStringLiteral("page-width"), cm(pointsToCm(sheet.width())));
    xml.writeAttribute(kFo, QStringLiteral("page-height"), cm(pointsToCm(sheet.height())));
    xml.writeAttribute(kStyle, QStringLiteral("print-orientation"),
                       landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
    xml.writeAttribute(kFo, QStringLiteral("margin-top"), cm(margin));
    xml.writeAttribute(kFo, QStringLiteral("margin-bottom"), cm(margin - 0.8));
    xml.writeAttribute(kFo, QStringLiteral("margin-left"), cm(margin));
    xml.writeAttribute(kFo, QStringLiteral("margin-right"), cm(margin));
    xml.writeStartElement(kStyle, QStringLiteral("footer-style"));
    xml.writeEmptyElement(kStyle, QStringLiteral("header-footer-properties"));
    xml.writeAttribute(kFo, QStringLiteral("min-height"), QStringLiteral("0.6cm"));
    xml.writeAttribute(kFo, QStringLiteral("margin-top"), QStringLiteral("0.3cm"));
    xml.writeEndElement(); // footer-style
    xml.writeEndElement(); // page-layout
}

void masterPage(QXmlStreamWriter &xml, const QString &name, const QString &layout,
                const ReportDocument &report)
{
    xml.writeStartElement(kStyle, QStringLiteral("master-page"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), name);
    xml.writeAttribute(kStyle, QStringLiteral("page-layout-name"), layout);
    xml.writeStartElement(kStyle, QStringLiteral("footer"));
    xml.writeStartElement(kText, QStringLiteral("p"));
    xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Footer"));
    xml.writeCharacters(xmlText(report.title));
    xml.writeCharacters(QStringLiteral(" \u00B7 "));
    xml.writeStartElement(kText, QStringLiteral("page-number"));
    xml.writeAttribute(kText, QStringLiteral("select-page"), QStringLiteral("current"));
    xml.writeCharacters(QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeCharacters(QStringLiteral(" / "));
    xml.writeStartElement(kText, QStringLiteral("page-count"));
    xml.writeCharacters(QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeEndElement(); // p
    xml.writeEndElement(); // footer
    xml.writeEndElement(); // master-page
}

} // namespace

void startRoot(QXmlStreamWriter &xml, const QString &name)
{
    xml.setAutoFormatting(false);
    xml.writeStartDocument();
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kStyle, QStringLiteral("style"));
    xml.writeNamespace(kText, QStringLiteral("text"));
    xml.writeNamespace(kTable, QStringLiteral("table"));
    xml.writeNamespace(kDraw, QStringLiteral("draw"));
    xml.writeNamespace(kFo, QStringLiteral("fo"));
    xml.writeNamespace(kSvg, QStringLiteral("svg"));
    xml.writeNamespace(kXlink, QStringLiteral("xlink"));
    xml.writeNamespace(kMeta, QStringLiteral("meta"));
    xml.writeNamespace(kDc, QStringLiteral("dc"));
    xml.writeStartElement(kOffice, name);
    xml.writeAttribute(kOffice, QStringLiteral("version"), kVersion);
}

QByteArray styles(const ReportDocument &report, QSizeF paper)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startRoot(xml, QStringLiteral("document-styles"));
    const QString font = QStringLiteral("DejaVu Sans");
    xml.writeStartElement(kOffice, QStringLiteral("font-face-decls"));
    xml.writeEmptyElement(kStyle, QStringLiteral("font-face"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), font);
    xml.writeAttribute(kSvg, QStringLiteral("font-family"),
                       QLatin1Char('\'') + font + QLatin1Char('\''));
    xml.writeAttribute(kStyle, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
    xml.writeEndElement();

    xml.writeStartElement(kOffice, QStringLiteral("styles"));
    xml.writeStartElement(kStyle, QStringLiteral("default-style"));
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    for (const char *name : {"font-name", "font-name-asian", "font-name-complex"})
        xml.writeAttribute(kStyle, QLatin1String(name), font);
    xml.writeAttribute(kFo, QStringLiteral("font-size"), QStringLiteral("10.5pt"));
    xml.writeAttribute(kStyle, QStringLiteral("font-size-asian"), QStringLiteral("10.5pt"));
    xml.writeAttribute(kStyle, QStringLiteral("font-size-complex"), QStringLiteral("10.5pt"));
    xml.writeAttribute(kFo, QStringLiteral("language"),
                       reportLanguage(report).section(QLatin1Char('-'), 0, 0));
    xml.writeEndElement(); // default-style

    const auto size = [](const char *points) { return QString::fromLatin1(points); };
    style(xml, QStringLiteral("Standard"), QString(), QString(), {}, {});
    style(xml, QStringLiteral("Text_20_body"), QStringLiteral("Text body"),
          QStringLiteral("Standard"),
          {{kFo, "margin-top", QStringLiteral("0cm")},
           {kFo, "margin-bottom", QStringLiteral("0.2cm")},
           {kFo, "line-height", QStringLiteral("120%")}},
          {});
    style(xml, QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("Standard"),
          {{kFo, "margin-bottom", QStringLiteral("0.1cm")}},
          {{kFo, "font-size", size("20pt")},
           {kStyle, "font-size-asian", size("20pt")},
           {kStyle, "font-size-complex", size("20pt")},
           {kFo, "font-weight", QStringLiteral("bold")},
           {kStyle, "font-weight-asian", QStringLiteral("bold")},
           {kStyle, "font-weight-complex", QStringLiteral("bold")}});
    style(xml, QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), QStringLiteral("Standard"),
          {{kFo, "margin-bottom", QStringLiteral("0.5cm")}},
          {{kFo, "font-size", size("11pt")}, {kFo, "color", QStringLiteral("#555555")}});
    style(xml, QStringLiteral("Heading"), QStringLiteral("Heading"), QStringLiteral("Standard"),
          {{kFo, "margin-top", QStringLiteral("0.45cm")},
           {kFo, "margin-bottom", QStringLiteral("0.15cm")},
           {kFo, "keep-with-next", QStringLiteral("always")}},
          {{kFo, "font-weight", QStringLiteral("bold")},
           {kStyle, "font-weight-asian", QStringLiteral("bold")},
           {kStyle, "font-weight-complex", QStringLiteral("bold")}});
    style(xml, QStringLiteral("Heading_20_1"), QStringLiteral("Heading 1"),
          QStringLiteral("Heading"), {},
          {{kFo, "font-size", size("14pt")},
           {kStyle, "font-size-asian", size("14pt")},
           {kStyle, "font-size-complex", size("14pt")}},
          1);
    style(xml, QStringLiteral("Heading_20_2"), QStringLiteral("Heading 2"),
          QStringLiteral("Heading"), {},
          {{kFo, "font-size", size("12pt")},
           {kStyle, "font-size-asian", size("12pt")},
           {kStyle, "font-size-complex", size("12pt")}},
          2);
    style(
        xml, QStringLiteral("Note"), QStringLiteral("Note"), QStringLiteral("Text_20_body"), {},
        {{kFo, "font-style", QStringLiteral("italic")}, {kFo, "color", QStringLiteral("#6b6b6b")}});
    style(xml, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"),
          QStringLiteral("Standard"), {},
          {{kFo, "font-size", size("9.5pt")},
           {kStyle, "font-size-asian", size("9.5pt")},
           {kStyle, "font-size-complex", size("9.5pt")}});
    style(xml, QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"),
          QStringLiteral("Table_20_Contents"), {},
          {{kFo, "font-weight", QStringLiteral("bold")},
           {kStyle, "font-weight-asian", QStringLiteral("bold")},
           {kStyle, "font-weight-complex", QStringLiteral("bold")}});
    style(xml, QStringLiteral("Field_20_Label"), QStringLiteral("Field Label"),
          QStringLiteral("Table_20_Contents"), {}, {{kFo, "font-weight", QStringLiteral("bold")}});
    style(xml, QStringLiteral("Figure"), QStringLiteral("Figure"), QStringLiteral("Standard"),
          {{kFo, "text-align", QStringLiteral("center")},
           {kFo, "margin-top", QStringLiteral("0.2cm")},
           {kFo, "margin-bottom", QStringLiteral("0.2cm")}},
          {});
    style(xml, QStringLiteral("Footer"), QStringLiteral("Footer"), QStringLiteral("Standard"), {},
          {{kFo, "font-size", size("8pt")}, {kFo, "color", QStringLiteral("#666666")}});
    xml.writeEndElement(); // styles

    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    pageLayout(xml, QStringLiteral("PortraitPage"), paper, kMarginCm, false);
    pageLayout(xml, QStringLiteral("LandscapePage"), paper.transposed(), kLandscapeMarginCm, true);
    xml.writeEndElement();
    xml.writeStartElement(kOffice, QStringLiteral("master-styles"));
    masterPage(xml, QStringLiteral("Standard"), QStringLiteral("PortraitPage"), report);
    masterPage(xml, QStringLiteral("Landscape"), QStringLiteral("LandscapePage"), report);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace kdd::odf
