#include "docxparts.h"

#include "svgtarget.h"

namespace kdd::docx {
namespace {

const char *const XmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

QByteArray part(const char *body) { return QByteArray(XmlDeclaration) + QByteArray(body); }

QByteArray escaped(const QString &text)
{
    return SvgTarget::xmlSafe(text).toHtmlEscaped().toUtf8();
}

} // namespace

PageGeometry pageGeometry(ExportPage page)
{
    PageGeometry geometry;
    if (page == ExportPage::Letter) {
        geometry.width = 12240;
        geometry.height = 15840;
    } else if (page == ExportPage::A3) {
        geometry.width = 16838;
        geometry.height = 23811;
    }
    return geometry;
}

QByteArray contentTypes()
{
    return part(
        R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
        R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
        R"(<Default Extension="xml" ContentType="application/xml"/>)"
        R"(<Default Extension="png" ContentType="image/png"/>)"
        R"(<Default Extension="svg" ContentType="image/svg+xml"/>)"
        R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
        R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
        R"(<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>)"
        R"(<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>)"
        R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
        R"(<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>)"
        R"(</Types>)");
}

QByteArray packageRelationships()
{
    return part(
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
        R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)"
        R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>)"
        R"(</Relationships>)");
}

QByteArray coreProperties(const QString &title, const QString &subject)
{
    // No dates: the same diagram gives the same bytes, like every other export.
    return part(
               R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
               R"(xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" )"
               R"(xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)"
               "<dc:title>")
         + escaped(title) + "</dc:title><dc:subject>" + escaped(subject)
         + "</dc:subject><dc:creator>KeyDriver</dc:creator></cp:coreProperties>";
}

QByteArray appProperties()
{
    return part(
        R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" )"
        R"(xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">)"
        R"(<Application>KeyDriver</Application><DocSecurity>0</DocSecurity>)"
        R"(</Properties>)");
}

QString pictureRelationship(int number, bool svg)
{
    if (number >= FirstChartPicture)
        return (svg ? QStringLiteral("rIdChartSvg") : QStringLiteral("rIdChartPng"))
             + QString::number(number - FirstChartPicture + 1);
    const QString id = svg ? QStringLiteral("rIdDiagramSvg") : QStringLiteral("rIdDiagramPng");
    return number == 0 ? id : id + QString::number(number);
}

QString picturePart(int number, bool svg)
{
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (number >= FirstChartPicture)
        return QStringLiteral("word/media/chart-%1").arg(number - FirstChartPicture + 1) + suffix;
    return number == 0 ? QStringLiteral("word/media/diagram") + suffix
                       : QStringLiteral("word/media/diagram-%1").arg(number) + suffix;
}

QByteArray documentRelationships(const std::vector<int> &numbers)
{
    QByteArray xml = part(
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
        R"(<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>)"
        R"(<Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>)");
    const QByteArray image =
        R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target=")";
    for (int number : numbers) {
        for (bool svg : {false, true}) {
            xml += "<Relationship Id=\"" + pictureRelationship(number, svg).toUtf8() + image
                 + picturePart(number, svg).mid(5).toUtf8() + "\"/>"; // relative to word/
        }
    }
    return xml + "</Relationships>";
}

QByteArray styles()
{
    // Paragraph spacing lives in the defaults, not in Normal, so a table's own paragraph style
    // can take it away; Word's navigation pane and outline find headings by w:outlineLvl.
    // Arial covers Latin, Greek, Cyrillic, Hebrew and Arabic wherever Word runs; LibreOffice
    // substitutes a metric-compatible font and falls back per glyph for other scripts. No
    // language is set: spelling follows the reader's own.
    return part(
        R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<w:docDefaults><w:rPrDefault><w:rPr>)"
        R"(<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>)"
        R"(<w:sz w:val="21"/><w:szCs w:val="21"/>)"
        R"(</w:rPr></w:rPrDefault>)"
        R"(<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>)"
        R"(</w:docDefaults>)"

        R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>)"

        R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>)"
        R"(<w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>)"
        R"(<w:pPr><w:keepNext/><w:spacing w:after="80" w:line="240" w:lineRule="auto"/></w:pPr>)"
        R"(<w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>)"

        R"(<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>)"
        R"(<w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>)"
        R"(<w:pPr><w:spacing w:after="240"/></w:pPr>)"
        R"(<w:rPr><w:color w:val="595959"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>)"

        R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>)"
        R"(<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>)"
        R"(<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>)"
        R"(<w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>)"

        R"(<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>)"
        R"(<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>)"
        R"(<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>)"
        R"(<w:rPr><w:b/><w:bCs/><w:color w:val="2F5496"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>)"

        R"(<w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/>)"
        R"(<w:qFormat/><w:rPr><w:i/><w:iCs/><w:color w:val="767676"/></w:rPr></w:style>)"

        R"(<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>)"
        R"(<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>)"
        R"(<w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>)"

        R"(<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>)"
        R"(<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>)"
        R"(<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>)"
        R"(<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>)"
        R"(</w:tblCellMar></w:tblPr></w:style>)"

        R"(<w:style w:type="table" w:customStyle="1" w:styleId="CharterTable"><w:name w:val="Charter Table"/>)"
        R"(<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>)"
        R"(<w:tblPr><w:tblBorders>)"
        R"(<w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>)"
        R"(<w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>)"
        R"(<w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>)"
        R"(<w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>)"
        R"(<w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>)"
        R"(<w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>)"
        R"(</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>)"
        R"(<w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>)"
        R"(<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>)"
        R"(<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DCE4EE"/></w:tcPr></w:tblStylePr>)"
        R"(</w:style>)"

        R"(<w:style w:type="table" w:customStyle="1" w:styleId="CharterFields"><w:name w:val="Charter Fields"/>)"
        R"(<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>)"
        R"(<w:tblPr><w:tblCellMar><w:top w:w="20" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>)"
        R"(<w:bottom w:w="20" w:type="dxa"/><w:right w:w="170" w:type="dxa"/></w:tblCellMar></w:tblPr>)"
        R"(</w:style>)"
        R"(</w:styles>)");
}

QByteArray settings()
{
    return part(
        R"(<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>)"
        R"(<w:characterSpacingControl w:val="doNotCompress"/>)"
        R"(<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>)"
        R"(</w:settings>)");
}

QByteArray fontTable()
{
    return part(
        R"(<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>)"
        R"(<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>)"
        R"(</w:fonts>)");
}

} // namespace kdd::docx
