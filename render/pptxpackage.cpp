// The fixed parts of a PresentationML package (ECMA-376 part 1, §13 and §19). Element order
// follows the schema strictly: PowerPoint repairs, or refuses, parts whose children are out of
// order, even where LibreOffice does not mind.
#include "pptxpackage.h"

#include <QXmlStreamWriter>

namespace kdd {
namespace {

const char *const Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char *const NsDrawing = "http://schemas.openxmlformats.org/drawingml/2006/main";
const char *const NsRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char *const NsPresentation = "http://schemas.openxmlformats.org/presentationml/2006/main";
const char *const RelBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const char *const ContentBase = "application/vnd.openxmlformats-officedocument.presentationml.";

QByteArray part(const QString &body) { return QByteArray(Declaration) + body.toUtf8(); }

// Text for XML content or an attribute value (QXmlStreamWriter escapes <, &, > and quotes).
QString escaped(const QString &text)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.writeCharacters(text);
    return out.replace(QLatin1Char('"'), QStringLiteral("&quot;"));
}

struct Relationship
{
    QString type; // the last word of the type URI, e.g. "slide"
    QString target;
};

QByteArray relationships(const std::vector<Relationship> &rels, const QString &typeBase)
{
    QString body = QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                                  "package/2006/relationships\">");
    for (std::size_t i = 0; i < rels.size(); ++i) {
        const QString type =
            rels[i].type.startsWith(QLatin1String("http")) ? rels[i].type : typeBase + rels[i].type;
        body += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"%2\" Target=\"%3\"/>")
                    .arg(i + 1)
                    .arg(type, rels[i].target);
    }
    return part(body + QStringLiteral("</Relationships>"));
}

QByteArray contentTypes(std::size_t slideCount)
{
    const QString base = QString::fromLatin1(ContentBase);
    QString body = QStringLiteral(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
    const auto override = [&body](const QString &name, const QString &type) {
        body += QStringLiteral("<Override PartName=\"%1\" ContentType=\"%2\"/>").arg(name, type);
    };
    override(QStringLiteral("/ppt/presentation.xml"),
             base + QStringLiteral("presentation.main+xml"));
    override(QStringLiteral("/ppt/slideMasters/slideMaster1.xml"),
             base + QStringLiteral("slideMaster+xml"));
    override(QStringLiteral("/ppt/slideLayouts/slideLayout1.xml"),
             base + QStringLiteral("slideLayout+xml"));
    for (std::size_t i = 0; i < slideCount; ++i)
        override(QStringLiteral("/ppt/slides/slide%1.xml").arg(i + 1),
                 base + QStringLiteral("slide+xml"));
    override(QStringLiteral("/ppt/theme/theme1.xml"),
             QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml"));
    override(QStringLiteral("/ppt/presProps.xml"), base + QStringLiteral("presProps+xml"));
    override(QStringLiteral("/ppt/viewProps.xml"), base + QStringLiteral("viewProps+xml"));
    override(QStringLiteral("/ppt/tableStyles.xml"), base + QStringLiteral("tableStyles+xml"));
    override(QStringLiteral("/docProps/core.xml"),
             QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    override(
        QStringLiteral("/docProps/app.xml"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    return part(body + QStringLiteral("</Types>"));
}

QString namespaces()
{
    return QStringLiteral("xmlns:a=\"%1\" xmlns:r=\"%2\" xmlns:p=\"%3\"")
        .arg(QLatin1String(NsDrawing), QLatin1String(NsRelationships),
             QLatin1String(NsPresentation));
}

QByteArray presentation(std::size_t slideCount)
{
    QString body = QStringLiteral("<p:presentation %1 saveSubsetFonts=\"1\">").arg(namespaces());
    body += QStringLiteral("<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/>"
                           "</p:sldMasterIdLst><p:sldIdLst>");
    for (std::size_t i = 0; i < slideCount; ++i)
        body += QStringLiteral("<p:sldId id=\"%1\" r:id=\"rId%2\"/>").arg(256 + i).arg(i + 2);
    body += QStringLiteral("</p:sldIdLst><p:sldSz cx=\"%1\" cy=\"%2\"/>"
                           "<p:notesSz cx=\"6858000\" cy=\"9144000\"/>")
                .arg(PptxSlideWidth)
                .arg(PptxSlideHeight);
    return part(body + QStringLiteral("</p:presentation>"));
}

// An empty shape tree: the group every slide, layout and master starts from.
QString emptyTree()
{
    return QStringLiteral(
        "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/>"
        "</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/>"
        "<a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr></p:spTree>");
}

QString levelStyle(int size, bool bold, const QString &font)
{
    return QStringLiteral("<a:lvl1pPr><a:defRPr sz=\"%1\"%2><a:solidFill><a:schemeClr val=\"tx1\"/>"
                          "</a:solidFill><a:latin typeface=\"+%3-lt\"/><a:ea typeface=\"+%3-ea\"/>"
                          "<a:cs typeface=\"+%3-cs\"/></a:defRPr></a:lvl1pPr>")
        .arg(size)
        .arg(bold ? QStringLiteral(" b=\"1\"") : QString())
        .arg(font);
}

QByteArray slideMaster(const Theme &theme)
{
    QString body = QStringLiteral("<p:sldMaster %1><p:cSld><p:bg><p:bgPr><a:solidFill>"
                                  "<a:srgbClr val=\"%2\"/></a:solidFill><a:effectLst/></p:bgPr>"
                                  "</p:bg>")
                       .arg(namespaces(), pptxColour(theme.background));
    body += emptyTree();
    body += QStringLiteral(
        "</p:cSld><p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" "
        "accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" "
        "accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"
        "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>");
    body += QStringLiteral("<p:txStyles><p:titleStyle>%1</p:titleStyle><p:bodyStyle>%2"
                           "</p:bodyStyle><p:otherStyle>%2</p:otherStyle></p:txStyles>")
                .arg(levelStyle(2800, true, QStringLiteral("mj")),
                     levelStyle(1800, false, QStringLiteral("mn")));
    return part(body + QStringLiteral("</p:sldMaster>"));
}

QByteArray slideLayout()
{
    return part(
        QStringLiteral("<p:sldLayout %1 type=\"blank\" preserve=\"1\"><p:cSld name=\"Blank\">"
                       "%2</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"
                       "</p:sldLayout>")
            .arg(namespaces(), emptyTree()));
}

// The theme: its colours are ours, so that recolouring in PowerPoint starts from our look.
// dk1/lt1 are the ink and the background; the accents are the status fills, the link, the aim
// fill and the change ideas' outline.
QByteArray themePart(const Theme &theme)
{
    const auto colour = [](const char *name, const QColor &c) {
        return QStringLiteral("<a:%1><a:srgbClr val=\"%2\"/></a:%1>")
            .arg(QLatin1String(name), pptxColour(c));
    };
    QString colours = colour("dk1", theme.text) + colour("lt1", theme.background)
                    + colour("dk2", theme.headerText) + colour("lt2", theme.columns[0].fill)
                    + colour("accent1", theme.testing.fill) + colour("accent2", theme.adopted.fill)
                    + colour("accent3", theme.abandoned.fill) + colour("accent4", theme.link.color)
                    + colour("accent5", theme.columns[1].fill)
                    + colour("accent6", theme.columns[4].border.color)
                    + colour("hlink", QColor(0x05, 0x63, 0xc1))
                    + colour("folHlink", QColor(0x95, 0x4f, 0x72));
    const QString face = escaped(pptxTypeface());
    const QString font = QStringLiteral("<a:latin typeface=\"%1\"/><a:ea typeface=\"\"/>"
                                        "<a:cs typeface=\"\"/>")
                             .arg(face);
    const QString solid = QStringLiteral("<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>");
    QString lines;
    for (int width : {9525, 19050, 28575})
        lines += QStringLiteral("<a:ln w=\"%1\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\">%2"
                                "<a:prstDash val=\"solid\"/><a:miter lim=\"800000\"/></a:ln>")
                     .arg(width)
                     .arg(solid);
    const QString effect = QStringLiteral("<a:effectStyle><a:effectLst/></a:effectStyle>");
    QString body = QStringLiteral("<a:theme xmlns:a=\"%1\" name=\"KeyDriver %2\"><a:themeElements>")
                       .arg(QLatin1String(NsDrawing), escaped(theme.name));
    body += QStringLiteral("<a:clrScheme name=\"KeyDriver %1\">%2</a:clrScheme>")
                .arg(escaped(theme.name), colours);
    body += QStringLiteral("<a:fontScheme name=\"KeyDriver\"><a:majorFont>%1</a:majorFont>"
                           "<a:minorFont>%1</a:minorFont></a:fontScheme>")
                .arg(font);
    body += QStringLiteral("<a:fmtScheme name=\"KeyDriver\"><a:fillStyleLst>%1%1%1</a:fillStyleLst>"
                           "<a:lnStyleLst>%2</a:lnStyleLst><a:effectStyleLst>%3%3%3"
                           "</a:effectStyleLst><a:bgFillStyleLst>%1%1%1</a:bgFillStyleLst>"
                           "</a:fmtScheme>")
                .arg(solid, lines, effect);
    body += QStringLiteral("</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>");
    return part(body);
}

QByteArray coreProperties(const QString &title)
{
    return part(QStringLiteral(
                    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                    "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                    "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                    "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
                    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>%1"
                    "</dc:title><dc:creator>KeyDriver</dc:creator></cp:coreProperties>")
                    .arg(escaped(title)));
}

QByteArray appProperties(std::size_t slideCount)
{
    return part(QStringLiteral("<Properties xmlns=\"http://schemas.openxmlformats.org/"
                               "officeDocument/2006/extended-properties\" xmlns:vt=\"http://"
                               "schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                               "<Application>KeyDriver</Application><PresentationFormat>Widescreen"
                               "</PresentationFormat><Slides>%1</Slides></Properties>")
                    .arg(slideCount));
}

} // namespace

QString pptxColour(const QColor &c)
{
    return QStringLiteral("%1%2%3")
        .arg(c.red(), 2, 16, QLatin1Char('0'))
        .arg(c.green(), 2, 16, QLatin1Char('0'))
        .arg(c.blue(), 2, 16, QLatin1Char('0'))
        .toUpper();
}

std::vector<ZipEntry> pptxPackage(const QString &title, const Theme &theme,
                                  const std::vector<QByteArray> &slides)
{
    const QString rel = QString::fromLatin1(RelBase);
    const QString ns = namespaces();
    std::vector<ZipEntry> entries;
    const auto add = [&entries](const char *path, QByteArray data) {
        entries.push_back({QString::fromLatin1(path), std::move(data), false});
    };
    add("[Content_Types].xml", contentTypes(slides.size()));
    add("_rels/.rels",
        relationships({{QStringLiteral("officeDocument"), QStringLiteral("ppt/presentation.xml")},
                       {QStringLiteral("http://schemas.openxmlformats.org/package/2006/"
                                       "relationships/metadata/core-properties"),
                        QStringLiteral("docProps/core.xml")},
                       {QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")}},
                      rel));
    add("docProps/core.xml", coreProperties(title));
    add("docProps/app.xml", appProperties(slides.size()));
    add("ppt/presentation.xml", presentation(slides.size()));
    std::vector<Relationship> presentationRels{
        {QStringLiteral("slideMaster"), QStringLiteral("slideMasters/slideMaster1.xml")}};
    for (std::size_t i = 0; i < slides.size(); ++i)
        presentationRels.push_back(
            {QStringLiteral("slide"), QStringLiteral("slides/slide%1.xml").arg(i + 1)});
    presentationRels.push_back({QStringLiteral("presProps"), QStringLiteral("presProps.xml")});
    presentationRels.push_back({QStringLiteral("viewProps"), QStringLiteral("viewProps.xml")});
    presentationRels.push_back({QStringLiteral("theme"), QStringLiteral("theme/theme1.xml")});
    presentationRels.push_back({QStringLiteral("tableStyles"), QStringLiteral("tableStyles.xml")});
    add("ppt/_rels/presentation.xml.rels", relationships(presentationRels, rel));
    add("ppt/presProps.xml", part(QStringLiteral("<p:presentationPr %1/>").arg(ns)));
    add("ppt/viewProps.xml",
        part(QStringLiteral("<p:viewPr %1><p:normalViewPr><p:restoredLeft sz=\"15620\"/>"
                            "<p:restoredTop sz=\"94660\"/></p:normalViewPr><p:gridSpacing "
                            "cx=\"76200\" cy=\"76200\"/></p:viewPr>")
                 .arg(ns)));
    add("ppt/tableStyles.xml",
        part(QStringLiteral("<a:tblStyleLst xmlns:a=\"%1\" "
                            "def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>")
                 .arg(QLatin1String(NsDrawing))));
    add("ppt/theme/theme1.xml", themePart(theme));
    add("ppt/slideMasters/slideMaster1.xml", slideMaster(theme));
    add("ppt/slideMasters/_rels/slideMaster1.xml.rels",
        relationships(
            {{QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml")},
             {QStringLiteral("theme"), QStringLiteral("../theme/theme1.xml")}},
            rel));
    add("ppt/slideLayouts/slideLayout1.xml", slideLayout());
    add("ppt/slideLayouts/_rels/slideLayout1.xml.rels",
        relationships(
            {{QStringLiteral("slideMaster"), QStringLiteral("../slideMasters/slideMaster1.xml")}},
            rel));
    for (std::size_t i = 0; i < slides.size(); ++i) {
        entries.push_back({QStringLiteral("ppt/slides/slide%1.xml").arg(i + 1), slides[i], false});
        entries.push_back({QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(i + 1),
                           relationships({{QStringLiteral("slideLayout"),
                                           QStringLiteral("../slideLayouts/slideLayout1.xml")}},
                                         rel),
                           false});
    }
    return entries;
}

} // namespace kdd
