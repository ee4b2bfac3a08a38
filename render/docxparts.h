#pragma once

#include "exportoptions.h"

#include <QByteArray>
#include <QString>

#include <vector>

// The parts of a Word document (WordprocessingML, ECMA-376) that do not depend on the report's
// blocks: the package's content types and relationships, its properties, the styles and the
// settings. docxexporter.cpp writes the body and packs them all.
namespace kdd::docx {

// The relationship id (word/_rels) and the package part of picture `number` as PNG or SVG: 0 the
// diagram's single picture (diagram.png), 1, 2 … its pages (diagram-1.png …), and from
// FirstChartPicture on the measures' charts (chart-1.png …).
constexpr int FirstChartPicture = 100000;
QString pictureRelationship(int number, bool svg);
QString picturePart(int number, bool svg);

// The style ids the body refers to (styles() defines each).
namespace style {
inline const QString Title = QStringLiteral("Title");
inline const QString Subtitle = QStringLiteral("Subtitle");
inline const QString Heading1 = QStringLiteral("Heading1");
inline const QString Heading2 = QStringLiteral("Heading2");
inline const QString Note = QStringLiteral("Note");
inline const QString TableText = QStringLiteral("TableText");
inline const QString Table = QStringLiteral("CharterTable");
inline const QString Fields = QStringLiteral("CharterFields");
} // namespace style

// A page in twentieths of a point ("twips", WordprocessingML's unit), portrait.
struct PageGeometry
{
    int width = 11906; // A4
    int height = 16838;
    int margin = 1134; // 2 cm on every side

    int textWidth() const { return width - 2 * margin; }
    int textHeight() const { return height - 2 * margin; }
};

// The paper of --page (A4 unless Letter or A3 is asked for: a document has no "fit" page).
PageGeometry pageGeometry(ExportPage page);

QByteArray contentTypes();
QByteArray packageRelationships();
// dc:title is the report's title, dc:subject what it is, dc:creator KeyDriver.
QByteArray coreProperties(const QString &title, const QString &subject);
QByteArray appProperties();
// The body's relationships, with a PNG and an SVG for each of the pictures `numbers`.
QByteArray documentRelationships(const std::vector<int> &numbers);
QByteArray styles();
QByteArray settings();
QByteArray fontTable();

} // namespace kdd::docx
